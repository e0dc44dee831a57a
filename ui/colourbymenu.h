#pragma once

#include <QObject>
#include <QString>

class ChartView;
class OrgChartModel;
class QActionGroup;
class QMenu;

// View > Colour By: "None" and each extra column of the open file, one of them checked. The choice
// colours the chart's boxes, and is remembered for the file (by its absolute path) and chosen
// again when the file is opened again.
class ColourByMenu : public QObject
{
    Q_OBJECT

public:
    ColourByMenu(QMenu *menu, const OrgChartModel *model, ChartView *chart);

    // After a file opened (empty path: the built-in chart): its columns, and its remembered choice.
    void fileOpened(const QString &path);
    // As the menu does: colours the boxes by the column (empty: none) and remembers it for the file.
    void choose(const QString &column);
    QMenu *menu() const { return m_menu; }

    // The column remembered for a file, empty if none.
    static QString savedColumn(const QString &path);

private:
    void fill();
    static void saveColumn(const QString &path, const QString &column);

    QMenu *m_menu;
    const OrgChartModel *m_model;
    ChartView *m_chart;
    QActionGroup *m_group;
    QString m_file; // absolute; empty for the built-in chart
};
