#pragma once

#include <QModelIndex>
#include <QTextBrowser>

class OrgChartModel;

// Explains what is selected: a role or person, a collaboration link, or with nothing selected the
// chart as a whole.
class DetailPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailPanel(QWidget *parent = nullptr);

    void setModel(OrgChartModel *model);
    void showNode(const QModelIndex &index);
    void showLink(int link);
    void showOverview();

Q_SIGNALS:
    void compareRequested();
    // A person named in the panel (the manager, a report) was clicked.
    void personRequested(const QModelIndex &index);

private:
    void refresh();

    OrgChartModel *m_model = nullptr;
    QPersistentModelIndex m_index;
    int m_link = -1;
};
