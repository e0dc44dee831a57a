#include "compacttree.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace CompactTree {
namespace {

enum class Placement : unsigned char { Leaf, Rows, Teams, OneColumn, TwoColumns };

// One way to draw a subtree: the rectangle it takes, and where its top box sits in it.
struct Candidate
{
    double width = 0;
    double height = 0;
    double boxLeft = 0;   // of the subtree's top box, from the rectangle's left
    double inset = 0;     // of its leftmost box or line, from the rectangle's left
    double limit = 0;     // Rows: the tallest shape a report may take; Teams: the widest
    int count = 0;        // Rows, Teams: how many rows or columns of reports were asked for
    Placement placement = Placement::Leaf;
};

// Per node: its candidates in m_candidates (from the narrowest and tallest to the widest and
// lowest), and the size of its subtree. Once its place is known, `first` is the shape it takes and
// `count` is 0.
struct Node
{
    int first = 0, count = 0;
    int people = 1;
};

// A manager's report, gathered once per manager so that the inner loops read one short array.
struct Report
{
    int node;
    int first, count; // its candidates
    bool leaf;
    double boxWidth, boxHeight;
    double gapAbove; // below the colleague before it, when they are one below the other in a column
    int shape;       // the one it takes in the arrangement at hand (-1: none yet)
    double width, height; // of that shape
};

// A manager's reports are drawn in rows of units side by side. A unit is one report hanging from
// its row's line, or a column: a line that drops from the row's line, with reports beside it in
// lines of one (joined at their middle) or of several abreast (hanging from a line above them).
struct Unit
{
    int end; // one past its last report
    bool column;
    double width, height;
};
struct Row
{
    int end; // one past its last unit
    double width, height;
};
struct Line
{
    size_t end; // one past its last report
    double width, height;
};

constexpr double teamGapFactor = 0.5; // between teams one below the other, in level gaps

// How hard to look, by the size of the subtree: the few large teams near the top decide the
// shape of the whole drawing, and there are few of them; the many small ones are cheap to vary.
struct Effort
{
    int shapesKept; // candidates kept
    int caps;       // rows: caps on the reports' heights tried
    int counts;     // numbers of rows or columns in the spread from one to one per report
    int rowsTried;  // of those, how many (from one on) for rows
    int widths;     // columns of teams: limits on the reports' widths tried
    int teamsTried; // numbers of columns of teams tried (from one on)
};
constexpr Effort smallTeam{12, 1, 6, 1, 2, 2};
constexpr Effort medium{20, 2, 8, 2, 4, 3};
constexpr Effort large{64, 24, 30, 6, 24, 6};
constexpr Effort huge{128, 48, 40, 8, 48, 8};
constexpr Effort top{std::numeric_limits<int>::max(), 64, 60, 99, 64, 99};
constexpr int mediumTeam = 100, largeTeam = 1000, hugeTeam = 10000; // people
constexpr double aspectSlack = 0.3;      // log of the factor by which the drawing's proportions may well be off
constexpr double proportionSpread = 2.5; // the proportions kept: the one asked for, times e^±2.5 at most

class Placer
{
public:
    Placer(const TidyTree::Forest &forest, const Spacing &spacing, const Frame &frame)
        : m_forest(forest), m_spacing(spacing), m_aspect(frame.aspectRatio > 0 ? frame.aspectRatio : 1), m_padding(frame.padding)
        , m_fitsWhole(frame.fitsWhole)
        , m_virtualRoot(int(forest.sizes.size()))
        , m_top(forest.roots.size() == 1 ? forest.roots.front() : m_virtualRoot)
    {
    }

    Result run()
    {
        Result result;
        const size_t nodes = m_forest.sizes.size();
        result.rects.resize(nodes);
        if (m_forest.roots.empty())
            return result;
        m_nodes.resize(nodes + 1);
        m_candidates.reserve(nodes / 2 + 64); // room held, not taken, where unused
        m_managers.reserve(nodes / 4 + 1);
        // Every report before its manager: in the order of the nodes backwards where reports come
        // after their managers (as they are read), else depth first.
        bool ordered = true;
        for (int v = int(nodes) - 1; v >= 0 && ordered; --v) {
            if (m_forest.children[size_t(v)].empty())
                addLeaf(v);
            else
                ordered = addNode(v);
        }
        if (!ordered) {
            m_managers.clear();
            const std::vector<int> order = preorder();
            for (auto it = order.rbegin(); it != order.rend(); ++it)
                addNode(*it);
        } else if (m_top == m_virtualRoot) {
            addNode(m_virtualRoot);
        }
        place(result);
        return result;
    }

private:
    const std::vector<int> &children(int v) const { return v == m_virtualRoot ? m_forest.roots : m_forest.children[size_t(v)]; }
    QSizeF boxSize(int v) const { return v == m_virtualRoot ? QSizeF() : m_forest.sizes[size_t(v)]; }
    const Candidate &candidate(int index) const { return m_candidates[size_t(index)]; }
    // Where the first row of reports starts below the top of a subtree, and the room on the left
    // for the line that joins several rows.
    double rowsTop(int v) const { return v == m_virtualRoot ? 0 : boxSize(v).height() + m_spacing.levelGap; }
    double trunkRoom(int v) const { return v == m_virtualRoot ? 0 : 2 * m_spacing.stub; }
    double gridGap() const { return teamGapFactor * m_spacing.levelGap; } // room for the line above reports abreast

