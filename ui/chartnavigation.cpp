#include "chartnavigation.h"

#include "breadcrumbbar.h"
#include "chartview.h"
#include "overviewwidget.h"
#include "zoomindicator.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

ChartNavigation::ChartNavigation(QMainWindow *window, ChartView *chart, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
    , m_chart(chart)
    , m_overview(new OverviewWidget(chart))
    , m_dock(new QDockWidget(tr("Overview"), window))
    , m_zoom(new ZoomIndicator(chart))
    , m_breadcrumb(new BreadcrumbBar)
{
    m_dock->setObjectName(QStringLiteral("overviewDock"));
    m_dock->setWidget(m_overview);
    m_dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    window->statusBar()->addPermanentWidget(m_zoom);
    createActions(viewMenu);

    connect(m_chart->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChartNavigation::updateBreadcrumb);
    connect(m_chart, &ChartView::teamChanged, this, &ChartNavigation::updateBreadcrumb);
    connect(m_chart->model(), &QAbstractItemModel::modelReset, this, &ChartNavigation::updateBreadcrumb);
    connect(m_breadcrumb, &BreadcrumbBar::stepClicked, this, &ChartNavigation::goToStep);
    connect(m_breadcrumb, &BreadcrumbBar::wholeChartRequested, this, &ChartNavigation::showWholeChart);
    m_chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_chart, &QWidget::customContextMenuRequested, this, &ChartNavigation::showContextMenu);
    updateBreadcrumb();
}

void ChartNavigation::createActions(QMenu *viewMenu)
{
    QAction *overview = m_dock->toggleViewAction();
    overview->setObjectName(QStringLiteral("showOverview"));
    overview->setText(tr("&Overview"));
    overview->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    overview->setStatusTip(tr("The whole chart in miniature: click or drag in it to move the view"));
    m_showTeam = new QAction(tr("Show Only This &Team"), m_window);
    m_showTeam->setObjectName(QStringLiteral("showTeam"));
    m_showTeam->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_showTeam->setStatusTip(tr("Show the selected person and everyone below them, nobody else"));
    m_showWholeChart = new QAction(tr("Show &Whole Chart"), m_window);
    m_showWholeChart->setObjectName(QStringLiteral("showWholeChart"));
    m_showWholeChart->setStatusTip(tr("Show everyone again after showing one team"));
    m_showWholeChart->setEnabled(false);
    connect(m_showTeam, &QAction::triggered, this, &ChartNavigation::showTeamOfCurrent);
    connect(m_showWholeChart, &QAction::triggered, this, &ChartNavigation::showWholeChart);
    viewMenu->addSeparator();
    viewMenu->addAction(m_showTeam);
    viewMenu->addAction(m_showWholeChart);
    viewMenu->addAction(overview);
}

void ChartNavigation::showTeamOfCurrent()
{
    const QModelIndex current = m_chart->currentIndex();
    if (current.isValid())
        m_chart->showTeam(current);
}

void ChartNavigation::showWholeChart()
{
    m_chart->showTeam({});
    if (m_chart->currentIndex().isValid())
        m_chart->scrollTo(m_chart->currentIndex(), QAbstractItemView::EnsureVisible);
}

void ChartNavigation::updateBreadcrumb()
{
    const QModelIndex team = m_chart->teamRoot();
    m_breadcrumb->showPath(m_chart->currentIndex(), team);
    m_showTeam->setEnabled(m_chart->currentIndex().isValid() && m_chart->currentIndex() != team);
    m_showWholeChart->setEnabled(team.isValid());
}

// A step above the team shown widens the team to it; any other step is selected and centred.
void ChartNavigation::goToStep(const QModelIndex &person)
{
    if (!person.isValid())
        return;
    const QModelIndex team = m_chart->teamRoot();
    if (team.isValid()) {
        bool above = false;
        for (QModelIndex up = team.parent(); up.isValid() && !above; up = up.parent())
            above = up == person;
        if (above)
            m_chart->showTeam(person);
    }
    m_chart->selectionModel()->setCurrentIndex(person, QItemSelectionModel::ClearAndSelect);
    m_chart->scrollTo(person, QAbstractItemView::PositionAtCenter);
}

void ChartNavigation::showContextMenu(const QPoint &viewportPoint)
{
    const QModelIndex person = m_chart->indexAt(viewportPoint);
    if (person.isValid() && !m_chart->selectionModel()->isSelected(person))
        m_chart->selectionModel()->setCurrentIndex(person, QItemSelectionModel::ClearAndSelect);
    if (!person.isValid() && !m_chart->teamRoot().isValid())
        return;
    if (m_contextMenu)
        m_contextMenu->deleteLater();
    m_contextMenu = new QMenu(m_chart);
    m_contextMenu->setObjectName(QStringLiteral("chartContextMenu"));
    m_contextMenu->setAttribute(Qt::WA_DeleteOnClose);
    if (person.isValid())
        m_contextMenu->addAction(m_showTeam);
    if (m_chart->teamRoot().isValid())
        m_contextMenu->addAction(m_showWholeChart);
    m_contextMenu->popup(m_chart->viewport()->mapToGlobal(viewportPoint));
}
