// The chart view with models other than OrgChartModel: after every change a model may announce
// (rows inserted, removed or moved, a new layout, new data, a reset) the chart draws what the model
// holds, and collapsed boxes, the selection and the current person follow their people.
#include "testsupport.h"

#include "chartview.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

using namespace TestSupport;

namespace {

// A plain tree whose rows can move, which QStandardItemModel cannot do: names in Qt::DisplayRole.
class MovableTree : public QAbstractItemModel
{
public:
    struct Node
    {
        QString name;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *root() { return &m_root; }
    Node *add(Node *parent, const QString &name) // while no view watches: no signals
    {
        parent->children.push_back(std::make_unique<Node>(Node{name, parent, {}}));
        return parent->children.back().get();
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
    }
    QModelIndex parent(const QModelIndex &child) const override
    {
        const Node *up = child.isValid() ? nodeOf(child)->parent : nullptr;
        return up && up != &m_root ? createIndex(rowOf(up), 0, up) : QModelIndex();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.column() > 0 ? 0 : int(nodeOf(parent)->children.size());
    }
    int columnCount(const QModelIndex & = {}) const override { return 1; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        return index.isValid() && role == Qt::DisplayRole ? QVariant(nodeOf(index)->name) : QVariant();
    }
    bool moveRows(const QModelIndex &from, int row, int count, const QModelIndex &to, int destination) override
    {
        if (count <= 0 || !beginMoveRows(from, row, row + count - 1, to, destination))
            return false;
        auto &source = nodeOf(from)->children;
        std::vector<std::unique_ptr<Node>> moving(std::make_move_iterator(source.begin() + row),
                                                  std::make_move_iterator(source.begin() + row + count));
        source.erase(source.begin() + row, source.begin() + row + count);
        if (from == to && destination > row)
            destination -= count;
        Node *target = nodeOf(to);
        for (auto &node : moving)
            node->parent = target;
        target->children.insert(target->children.begin() + destination, std::make_move_iterator(moving.begin()),
                                std::make_move_iterator(moving.end()));
        endMoveRows();
        return true;
    }

private:
    Node *nodeOf(const QModelIndex &index) const
    {
        return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
    }
    static int rowOf(const Node *node)
    {
        const auto &siblings = node->parent->children;
        return int(std::find_if(siblings.begin(), siblings.end(), [node](const auto &sibling) { return sibling.get() == node; })
                   - siblings.begin());
    }

