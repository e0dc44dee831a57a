#pragma once

#include "orgchart.h"

#include <QMainWindow>

class ChartView;
class DetailPanel;
class OrgChartModel;
class QAction;
class QSplitter;
class QTreeView;

// The explorer: outline, chart and detail panel over one model and one selection model.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(OrgChartModel *model, QWidget *parent = nullptr);

    ChartView *chartView() const { return m_chart; }
    QTreeView *outline() const { return m_outline; }
    DetailPanel *detailPanel() const { return m_details; }
    QAction *companySizeAction(CompanySize size) const;

    // The company size chosen in the window last time, large at first.
    static CompanySize savedCompanySize();

    // Asks nothing; shows an error dialog on failure. Returns whether the file was written.
    bool exportSvg(const QString &fileName);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void setCompanySize(CompanySize size);
    void chooseExportFile();
    void showCurrent(const QModelIndex &current);

    OrgChartModel *m_model;
    QTreeView *m_outline;
    ChartView *m_chart;
    DetailPanel *m_details;
    QSplitter *m_splitter;
    QAction *m_smallCompany = nullptr;
    QAction *m_largeCompany = nullptr;
};
