#pragma once

#include <QDialog>

class CompareModel;
class OrgChartModel;
class QTableView;

// The compare table in a window of its own, with copy and export.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(OrgChartModel *source, QWidget *parent = nullptr);

    void compare(const QList<int> &nodes); // empty: the top of the chart and its first reports
    CompareModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    void copy();                                    // as tab-separated text and as an HTML table
    bool exportTo(const QString &fileName);         // CSV or Markdown, by the file's ending

private:
    void chooseExportFile();

    CompareModel *m_model;
    QTableView *m_table;
};