    // By the team's size, and in a small forest by its share: there, every team is worth a look.
    Effort effort(int v) const
    {
        const int people = m_nodes[size_t(v)].people, everyone = int(m_forest.sizes.size());
        return v == m_top ? top
               : people >= std::min(hugeTeam, everyone / 10) ? huge
               : people >= std::min(largeTeam, everyone / 100) ? large
               : people >= std::min(mediumTeam, everyone / 1000) ? medium
                                                                 : smallTeam;
    }

    std::vector<int> preorder() const
    {
        std::vector<int> order, stack{m_top};
        order.reserve(m_forest.sizes.size() + 1);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            order.push_back(v);
            const auto &kids = children(v);
            stack.insert(stack.end(), kids.rbegin(), kids.rend());
        }
        return order;
    }

    // A node's candidate shapes, its reports' known; false if one of them comes before it.
    bool addNode(int v)
    {
        const auto &kids = children(v);
        if (kids.empty()) {
            addLeaf(v);
            return true;
        }
        int people = 1;
        for (int child : kids) {
            if (child <= v && v != m_virtualRoot)
                return false;
            people += m_nodes[size_t(child)].people;
        }
        m_nodes[size_t(v)].people = people;
        m_managers.push_back(v);
        addCandidates(v);
        return true;
    }

    // People without reports share one shape per box size.
    void addLeaf(int v)
    {
        const QSizeF &box = m_forest.sizes[size_t(v)];
        if (box.width() != m_leafBox.width() || box.height() != m_leafBox.height() || m_leafShape < 0) {
            m_leafShape = int(m_candidates.size());
            m_leafBox = box;
            m_candidates.push_back({box.width(), box.height(), 0, 0, 0, 0, Placement::Leaf});
        }
        m_nodes[size_t(v)] = {m_leafShape, 1, 1};
    }

    void gatherReports(int v)
    {
        const auto &kids = children(v);
        m_reports.resize(kids.size());
        bool previousLeaf = false;
        for (size_t i = 0; i < kids.size(); ++i) {
            const int c = kids[i];
            const Node &node = m_nodes[size_t(c)];
            const QSizeF &box = m_forest.sizes[size_t(c)];
            const bool leaf = node.people == 1;
            // People without reports sit as close as in a stack; a team gets more room, so that it reads as one.
            const double gap = leaf && previousLeaf ? m_spacing.stackGap : teamGapFactor * m_spacing.levelGap;
            m_reports[i] = {c, node.first, node.count, leaf, box.width(), box.height(), gap, -1, 0, 0};
            previousLeaf = leaf;
        }
    }

    void addCandidates(int v)
    {
        Node &node = m_nodes[size_t(v)];
        node.first = int(m_candidates.size());
        if (size_t(v) < m_spacing.oneRow.size() && m_spacing.oneRow[size_t(v)]) { // everyone in one row
            const double noCap = std::numeric_limits<double>::max();
            gatherReports(v);
            chooseUnder(noCap);
            makeUnits(v);
            m_candidates.push_back(rowsShape(v, noCap, 1));
            node.count = 1;
            return;
        }
        // Most managers lead people without reports, in boxes of one size: their shapes depend
        // only on how many there are, so they are worked out once for each number.
        std::pair<int, int> *known = uniform(v) ? &uniformTeam(children(v).size(), boxSize(v)) : nullptr;
        if (known && known->second > 0) {
            node.first = known->first;
            node.count = known->second;
            return;
        }
        gatherReports(v);
        const size_t n = m_reports.size();
        const bool allLeaves = std::all_of(m_reports.begin(), m_reports.end(), [](const Report &r) { return r.leaf; });
        m_front.clear();
        if (v != m_virtualRoot && int(n) >= std::max(2, m_spacing.columnsFrom) && allLeaves) {
            offer(columns(v, false));
            offer(columns(v, true));
        }
        addRowCandidates(v, v != m_virtualRoot && !allLeaves);
        keepBest(effort(v).shapesKept);
        node.count = int(m_candidates.size()) - node.first;
        if (known)
            *known = {node.first, node.count};
    }
    bool uniform(int v) const
    {
        if (v == m_virtualRoot || v == m_top)
            return false;
        const QSizeF &box = m_forest.sizes[size_t(v)];
        for (int c : children(v)) {
            const QSizeF &size = m_forest.sizes[size_t(c)];
            if (m_nodes[size_t(c)].people != 1 || size.width() != box.width() || size.height() != box.height())
                return false;
        }
        return true;
    }

