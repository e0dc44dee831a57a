#include "testsupport.h"

#include "chartloader.h"
#include "chartview.h"
#include "detailpanel.h"
#include "mainwindow.h"
#include "svgexport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTextBlock>
#include <QTextBrowser>
#include <QStandardItemModel>
#include <QToolTip>
#include <QTreeView>

using namespace TestSupport;

namespace {

bool overlaps(const ChartScene &scene)
{
    std::vector<QRectF> rects;
    for (const ChartScene::Box &box : scene.boxes)
        rects.push_back(box.rect);
    std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (size_t i = 0; i < rects.size(); ++i) // sweep: only boxes that start before this one ends
        for (size_t j = i + 1; j < rects.size() && rects[j].left() < rects[i].right(); ++j)
            if (rects[i].intersects(rects[j]))
                return true;
    return false;
}

// Where a link of the panel is, in its viewport; null when the panel has no such link.
QPoint linkCentre(QTextBrowser *panel, const QString &href)
{
    QTextDocument *document = panel->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextFragment fragment = it.fragment(); fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                return panel->cursorRect(cursor).center();
            }
    return {};
}

// Receives the addresses the program hands to the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

class TestExplore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OrgChartModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MainWindow> m_window;

    ChartView *chart() const { return m_window->chartView(); }
    QString panelText() const { return m_window->detailPanel()->toPlainText(); }
    QModelIndex person(int id) const { return m_model->indexForId(QString::number(id)); }

    void open(const QString &path)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::fileOpened);
        m_window->openFile(path);
        QVERIFY(opened.wait(20000));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void init()
    {
        m_model = std::make_unique<OrgChartModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setChart(builtInChart());
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        chart()->setFocus();
    }

    void cleanup()
    {
        m_window.reset();
        m_tester.reset();
        m_model.reset();
    }

    void aBigOrganisationOpensAtItsTopLevels()
    {
        open(writeOrganisation(m_dir, 10000));
        QCOMPARE(m_model->chart().nodes.size(), size_t(10000));
        QCOMPARE(m_window->currentFile(), m_dir.filePath(QStringLiteral("org.csv")));
        const ChartScene &scene = chart()->scene();
        QVERIFY2(scene.boxes.size() <= 30, qPrintable(QString::number(scene.boxes.size())));
        QVERIFY(scene.boxes.size() > 1);
        const QModelIndex top = person(1);
        QVERIFY(!chart()->isCollapsed(top));
        // Every box that shows but hides its reports says how many people it hides.
        int hidden = 0;
        for (const ChartScene::Box &box : scene.boxes)
            if (box.collapsed) {
                const QString badge = scene.badgeText(box);
                QCOMPARE(badge, u'+' + QLocale().toString(box.index.data(OrgChartModel::DescendantCountRole).toInt()));
                hidden += box.index.data(OrgChartModel::DescendantCountRole).toInt();
            }
        QCOMPARE(hidden + int(scene.boxes.size()), 10000);
        QVERIFY2(chart()->zoom() >= 0.4, "a new chart opens with readable text");
        QVERIFY(chart()->viewport()->rect().intersects(chart()->visualRect(top)));
    }

    void clickingABadgeOrPlusAndMinusTogglesReports()
    {
        open(writeOrganisation(m_dir, 2000));
        const QModelIndex manager = person(2);
        QVERIFY(chart()->isCollapsed(manager));
        const int before = int(chart()->scene().boxes.size());
        chart()->scrollTo(manager);
        QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, chart()->badgeRect(manager).center());
        QVERIFY(!chart()->isCollapsed(manager));
        QCOMPARE(int(chart()->scene().boxes.size()), before + m_model->rowCount(manager));

        chart()->setFocus();
        chart()->setCurrentIndex(manager);
        press(Qt::Key_Minus);
        QVERIFY(chart()->isCollapsed(manager));
        QCOMPARE(int(chart()->scene().boxes.size()), before);
        press(Qt::Key_Plus);
        QVERIFY(!chart()->isCollapsed(manager));
    }

    void expandAllAndCollapseAll()
    {
        open(writeOrganisation(m_dir, 3000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        QCOMPARE(chart()->scene().boxes.size(), size_t(3000));
        QVERIFY(!overlaps(chart()->scene()));
        m_window->action(QStringLiteral("collapseAll"))->trigger();
        QCOMPARE(chart()->scene().boxes.size(), size_t(1));
        QVERIFY(chart()->scene().boxes.front().collapsed);
    }

    void downOnACollapsedBoxOpensIt()
    {
        open(writeOrganisation(m_dir, 2000));
        chart()->setCurrentIndex(person(2));
        QVERIFY(chart()->isCollapsed(person(2)));
        press(Qt::Key_Down);
        QCOMPARE(chart()->currentIndex().parent(), person(2));
        QVERIFY(!chart()->isCollapsed(person(2)));
    }

    void zoomWithCtrlWheelAndShortcutsAndFit()
    {
        open(writeOrganisation(m_dir, 2000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        const double start = chart()->zoom();
        const QPoint centre = chart()->viewport()->rect().center();
        QWheelEvent wheel(centre, chart()->viewport()->mapToGlobal(centre), {}, QPoint(0, -240), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart()->viewport(), &wheel);
        QVERIFY(chart()->zoom() < start);
        press(Qt::Key_Plus, Qt::ControlModifier);
        press(Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(chart()->zoom() > start);
        press(Qt::Key_0, Qt::ControlModifier);
        const QSizeF fitted = chart()->scene().bounds.size() * chart()->zoom();
        QVERIFY(fitted.width() <= chart()->viewport()->width() + 1 && fitted.height() <= chart()->viewport()->height() + 1);
        QVERIFY(qFuzzyCompare(fitted.width(), chart()->viewport()->width()) || qFuzzyCompare(fitted.height(), chart()->viewport()->height()));
    }

    void zoomedOutTheChartStaysDrawnAndClickable()
    {
        open(writeOrganisation(m_dir, 10000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        m_window->action(QStringLiteral("fit"))->trigger();
        QVERIFY(chart()->zoom() < ChartDetail::outlines); // the lowest level of detail
        const QImage frame = chart()->viewport()->grab().toImage();
        // Boxes show as pixels of the box colour, not an empty canvas.
        int boxPixels = 0;
        const QRgb border = chart()->chartStyle().boxBorder.rgb();
        for (int y = 0; y < frame.height(); ++y)
            for (int x = 0; x < frame.width(); ++x)
                boxPixels += frame.pixel(x, y) == border;
        QVERIFY2(boxPixels > 300, qPrintable(QString::number(boxPixels)));
        // A click lands on the nearest box.
        const QRect deep = chart()->visualRect(person(9999));
        QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, deep.center());
        QVERIFY(chart()->currentIndex().isValid());
        QVERIFY(chart()->visualRect(chart()->currentIndex()).adjusted(-7, -7, 7, 7).contains(deep.center()));
    }

    void zoomedOutWithMostBoxesOffScreenPaintsSafely()
    {
        open(writeOrganisation(m_dir, 10000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        chart()->setZoom(0.03); // the lowest level of detail, the chart much wider than the window
        chart()->horizontalScrollBar()->setValue(chart()->horizontalScrollBar()->maximum() / 2);
        const QImage frame = chart()->viewport()->grab().toImage();
        QCOMPARE(frame.size(), chart()->viewport()->size() * frame.devicePixelRatio());
        // Boxes are drawn, not only the background: many colours of pixels.
        QSet<QRgb> colours;
        for (int y = 0; y < frame.height(); y += 3)
            for (int x = 0; x < frame.width(); x += 3)
                colours.insert(frame.pixel(x, y));
        QVERIFY2(colours.size() > 2, qPrintable(QString::number(colours.size())));
    }

    void aDroppedFileOpensAndIsRemembered()
    {
        const QString path = writeOrganisation(m_dir, 50, QStringLiteral("dropped.csv"));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy opened(m_window.get(), &MainWindow::fileOpened);
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_model->chart().nodes.size(), size_t(50));

        // Open Recent lists it first, and opens it again.
        m_window->openBuiltInChart();
        QTRY_VERIFY(m_model->indexForId(QStringLiteral("ceo")).isValid());
        QMenu *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QVERIFY(!recent->actions().isEmpty());
        QCOMPARE(recent->actions().first()->statusTip(), QDir::toNativeSeparators(path));
        recent->actions().first()->trigger();
        QTRY_COMPARE(m_model->chart().nodes.size(), size_t(50));
    }

    void aPinchZooms()
    {
        const double before = chart()->zoom();
        const QPointF at = chart()->viewport()->rect().center();
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
                                  chart()->viewport()->mapToGlobal(at), 0.5, QPointF(), 0);
        QApplication::sendEvent(chart()->viewport(), &pinch);
        QVERIFY(chart()->zoom() > before);
    }

    void centreOnSelectionBringsTheBoxToTheMiddle()
    {
        open(writeOrganisation(m_dir, 2000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        chart()->setZoom(1);
        chart()->setCurrentIndex(person(1999));
        chart()->horizontalScrollBar()->setValue(0);
        press(Qt::Key_E, Qt::ControlModifier);
        // Across, it stands in the middle; down, as near as the chart's bottom edge allows.
        const QRect box = chart()->visualRect(person(1999));
        QVERIFY2(std::abs(box.center().x() - chart()->viewport()->rect().center().x()) <= 1, qPrintable(QString::number(box.center().x())));
        QVERIFY(chart()->viewport()->rect().contains(box));
    }

    void matchesAreHighlightedOnTheChart()
    {
        m_window->searchField()->setText(QStringLiteral("chief marketing"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(m_model->matches().size(), size_t(1)); // the CMO, by its title
        chart()->selectionModel()->clear(); // a selected match shows as selected instead
        const QRect cmo = chart()->visualRect(m_model->indexForId(QStringLiteral("cmo")));
        const QImage frame = chart()->viewport()->grab().toImage();
        QCOMPARE(frame.pixelColor(cmo.left() + 6, cmo.bottom() - 6), chart()->chartStyle().searchMatch);
        const QRect cpo = chart()->visualRect(m_model->indexForId(QStringLiteral("cpo")));
        QVERIFY(frame.pixelColor(cpo.left() + 6, cpo.bottom() - 6) != chart()->chartStyle().searchMatch);
    }

    void searchingADutyFindsOwnersAndCollaborators()
    {
        const QModelIndex ceo = m_model->indexForId(QStringLiteral("ceo"));
        const QModelIndex cpo = m_model->indexForId(QStringLiteral("cpo"));
        const QModelIndex cmo = m_model->indexForId(QStringLiteral("cmo"));

        // "launch": nobody's own duty, but what the CPO and the CMO work on together.
        m_window->searchField()->setText(QStringLiteral("launch"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(m_model->matchIndexes(), (QModelIndexList{cpo, cmo}));
        QCOMPARE(m_model->collaboratorIndexes(), (QModelIndexList{cpo, cmo}));
        QCOMPARE(m_model->matchingLinks(), std::vector<int>{0});
        QVERIFY(cmo.data(OrgChartModel::CollaboratorRole).toBool());
        chart()->selectionModel()->clear();
        const QImage frame = chart()->viewport()->grab().toImage();
        const QRect cmoRect = chart()->visualRect(cmo);
        QCOMPARE(frame.pixelColor(cmoRect.left() + 6, cmoRect.bottom() - 6), chart()->chartStyle().linkLabelFill);

        // "finances": the CEO's own duty, in a small company only.
        m_model->setCompanySize(CompanySize::Small);
        m_window->searchField()->setText(QStringLiteral("finances"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(m_model->matchIndexes(), QModelIndexList{ceo});
        QVERIFY(m_model->collaboratorIndexes().isEmpty());
        m_model->setCompanySize(CompanySize::Large);
        QVERIFY(m_model->matchIndexes().isEmpty());

        // Several matches in different places: the way between them is drawn through their manager.
        m_window->searchField()->setText(QStringLiteral("product"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QVERIFY(m_model->matchIndexes().contains(cpo));
        chart()->selectionModel()->clear();
        const QImage withPath = chart()->viewport()->grab().toImage();
        const QPointF from = chart()->visualRect(ceo).center(), to = chart()->visualRect(cpo).center();
        // On the way from the CEO to the CPO, just below the CEO, above the reporting lines.
        const double t = (chart()->visualRect(ceo).bottom() + 6 - from.y()) / (to.y() - from.y());
        const QPoint between = (from + t * (to - from)).toPoint();
        QVERIFY(withPath.pixelColor(between) != chart()->chartStyle().background);
        m_window->searchField()->clear();
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(chart()->viewport()->grab().toImage().pixelColor(between), chart()->chartStyle().background);
    }

    void boxesGlideToTheirNewPlacesUnlessMotionIsOff()
    {
        open(writeOrganisation(m_dir, 300));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        chart()->scene();
        QApplication::setEffectEnabled(Qt::UI_General, true);
        m_window->action(QStringLiteral("layoutTree"))->trigger();
        chart()->scene(); // the new layout
        QVERIFY(chart()->isMoving());
        QTRY_VERIFY_WITH_TIMEOUT(!chart()->isMoving(), 2000); // short
        m_window->action(QStringLiteral("layoutCompact"))->trigger();
        chart()->scene();
        QVERIFY(chart()->isMoving());
        m_window->action(QStringLiteral("layoutLeftToRight"))->trigger(); // interrupting: still fine
        chart()->scene();
        QVERIFY(chart()->isMoving());
        QTRY_VERIFY_WITH_TIMEOUT(!chart()->isMoving(), 2000);
        m_window->action(QStringLiteral("layoutCompact"))->trigger();
        chart()->scene();
        QTRY_VERIFY_WITH_TIMEOUT(!chart()->isMoving(), 2000);

        // A platform that asks for no animations gets none.
        QApplication::setEffectEnabled(Qt::UI_General, false);
        m_window->action(QStringLiteral("layoutTree"))->trigger();
        chart()->scene();
        QVERIFY(!chart()->isMoving());
        m_window->action(QStringLiteral("layoutCompact"))->trigger();
    }

    void draggingTheCanvasPans()
    {
        open(writeOrganisation(m_dir, 2000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        chart()->setZoom(1);
        const int before = chart()->horizontalScrollBar()->value();
        const QPoint from = emptyPoint();
        QTest::mousePress(chart()->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, from - QPoint(120, 0), chart()->viewport()->mapToGlobal(from - QPoint(120, 0)),
                         Qt::LeftButton, Qt::LeftButton, {});
        QApplication::sendEvent(chart()->viewport(), &move);
        QTest::mouseRelease(chart()->viewport(), Qt::LeftButton, {}, from - QPoint(120, 0));
        QCOMPARE(chart()->horizontalScrollBar()->value(), before + 120);
    }

    void searchHighlightsStepsAndOpensTheWayToMatches()
    {
        open(writeOrganisation(m_dir, 5000));
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->searchField());
        QTest::keyClicks(m_window->searchField(), QStringLiteral("Person 4321"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(m_model->matches().size(), size_t(1));
        QCOMPARE(chart()->currentIndex(), person(4321));
        QVERIFY(chart()->visualRect(person(4321)).isValid()); // its collapsed managers opened
        QVERIFY2(chart()->viewport()->rect().contains(chart()->visualRect(person(4321)).center()),
                 qPrintable(QStringLiteral("%1,%2 in %3x%4").arg(chart()->visualRect(person(4321)).center().x()).arg(chart()->visualRect(person(4321)).center().y()).arg(chart()->viewport()->width()).arg(chart()->viewport()->height())));
        QVERIFY(panelText().contains(QStringLiteral("Person 4321")));
        QVERIFY(m_window->outline()->visualRect(person(4321)).isValid());
        QVERIFY(person(4321).data(OrgChartModel::MatchRole).toBool());

        // By an extra column, stepping forwards and back with F3 and Shift+F3.
        m_window->searchField()->setText(QStringLiteral("dept 3"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(m_model->matches().size(), size_t(1000));
        const QModelIndex first = chart()->currentIndex();
        QCOMPARE(m_window->searchStatus(), QStringLiteral("1 of 1000"));
        press(Qt::Key_F3);
        QCOMPARE(m_window->searchStatus(), QStringLiteral("2 of 1000"));
        QVERIFY(chart()->currentIndex() != first);
        press(Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(chart()->currentIndex(), first);
        press(Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_window->searchStatus(), QStringLiteral("1000 of 1000"));
    }

    void searchFindsResponsibilities()
    {
        m_window->searchField()->setText(QStringLiteral("customer service"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(m_model->matches().size(), size_t(1));
        QCOMPARE(chart()->currentIndex(), m_model->indexForId(QStringLiteral("cpo")));
    }

    void compactLayoutStacksLeavesInColumns()
    {
        open(writeOrganisation(m_dir, 400));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        m_window->action(QStringLiteral("layoutTree"))->trigger();
        const double wide = chart()->scene().bounds.width();
        m_window->action(QStringLiteral("layoutCompact"))->trigger();
        QCOMPARE(chart()->chartLayout(), ChartLayout::Compact);
        const ChartScene &scene = chart()->scene();
        QCOMPARE(scene.boxes.size(), size_t(400));
        QVERIFY(!overlaps(scene));
        QVERIFY2(scene.bounds.width() < wide / 2, qPrintable(QStringLiteral("%1 vs %2").arg(scene.bounds.width()).arg(wide)));
        // Some manager's reports, none of whom has reports, stand in a column beneath it.
        bool stacked = false;
        for (int node = 0; node < int(m_model->chart().nodes.size()) && !stacked; ++node) {
            const QModelIndex manager = m_model->indexForNode(node);
            if (m_model->rowCount(manager) < 4 || m_model->hasChildren(m_model->index(0, 0, manager)))
                continue;
            const QRectF a = scene.boxes[size_t(scene.boxOf(m_model->index(0, 0, manager)))].rect;
            const QRectF b = scene.boxes[size_t(scene.boxOf(m_model->index(1, 0, manager)))].rect;
            stacked = a.left() == b.left() && b.top() > a.bottom();
        }
        QVERIFY(stacked);
    }

    void anyItemModelFindsTheBoxOfEachIndex()
    {
        // A generic model, and a proxy in front of it that sorts in reverse: the scene finds each
        // index's box by its rows, and answers -1 below a collapsed box and outside a team.
        QStandardItemModel standard;
        std::vector<QStandardItem *> items{standard.invisibleRootItem()};
        for (int i = 0; i < 200; ++i) {
            auto *item = new QStandardItem(QStringLiteral("Person %1").arg(i, 3, 10, QChar(u'0')));
            items[i == 0 ? 0 : size_t((i - 1) / 4 + 1)]->appendRow(item); // one top, four reports each
            items.push_back(item);
        }
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&standard);
        proxy.sort(0, Qt::DescendingOrder);
        for (const QAbstractItemModel *model : {static_cast<const QAbstractItemModel *>(&standard), static_cast<const QAbstractItemModel *>(&proxy)}) {
            std::vector<QModelIndex> all;
            for (std::vector<QModelIndex> stack{model->index(0, 0)}; !stack.empty();) {
                all.push_back(stack.back());
                stack.pop_back();
                for (int row = 0; row < model->rowCount(all.back()); ++row)
                    stack.push_back(model->index(row, 0, all.back()));
            }
            const QModelIndex collapsed = model->index(1, 0, model->index(0, 0));
            for (const QModelIndex &root : {QModelIndex(), model->index(2, 0, model->index(0, 0))}) {
                SceneOptions options;
                options.root = root;
                options.isCollapsed = [&](const QModelIndex &index) { return index == collapsed; };
                const ChartScene scene = buildChartScene(*model, {}, QString(), ChartStyle::light(), options);
                QHash<QModelIndex, int> expected;
                for (size_t box = 0; box < scene.boxes.size(); ++box)
                    expected.insert(scene.boxes[box].index, int(box));
                QVERIFY(scene.boxes.size() > 10 && scene.boxes.size() < all.size());
                for (const QModelIndex &index : all)
                    QCOMPARE(scene.boxOf(index), expected.value(index, -1));
                QCOMPARE(scene.boxOf(model->index(0, 0).siblingAtColumn(1)), -1);
                QCOMPARE(scene.boxOf(m_model->index(0, 0)), -1); // another model's
            }
        }
    }

    void theGridsFindEveryBoxAndLineThatMeetsARectangle()
    {
        // Boxes are filed under one cell, lines under every cell. Boxes hundreds of millions of
        // units from the origin have packed single-precision outlines tens of units from exact;
        // a tree keeps such a chart to a few rows (or columns) of the grid's cells.
        QStandardItemModel standard;
        std::vector<QStandardItem *> items{standard.invisibleRootItem()};
        for (int i = 0; i < 400; ++i) {
            auto *item = new QStandardItem(QStringLiteral("Person %1").arg(i));
            items[i == 0 ? 0 : size_t((i - 1) / 5 + 1)]->appendRow(item);
            items.push_back(item);
        }
        const auto meets = [](const QRectF &a, const QRectF &b) { // lines have no area: edges count
            return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
        };
        for (const double gap : {0.0, 1e6 + 0.37})
            for (const ChartLayout layout : {ChartLayout::Compact, ChartLayout::Tree, ChartLayout::LeftToRight}) {
                if (gap > 0 && layout == ChartLayout::Compact)
                    continue; // as tall as wide: billions of cells
                ChartStyle style = ChartStyle::light();
                style.siblingGap += gap;
                style.cousinGap += gap;
                SceneOptions options;
                options.layout = layout;
                const ChartScene scene = buildChartScene(standard, {}, QString(), style, options);
                std::mt19937 random(7);
                std::uniform_real_distribution<double> along(0, 1);
                std::vector<QRectF> queries; // anywhere, and just inside each box's corners
                for (int query = 0; query < 300; ++query) {
                    const QSizeF size = scene.bounds.size() * along(random) * 0.1;
                    queries.emplace_back(scene.bounds.width() * along(random), scene.bounds.height() * along(random), size.width(), size.height());
                }
                for (const ChartScene::Box &box : scene.boxes)
                    for (const QPointF corner : {box.rect.topLeft(), box.rect.topRight(), box.rect.bottomLeft(), box.rect.bottomRight()})
                        queries.emplace_back(corner + (box.rect.center() - corner) * 1e-6, QSizeF(0.01, 0.01));
                for (const QRectF &rect : queries) {
                    const std::vector<int> boxes = scene.boxesIn(rect), lines = scene.connectorsIn(rect);
                    for (size_t box = 0; box < scene.boxes.size(); ++box)
                        if (meets(scene.boxes[box].bounds(), rect))
                            QVERIFY(std::binary_search(boxes.begin(), boxes.end(), int(box)));
                    for (size_t line = 0; line < scene.connectors.size(); ++line)
                        if (meets(QRectF(scene.connectors[line].p1(), scene.connectors[line].p2()).normalized(), rect))
                            QVERIFY(std::binary_search(lines.begin(), lines.end(), int(line)));
                }
            }
    }

    void leftToRightPutsManagersLeftOfReports()
    {
        m_window->action(QStringLiteral("layoutLeftToRight"))->trigger();
        const QRect ceo = chart()->visualRect(m_model->indexForId(QStringLiteral("ceo")));
        const QRect cpo = chart()->visualRect(m_model->indexForId(QStringLiteral("cpo")));
        const QRect cmo = chart()->visualRect(m_model->indexForId(QStringLiteral("cmo")));
        QVERIFY(ceo.right() < cpo.left());
        QCOMPARE(cpo.left(), cmo.left());
        QVERIFY(cpo.bottom() < cmo.top());
        chart()->setCurrentIndex(m_model->indexForId(QStringLiteral("ceo")));
        press(Qt::Key_Right);
        QCOMPARE(chart()->currentIndex(), m_model->indexForId(QStringLiteral("cpo")));
        press(Qt::Key_Down);
        QCOMPARE(chart()->currentIndex(), m_model->indexForId(QStringLiteral("cmo")));
        m_window->action(QStringLiteral("layoutCompact"))->trigger();
    }

    void panelShowsAPersonsManagerReportsAndColumns()
    {
        open(dataFile(QStringLiteral("rfc4180.csv")));
        chart()->setCurrentIndex(m_model->indexForId(QStringLiteral("2")));
        const QString text = panelText();
        QVERIFY(text.contains(QStringLiteral("Hopper, Grace")));
        QVERIFY2(text.contains(QStringLiteral("Reports to\nAda Lovelace\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Linus \"The Kernel\" T.")));
        QVERIFY(text.contains(QStringLiteral("grace@example.com")));
        QVERIFY(text.contains(QStringLiteral("department\nEngineering and Research\n"))); // one line, as on the box
        QVERIFY(text.contains(QStringLiteral("Direct reports (1)")));
        chart()->setCurrentIndex(m_model->indexForId(QStringLiteral("1")));
        QVERIFY(panelText().contains(QStringLiteral("Direct reports (2)")));
        QVERIFY2(panelText().contains(QStringLiteral("Everyone below\n3\n")), qPrintable(panelText()));
    }

    // The people the panel names are links that select them; an email address opens a message.
    void clickingANameOrAnAddressInThePanelFollowsIt()
    {
        QCOMPARE(m_window->suggestedExportName(), QStringLiteral("leadership-chart-large")); // the built-in chart
        open(dataFile(QStringLiteral("rfc4180.csv")));
        QCOMPARE(m_window->suggestedExportName(), QStringLiteral("rfc4180")); // the file's name, no sizes
        DetailPanel *panel = m_window->detailPanel();
        chart()->setCurrentIndex(person(2));
        const QPoint manager = linkCentre(panel, QStringLiteral("person:1"));
        QVERIFY(!manager.isNull());
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, manager);
        QTRY_COMPARE(chart()->currentIndex(), person(1));
        QVERIFY(panelText().contains(QStringLiteral("Direct reports (2)")));

        const QPoint report = linkCentre(panel, QStringLiteral("person:4"));
        QVERIFY(!report.isNull());
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, report);
        QTRY_COMPARE(chart()->currentIndex(), person(4));

        chart()->setCurrentIndex(person(2));
        const QPoint email = linkCentre(panel, QStringLiteral("mailto:grace@example.com"));
        QVERIFY(!email.isNull());
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, email);
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QStringLiteral("mailto:grace@example.com"))});
        QCOMPARE(chart()->currentIndex(), person(2)); // the selection stays
    }

    // Ids are free text: a manager whose id holds "%", "/", "?" or "#" is still one click away; an
    // address that would hand the mail program a subject or an attachment is not a link.
    void panelLinksSurviveAwkwardIdsAndRefuseLoadedAddresses()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("awkward.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,name,title,manager,email\n"
                   "50% a/b?c#d,Boss,CEO,,boss@example.com?attach=/etc/passwd\n"
                   "2,Report,Engineer,50% a/b?c#d,report@example.com\n");
        file.close();
        open(path);
        DetailPanel *panel = m_window->detailPanel();
        chart()->setCurrentIndex(person(2));
        const QModelIndex boss = m_model->indexForId(QStringLiteral("50% a/b?c#d"));
        QVERIFY(boss.isValid());
        const QString href = QStringLiteral("person:") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("50% a/b?c#d")));
        const QPoint manager = linkCentre(panel, href);
        QVERIFY(!manager.isNull());
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, manager);
        QTRY_COMPARE(chart()->currentIndex(), boss);
        QVERIFY(panelText().contains(QStringLiteral("boss@example.com?attach=/etc/passwd")));
        QVERIFY(linkCentre(panel, QStringLiteral("mailto:boss@example.com?attach=/etc/passwd")).isNull());
        QVERIFY(!panel->toHtml().contains(QStringLiteral("mailto:boss")));
    }

    void aThousandColumnsAreListedBelowThePersonsTable()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("wide.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(TestSupport::Shapes::wideCsv(3, 1004)) > 0);
        file.close();
        open(path);
        const QModelIndex second = person(2);
        QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, chart()->visualRect(second).center());
        QCOMPARE(chart()->currentIndex(), second);
        const QString text = panelText();
        QVERIFY2(text.contains(QStringLiteral("Reports to\nPerson 1\n")), qPrintable(text.left(400))); // the table stays
        QVERIFY(text.contains(QStringLiteral("Columns (%1)").arg(QLocale().toString(1000))));
        QVERIFY(text.contains(QStringLiteral("\nc4: c4r2\n")));
        QVERIFY(text.contains(QStringLiteral("\nc1003: c1003r2")));
    }

    void aTenThousandCharacterNameIsElidedOnTheBoxOnly()
    {
        open(dataFile(QStringLiteral("long-name.csv")));
        const QModelIndex index = m_model->indexForId(QStringLiteral("1"));
        const QString name = index.data(OrgChartModel::NameRole).toString();
        QCOMPARE(name.size(), 10000);
        const ChartScene &scene = chart()->scene();
        const ChartScene::Box &box = scene.boxes[size_t(scene.boxOf(index))];
        const ChartScene::Text heading = scene.boxTexts(scene.boxOf(index)).front();
        QVERIFY(heading.text.endsWith(QChar(0x2026)));
        QVERIFY(heading.width <= box.rect.width());
        chart()->setCurrentIndex(index);
        QVERIFY(panelText().contains(name));
        const QPoint point = chart()->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, point, chart()->viewport()->mapToGlobal(point));
        QApplication::sendEvent(chart()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(name));
        QToolTip::hideText();
    }

    void aFileThatFailsKeepsTheChartAndSaysWhy()
    {
        QSignalSpy failed(m_window.get(), &MainWindow::fileFailed);
        m_window->openFile(dataFile(QStringLiteral("cycle.csv")));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("cycle.csv:3: reporting cycle")));
        QVERIFY(m_window->lastMessage());
        QVERIFY(m_window->lastMessage()->informativeText().contains(QStringLiteral("cycle.csv:3:")));
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->indexForId(QStringLiteral("ceo")).isValid());
        QVERIFY(m_window->currentFile().isEmpty());
        m_window->lastMessage()->close();
    }

    void aFileWithWarningsOpensAndListsThem()
    {
        open(dataFile(QStringLiteral("unknown-manager.csv")));
        QVERIFY(m_window->lastMessage());
        QVERIFY(m_window->lastMessage()->detailedText().contains(QStringLiteral("unknown-manager.csv:4:")));
        QCOMPARE(m_model->rowCount(), 2);
        m_window->lastMessage()->close();
    }

    void aMappedHrExportOpensWithItsWarningsAndReloadsWithItsMapping()
    {
        const QString path = writeFile(m_dir, QStringLiteral("mapped.csv"), "Code;Person;Role;Boss\nA1;Ada;CEO;\nA2;Sam;CTO;Ada\nA3;Sam;CFO;Ada\nA4;Lin;Dev;Sam\n");
        CsvColumnMapping mapping;
        mapping.id = QStringLiteral("Code");
        mapping.name = QStringLiteral("Person");
        mapping.title = QStringLiteral("Role");
        mapping.manager = QStringLiteral("Boss");
        for (int load = 0; load < 2; ++load) { // the second time as a reload does it, without the mapping
            QSignalSpy opened(m_window.get(), &MainWindow::fileOpened);
            m_window->openFile(path, load == 0 ? std::optional(mapping) : std::nullopt);
            QVERIFY(opened.wait(20000));
            QVERIFY(m_window->lastMessage());
            QVERIFY2(m_window->lastMessage()->detailedText().contains(
                         QStringLiteral("mapped.csv:5: \"Lin\" reports to \"Sam\", but 2 people have that name (lines 3, 4); shown at the top")),
                     qPrintable(m_window->lastMessage()->detailedText()));
            QCOMPARE(m_model->rowCount(), 2); // Ada, and Lin at the top
            m_window->lastMessage()->close();
        }
    }

    void aFileChangedOnDiskCanBeReloadedAndABadReloadKeepsTheChart()
    {
        const QString path = writeOrganisation(m_dir, 30, QStringLiteral("changing.csv"));
        open(path);
        QCOMPARE(m_model->chart().nodes.size(), size_t(30));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("31,Newcomer,Engineer,1,Dept 1\n");
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastMessage() && m_window->lastMessage()->text().contains(QStringLiteral("changed on disk")), 5000);
        QSignalSpy opened(m_window.get(), &MainWindow::fileOpened);
        m_window->lastMessage()->buttons().first()->click(); // Reload
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_model->chart().nodes.size(), size_t(31));

        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("32,Broken,Row\n"); // too few fields
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastMessage() && m_window->lastMessage()->text().contains(QStringLiteral("changed on disk")), 5000);
        QSignalSpy failed(m_window.get(), &MainWindow::fileFailed);
        m_window->lastMessage()->buttons().first()->click();
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_model->chart().nodes.size(), size_t(31)); // the chart that was open stays
        QCOMPARE(m_window->currentFile(), path);
    }

    void cancellingALoadKeepsTheChart()
    {
        const QString path = writeOrganisation(m_dir, 200000, QStringLiteral("huge.csv"));
        QSignalSpy cancelled(m_window->loader(), &ChartLoader::cancelled);
        QSignalSpy opened(m_window.get(), &MainWindow::fileOpened);
        m_window->openFile(path);
        m_window->loader()->cancel();
        QVERIFY(cancelled.wait(20000));
        QCOMPARE(opened.size(), 0);
        QVERIFY(m_model->indexForId(QStringLiteral("ceo")).isValid());
    }

    void aTenThousandPersonFileOpensLaysOutAndExports()
    {
        open(writeOrganisation(m_dir, 10000));
        m_window->action(QStringLiteral("expandAll"))->trigger();
        QVERIFY(!overlaps(chart()->scene()));
        const QString svg = m_dir.filePath(QStringLiteral("org.svg"));
        QVERIFY(m_window->exportTo(svg));
        const ToolRun lint = runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), svg});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("<g id=\"role-"), 10000);
    }

private:
    // A point of the viewport with no box, badge or link under it.
    QPoint emptyPoint() const
    {
        for (int y = chart()->viewport()->height() - 5; y > 0; y -= 7)
            for (int x = 5; x < chart()->viewport()->width(); x += 7)
                if (!chart()->indexAt(QPoint(x, y)).isValid())
                    return {x, y};
        return {};
    }
};

QTEST_MAIN(TestExplore)
#include "tst_explore.moc"