    Node m_root;
};

// The people of the tests, one a line, indented one space per level.
const QStringList people{u"Ada"_qs, u" Bob"_qs, u"  Cy"_qs, u"  Di"_qs, u" Eve"_qs, u"  Fay"_qs, u"  Gus"_qs, u" Hal"_qs};

int depthOf(const QString &line)
{
    return int(line.size() - QStringView(line).trimmed().size());
}

void fill(QStandardItemModel &model, const QStringList &lines)
{
    std::vector<QStandardItem *> path{model.invisibleRootItem()};
    for (const QString &line : lines) {
        path.resize(size_t(depthOf(line)) + 1);
        auto *item = new QStandardItem(line.trimmed());
        path.back()->appendRow(item);
        path.push_back(item);
    }
}

void fill(MovableTree &model, const QStringList &lines)
{
    std::vector<MovableTree::Node *> path{model.root()};
    for (const QString &line : lines) {
        path.resize(size_t(depthOf(line)) + 1);
        path.push_back(model.add(path.back(), line.trimmed()));
    }
}

// The model as the chart should draw it, depth first: one line a person, indented by depth, and
// "[+N]" after a collapsed manager, whose N people below are not drawn.
QStringList expectedChart(const QAbstractItemModel &model, const QStringList &collapsed)
{
    QStringList lines;
    std::vector<std::pair<QModelIndex, int>> stack;
    for (int row = model.rowCount() - 1; row >= 0; --row)
        stack.emplace_back(model.index(row, 0), 0);
    while (!stack.empty()) {
        const auto [index, depth] = stack.back();
        stack.pop_back();
        QString line = QString(depth, u' ') + index.data().toString();
        if (collapsed.contains(index.data().toString()) && model.hasChildren(index)) {
            int below = 0;
            for (std::vector<QModelIndex> walk{index}; !walk.empty();) {
                const QModelIndex at = walk.back();
                walk.pop_back();
                for (int row = 0; row < model.rowCount(at); ++row, ++below)
                    walk.push_back(model.index(row, 0, at));
            }
            lines << line + QStringLiteral(" [+%1]").arg(below);
            continue;
        }
        lines << line;
        for (int row = model.rowCount(index) - 1; row >= 0; --row)
            stack.emplace_back(model.index(row, 0, index), depth + 1);
    }
    return lines;
}

// The chart as the view draws it: each box's first line of text, indented by its depth, and the
// badge of a collapsed box.
QStringList drawnChart(const ChartView &view)
{
    QStringList lines;
    const ChartScene &scene = view.scene();
    for (size_t i = 0; i < scene.boxes.size(); ++i) {
        const ChartScene::Box &box = scene.boxes[i];
        int depth = 0;
        for (QModelIndex up = box.index.parent(); up.isValid(); up = up.parent())
            ++depth;
        const std::vector<ChartScene::Text> &texts = scene.boxTexts(int(i));
        QString line = QString(depth, u' ') + (texts.empty() ? QString() : texts.front().text);
        if (box.collapsed)
            line += QStringLiteral(" [") + scene.badgeText(box) + u']';
        lines << line;
    }
    return lines;
}

QModelIndex find(const QAbstractItemModel &model, const QString &name)
{
    const QModelIndexList found = model.match(model.index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

// The colour the view paints near the top of a person's box, brought into view first: above the
// text, inside the border.
QColor fillOf(ChartView &view, const QModelIndex &index)
{
    view.scrollTo(index);
    const QRect rect = view.visualRect(index);
    const QPoint at(rect.center().x(), rect.top() + 5);
    if (rect.isEmpty() || !view.viewport()->rect().contains(at))
        return {};
    return view.viewport()->grab().toImage().pixelColor(at);
}

} // namespace

class TestModelContract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ChartView> m_view;

    ChartView &view() { return *m_view; }

    void show(QAbstractItemModel *model)
    {
        view().setModel(model);
        view().show();
        QVERIFY(QTest::qWaitForWindowExposed(&view()));
        view().doItemsLayout(); // the opening zoom, if the delayed layout has not come yet
        view().setZoom(1);      // cards, whose fill shows the selection
    }

    void click(const QModelIndex &index)
    {
        view().scrollTo(index);
        QTest::mouseClick(view().viewport(), Qt::LeftButton, {}, view().visualRect(index).center());
    }

    // Collapses a manager as a user does: a click on the box, then the minus key.
    void collapse(const QModelIndex &index)
    {
        click(index);
        QTest::keyClick(&view(), Qt::Key_Minus);
    }

    // The person is selected and current, and drawn so where the chart now puts them; `other`,
    // unselected, is drawn plainly.
    void verifySelected(const QAbstractItemModel &model, const QString &name, const QString &other)
    {
        const QModelIndex index = find(model, name);
        QVERIFY(index.isValid());
        QCOMPARE(view().currentIndex(), index);
        QCOMPARE(view().selectionModel()->selectedIndexes(), QModelIndexList{index});
        QCOMPARE(view().indexAt(view().visualRect(index).center()), index);
        QCOMPARE(fillOf(view(), index), view().chartStyle().selectionFill);
        QCOMPARE(fillOf(view(), find(model, other)), view().chartStyle().boxFill);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setEffectEnabled(Qt::UI_General, false); // no gliding boxes between a change and the pixels checked
    }

    void init()
    {
        m_view = std::make_unique<ChartView>();
        view().setOpeningLevels(-1); // everyone shows until a test collapses someone
        view().resize(800, 600);
    }

    void cleanup() { m_view.reset(); }

    void namesComeFromTheDisplayRoleOfAnyModel()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model, people);
        show(&model);
        QCOMPARE(drawnChart(view()), expectedChart(model, {}));
        QCOMPARE(drawnChart(view()).first(), u"Ada"_qs);
    }