    // The shapes of a team of people without reports in boxes like its manager's, if known: where
    // and how many (none as yet).
    std::pair<int, int> &uniformTeam(size_t size, QSizeF box)
    {
        if (box.width() == m_leafBox.width() && box.height() == m_leafBox.height() && size < 4096) {
            if (m_uniformTeams.size() <= size)
                m_uniformTeams.resize(size + 1, {0, 0});
            return m_uniformTeams[size];
        }
        return m_otherUniformTeams[{size, box.width(), box.height()}];
    }

    // Searched without branches: the outcome of each step is unforeseeable.
    int slimmestUnder(const Report &r, double height) const
    {
        const Candidate *base = m_candidates.data() + r.first;
        for (int length = r.count; length > 1;) {
            const int half = length / 2;
            base += base[half - 1].height > height ? half : 0;
            length -= half;
        }
        return int(base - m_candidates.data());
    }
    int lowestWithin(const Report &r, double width) const
    {
        const Candidate *base = m_candidates.data() + r.first;
        for (int length = r.count; length > 1;) {
            const int half = length / 2;
            base += base[half].width <= width ? half : 0;
            length -= half;
        }
        return int(base - m_candidates.data());
    }
    // Whether the report's shape changes.
    bool take(Report &r, int shape) const
    {
        const bool changed = shape != r.shape;
        r.shape = shape;
        r.width = candidate(shape).width;
        r.height = candidate(shape).height;
        return changed;
    }

    // Each report's slimmest shape no taller than the cap, or its lowest if none is; whether any
    // differs from before.
    bool chooseUnder(double heightCap)
    {
        bool changed = false;
        for (Report &r : m_reports)
            changed |= take(r, r.count == 1 ? r.first : slimmestUnder(r, heightCap));
        return changed;
    }

    // Each report's lowest shape no wider than the limit, or its narrowest if none is; whether any
    // differs from before.
    bool chooseWithin(double widthLimit)
    {
        bool changed = false;
        m_reportsHeight = -m_reports[0].gapAbove;
        for (Report &r : m_reports) {
            changed |= take(r, r.count == 1 ? r.first : lowestWithin(r, widthLimit));
            m_reportsHeight += r.gapAbove + r.height;
        }
        return changed;
    }
    void forgetShapes()
    {
        for (Report &r : m_reports)
            r.shape = -1;
    }

    // Numbers of rows (or columns) from one to one per report, spaced in proportion; worked out
    // once for each team size.
    const std::vector<int> &counts(int reports, int tries)
    {
        const size_t key = size_t(reports) * 64 + size_t(tries);
        if (reports < 64 && tries < 64 && m_smallCounts.size() <= key)
            m_smallCounts.resize(key + 1);
        std::vector<int> &counts = reports < 64 && tries < 64 ? m_smallCounts[key] : m_counts[{reports, tries}];
        if (counts.empty())
            for (int j = 0; j < tries; ++j) {
                const int count = int(std::lround(std::pow(double(reports), double(j) / (tries - 1))));
                if (counts.empty() || count != counts.back())
                    counts.push_back(count);
            }
        return counts;
    }

