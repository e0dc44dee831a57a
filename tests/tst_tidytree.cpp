#include "tidytree.h"

#include <QTest>

#include <map>
#include <random>

using TidyTree::Forest;

namespace {

// A random forest with a fixed seed: spans of control up to maxSpan, boxes of varied widths.
Forest randomForest(unsigned seed, int nodes, int roots, int maxSpan)
{
    std::mt19937 random(seed);
    Forest forest;
    forest.children.resize(size_t(nodes));
    for (int i = 0; i < nodes; ++i)
        forest.sizes.emplace_back(40 + int(random() % 160), 30 + int(random() % 40));
    std::vector<int> open; // nodes that can still take reports, in creation order
    for (int i = 0; i < nodes; ++i) {
        if (i < roots) {
            forest.roots.push_back(i);
        } else {
            const int parent = open[size_t(random() % open.size())];
            forest.children[size_t(parent)].push_back(i);
            if (int(forest.children[size_t(parent)].size()) >= maxSpan)
                open.erase(std::find(open.begin(), open.end(), parent));
        }
        open.push_back(i);
    }
    return forest;
}

std::vector<int> depths(const Forest &forest)
{
    std::vector<int> depth(forest.sizes.size(), 0);
    std::vector<int> stack(forest.roots.begin(), forest.roots.end());
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (int child : forest.children[size_t(v)]) {
            depth[size_t(child)] = depth[size_t(v)] + 1;
            stack.push_back(child);
        }
    }
    return depth;
}

} // namespace

class TestTidyTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void properties_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("roots");
        QTest::addColumn<int>("maxSpan");
        QTest::newRow("one node") << 1u << 1 << 1 << 3;
        QTest::newRow("bushy") << 2u << 300 << 1 << 12;
        QTest::newRow("narrow and deep") << 3u << 300 << 1 << 2;
        QTest::newRow("several roots") << 4u << 500 << 4 << 6;
        QTest::newRow("large") << 5u << 20000 << 3 << 8;
    }

    void properties()
    {
        QFETCH(unsigned, seed);
        QFETCH(int, nodes);
        QFETCH(int, roots);
        QFETCH(int, maxSpan);
        const Forest forest = randomForest(seed, nodes, roots, maxSpan);
        const TidyTree::Spacing spacing;
        const std::vector<QRectF> rects = TidyTree::layout(forest, spacing);
        QCOMPARE(rects.size(), size_t(nodes));

        // Parents are centred over their first and last child.
        for (size_t v = 0; v < rects.size(); ++v) {
            const auto &children = forest.children[v];
            if (children.empty())
                continue;
            const double middle = (rects[size_t(children.front())].center().x() + rects[size_t(children.back())].center().x()) / 2;
            QVERIFY2(qAbs(rects[v].center().x() - middle) < 1e-6, qPrintable(QStringLiteral("node %1").arg(v)));
        }

        // Each depth sits on one line, below the previous one; boxes of a depth keep their gaps.
        const std::vector<int> depth = depths(forest);
        std::map<int, std::vector<size_t>> levels;
        for (size_t v = 0; v < rects.size(); ++v)
            levels[depth[v]].push_back(v);
        double previousBottom = -spacing.levelGap; // the top line starts at 0
        for (auto &[level, members] : levels) {
            const double top = rects[members.front()].top();
            double bottom = 0;
            for (size_t v : members) {
                QCOMPARE(rects[v].top(), top);
                bottom = std::max(bottom, rects[v].bottom());
            }
            QVERIFY(top >= previousBottom + spacing.levelGap - 1e-6);
            previousBottom = bottom;
            std::sort(members.begin(), members.end(), [&](size_t a, size_t b) { return rects[a].left() < rects[b].left(); });
            for (size_t i = 1; i < members.size(); ++i)
                QVERIFY2(rects[members[i]].left() >= rects[members[i - 1]].right() + spacing.siblingGap - 1e-6,
                         qPrintable(QStringLiteral("overlap at depth %1").arg(level)));
        }

        // Several roots stand side by side, in order, on the top line.
        for (size_t i = 1; i < forest.roots.size(); ++i)
            QVERIFY(rects[size_t(forest.roots[i - 1])].right() < rects[size_t(forest.roots[i])].left());

        // The drawing starts at the origin.
        double left = 1e300, top = 1e300;
        for (const QRectF &r : rects) {
            left = std::min(left, r.left());
            top = std::min(top, r.top());
        }
        QCOMPARE(left, 0.0);
        QCOMPARE(top, 0.0);
    }

    void identicalInputGivesIdenticalOutput()
    {
        const Forest forest = randomForest(7, 2000, 2, 9);
        QCOMPARE(TidyTree::layout(forest), TidyTree::layout(forest));
    }

    void siblingsSitOneGapApartUnderACentredParent()
    {
        Forest forest;
        forest.roots = {0};
        forest.children = {{1, 2}, {}, {}};
        forest.sizes = {QSizeF(100, 40), QSizeF(100, 40), QSizeF(100, 40)};
        const std::vector<QRectF> rects = TidyTree::layout(forest, {20, 30, 50});
        QCOMPARE(rects[2].left() - rects[1].right(), 20.0);
        QCOMPARE(rects[0].center().x(), (rects[1].center().x() + rects[2].center().x()) / 2);
        QCOMPARE(rects[1].top(), 40.0 + 50.0);
    }

    void subtreesPackByContourNotByBoundingBox()
    {
        // A (1) has two reports that reach out to its right; B (2) has none, so B can stand right
        // next to A, above A's reports, instead of beyond A's whole subtree.
        Forest forest;
        forest.roots = {0};
        forest.children = {{1, 2}, {3, 4}, {}, {}, {}};
        forest.sizes.assign(5, QSizeF(100, 40));
        const std::vector<QRectF> rects = TidyTree::layout(forest, {20, 30, 50});
        QCOMPARE(rects[2].left() - rects[1].right(), 20.0);
        QVERIFY(rects[4].right() > rects[2].left());
    }

    void aLongChainDoesNotExhaustTheStack()
    {
        Forest forest;
        const int nodes = 200000;
        forest.roots = {0};
        forest.children.resize(nodes);
        forest.sizes.assign(nodes, QSizeF(10, 10));
        for (int i = 0; i + 1 < nodes; ++i)
            forest.children[size_t(i)] = {i + 1};
        const std::vector<QRectF> rects = TidyTree::layout(forest);
        QCOMPARE(rects.back().left(), 0.0);
        QVERIFY(rects.back().top() > rects.front().top());
    }

    void unreachableNodesKeepAnEmptyRectangle()
    {
        Forest forest;
        forest.roots = {0};
        forest.children = {{}, {}};
        forest.sizes = {QSizeF(10, 10), QSizeF(10, 10)};
        const std::vector<QRectF> rects = TidyTree::layout(forest);
        QVERIFY(!rects[0].isEmpty());
        QVERIFY(rects[1].isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTidyTree)
#include "tst_tidytree.moc"
