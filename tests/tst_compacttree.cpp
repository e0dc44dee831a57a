#include "compacttree.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <random>
#include <unordered_map>

using TidyTree::Forest;

namespace {

const QSizeF cardSize(256, 112);

CompactTree::Frame aspectOnly(double aspectRatio)
{
    return {aspectRatio, QSizeF(), QSizeF()};
}

// A generated organisation as a user would bring one: managers in order, each with 2–12 reports,
// so that about 85 % of the people manage nobody.
Forest organisation(int people, unsigned seed = 20261129)
{
    std::mt19937 random(seed);
    Forest forest;
    forest.children.resize(size_t(people));
    forest.sizes.assign(size_t(people), cardSize);
    forest.roots = {0};
    int next = 1;
    for (int manager = 0; next < people; ++manager)
        for (int span = 2 + int(random() % 11); span > 0 && next < people; --span)
            forest.children[size_t(manager)].push_back(next++);
    return forest;
}

// The same spans, but each person has reports with a chance of 45 %, so that most teams mix
// people who lead teams with people who do not, and the organisation is deeper.
Forest mixedOrganisation(int people, unsigned seed = 20261128)
{
    std::mt19937 random(seed);
    Forest forest;
    forest.children.resize(size_t(people));
    forest.sizes.assign(size_t(people), cardSize);
    forest.roots = {0};
    std::vector<int> managers{0};
    int next = 1;
    for (size_t m = 0; m < managers.size() && next < people; ++m)
        for (int span = 2 + int(random() % 11); span > 0 && next < people; --span, ++next) {
            forest.children[size_t(managers[m])].push_back(next);
            if (random() % 100 < 45 || managers.size() - m < 2)
                managers.push_back(next);
        }
    return forest;
}

// One manager and its reports, none of whom has reports.
Forest oneTeam(int reports)
{
    Forest forest;
    forest.roots = {0};
    forest.children.resize(size_t(reports) + 1);
    forest.sizes.assign(size_t(reports) + 1, cardSize);
    for (int i = 1; i <= reports; ++i)
        forest.children[0].push_back(i);
    return forest;
}

// Any shape: random parents among the nodes made so far, several roots, boxes of varied sizes or,
// where `boxSizes` is given, of that many sizes (teams of equal boxes take shapes worked out once).
Forest randomForest(unsigned seed, int nodes, int roots, int maxSpan, int boxSizes = 0)
{
    std::mt19937 random(seed);
    Forest forest;
    forest.children.resize(size_t(nodes));
    std::vector<int> open;
    for (int i = 0; i < nodes; ++i) {
        const int size = boxSizes > 0 ? int(random() % unsigned(boxSizes)) * 97 : int(random() % 200);
        forest.sizes.emplace_back(60 + size % 200, 40 + size % 80);
        if (i < roots) {
            forest.roots.push_back(i);
        } else {
            const size_t pick = random() % open.size();
            const int parent = open[pick];
            forest.children[size_t(parent)].push_back(i);
            if (int(forest.children[size_t(parent)].size()) >= maxSpan) {
                open[pick] = open.back();
                open.pop_back();
            }
        }
        open.push_back(i);
    }
    return forest;
}

// Cells of a grid, each listing the rectangles that meet it: overlap checks without comparing
// every pair.
class Grid
{
public:
    explicit Grid(const std::vector<QRectF> &rects) : m_rects(rects)
    {
        for (size_t i = 0; i < rects.size(); ++i)
            forEachCell(rects[i], [&](qint64 key) { m_cells[key].push_back(int(i)); });
    }
    template<typename F>
    void forEachNear(const QRectF &rect, F f) const
    {
        forEachCell(rect, [&](qint64 key) {
            if (const auto cell = m_cells.find(key); cell != m_cells.end())
                for (int i : cell->second)
                    f(i);
        });
    }

private:
    template<typename F>
    static void forEachCell(const QRectF &rect, F f)
    {
        constexpr double size = 300;
        for (qint64 x = qint64(std::floor(rect.left() / size)); x <= qint64(std::floor(rect.right() / size)); ++x)
            for (qint64 y = qint64(std::floor(rect.top() / size)); y <= qint64(std::floor(rect.bottom() / size)); ++y)
                f(x * 100000007 + y);
    }
    const std::vector<QRectF> &m_rects;
    std::unordered_map<qint64, std::vector<int>> m_cells;
};

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// What every compact drawing must hold: no two boxes meet, managers sit above their reports, every
// connector is horizontal or vertical and crosses no box, and every report and every manager has
// a connector that ends on its edge.
QString brokenRule(const Forest &forest, const CompactTree::Result &result)
{
    const std::vector<QRectF> &rects = result.rects;
    const Grid grid(rects);
    for (size_t i = 0; i < rects.size(); ++i) {
        QString problem;
        grid.forEachNear(rects[i], [&](int j) {
            if (size_t(j) > i && problem.isEmpty() && rects[i].intersects(rects[size_t(j)]))
                problem = QStringLiteral("boxes %1 and %2 overlap: %3 %4").arg(i).arg(j).arg(describe(rects[i]), describe(rects[size_t(j)]));
        });
        if (!problem.isEmpty())
            return problem;
        for (int child : forest.children[i])
            if (rects[size_t(child)].top() <= rects[i].bottom())
                return QStringLiteral("report %1 is not below its manager %2").arg(child).arg(i);
    }
    std::vector<char> touched(rects.size(), 0);
    const auto onEdge = [](const QRectF &r, QPointF p) {
        const bool withinX = p.x() >= r.left() - 1e-6 && p.x() <= r.right() + 1e-6;
        const bool withinY = p.y() >= r.top() - 1e-6 && p.y() <= r.bottom() + 1e-6;
        return (withinX && (qAbs(p.y() - r.top()) < 1e-6 || qAbs(p.y() - r.bottom()) < 1e-6))
            || (withinY && (qAbs(p.x() - r.left()) < 1e-6 || qAbs(p.x() - r.right()) < 1e-6));
    };
    for (const QLineF &line : result.connectors) {
        if (line.x1() != line.x2() && line.y1() != line.y2())
            return QStringLiteral("a connector is not orthogonal");
        const QRectF span = QRectF(line.p1(), line.p2()).normalized();
        QString problem;
        grid.forEachNear(span, [&](int j) {
            const QRectF &box = rects[size_t(j)];
            for (QPointF end : {line.p1(), line.p2()})
                if (onEdge(box, end))
                    touched[size_t(j)] = 1;
            const QRectF inside = box.adjusted(0.5, 0.5, -0.5, -0.5);
            if (problem.isEmpty() && inside.intersects(span.adjusted(-0.01, -0.01, 0.01, 0.01)))
                problem = QStringLiteral("a connector crosses box %1").arg(j);
        });
        if (!problem.isEmpty())
            return problem;
    }
    for (size_t i = 0; i < rects.size(); ++i) {
        const bool isRoot = std::find(forest.roots.begin(), forest.roots.end(), int(i)) != forest.roots.end();
        if (!touched[i] && (!isRoot || !forest.children[i].empty()))
            return QStringLiteral("box %1 has no connector").arg(i);
    }
    return {};
}

QRectF bounds(const std::vector<QRectF> &rects)
{
    QRectF all;
    for (const QRectF &r : rects)
        all |= r;
    return all;
}

// The same forest with its nodes numbered at random, so that reports may come before their
// managers.
Forest renumbered(const Forest &forest, unsigned seed)
{
    std::vector<int> number(forest.sizes.size());
    for (size_t v = 0; v < number.size(); ++v)
        number[v] = int(v);
    std::shuffle(number.begin(), number.end(), std::mt19937(seed));
    Forest result;
    result.sizes.resize(forest.sizes.size());
    result.children.resize(forest.sizes.size());
    for (size_t v = 0; v < number.size(); ++v) {
        result.sizes[size_t(number[v])] = forest.sizes[v];
        for (int child : forest.children[v])
            result.children[size_t(number[v])].push_back(number[size_t(child)]);
    }
    for (int root : forest.roots)
        result.roots.push_back(number[size_t(root)]);
    return result;
}

} // namespace

class TestCompactTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsItsRulesForAnyShape_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("roots");
        QTest::addColumn<int>("maxSpan");
        QTest::addColumn<int>("boxSizes");
        QTest::newRow("one node") << 1u << 1 << 1 << 3 << 0;
        QTest::newRow("two") << 2u << 2 << 1 << 3 << 0;
        QTest::newRow("bushy") << 3u << 300 << 1 << 12 << 0;
        QTest::newRow("narrow and deep") << 4u << 300 << 1 << 2 << 0;
        QTest::newRow("several roots") << 5u << 500 << 4 << 6 << 0;
        QTest::newRow("wide spans") << 6u << 2000 << 1 << 60 << 0;
        for (unsigned seed = 10; seed < 40; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed))) << seed << int(1 + seed * seed * 7 % 3000) << int(1 + seed % 3) << int(2 + seed % 15) << 0;
        for (unsigned seed = 40; seed < 50; ++seed) // the fuzzer's find: a team's shapes taken for boxes of another size
            QTest::newRow(qPrintable(QStringLiteral("two box sizes %1").arg(seed))) << seed << 400 << 1 << int(2 + seed % 4) << 2;
        QTest::newRow("large") << 7u << 100000 << 2 << 10 << 0;
    }

    void holdsItsRulesForAnyShape()
    {
        QFETCH(unsigned, seed);
        QFETCH(int, nodes);
        QFETCH(int, roots);
        QFETCH(int, maxSpan);
        QFETCH(int, boxSizes);
        const Forest forest = randomForest(seed, nodes, roots, maxSpan, boxSizes);
        const CompactTree::Result result = CompactTree::layout(forest, {}, aspectOnly(1.6));
        QCOMPARE(result.rects.size(), size_t(nodes));
        const QString broken = brokenRule(forest, result);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        QRectF drawing = bounds(result.rects); // connectors included, the drawing starts at the origin
        for (const QLineF &line : result.connectors)
            drawing |= QRectF(line.p1(), line.p2()).normalized();
        QCOMPARE(drawing.topLeft(), QPointF(0, 0));
    }

    void colleaguesKeepTheirOrder()
    {
        // Reading order: each report stands right of or below the one before it (along a row, or
        // down a column and on to the next).
        const Forest forest = organisation(3000);
        const CompactTree::Result result = CompactTree::layout(forest, {}, aspectOnly(1.6));
        for (const auto &reports : forest.children)
            for (size_t i = 1; i < reports.size(); ++i) {
                const QRectF &a = result.rects[size_t(reports[i - 1])], &b = result.rects[size_t(reports[i])];
                QVERIFY2(b.top() > a.top() || b.left() > a.right(),
                         qPrintable(describe(a) + QStringLiteral(" then ") + describe(b)));
            }
    }

    void takesTheShapeOfItsFrame_data()
    {
        QTest::addColumn<int>("people");
        QTest::addColumn<double>("aspect");
        QTest::addColumn<bool>("mixed");
        for (int people : {200, 1000, 10000, 100000})
            for (double aspect : {1.78, 1.6, 1.0, 0.7})
                for (bool mixed : {false, true})
                    QTest::newRow(qPrintable(QStringLiteral("%1 people, %2:1%3").arg(people).arg(aspect).arg(mixed ? QStringLiteral(", mixed teams") : QString())))
                        << people << aspect << mixed;
    }

    void takesTheShapeOfItsFrame()
    {
        QFETCH(int, people);
        QFETCH(double, aspect);
        QFETCH(bool, mixed);
        const Forest forest = mixed ? mixedOrganisation(people) : organisation(people);
        timespec start{}, end{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start); // processor time: steady on a busy machine
        const CompactTree::Result result = CompactTree::layout(forest, {}, aspectOnly(aspect));
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        const double took = double(end.tv_sec - start.tv_sec) * 1e9 + double(end.tv_nsec - start.tv_nsec);
        const QRectF all = bounds(result.rects);
        const double drawn = all.width() / all.height();
        double boxes = 0;
        for (const QRectF &r : result.rects)
            boxes += r.width() * r.height();
        const double coverage = boxes / (all.width() * all.height());
        if (qEnvironmentVariableIsSet("COMPACT_DUMP")) {
            QFile f(QStringLiteral("/tmp/compact-%1-%2%3.svg").arg(people).arg(aspect).arg(mixed ? QStringLiteral("m") : QString()));
            f.open(QIODevice::WriteOnly);
            f.write(QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %1 %2'><rect width='100%' height='100%' fill='white'/>").arg(all.width()).arg(all.height()).toUtf8());
            for (const QRectF &r : result.rects)
                f.write(QStringLiteral("<rect x='%1' y='%2' width='%3' height='%4' fill='#8ab'/>").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()).toUtf8());
            for (const QLineF &l : result.connectors)
                f.write(QStringLiteral("<line x1='%1' y1='%2' x2='%3' y2='%4' stroke='black' stroke-width='3'/>").arg(l.x1()).arg(l.y1()).arg(l.x2()).arg(l.y2()).toUtf8());
            f.write("</svg>");
        }
        qInfo("%d people%s, asked %.2f: drawn %.2f:1, boxes cover %.1f %%, laid out in %.1f ms of processor time", people, mixed ? " in mixed teams" : "", aspect, drawn,
              coverage * 100, took / 1e6);
        // Within half as much again of the proportions asked for, and a quarter of the drawing
        // covered by boxes, deep organisations whose teams mix leaders with people without
        // reports included.
        QVERIFY2(drawn > aspect / 1.5 && drawn < aspect * 1.5, qPrintable(QString::number(drawn)));
        QVERIFY2(coverage >= 0.25, qPrintable(QString::number(coverage)));
    }

    void reportsMayComeBeforeTheirManagers()
    {
        // The nodes are usually numbered as they are read, managers first; any order will do.
        for (unsigned seed : {41u, 42u, 43u}) {
            const Forest forest = renumbered(randomForest(seed, 3000, 3, 9), seed);
            const CompactTree::Result result = CompactTree::layout(forest, {}, aspectOnly(1.6));
            const QString broken = brokenRule(forest, result);
            QVERIFY2(broken.isEmpty(), qPrintable(broken));
            for (const auto &reports : forest.children)
                for (size_t i = 1; i < reports.size(); ++i)
                    QVERIFY(result.rects[size_t(reports[i])].top() > result.rects[size_t(reports[i - 1])].top()
                            || result.rects[size_t(reports[i])].left() > result.rects[size_t(reports[i - 1])].right());
        }
    }

    void sameInputSameDrawing()
    {
        const Forest forest = randomForest(99, 5000, 3, 9);
        const CompactTree::Result a = CompactTree::layout(forest, {}, aspectOnly(1.3)), b = CompactTree::layout(forest, {}, aspectOnly(1.3));
        QCOMPARE(a.rects, b.rects);
        QCOMPARE(a.connectors, b.connectors);
    }

    void leafTeamsStackInColumnsBesideALine()
    {
        // One manager with eight reports who have none: two columns under it, filled row by row.
        const Forest forest = oneTeam(8);
        const CompactTree::Result result = CompactTree::layout(forest, {}, aspectOnly(0.8));
        const auto &r = result.rects;
        QCOMPARE(r[1].top(), r[2].top());
        QVERIFY(r[1].right() < r[0].center().x() && r[2].left() > r[0].center().x());
        QCOMPARE(r[3].left(), r[1].left());
        QVERIFY(r[3].top() > r[1].bottom());
        QCOMPARE(brokenRule(forest, result), QString());
    }

    void aChartThatFitsItsFrameWholeWrapsNoMoreThanItMust()
    {
        // Eight reports fit side by side in a wide window: one row, as a classic tree would draw them.
        const Forest forest = oneTeam(8);
        CompactTree::Frame frame{0.6, QSizeF(64, 148), QSizeF(2600, 900)};
        const std::vector<QRectF> wide = CompactTree::layout(forest, {}, frame).rects;
        QCOMPARE(wide[1].top(), wide[8].top());
        // In a narrow window they no longer fit in a row, and take its shape instead.
        frame.fitsWhole = QSizeF(900, 1500);
        const std::vector<QRectF> narrow = CompactTree::layout(forest, {}, frame).rects;
        QVERIFY(narrow[8].top() > narrow[1].bottom());
        QVERIFY(bounds(narrow).width() + 64 <= 900);
    }

    void aLongChainAndAWideStarNeedNoRecursion()
    {
        Forest chain;
        const int nodes = 100000;
        chain.roots = {0};
        chain.children.resize(nodes);
        chain.sizes.assign(nodes, cardSize);
        for (int i = 0; i + 1 < nodes; ++i)
            chain.children[size_t(i)] = {i + 1};
        const CompactTree::Result deep = CompactTree::layout(chain, {}, aspectOnly(1.6));
        QVERIFY(deep.rects.back().top() > deep.rects.front().bottom());

        Forest star;
        star.roots = {0};
        star.children.resize(nodes);
        star.sizes.assign(nodes, cardSize);
        for (int i = 1; i < nodes; ++i)
            star.children[0].push_back(i);
        const CompactTree::Result wide = CompactTree::layout(star, {}, aspectOnly(1.6));
        const QRectF all = bounds(wide.rects);
        QVERIFY2(all.width() / all.height() > 1 && all.width() / all.height() < 3, qPrintable(describe(all)));
        QCOMPARE(brokenRule(star, wide), QString());
    }
};

QTEST_APPLESS_MAIN(TestCompactTree)
#include "tst_compacttree.moc"