    // Shapes of rows: for a few caps on the reports' heights (from the least that every report can
    // keep to, to none), each report takes its slimmest shape under the cap, and the units are
    // wrapped in a few numbers of rows. Columns of teams: for a few limits on the reports' widths
    // (from the least that every report can keep to, to none), each report takes its lowest shape
    // within the limit, in a few numbers of columns.
    void addRowCandidates(int v, bool teams)
    {
        const size_t n = m_reports.size();
        double lowest = 0, highest = 0, narrowest = 0, widest = 0;
        for (const Report &r : m_reports) {
            lowest = std::max(lowest, candidate(r.first + r.count - 1).height);
            highest = std::max(highest, candidate(r.first).height);
            narrowest = std::max(narrowest, candidate(r.first).width);
            widest = std::max(widest, candidate(r.first + r.count - 1).width);
        }
        const Effort effort = this->effort(v);
        const std::vector<int> &counts = this->counts(int(n), effort.counts);
        forEachStep(lowest, highest, effort.caps, [&](double cap) {
            if (!chooseUnder(cap))
                return; // the same shapes as under the last cap
            makeUnits(v);
            for (size_t j = 0; j < counts.size() && int(j) < effort.rowsTried; ++j)
                offer(rowsShape(v, cap, counts[j]));
        });
        if (!teams)
            return;
        forgetShapes();
        forEachStep(narrowest, widest, effort.widths, [&](double limit) {
            if (!chooseWithin(limit))
                return;
            for (size_t j = 0; j < counts.size() && int(j) < effort.teamsTried && counts[j] < int(n); ++j)
                offer(teamsShape(v, limit, counts[j]));
        });
    }
    // `steps` values from `from` to `to` in proportion, the last exactly `to`.
    template<typename Visit>
    static void forEachStep(double from, double to, int steps, Visit visit)
    {
        const double ratio = steps > 2 ? std::pow(to / from, 1.0 / (steps - 1)) : steps == 2 ? to / from : 1;
        double value = from;
        for (int i = 0; i < steps; ++i, value *= ratio)
            visit(i + 1 == steps ? to : value);
    }

    // A shape of rows `widest` wide and `height` high (without the room between them), whose
    // first row's first unit (or, of several rows, the leftmost) has its leftmost line or box
    // `firstInset` from its left.
    Candidate shape(int v, Placement placement, double limit, int count, int rows, double widest, double height, double firstInset) const
    {
        const QSizeF box = boxSize(v);
        Candidate shape;
        shape.placement = placement;
        shape.limit = limit;
        shape.count = count;
        shape.width = std::max(box.width(), (rows > 1 ? trunkRoom(v) : 0) + widest);
        shape.height = rowsTop(v) + double(rows - 1) * m_spacing.levelGap + height;
        shape.boxLeft = (shape.width - box.width()) / 2;
        shape.inset = (rows > 1 ? trunkRoom(v) : (shape.width - widest) / 2) + firstInset;
        if (v != m_virtualRoot)
            shape.inset = std::min({shape.inset, shape.boxLeft, rows > 1 ? trunkRoom(v) / 2 : shape.boxLeft});
        return shape;
    }
    double unitInset(size_t u) const
    {
        const Unit &unit = m_units[u];
        return unit.column ? m_spacing.stub : candidate(m_reports[size_t(unit.end - 1)].shape).inset;
    }

    // The size of the units (made already) in rows.
    Candidate rowsShape(int v, double cap, int rowCount) const
    {
        double widest = 0, height = 0, inset = std::numeric_limits<double>::max();
        int rows = 0;
        forEachRow(rowCount, [&](size_t start, size_t, double width, double rowHeight) {
            widest = std::max(widest, width);
            height += rowHeight;
            inset = std::min(inset, unitInset(start));
            ++rows;
        });
        return shape(v, Placement::Rows, cap, rowCount, rows, widest, height, inset);
    }
    Candidate teamsShape(int v, double limit, int columnCount) const
    {
        double width = -m_spacing.siblingGap, height = 0, inset = -1;
        forEachColumn(columnCount, [&](const Unit &unit) {
            if (inset < 0)
                inset = unit.column ? m_spacing.stub : candidate(m_reports[size_t(unit.end - 1)].shape).inset;
            width += m_spacing.siblingGap + unit.width;
            height = std::max(height, unit.height);
        });
        return shape(v, Placement::Teams, limit, columnCount, 1, width, height, inset);
    }

    // The new shape, unless another is both as narrow and as low; less good ones go.
    void offer(const Candidate &shape)
    {
        std::vector<Candidate> &front = m_front; // by width, so by falling height
        auto at = std::partition_point(front.begin(), front.end(), [&](const Candidate &c) { return c.width <= shape.width; });
        if (at != front.begin() && (at - 1)->height <= shape.height)
            return;
        auto beaten = at;
        while (beaten != front.end() && beaten->height >= shape.height)
            ++beaten;
        if (beaten == at) {
            front.insert(at, shape);
        } else {
            *at = shape;
            front.erase(at + 1, beaten);
        }
    }

