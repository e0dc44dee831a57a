#pragma once

#include <QObject>
#include <QMenu>
#include <QPointer>

class BreadcrumbBar;
class ChartView;
class OverviewWidget;
class QAction;
class QDockWidget;
class QMainWindow;
class ZoomIndicator;

// The ways to find one's way about the chart, wired to a window: the overview dock, the zoom
// indicator in the status bar, the breadcrumb bar (placed by the window above the chart), and
// "Show Only This Team" in the View menu and the chart's context menu.
class ChartNavigation : public QObject
{
    Q_OBJECT

public:
    ChartNavigation(QMainWindow *window, ChartView *chart, QMenu *viewMenu);

    BreadcrumbBar *breadcrumbBar() const { return m_breadcrumb; }
    OverviewWidget *overview() const { return m_overview; }
    QDockWidget *overviewDock() const { return m_dock; }
    ZoomIndicator *zoomIndicator() const { return m_zoom; }
    QMenu *contextMenu() const { return m_contextMenu; } // the last one shown, while it shows

    void showTeamOfCurrent();
    void showWholeChart();

private:
    void createActions(QMenu *viewMenu);
    void updateBreadcrumb();
    void goToStep(const QModelIndex &person);
    void showContextMenu(const QPoint &viewportPoint);

    QMainWindow *m_window;
    ChartView *m_chart;
    OverviewWidget *m_overview;
    QDockWidget *m_dock;
    ZoomIndicator *m_zoom;
    BreadcrumbBar *m_breadcrumb;
    QAction *m_showTeam = nullptr;
    QAction *m_showWholeChart = nullptr;
    QPointer<QMenu> m_contextMenu;
};