    void collapsedAndSelectedFollowTheirPeopleWhenRowsAreInsertedAbove()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model, people);
        show(&model);
        collapse(find(model, u"Eve"_qs));
        QCOMPARE(drawnChart(view()), expectedChart(model, {u"Eve"_qs}));

        model.item(0)->insertRow(0, new QStandardItem(u"Abe"_qs)); // Eve moves a row down
        model.item(0)->insertRow(0, new QStandardItem(u"Ann"_qs));
        QVERIFY(view().isCollapsed(find(model, u"Eve"_qs)));
        QCOMPARE(drawnChart(view()), expectedChart(model, {u"Eve"_qs}));
        verifySelected(model, u"Eve"_qs, u"Bob"_qs);
    }

    void collapsedAndSelectedFollowTheirPeopleWhenRowsAreRemoved()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model, people);
        show(&model);
        collapse(find(model, u"Eve"_qs));
        model.item(0)->removeRow(0); // Bob and his team: Eve moves up a row
        QVERIFY(view().isCollapsed(find(model, u"Eve"_qs)));
        QCOMPARE(drawnChart(view()), expectedChart(model, {u"Eve"_qs}));
        verifySelected(model, u"Eve"_qs, u"Hal"_qs);

        model.item(0)->removeRow(0); // Eve herself: nobody is drawn selected
        QCOMPARE(drawnChart(view()), expectedChart(model, {}));
        QVERIFY(view().selectionModel()->selectedIndexes().isEmpty());
        QCOMPARE(fillOf(view(), find(model, u"Hal"_qs)), view().chartStyle().boxFill);
    }

    void collapsedAndSelectedFollowTheirPeopleWhenTheModelSorts()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model, people);
        show(&model);
        collapse(find(model, u"Bob"_qs));
        click(find(model, u"Gus"_qs));
        model.sort(0, Qt::DescendingOrder); // layoutChanged: Hal, Eve (Gus, Fay), Bob
        QCOMPARE(drawnChart(view()).mid(0, 3), (QStringList{u"Ada"_qs, u" Hal"_qs, u" Eve"_qs}));
        QCOMPARE(drawnChart(view()), expectedChart(model, {u"Bob"_qs}));
        QVERIFY(view().isCollapsed(find(model, u"Bob"_qs)));
        verifySelected(model, u"Gus"_qs, u"Fay"_qs);
    }

    void collapsedAndSelectedFollowTheirPeopleWhenRowsMove()
    {
        MovableTree model;
        QAbstractItemModelTester tester(&model);
        fill(model, people);
        show(&model);
        collapse(find(model, u"Eve"_qs));
        const QModelIndex ada = find(model, u"Ada"_qs);
        QVERIFY(model.moveRows(ada, 2, 1, ada, 0)); // Hal first
        QCOMPARE(drawnChart(view()), expectedChart(model, {u"Eve"_qs}));
        QVERIFY(model.moveRows(ada, 2, 1, find(model, u"Bob"_qs), 1)); // Eve and her team under Bob
        QCOMPARE(drawnChart(view()), expectedChart(model, {u"Eve"_qs}));
        QCOMPARE(drawnChart(view()).at(4), u"  Eve [+2]"_qs);
        QVERIFY(view().isCollapsed(find(model, u"Eve"_qs)));
        verifySelected(model, u"Eve"_qs, u"Cy"_qs);

        // Expanded with the plus key where she now is, she shows her team.
        QTest::keyClick(&view(), Qt::Key_Plus);
        QCOMPARE(drawnChart(view()), expectedChart(model, {}));
    }

    void renamedPeopleAreDrawnWithTheirNewNames()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model, people);
        show(&model);
        click(find(model, u"Cy"_qs));
        model.itemFromIndex(find(model, u"Cy"_qs))->setText(u"Cyrus"_qs);
        QCOMPARE(drawnChart(view()), expectedChart(model, {}));
        verifySelected(model, u"Cyrus"_qs, u"Di"_qs);
    }

    void removingATeamsManagerShowsTheWholeChart()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model, people);
        show(&model);
        view().showTeam(find(model, u"Eve"_qs));
        QCOMPARE(drawnChart(view()), (QStringList{u" Eve"_qs, u"  Fay"_qs, u"  Gus"_qs}));
        QSignalSpy teamChanged(&view(), &ChartView::teamChanged);
        model.item(0)->removeRow(1);
        QCOMPARE(teamChanged.size(), 1);
        QVERIFY(!teamChanged.first().first().toModelIndex().isValid());
        QVERIFY(!view().teamRoot().isValid());
        QCOMPARE(drawnChart(view()), expectedChart(model, {}));
    }

    void aResetDrawsTheNewTree()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model, people);
        show(&model);
        collapse(find(model, u"Eve"_qs));
        model.clear();
        fill(model, {u"Zoe"_qs, u" Eve"_qs, u"  Yan"_qs});
        QCOMPARE(drawnChart(view()), expectedChart(model, {}));
        QVERIFY(!view().currentIndex().isValid());
    }

    void proxyFilterAndSortKeepCollapsedAndSelected()
    {
        QStandardItemModel source;
        fill(source, people);
        QSortFilterProxyModel proxy;
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy);
        show(&proxy);
        collapse(find(proxy, u"Eve"_qs));
        click(find(proxy, u"Di"_qs));

        proxy.sort(0, Qt::DescendingOrder); // layoutChanged
        QCOMPARE(drawnChart(view()), expectedChart(proxy, {u"Eve"_qs}));
        QCOMPARE(drawnChart(view()).at(1), u" Hal"_qs);
        verifySelected(proxy, u"Di"_qs, u"Cy"_qs);

        proxy.setFilterRegularExpression(u"^(Ada|Di|Eve|Fay|Gus)$"_qs); // Hal and Cy go: rows removed
        QCOMPARE(drawnChart(view()), expectedChart(proxy, {u"Eve"_qs}));
        QVERIFY(view().isCollapsed(find(proxy, u"Eve"_qs)));
        verifySelected(proxy, u"Di"_qs, u"Bob"_qs);

        source.item(0)->appendRow(new QStandardItem(u"Fred"_qs)); // filtered out: nothing changes
        source.itemFromIndex(find(source, u"Bob"_qs))->setText(u"Ben"_qs);
        source.item(0)->insertRow(0, new QStandardItem(u"Eli"_qs)); // Eve's parent gets a row above her in the source
        proxy.setFilterRegularExpression(u"^(Ada|Ben|Di|Eli|Eve|Fay|Gus|Zed)$"_qs);
        QCOMPARE(drawnChart(view()), expectedChart(proxy, {u"Eve"_qs}));
        QCOMPARE(drawnChart(view()).mid(0, 4), (QStringList{u"Ada"_qs, u" Eve [+2]"_qs, u" Eli"_qs, u" Ben"_qs}));
        verifySelected(proxy, u"Di"_qs, u"Eli"_qs);

        source.itemFromIndex(find(source, u"Eli"_qs))->setText(u"Zed"_qs); // dynamic sorting moves Zed to the front
        QCOMPARE(drawnChart(view()).mid(0, 3), (QStringList{u"Ada"_qs, u" Zed"_qs, u" Eve [+2]"_qs}));
        QCOMPARE(drawnChart(view()), expectedChart(proxy, {u"Eve"_qs}));
        verifySelected(proxy, u"Di"_qs, u"Zed"_qs);
    }

    void searchMatchesFollowTheirPeople()
    {
        QStandardItemModel model;
        fill(model, people);
        show(&model);
        view().setMatches({find(model, u"Eve"_qs)});
        QCOMPARE(fillOf(view(), find(model, u"Eve"_qs)), view().chartStyle().searchMatch);
        model.item(0)->insertRow(0, new QStandardItem(u"Abe"_qs)); // Bob takes Eve's old row
        QCOMPARE(fillOf(view(), find(model, u"Eve"_qs)), view().chartStyle().searchMatch);
        QCOMPARE(fillOf(view(), find(model, u"Bob"_qs)), view().chartStyle().boxFill);
        model.sort(0, Qt::DescendingOrder); // Hal, Eve, Bob, Abe
        QCOMPARE(fillOf(view(), find(model, u"Eve"_qs)), view().chartStyle().searchMatch);
        QCOMPARE(fillOf(view(), find(model, u"Abe"_qs)), view().chartStyle().boxFill);
    }

    // Linear at worst: opening the top collapses each of its 100,000 managers, opening one of them
    // and a row inserted above them all touch each at most once.
    void aHundredThousandCollapsedManagersFollowARowInsertedAbove()
    {
        constexpr int managers = 100000;
        QStandardItemModel model;
        auto *top = new QStandardItem(u"Top"_qs);
        QList<QStandardItem *> teams;
        for (int i = 0; i < managers; ++i) {
            teams << new QStandardItem(QString::number(i));
            teams.back()->appendRow(new QStandardItem(u"Report"_qs));
        }
        top->appendRows(teams);
        model.appendRow(top);
        view().setOpeningLevels(1); // the top alone
        show(&model);
        QCOMPARE(view().scene().boxes.size(), size_t(1));

        click(model.index(0, 0));
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(&view(), Qt::Key_Plus); // the top's managers show, each collapsed
        QCOMPARE(view().scene().boxes.size(), size_t(managers + 1));
        const qint64 opened = timer.elapsed();
        QTest::keyClick(&view(), Qt::Key_Down); // to the first manager
        timer.restart();
        QTest::keyClick(&view(), Qt::Key_Plus); // which opens
        QCOMPARE(view().scene().boxes.size(), size_t(managers + 2));
        const qint64 openedOne = timer.restart();
        top->insertRow(0, new QStandardItem(u"New"_qs)); // every manager a row down
        const ChartScene &scene = view().scene();
        const qint64 inserted = timer.elapsed();
        qInfo("%d managers: collapsed %lld ms, one opened %lld ms, a row inserted above %lld ms", managers, qlonglong(opened),
              qlonglong(openedOne), qlonglong(inserted));
        QCOMPARE(scene.boxes.size(), size_t(managers + 3));
        const auto collapsed = std::count_if(scene.boxes.begin(), scene.boxes.end(), [](const ChartScene::Box &box) { return box.collapsed; });
        QCOMPARE(collapsed, managers - 1);
        QVERIFY(!view().isCollapsed(model.index(1, 0, model.index(0, 0))));
        QVERIFY(view().isCollapsed(model.index(2, 0, model.index(0, 0))));
        QCOMPARE(view().currentIndex().data().toString(), u"0"_qs);
    }

    void twentyThousandSelectedAreDrawnSelected()
    {
        QTemporaryDir dir;
        OrgChartModel model;
        model.setChart(loadChart(writeOrganisation(dir, 20001)));
        show(&model);
        // Everyone selected but the last of the top's reports, team by team as ranges.
        const QModelIndex top = model.index(0, 0);
        const QModelIndex spared = model.index(model.rowCount(top) - 1, 0, top);
        QItemSelection selection;
        selection.select(top, top);
        for (std::vector<QModelIndex> walk{top}; !walk.empty();) {
            const QModelIndex at = walk.back();
            walk.pop_back();
            const int rows = model.rowCount(at);
            if (rows == 0)
                continue;
            selection.select(model.index(0, 0, at), model.index(at == top ? rows - 2 : rows - 1, 0, at));
            for (int row = 0; row < rows; ++row)
                walk.push_back(model.index(row, 0, at));
        }
        QElapsedTimer selecting;
        selecting.start();
        view().selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        qInfo("selecting 20,000: %lld ms", qlonglong(selecting.elapsed()));
        QCOMPARE(view().selectionModel()->selectedIndexes().size(), 20000);
        const QModelIndex chosen = model.index(0, 0, model.index(0, 0, top));
        QVERIFY(view().scene().boxOf(chosen) >= 0 && view().scene().boxOf(spared) >= 0);
        QCOMPARE(fillOf(view(), chosen), view().chartStyle().selectionFill);
        QCOMPARE(fillOf(view(), spared), view().chartStyle().boxFill);
        // A figure, not a check: a frame of a thousand or so boxes, each looked up in the selection.
        view().setZoom(0.1);
        QVERIFY(view().zoom() > ChartDetail::outlines);
        view().viewport()->repaint();
        QElapsedTimer timer;
        timer.start();
        view().viewport()->repaint();
        qInfo("a frame at 10 %% with 20,000 selected: %lld ms", qlonglong(timer.elapsed()));
        // At the smallest zoom too, where the whole chart is drawn as pixels.
        view().fitToWindow();
        QVERIFY(view().zoom() < ChartDetail::outlines);
        const auto colourAt = [&](const QModelIndex &index) {
            return view().viewport()->grab().toImage().pixelColor(view().visualRect(index).center());
        };
        QCOMPARE(colourAt(chosen), view().chartStyle().selectionBorder);
        view().selectionModel()->clearSelection();
        QVERIFY(colourAt(chosen) != view().chartStyle().selectionBorder);
    }
};

QTEST_MAIN(TestModelContract)
#include "tst_modelcontract.moc"