    // The reports from i on (before end) that share a line in a column of the given width: one,
    // or as many abreast as fit; and the room above that line, from the column's top or the line
    // before it (a line abreast hangs from a line of its own there).
    Line lineFrom(size_t i, size_t end, double width) const
    {
        Line line{i + 1, m_reports[i].width, m_reports[i].height};
        for (; line.end < end && line.width + m_spacing.siblingGap + m_reports[line.end].width <= width; ++line.end) {
            line.width += m_spacing.siblingGap + m_reports[line.end].width;
            line.height = std::max(line.height, m_reports[line.end].height);
        }
        return line;
    }
    double gapBefore(size_t start, size_t i, const Line &line) const
    {
        return i == start ? 0 : line.end > i + 1 ? gridGap() : m_reports[i].gapAbove;
    }

    // Reports [start, end) in a column as wide as the widest of them; those narrow enough share
    // lines.
    Unit column(size_t start, size_t end) const
    {
        double width = 0, narrowest = std::numeric_limits<double>::max(), height = 0;
        for (size_t i = start; i < end; ++i) {
            const Report &r = m_reports[i];
            width = std::max(width, r.width);
            narrowest = std::min(narrowest, r.width);
            height += (i > start ? r.gapAbove : 0) + r.height;
        }
        if (2 * narrowest + m_spacing.siblingGap <= width) { // some may stand abreast
            height = 0;
            for (size_t i = start; i < end;) {
                const Line line = lineFrom(i, end, width);
                height += gapBefore(start, i, line) + line.height;
                i = line.end;
            }
        }
        return {int(end), true, 2 * m_spacing.stub + width, height};
    }

    // The units of rows: those reports that fit one below another within the tallest are stacked
    // in a column; the others hang alone. In a row of its own, a colleague of a collaboration
    // stays beside the others.
    void makeUnits(int v)
    {
        const size_t n = m_reports.size();
        const bool stacks = v != m_virtualRoot;
        const bool leavesOnly = size_t(v) < m_spacing.oneRow.size() && m_spacing.oneRow[size_t(v)];
        const auto stackable = [&](size_t i) { return stacks && (!leavesOnly || m_reports[i].leaf); };
        double tallest = 0;
        for (const Report &r : m_reports)
            tallest = std::max(tallest, r.height);
        m_units.clear();
        m_unitsWidth = -m_spacing.siblingGap;
        for (size_t i = 0; i < n;) {
            size_t end = i + 1;
            if (stackable(i))
                for (double height = m_reports[i].height; end < n && stackable(end) && height + m_reports[end].gapAbove + m_reports[end].height <= tallest; ++end)
                    height += m_reports[end].gapAbove + m_reports[end].height;
            m_units.push_back(end == i + 1 ? Unit{int(end), false, m_reports[i].width, m_reports[i].height} : column(i, end));
            m_unitsWidth += m_units.back().width + m_spacing.siblingGap;
            i = end;
        }
    }

    // The units in about as many rows as asked for, of about the same width, filled in order: calls
    // visit(first unit, end, width, height) for each row. (Each report has the slimmest shape under
    // a cap no lower than its row, so it could be no narrower.)
    template<typename Visit>
    void forEachRow(int rowCount, Visit visit) const
    {
        const size_t units = m_units.size();
        const double target = m_unitsWidth / rowCount;
        double width = 0, height = 0;
        size_t start = 0;
        for (size_t u = 0; u < units; ++u) {
            const double w = m_units[u].width;
            if (u > 0 && width + m_spacing.siblingGap + w / 2 > target) {
                visit(start, u, width, height);
                start = u;
                width = height = 0;
            }
            width += (width > 0 ? m_spacing.siblingGap : 0) + w;
            height = std::max(height, m_units[u].height);
        }
        visit(start, units, width, height);
    }
    void wrap(int rowCount)
    {
        m_rows.clear();
        forEachRow(rowCount, [&](size_t, size_t end, double width, double height) { m_rows.push_back({int(end), width, height}); });
    }

    // Teams side by side in columns, each column beside a line that drops from a bar under the
    // manager: about as many columns as asked for, of about the same height, filled in order.
    // The taller the reports' teams, the better this packs. Calls visit(unit) for each column.
    template<typename Visit>
    void forEachColumn(int columnCount, Visit visit) const
    {
        const size_t n = m_reports.size();
        const auto unit = [&](size_t start, size_t end) {
            return end == start + 1 ? Unit{int(end), false, m_reports[start].width, m_reports[start].height} : column(start, end);
        };
        const double target = m_reportsHeight / columnCount;
        size_t start = 0;
        double height = m_reports[0].height;
        for (size_t i = 1; i < n && columnCount > 1; ++i) {
            const Report &r = m_reports[i];
            if (height + r.gapAbove + r.height / 2 > target) {
                visit(unit(start, i));
                start = i;
                height = r.height;
            } else {
                height += r.gapAbove + r.height;
            }
        }
        visit(unit(start, n));
    }
    void columnsOfTeams(int columnCount)
    {
        m_units.clear();
        double width = -m_spacing.siblingGap, height = 0;
        forEachColumn(columnCount, [&](const Unit &unit) {
            m_units.push_back(unit);
            width += m_spacing.siblingGap + unit.width;
            height = std::max(height, unit.height);
        });
        m_rows.clear();
        m_rows.push_back({int(m_units.size()), width, height});
    }

