#include "testsupport.h"

#include "breadcrumbbar.h"
#include "chartexport.h"
#include "chartnavigation.h"
#include "chartview.h"
#include "mainwindow.h"
#include "overviewwidget.h"
#include "zoomindicator.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolButton>

using namespace TestSupport;

// Finding one's way: the overview, the zoom indicator, the breadcrumb bar, a box that keeps its
// place, the zoom and levels a file opens with, and showing one team.
class TestNavigation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OrgChartModel> m_model;
    std::unique_ptr<MainWindow> m_window;

    ChartView *chart() const { return m_window->chartView(); }
    ChartNavigation *navigation() const { return m_window->navigation(); }
    QModelIndex person(int id) const { return m_model->indexForId(QString::number(id)); }

    void open(const QString &path)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::fileOpened);
        m_window->openFile(path);
        QVERIFY(opened.wait(20000));
        QCoreApplication::processEvents();
    }

    void newWindow()
    {
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        chart()->setFocus();
    }

    // Where a box is on the screen, as the user sees it once the chart has been laid out again.
    QPoint placeOf(const QModelIndex &index) const
    {
        QCoreApplication::processEvents();
        return chart()->visualRect(index).topLeft();
    }

    static QString distance(QPoint a, QPoint b)
    {
        return QStringLiteral("(%1,%2) vs (%3,%4)").arg(a.x()).arg(a.y()).arg(b.x()).arg(b.y());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
        QApplication::setEffectEnabled(Qt::UI_General, false);
    }

    void init()
    {
        QSettings().clear();
        m_model = std::make_unique<OrgChartModel>();
        m_model->setChart(builtInChart());
        newWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
    }

    void aClickInTheOverviewCentresTheViewThere()
    {
        open(writeOrganisation(m_dir, 2000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        chart()->setZoom(1);
        chart()->horizontalScrollBar()->setValue(0);
        chart()->verticalScrollBar()->setValue(0);
        OverviewWidget *overview = navigation()->overview();
        QVERIFY(overview->isVisible());
        overview->repaint();
        const int renders = overview->renders();
        const QRectF bounds = chart()->scene().bounds;
        const QPoint target = overview->fromScene(QPointF(bounds.width() * 0.6, bounds.height() * 0.55)).toPoint();
        QVERIFY(!overview->viewRect().contains(target));
        QTest::mouseClick(overview, Qt::LeftButton, {}, target);
        const QPointF centre = overview->fromScene(chart()->visibleSceneRect().center());
        QVERIFY2(QLineF(centre, target).length() <= 1.5, qPrintable(distance(centre.toPoint(), target)));
        QVERIFY(chart()->horizontalScrollBar()->value() > 0);
        // Moving the view repaints the rectangle only: the miniature is not drawn again.
        overview->repaint();
        QCOMPARE(overview->renders(), renders);
    }

    void draggingInTheOverviewMovesTheView()
    {
        open(writeOrganisation(m_dir, 300));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        const QSizeF bounds = chart()->scene().bounds.size();
        // The view shows about a third of the chart both ways.
        chart()->setZoom(3 * std::max(chart()->viewport()->width() / bounds.width(), chart()->viewport()->height() / bounds.height()));
        QVERIFY(chart()->horizontalScrollBar()->maximum() > 0 && chart()->verticalScrollBar()->maximum() > 0);
        chart()->centreOn(chart()->scene().bounds.center());
        OverviewWidget *overview = navigation()->overview();
        const QRectF before = overview->viewRect();
        QVERIFY2(before.width() > 3 && before.height() > 3, qPrintable(QStringLiteral("%1x%2").arg(before.width()).arg(before.height())));
        const QPoint from = before.center().toPoint(); // inside the rectangle: it is taken, not centred
        QTest::mousePress(overview, Qt::LeftButton, {}, from);
        QCOMPARE(overview->viewRect().center().toPoint(), before.center().toPoint());
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(overview, from + QPoint(10 * step, step));
        QTest::mouseRelease(overview, Qt::LeftButton, {}, from + QPoint(40, 4));
        const QPointF moved = overview->viewRect().center() - before.center();
        QVERIFY2(std::abs(moved.x() - 40) <= 1.5 && std::abs(moved.y() - 4) <= 1.5,
                 qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    }

    void theOverviewIsShownFromTheViewMenuAndRemembered()
    {
        QAction *toggle = m_window->action(QStringLiteral("showOverview"));
        QVERIFY(toggle);
        QVERIFY(!toggle->shortcut().isEmpty());
        QDockWidget *dock = navigation()->overviewDock();
        QVERIFY(dock->isVisible());
        toggle->trigger();
        QVERIFY(!dock->isVisible());
        m_window->close();
        newWindow();
        QVERIFY(!navigation()->overviewDock()->isVisible());
        QVERIFY(!m_window->action(QStringLiteral("showOverview"))->isChecked());
        m_window->action(QStringLiteral("showOverview"))->trigger();
        QVERIFY(navigation()->overviewDock()->isVisible());
        m_window->close();
        newWindow();
        QVERIFY(navigation()->overviewDock()->isVisible());
    }

    void typingAZoomZoomsAndZoomingUpdatesTheIndicator()
    {
        open(writeOrganisation(m_dir, 2000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        ZoomIndicator *indicator = navigation()->zoomIndicator();
        QCOMPARE(indicator->currentText(), ZoomIndicator::percentText(chart()->zoom()));
        indicator->lineEdit()->setFocus();
        indicator->lineEdit()->selectAll();
        QTest::keyClicks(indicator->lineEdit(), QStringLiteral("150"));
        QTest::keyClick(indicator->lineEdit(), Qt::Key_Return);
        QCOMPARE(chart()->zoom(), 1.5);
        QCOMPARE(indicator->currentText(), QStringLiteral("150 %"));
        m_window->action(QStringLiteral("zoomOut"))->trigger();
        QCOMPARE(indicator->currentText(), QStringLiteral("120 %"));
        indicator->lineEdit()->setFocus();
        indicator->lineEdit()->selectAll();
        QTest::keyClicks(indicator->lineEdit(), QStringLiteral("50 %"));
        QTest::keyClick(indicator->lineEdit(), Qt::Key_Return);
        QCOMPARE(chart()->zoom(), 0.5);
        const int fit = indicator->findText(QStringLiteral("Fit"));
        QVERIFY(fit >= 0);
        indicator->setCurrentIndex(fit);
        Q_EMIT indicator->activated(fit);
        const QSizeF fitted = chart()->scene().bounds.size() * chart()->zoom();
        QVERIFY(qAbs(fitted.width() - chart()->viewport()->width()) <= 1 || qAbs(fitted.height() - chart()->viewport()->height()) <= 1);
    }

    void theBreadcrumbShowsThePathAndItsStepsSelect()
    {
        open(writeOrganisation(m_dir, 2000));
        const QModelIndex deep = person(1999);
        chart()->setCurrentIndex(deep);
        QStringList expected;
        for (QModelIndex up = deep; up.isValid(); up = up.parent())
            expected.prepend(up.data().toString());
        QStringList shown;
        const QList<QToolButton *> steps = navigation()->breadcrumbBar()->stepButtons();
        for (QToolButton *step : steps)
            shown << step->text();
        QCOMPARE(shown, expected);
        QVERIFY(steps.first()->isVisible());
        QTest::mouseClick(steps[1], Qt::LeftButton);
        QCOMPARE(chart()->currentIndex(), deep.parent().parent().isValid() ? person(expected[1].mid(7).toInt()) : deep.parent());
        QVERIFY(chart()->viewport()->rect().contains(chart()->visualRect(chart()->currentIndex()).center()));
        QCOMPARE(navigation()->breadcrumbBar()->stepButtons().size(), 2);
    }

    void aDeepChainShowsAnElisionAndFewButtons()
    {
        open(writeChain(m_dir, 20000));
        chart()->setCurrentIndex(person(20000));
        BreadcrumbBar *bar = navigation()->breadcrumbBar();
        QVERIFY(bar->elision()->isVisible());
        QCOMPARE(bar->stepButtons().size(), 1 + BreadcrumbBar::trailingSteps);
        QCOMPARE(bar->stepButtons().first()->text(), QStringLiteral("Person 1"));
        QCOMPARE(bar->stepButtons().last()->text(), QStringLiteral("Person 20000"));
        QVERIFY(bar->findChildren<QToolButton *>().size() <= BreadcrumbBar::trailingSteps + 3);
        // The elision's menu offers the nearest hidden steps.
        const QList<QAction *> hidden = bar->elision()->menu()->actions();
        QCOMPARE(hidden.size(), BreadcrumbBar::menuSteps);
        QCOMPARE(hidden.first()->text(), QStringLiteral("Person %1").arg(20000 - BreadcrumbBar::trailingSteps));
        hidden.first()->trigger();
        QCOMPARE(chart()->currentIndex(), person(20000 - BreadcrumbBar::trailingSteps));
    }

    void expandAllKeepsTheSelectedBoxInPlace()
    {
        open(writeOrganisation(m_dir, 2000));
        chart()->setZoom(1);
        const QModelIndex box = person(3);
        chart()->setCurrentIndex(box);
        chart()->scrollTo(box, QAbstractItemView::PositionAtCenter);
        const QPoint before = placeOf(box);
        m_window->action(QStringLiteral("expandAll"))->trigger();
        QVERIFY(chart()->scene().boxes.size() == 2000);
        QVERIFY2((placeOf(box) - before).manhattanLength() <= 2, qPrintable(distance(placeOf(box), before)));
        m_window->action(QStringLiteral("collapseAll"))->trigger(); // the selection moves to the top, which stays
        const QPoint top = placeOf(person(1));
        QCOMPARE(chart()->currentIndex(), person(1));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        QVERIFY2((placeOf(person(1)) - top).manhattanLength() <= 2, qPrintable(distance(placeOf(person(1)), top)));
    }

    void collapseAllKeepsTheTopBoxInPlace()
    {
        open(writeOrganisation(m_dir, 2000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        chart()->setZoom(1);
        chart()->selectionModel()->clear();
        chart()->scrollTo(person(1), QAbstractItemView::PositionAtCenter);
        chart()->horizontalScrollBar()->setValue(chart()->horizontalScrollBar()->value() + 150);
        const QPoint before = placeOf(person(1));
        m_window->action(QStringLiteral("collapseAll"))->trigger();
        QCOMPARE(chart()->scene().boxes.size(), size_t(1));
        QVERIFY2((placeOf(person(1)) - before).manhattanLength() <= 2, qPrintable(distance(placeOf(person(1)), before)));
    }

    void aLayoutSwitchKeepsTheSelectedBoxInPlace()
    {
        open(writeOrganisation(m_dir, 2000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        chart()->setZoom(1);
        const QModelIndex box = person(700);
        chart()->setCurrentIndex(box);
        chart()->scrollTo(box, QAbstractItemView::PositionAtCenter);
        for (const QString &layout : {QStringLiteral("layoutTree"), QStringLiteral("layoutLeftToRight"), QStringLiteral("layoutCompact")}) {
            const QPoint before = placeOf(box);
            const QRectF sceneBefore = chart()->scene().boxes[size_t(chart()->scene().boxOf(box))].rect;
            m_window->action(layout)->trigger();
            const QRectF sceneAfter = chart()->scene().boxes[size_t(chart()->scene().boxOf(box))].rect;
            QVERIFY(sceneBefore.topLeft() != sceneAfter.topLeft()); // it did move in the chart
            QVERIFY2((placeOf(box) - before).manhattanLength() <= 2, qPrintable(layout + distance(placeOf(box), before)));
        }
    }

    void aCompanySizeSwitchKeepsTheSelectedBoxInPlace()
    {
        const QModelIndex cmo = m_model->indexForId(QStringLiteral("cmo"));
        chart()->setCurrentIndex(cmo);
        chart()->setZoom(2); // bigger than the window, scrolled to the box
        chart()->scrollTo(cmo, QAbstractItemView::PositionAtCenter);
        chart()->horizontalScrollBar()->setValue(chart()->horizontalScrollBar()->value() - 40);
        const int generation = chart()->sceneGeneration();
        const QPoint before = placeOf(cmo);
        m_window->companySizeAction(CompanySize::Small)->trigger();
        QCOMPARE(m_model->companySize(), CompanySize::Small);
        QVERIFY2((placeOf(cmo) - before).manhattanLength() <= 2, qPrintable(distance(placeOf(cmo), before)));
        QVERIFY(chart()->sceneGeneration() != generation); // laid out again
        QVERIFY2((placeOf(cmo) - before).manhattanLength() <= 2, qPrintable(distance(placeOf(cmo), before)));
        m_window->companySizeAction(CompanySize::Large)->trigger();
        QVERIFY2((placeOf(cmo) - before).manhattanLength() <= 2, qPrintable(distance(placeOf(cmo), before)));
    }

    void searchAndF3CentreTheMatch()
    {
        open(writeOrganisation(m_dir, 5000));
        chart()->setZoom(1);
        m_window->searchField()->setFocus();
        QTest::keyClicks(m_window->searchField(), QStringLiteral("Person 4321"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(chart()->currentIndex(), person(4321));
        const QPoint centre = chart()->viewport()->rect().center();
        QVERIFY(chart()->horizontalScrollBar()->maximum() > 0 || chart()->verticalScrollBar()->maximum() > 0);
        QVERIFY2((chart()->visualRect(person(4321)).center() - centre).manhattanLength() <= 4,
                 qPrintable(distance(chart()->visualRect(person(4321)).center(), centre)));
        m_window->searchField()->setText(QStringLiteral("Person 3"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        for (int step = 0; step < 5; ++step) {
            press(Qt::Key_F3);
            QCoreApplication::processEvents();
            const QRect match = chart()->visualRect(chart()->currentIndex());
            QVERIFY2(chart()->viewport()->rect().contains(match.center()), qPrintable(distance(match.center(), centre)));
        }
    }

    void theZoomBelongsToTheFile()
    {
        chart()->setZoom(0.22);
        m_window->close(); // what a window remembers when it closes
        newWindow();
        QVERIFY2(chart()->zoom() >= 0.6, qPrintable(QString::number(chart()->zoom())));
        const QString first = writeOrganisation(m_dir, 300, QStringLiteral("first.csv"));
        open(first);
        chart()->setZoom(0.3);
        open(writeOrganisation(m_dir, 40, QStringLiteral("second.csv")));
        const double opened = chart()->zoom();
        chart()->fitToWindow();
        QCOMPARE(opened, chart()->zoom()); // fitted, as a new file opens
        QVERIFY(opened > 0.3);
    }

    void aBiggerWindowOpensMoreBoxes()
    {
        const QString path = writeOrganisation(m_dir, 10000);
        m_window->resize(1000, 700);
        QTest::qWait(50);
        open(path);
        const size_t small = chart()->scene().boxes.size();
        QVERIFY(small >= 2);
        m_window->resize(2400, 1500);
        QTest::qWait(50);
        open(path);
        const size_t big = chart()->scene().boxes.size();
        QVERIFY2(big > small, qPrintable(QStringLiteral("%1 vs %2").arg(big).arg(small)));
        QVERIFY(int(big) <= chart()->openingBoxBudget());
        // As opened, the chart's text reads: fitted at a readable zoom, or at 100 %.
        QVERIFY2(chart()->zoom() >= 0.6, qPrintable(QString::number(chart()->zoom())));
    }

    void openingLevelsCanBeChosen()
    {
        const QString path = writeOrganisation(m_dir, 2000);
        chart()->setOpeningLevels(2);
        open(path);
        QCOMPARE(int(chart()->scene().boxes.size()), 1 + m_model->rowCount(person(1)));
        chart()->setOpeningLevels(-1);
        open(path);
        QCOMPARE(chart()->scene().boxes.size(), size_t(2000));
    }

    void showOnlyThisTeamAndBack()
    {
        open(writeOrganisation(m_dir, 2000));
        const QModelIndex lead = person(3);
        chart()->setCurrentIndex(lead);
        m_window->action(QStringLiteral("showTeam"))->trigger();
        QCOMPARE(chart()->teamRoot(), QModelIndex(lead));
        const ChartScene &team = chart()->scene();
        QCOMPARE(team.boxes.front().index, lead);
        QVERIFY(team.boxOf(person(1)) < 0 && team.boxOf(person(2)) < 0);
        // The breadcrumb: the top, above the team, then the team's lead; and a way back.
        BreadcrumbBar *bar = navigation()->breadcrumbBar();
        QCOMPARE(bar->stepButtons().size(), 2);
        QVERIFY(bar->wholeChartButton()->isVisible());
        QVERIFY(m_window->action(QStringLiteral("showWholeChart"))->isEnabled());

        // Exporting what is shown exports the team.
        ExportRequest visible;
        visible.scope = ExportRequest::Scope::Visible;
        const QString svg = m_dir.filePath(QStringLiteral("team.svg"));
        QVERIFY(m_window->exportTo(svg, visible));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.readAll().count("<g id=\"role-")), int(chart()->scene().boxes.size()));

        // Escape on the chart shows everyone again, with the lead still selected.
        chart()->setFocus();
        press(Qt::Key_Escape);
        QVERIFY(!chart()->teamRoot().isValid());
        QVERIFY(chart()->scene().boxOf(person(1)) >= 0);
        QCOMPARE(chart()->currentIndex(), lead);
        QVERIFY(!bar->wholeChartButton()->isVisible());
    }

    void theContextMenuShowsATeamAndTheBreadcrumbMovesItUp()
    {
        open(writeOrganisation(m_dir, 2000));
        const QModelIndex lead = person(2);
        const QPoint at = chart()->visualRect(lead).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, chart()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(chart()->viewport(), &event);
        QMenu *menu = navigation()->contextMenu();
        QVERIFY(menu);
        QCOMPARE(chart()->currentIndex(), lead);
        QAction *showTeam = m_window->action(QStringLiteral("showTeam"));
        QVERIFY(menu->actions().contains(showTeam));
        menu->close();
        showTeam->trigger();
        QCOMPARE(chart()->teamRoot(), QModelIndex(lead));
        // Deeper: a report's team, then up again by the breadcrumb's step above it.
        const QModelIndex report = m_model->index(0, 0, lead);
        chart()->setCurrentIndex(report);
        showTeam->trigger();
        QCOMPARE(chart()->teamRoot(), report);
        BreadcrumbBar *bar = navigation()->breadcrumbBar();
        QCOMPARE(bar->stepButtons().size(), 3);
        QTest::mouseClick(bar->stepButtons()[1], Qt::LeftButton);
        QCOMPARE(chart()->teamRoot(), QModelIndex(lead));
        QCOMPARE(chart()->currentIndex(), lead);
        // The button on the bar shows the whole chart.
        QTest::mouseClick(bar->wholeChartButton(), Qt::LeftButton);
        QVERIFY(!chart()->teamRoot().isValid());
    }

    void searchingOutsideTheTeamShowsTheWholeChart()
    {
        open(writeOrganisation(m_dir, 2000));
        chart()->setCurrentIndex(person(3));
        m_window->action(QStringLiteral("showTeam"))->trigger();
        m_window->searchField()->setText(QStringLiteral("Person 2"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(chart()->currentIndex().isValid(), true);
        QVERIFY(!chart()->teamRoot().isValid());
        QVERIFY(chart()->visualRect(chart()->currentIndex()).isValid());
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