    // Reports without reports of their own, stacked beside a line that drops from the manager: in
    // one column on its right, or in two, one on each side, filled row by row.
    Candidate columns(int v, bool two) const
    {
        const QSizeF box = boxSize(v);
        double widest = 0, widestLeft = 0, height = box.height() + m_spacing.levelGap / 2 - m_spacing.stackGap;
        const size_t perRow = two ? 2 : 1, n = m_reports.size();
        for (size_t i = 0; i < n; i += perRow) {
            double rowHeight = m_reports[i].boxHeight;
            widestLeft = std::max(widestLeft, m_reports[i].boxWidth);
            for (size_t j = i; j < std::min(n, i + perRow); ++j) {
                widest = std::max(widest, m_reports[j].boxWidth);
                rowHeight = std::max(rowHeight, m_reports[j].boxHeight);
            }
            height += m_spacing.stackGap + rowHeight;
        }
        Candidate shape;
        shape.height = height;
        if (two) {
            shape.placement = Placement::TwoColumns;
            shape.width = std::max(box.width(), 2 * (widest + m_spacing.stub));
            shape.boxLeft = (shape.width - box.width()) / 2;
            shape.inset = std::min(shape.boxLeft, shape.width / 2 - m_spacing.stub - widestLeft);
        } else {
            shape.placement = Placement::OneColumn;
            shape.width = std::max(box.width(), spineOffset(box) + m_spacing.stub + widest);
        }
        return shape;
    }
    double spineOffset(QSizeF box) const { return std::min(box.width() / 2, 2 * m_spacing.stub); }

    // The shapes worth keeping (those offered, none both wider and taller than another): at most
    // `cap`, those nearest to a spread of proportions around the one asked for (a subtree far wider
    // or taller than the whole drawing is seldom of use).
    void keepBest(int cap)
    {
        const std::vector<Candidate> &front = m_front;
        if (int(front.size()) <= cap) {
            m_candidates.insert(m_candidates.end(), front.begin(), front.end());
            return;
        }
        m_proportion.resize(front.size());
        for (size_t j = 0; j < front.size(); ++j)
            m_proportion[j] = std::log(front[j].width / front[j].height);
        size_t previous = front.size(), nearest = 0;
        for (int i = 0; i < cap; ++i) {
            // Proportions grow along the front, so the nearest to each wanted one only moves on.
            const double wanted = m_logAspect + proportionSpread * (2.0 * i / (cap - 1) - 1);
            while (nearest + 1 < front.size() && std::abs(m_proportion[nearest + 1] - wanted) <= std::abs(m_proportion[nearest] - wanted))
                ++nearest;
            if (nearest != previous)
                m_candidates.push_back(front[nearest]);
            previous = nearest;
        }
    }

    // The top's shape closest to the aspect ratio asked for, weighed against wasted room.
    int chooseTop() const
    {
        const int first = m_nodes[size_t(m_top)].first, count = m_nodes[size_t(m_top)].count;
        double smallest = std::numeric_limits<double>::max();
        for (int i = first; i < first + count; ++i)
            smallest = std::min(smallest, candidate(i).width * candidate(i).height);
        int best = -1;
        for (int i = first; i < first + count; ++i) {
            const Candidate &shape = candidate(i);
            if (shape.width + m_padding.width() <= m_fitsWhole.width() && shape.height + m_padding.height() <= m_fitsWhole.height()
                && (best < 0 || shape.width > candidate(best).width))
                best = i;
        }
        if (best >= 0)
            return best;
        best = first;
        double bestScore = std::numeric_limits<double>::max();
        for (int i = first; i < first + count; ++i) {
            const Candidate &shape = candidate(i);
            const double aspect = (shape.width + m_padding.width()) / (shape.height + m_padding.height());
            const double off = std::abs(std::log(aspect / m_aspect));
            // Proportions within about a third of those asked for are weighed against room; beyond, they soon lose.
            const double score = off + 8 * std::max(0.0, off - aspectSlack) + 1.5 * std::log(shape.width * shape.height / smallest);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    // Top down, managers before their reports: each manager's shape and box are known when its
    // turn comes, and it gives its reports theirs. The drawing, lines included, starts at (0, 0).
    void place(Result &result)
    {
        m_nodes[size_t(m_top)] = {chooseTop(), 0, m_nodes[size_t(m_top)].people};
        const Candidate &top = candidate(m_nodes[size_t(m_top)].first);
        const QPointF origin(-top.inset, 0);
        if (m_top != m_virtualRoot)
            result.rects[size_t(m_top)] = QRectF(origin + QPointF(top.boxLeft, 0), boxSize(m_top));
        result.connectors.reserve(2 * m_forest.sizes.size());
        for (auto it = m_managers.rbegin(); it != m_managers.rend(); ++it) {
            const int v = *it;
            if (m_nodes[size_t(v)].count > 0)
                continue; // out of the roots' reach
            const Candidate &shape = candidate(m_nodes[size_t(v)].first);
            const QRectF box = v == m_virtualRoot ? QRectF(origin + QPointF(shape.boxLeft, 0), QSizeF()) : result.rects[size_t(v)];
            if (shape.placement == Placement::OneColumn || shape.placement == Placement::TwoColumns) {
                placeColumns(v, box, shape.placement == Placement::TwoColumns, result);
                continue;
            }
            gatherReports(v);
            if (shape.placement == Placement::Rows) {
                chooseUnder(shape.limit);
                makeUnits(v);
                wrap(shape.count);
            } else {
                chooseWithin(shape.limit);
                columnsOfTeams(shape.count);
            }
            placeUnits(v, shape, box.topLeft() - QPointF(shape.boxLeft, 0), box, result);
        }
    }

    // A report's place: its box, and its shape if it has reports.
    void give(size_t i, QPointF at, Result &result)
    {
        const Report &r = m_reports[i];
        const int shape = r.shape;
        result.rects[size_t(r.node)] = QRectF(at.x() + candidate(shape).boxLeft, at.y(), r.boxWidth, r.boxHeight);
        if (!r.leaf)
            m_nodes[size_t(r.node)] = {shape, 0, 0};
    }

    // Two colleagues side by side at one height share one line across the spine.
    void placeColumns(int v, const QRectF &box, bool two, Result &result) const
    {
        const auto &kids = children(v);
        const size_t n = kids.size(), perRow = two ? 2 : 1;
        const double spine = two ? box.center().x() : box.left() + spineOffset(box.size());
        double top = box.bottom() + m_spacing.levelGap / 2, lastMiddle = box.bottom();
        for (size_t i = 0; i < n; i += perRow) {
            const QSizeF &size = m_forest.sizes[size_t(kids[i])];
            const double middle = top + size.height() / 2;
            double rowHeight = size.height();
            if (!two) {
                result.rects[size_t(kids[i])] = QRectF(spine + m_spacing.stub, top, size.width(), size.height());
                result.connectors.emplace_back(spine, middle, spine + m_spacing.stub, middle);
            } else {
                const double left = spine - m_spacing.stub - size.width();
                result.rects[size_t(kids[i])] = QRectF(left, top, size.width(), size.height());
                double end = spine;
                if (i + 1 < n) {
                    const QSizeF &other = m_forest.sizes[size_t(kids[i + 1])];
                    result.rects[size_t(kids[i + 1])] = QRectF(spine + m_spacing.stub, top, other.width(), other.height());
                    rowHeight = std::max(rowHeight, other.height());
                    lastMiddle = std::max(lastMiddle, top + other.height() / 2);
                    if (other.height() == size.height())
                        end = spine + m_spacing.stub;
                    else
                        result.connectors.emplace_back(spine, top + other.height() / 2, spine + m_spacing.stub, top + other.height() / 2);
                }
                result.connectors.emplace_back(left + size.width(), middle, end, middle);
            }
            lastMiddle = std::max(lastMiddle, middle);
            top += rowHeight + m_spacing.stackGap;
        }
        result.connectors.emplace_back(spine, box.bottom(), spine, lastMiddle);
    }

    // A column's reports [start, end) beside its line, which drops from the bus; returns the line.
    double placeColumn(size_t start, size_t end, double left, double width, double top, double bus, Result &result)
    {
        const double spine = left + m_spacing.stub;
        left += 2 * m_spacing.stub;
        width -= 2 * m_spacing.stub;
        double lastJoin = bus;
        for (size_t i = start; i < end;) {
            const Line line = lineFrom(i, end, width);
            const double gap = gapBefore(start, i, line);
            top += gap;
            if (line.end == i + 1) { // alone, joined to the column's line at its middle
                const double middle = top + m_reports[i].boxHeight / 2;
                result.connectors.emplace_back(spine, middle, left + candidate(m_reports[i].shape).boxLeft, middle);
                give(i, QPointF(left, top), result);
                lastJoin = middle;
            } else { // abreast, each hanging from a line above them
                const double hang = top - (i == start ? gridGap() : gap) / 2;
                double x = left, centre = spine;
                for (size_t j = i; j < line.end; ++j) {
                    centre = x + candidate(m_reports[j].shape).boxLeft + m_reports[j].boxWidth / 2;
                    result.connectors.emplace_back(centre, hang, centre, top);
                    give(j, QPointF(x, top), result);
                    x += m_reports[j].width + m_spacing.siblingGap;
                }
                result.connectors.emplace_back(spine, hang, centre, hang);
                lastJoin = hang;
            }
            top += line.height;
            i = line.end;
        }
        result.connectors.emplace_back(spine, bus, spine, lastJoin);
        return spine;
    }

    void placeUnits(int v, const Candidate &shape, QPointF origin, const QRectF &box, Result &result)
    {
        const bool joined = v != m_virtualRoot;
        const bool several = m_rows.size() > 1;
        const double trunk = origin.x() + trunkRoom(v) / 2;
        double top = origin.y() + rowsTop(v);
        size_t u = 0, i = 0;
        for (size_t row = 0; row < m_rows.size(); ++row) {
            double x = origin.x() + (several ? trunkRoom(v) : (shape.width - m_rows[row].width) / 2);
            const double bus = top - m_spacing.levelGap / 2;
            double first = several ? trunk : box.center().x(), last = first;
            if (row == 0)
                last = std::max(last, box.center().x());
            for (; u < size_t(m_rows[row].end); ++u) {
                const Unit &unit = m_units[u];
                double join;
                if (unit.column) {
                    join = placeColumn(i, size_t(unit.end), x, unit.width, top, bus, result);
                } else { // alone, below the bar
                    join = x + candidate(m_reports[i].shape).boxLeft + m_reports[i].boxWidth / 2;
                    if (joined)
                        result.connectors.emplace_back(join, bus, join, top);
                    give(i, QPointF(x, top), result);
                }
                first = std::min(first, join);
                last = std::max(last, join);
                x += unit.width + m_spacing.siblingGap;
                i = size_t(unit.end);
            }
            if (joined && last > first)
                result.connectors.emplace_back(first, bus, last, bus);
            if (joined && row == 0)
                result.connectors.emplace_back(box.center().x(), box.bottom(), box.center().x(), bus);
            if (joined && several && row + 1 == m_rows.size())
                result.connectors.emplace_back(trunk, origin.y() + rowsTop(v) - m_spacing.levelGap / 2, trunk, bus);
            top += m_rows[row].height + m_spacing.levelGap;
        }
    }

    const TidyTree::Forest &m_forest;
    const Spacing m_spacing;
    const double m_aspect;
    const double m_logAspect = std::log(m_aspect);
    const QSizeF m_padding;
    const QSizeF m_fitsWhole;
    const int m_virtualRoot;
    const int m_top;
    std::vector<Candidate> m_candidates;
    std::vector<Node> m_nodes;         // per node, and the forest's roots last
    std::vector<int> m_managers;       // everyone with reports, each after its reports
    int m_leafShape = -1;              // the shape shared by people without reports
    QSizeF m_leafBox;                  // of their box
    std::vector<std::pair<int, int>> m_uniformTeams; // shapes of teams of people without reports, in boxes like theirs: by size
    std::map<std::tuple<size_t, double, double>, std::pair<int, int>> m_otherUniformTeams; // in other boxes
    std::vector<std::vector<int>> m_smallCounts; // numbers of rows tried, by team size and effort
    std::map<std::pair<int, int>, std::vector<int>> m_counts; // of large teams
    // The manager at hand:
    std::vector<Report> m_reports;
    std::vector<Candidate> m_front;    // the shapes found so far, none both wider and taller than another
    std::vector<double> m_proportion;
    std::vector<Unit> m_units;
    double m_unitsWidth = 0;           // all side by side
    double m_reportsHeight = 0;        // all one below another
    std::vector<Row> m_rows;
};

} // namespace

Result layout(const TidyTree::Forest &forest, const Spacing &spacing, const Frame &frame)
{
    return Placer(forest, spacing, frame).run();
}

} // namespace CompactTree
