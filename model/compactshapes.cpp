#include "compactshapes.h"

#include <cmath>
#include <limits>

namespace CompactTree::Shapes {

namespace {

// How hard to look, by the size of the subtree: the few large teams near the top decide the
// shape of the whole drawing and are few; the many small ones are drawn mostly in one or two
// columns, whatever else they could take.
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
constexpr Effort mediumTeam{20, 2, 8, 2, 4, 3};
constexpr Effort largeTeam{64, 24, 30, 6, 24, 6};
constexpr Effort hugeTeam{128, 48, 40, 8, 48, 8};
constexpr Effort topTeam{std::numeric_limits<int>::max(), 64, 60, 99, 64, 99};
constexpr int mediumFrom = 100, largeFrom = 1000, hugeFrom = 10000; // people
constexpr double proportionSpread = 2.5; // the proportions kept: the one asked for, times e^±2.5 at most

// `steps` values from `from` to `to` in proportion, the last exactly `to`.
template<typename Visit>
void forEachStep(double from, double to, int steps, Visit visit)
{
    const double ratio = steps > 2 ? std::pow(to / from, 1.0 / (steps - 1)) : steps == 2 ? to / from : 1;
    double value = from;
    for (int i = 0; i < steps; ++i, value *= ratio)
        visit(i + 1 == steps ? to : value);
}

// The work behind a catalogue: shapes bottom up, and a team's arrangement. Inside this file, so
// that its many small steps may be compiled into each other.
class Builder
{
public:
    explicit Builder(Catalogue::State &state) : m(state) {}

    void build()
    {
        const size_t nodes = m.forest.sizes.size();
        m.nodes.resize(nodes + 1);
        m.candidates.reserve(nodes / 2 + 64); // room held, not taken, where unused
        m.managers.reserve(nodes / 4 + 1);
        // In the order of the nodes backwards where reports come after their managers (as files are
        // read and the scene numbers them), else depth first.
        bool ordered = true;
        for (int v = int(nodes) - 1; v >= 0 && ordered; --v) {
            if (m.forest.children[size_t(v)].empty())
                addLeaf(v);
            else
                ordered = addNode(v, true);
        }
        if (!ordered) {
            m.managers.clear();
            const std::vector<int> order = preorder();
            for (auto it = order.rbegin(); it != order.rend(); ++it)
                addNode(*it, false);
        } else if (m.top == m.virtualRoot) {
            addNode(m.virtualRoot, false);
        }
    }

    void arrange(int v, const Candidate &shape)
    {
        gatherReports(v);
        if (shape.placement == Placement::Rows) {
            chooseUnder(shape.limit);
            makeUnits(v);
            wrap(shape.count);
        } else {
            chooseWithin(shape.limit);
            columnsOfTeams(shape.count);
        }
    }

private:
    using Node = Catalogue::State::Node;

    const std::vector<int> &children(int v) const { return v == m.virtualRoot ? m.forest.roots : m.forest.children[size_t(v)]; }
    QSizeF boxSize(int v) const { return v == m.virtualRoot ? QSizeF() : m.forest.sizes[size_t(v)]; }
    const Candidate &candidate(int index) const { return m.candidates[size_t(index)]; }
    double rowsTop(int v) const { return v == m.virtualRoot ? 0 : boxSize(v).height() + m.spacing.levelGap; }
    double trunkRoom(int v) const { return v == m.virtualRoot ? 0 : 2 * m.spacing.stub; }
    double spineOffset(QSizeF box) const { return std::min(box.width() / 2, 2 * m.spacing.stub); }
    Line lineFrom(size_t i, size_t end, double width) const { return m.lineFrom(i, end, width); }
    double gapBefore(size_t start, size_t i, const Line &line) const { return m.gapBefore(start, i, line); }

    // By the team's size, and in a small forest by its share: there, every team is worth a look.
    Effort effort(int v) const
    {
        const int people = m.nodes[size_t(v)].people, everyone = int(m.forest.sizes.size());
        return v == m.top ? topTeam
               : people >= std::min(hugeFrom, everyone / 10) ? hugeTeam
               : people >= std::min(largeFrom, everyone / 100) ? largeTeam
               : people >= std::min(mediumFrom, everyone / 1000) ? mediumTeam
                                                                 : smallTeam;
    }

    std::vector<int> preorder() const
    {
        std::vector<int> order, stack{m.top};
        order.reserve(m.forest.sizes.size() + 1);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            order.push_back(v);
            const auto &kids = children(v);
            stack.insert(stack.end(), kids.rbegin(), kids.rend());
        }
        return order;
    }

    // A node's shapes, its reports' known; false (and nothing done) if `inOrder` and one of them
    // comes before it.
    bool addNode(int v, bool inOrder)
    {
        const auto &kids = children(v);
        if (kids.empty()) {
            addLeaf(v);
            return true;
        }
        int people = 1;
        for (int child : kids) {
            if (inOrder && child <= v)
                return false;
            people += m.nodes[size_t(child)].people;
        }
        m.nodes[size_t(v)].people = people;
        m.managers.push_back(v);
        addCandidates(v);
        return true;
    }

    // People without reports share one shape per box size.
    void addLeaf(int v)
    {
        const QSizeF &box = m.forest.sizes[size_t(v)];
        if (box.width() != m.leafBox.width() || box.height() != m.leafBox.height() || m.leafShape < 0) {
            m.leafShape = int(m.candidates.size());
            m.leafBox = box;
            m.candidates.push_back({box.width(), box.height(), 0, 0, 0, 0, Placement::Leaf});
        }
        m.nodes[size_t(v)] = {m.leafShape, 1, 1};
    }

    void addCandidates(int v)
    {
        Node &node = m.nodes[size_t(v)];
        node.first = int(m.candidates.size());
        if (size_t(v) < m.spacing.oneRow.size() && m.spacing.oneRow[size_t(v)]) { // everyone in one row
            const double noCap = std::numeric_limits<double>::max();
            gatherReports(v);
            chooseUnder(noCap);
            makeUnits(v);
            m.candidates.push_back(rowsShape(v, noCap, 1));
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
        const size_t n = m.reports.size();
        const bool allLeaves = std::all_of(m.reports.begin(), m.reports.end(), [](const Report &r) { return r.leaf; });
        m.front.clear();
        if (v != m.virtualRoot && int(n) >= std::max(2, m.spacing.columnsFrom) && allLeaves) {
            offer(columns(v, false));
            offer(columns(v, true));
        }
        addRowCandidates(v, v != m.virtualRoot && !allLeaves);
        keepBest(effort(v).shapesKept);
        node.count = int(m.candidates.size()) - node.first;
        if (known)
            *known = {node.first, node.count};
    }

    bool uniform(int v) const
    {
        if (v == m.virtualRoot || v == m.top)
            return false;
        const QSizeF &box = m.forest.sizes[size_t(v)];
        for (int c : children(v)) {
            const QSizeF &size = m.forest.sizes[size_t(c)];
            if (m.nodes[size_t(c)].people != 1 || size.width() != box.width() || size.height() != box.height())
                return false;
        }
        return true;
    }

    // The shapes of a team of people without reports in boxes like its manager's, if known: where
    // and how many (none as yet).
    std::pair<int, int> &uniformTeam(size_t size, QSizeF box)
    {
        if (box.width() == m.leafBox.width() && box.height() == m.leafBox.height() && size < 4096) {
            if (box.width() != m.uniformBox.width() || box.height() != m.uniformBox.height()) {
                m.uniformTeams.clear(); // they were for boxes of another size
                m.uniformBox = box;
            }
            if (m.uniformTeams.size() <= size)
                m.uniformTeams.resize(size + 1, {0, 0});
            return m.uniformTeams[size];
        }
        return m.otherUniformTeams[{size, box.width(), box.height()}];
    }

    void gatherReports(int v)
    {
        const auto &kids = children(v);
        m.reports.resize(kids.size());
        bool previousLeaf = false;
        for (size_t i = 0; i < kids.size(); ++i) {
            const int c = kids[i];
            const Node &node = m.nodes[size_t(c)];
            const QSizeF &box = m.forest.sizes[size_t(c)];
            const bool leaf = node.people == 1;
            // People without reports sit as close as in a stack; a team gets more room, so that it reads as one.
            const double gap = leaf && previousLeaf ? m.spacing.stackGap : teamGapFactor * m.spacing.levelGap;
            m.reports[i] = {c, node.first, node.count, leaf, box.width(), box.height(), gap, -1, 0, 0};
            previousLeaf = leaf;
        }
    }

    // Searched without branches: the outcome of each step is unforeseeable.
    int slimmestUnder(const Report &r, double height) const
    {
        const Candidate *base = m.candidates.data() + r.first;
        for (int length = r.count; length > 1;) {
            const int half = length / 2;
            base += base[half - 1].height > height ? half : 0;
            length -= half;
        }
        return int(base - m.candidates.data());
    }

    int lowestWithin(const Report &r, double width) const
    {
        const Candidate *base = m.candidates.data() + r.first;
        for (int length = r.count; length > 1;) {
            const int half = length / 2;
            base += base[half].width <= width ? half : 0;
            length -= half;
        }
        return int(base - m.candidates.data());
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
        for (Report &r : m.reports)
            changed |= take(r, r.count == 1 ? r.first : slimmestUnder(r, heightCap));
        return changed;
    }

    // Each report's lowest shape no wider than the limit, or its narrowest if none is; whether any
    // differs from before.
    bool chooseWithin(double widthLimit)
    {
        bool changed = false;
        m.reportsHeight = -m.reports[0].gapAbove;
        for (Report &r : m.reports) {
            changed |= take(r, r.count == 1 ? r.first : lowestWithin(r, widthLimit));
            m.reportsHeight += r.gapAbove + r.height;
        }
        return changed;
    }

    void forgetShapes()
    {
        for (Report &r : m.reports)
            r.shape = -1;
    }

    // Numbers of rows (or columns) from one to one per report, spaced in proportion; worked out once
    // for each team size.
    const std::vector<int> &counts(int reports, int tries)
    {
        const size_t key = size_t(reports) * 64 + size_t(tries);
        if (reports < 64 && tries < 64 && m.smallCounts.size() <= key)
            m.smallCounts.resize(key + 1);
        std::vector<int> &counts = reports < 64 && tries < 64 ? m.smallCounts[key] : m.largeCounts[{reports, tries}];
        if (counts.empty())
            for (int j = 0; j < tries; ++j) {
                const int count = tries > 1 ? int(std::lround(std::pow(double(reports), double(j) / (tries - 1)))) : 1;
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
        const size_t n = m.reports.size();
        double lowest = 0, highest = 0, narrowest = 0, widest = 0;
        for (const Report &r : m.reports) {
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

    // A shape of rows `widest` wide and `height` high (without the room between them), whose first
    // row's first unit (or, of several rows, the leftmost) has its leftmost line or box `firstInset`
    // from its left.
    Candidate shape(int v, Placement placement, double limit, int count, int rows, double widest, double height, double firstInset) const
    {
        const QSizeF box = boxSize(v);
        Candidate shape;
        shape.placement = placement;
        shape.limit = limit;
        shape.count = count;
        shape.width = std::max(box.width(), (rows > 1 ? trunkRoom(v) : 0) + widest);
        shape.height = rowsTop(v) + double(rows - 1) * m.spacing.levelGap + height;
        shape.boxLeft = (shape.width - box.width()) / 2;
        shape.inset = (rows > 1 ? trunkRoom(v) : (shape.width - widest) / 2) + firstInset;
        if (v != m.virtualRoot)
            shape.inset = std::min({shape.inset, shape.boxLeft, rows > 1 ? trunkRoom(v) / 2 : shape.boxLeft});
        return shape;
    }

    // Where a unit's leftmost line or box is, from its left: a column's line, or its report's.
    double insetOf(const Unit &unit) const
    {
        return unit.column ? m.spacing.stub : candidate(m.reports[size_t(unit.end - 1)].shape).inset;
    }

    // The size of the units (made already) in rows.
    Candidate rowsShape(int v, double cap, int rowCount) const
    {
        double widest = 0, height = 0, inset = std::numeric_limits<double>::max();
        int rows = 0;
        forEachRow(rowCount, [&](size_t start, size_t, double width, double rowHeight) {
            widest = std::max(widest, width);
            height += rowHeight;
            inset = std::min(inset, insetOf(m.units[start]));
            ++rows;
        });
        return shape(v, Placement::Rows, cap, rowCount, rows, widest, height, inset);
    }

    Candidate teamsShape(int v, double limit, int columnCount) const
    {
        double width = -m.spacing.siblingGap, height = 0, inset = -1;
        forEachColumn(columnCount, [&](const Unit &unit) {
            if (inset < 0)
                inset = insetOf(unit);
            width += m.spacing.siblingGap + unit.width;
            height = std::max(height, unit.height);
        });
        return shape(v, Placement::Teams, limit, columnCount, 1, width, height, inset);
    }

    // Reports without reports of their own, stacked beside a line that drops from the manager: in one
    // column on its right, or in two, one on each side, filled row by row.
    Candidate columns(int v, bool two) const
    {
        const QSizeF box = boxSize(v);
        double widest = 0, widestLeft = 0, height = box.height() + m.spacing.levelGap / 2 - m.spacing.stackGap;
        const size_t perRow = two ? 2 : 1, n = m.reports.size();
        for (size_t i = 0; i < n; i += perRow) {
            double rowHeight = m.reports[i].boxHeight;
            widestLeft = std::max(widestLeft, m.reports[i].boxWidth);
            for (size_t j = i; j < std::min(n, i + perRow); ++j) {
                widest = std::max(widest, m.reports[j].boxWidth);
                rowHeight = std::max(rowHeight, m.reports[j].boxHeight);
            }
            height += m.spacing.stackGap + rowHeight;
        }
        Candidate shape;
        shape.height = height;
        if (two) {
            shape.placement = Placement::TwoColumns;
            shape.width = std::max(box.width(), 2 * (widest + m.spacing.stub));
            shape.boxLeft = (shape.width - box.width()) / 2;
            shape.inset = std::min(shape.boxLeft, shape.width / 2 - m.spacing.stub - widestLeft);
        } else {
            shape.placement = Placement::OneColumn;
            shape.width = std::max(box.width(), spineOffset(box) + m.spacing.stub + widest);
        }
        return shape;
    }

    // The new shape, unless another is both as narrow and as low; less good ones go.
    void offer(const Candidate &shape)
    {
        std::vector<Candidate> &front = m.front; // by width, so by falling height
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

    // The shapes worth keeping (those offered, none both wider and taller than another): at most
    // `cap`, those nearest to a spread of proportions around the one asked for (a subtree far wider
    // or taller than the whole drawing is seldom of use).
    void keepBest(int cap)
    {
        const std::vector<Candidate> &front = m.front;
        if (int(front.size()) <= cap) {
            m.candidates.insert(m.candidates.end(), front.begin(), front.end());
            return;
        }
        m.proportion.resize(front.size());
        for (size_t j = 0; j < front.size(); ++j)
            m.proportion[j] = std::log(front[j].width / front[j].height);
        size_t previous = front.size(), nearest = 0;
        for (int i = 0; i < cap; ++i) {
            // Proportions grow along the front, so the nearest to each wanted one only moves on.
            const double wanted = m.logAspect + proportionSpread * (2.0 * i / (cap - 1) - 1);
            while (nearest + 1 < front.size() && std::abs(m.proportion[nearest + 1] - wanted) <= std::abs(m.proportion[nearest] - wanted))
                ++nearest;
            if (nearest != previous)
                m.candidates.push_back(front[nearest]);
            previous = nearest;
        }
    }

    // Reports [start, end) in a column as wide as the widest of them; those narrow enough share lines.
    Unit column(size_t start, size_t end) const
    {
        double width = 0, narrowest = std::numeric_limits<double>::max(), height = 0;
        for (size_t i = start; i < end; ++i) {
            const Report &r = m.reports[i];
            width = std::max(width, r.width);
            narrowest = std::min(narrowest, r.width);
            height += (i > start ? r.gapAbove : 0) + r.height;
        }
        if (2 * narrowest + m.spacing.siblingGap <= width) { // some may stand abreast
            height = 0;
            for (size_t i = start; i < end;) {
                const Line line = lineFrom(i, end, width);
                height += gapBefore(start, i, line) + line.height;
                i = line.end;
            }
        }
        return {int(end), true, 2 * m.spacing.stub + width, height};
    }

    // The units of rows: those reports that fit one below another within the tallest are stacked in a
    // column; the others hang alone. In a row of its own, a colleague of a collaboration stays beside
    // the others.
    void makeUnits(int v)
    {
        const size_t n = m.reports.size();
        const bool stacks = v != m.virtualRoot;
        const bool leavesOnly = size_t(v) < m.spacing.oneRow.size() && m.spacing.oneRow[size_t(v)];
        const auto stackable = [&](size_t i) { return stacks && (!leavesOnly || m.reports[i].leaf); };
        double tallest = 0;
        for (const Report &r : m.reports)
            tallest = std::max(tallest, r.height);
        m.units.clear();
        m.unitsWidth = -m.spacing.siblingGap;
        for (size_t i = 0; i < n;) {
            size_t end = i + 1;
            if (stackable(i))
                for (double height = m.reports[i].height; end < n && stackable(end) && height + m.reports[end].gapAbove + m.reports[end].height <= tallest; ++end)
                    height += m.reports[end].gapAbove + m.reports[end].height;
            m.units.push_back(end == i + 1 ? Unit{int(end), false, m.reports[i].width, m.reports[i].height} : column(i, end));
            m.unitsWidth += m.units.back().width + m.spacing.siblingGap;
            i = end;
        }
    }

    // The units in about as many rows as asked for, of about the same width, filled in order: calls
    // visit(first unit, end, width, height) for each row. (Each report has the slimmest shape under a
    // cap no lower than its row, so it could be no narrower.)
    template<typename Visit>
    void forEachRow(int rowCount, Visit visit) const
    {
        const size_t units = m.units.size();
        const double target = m.unitsWidth / rowCount;
        double width = 0, height = 0;
        size_t start = 0;
        for (size_t u = 0; u < units; ++u) {
            const double w = m.units[u].width;
            if (u > 0 && width + m.spacing.siblingGap + w / 2 > target) {
                visit(start, u, width, height);
                start = u;
                width = height = 0;
            }
            width += (width > 0 ? m.spacing.siblingGap : 0) + w;
            height = std::max(height, m.units[u].height);
        }
        visit(start, units, width, height);
    }

    void wrap(int rowCount)
    {
        m.rows.clear();
        forEachRow(rowCount, [&](size_t, size_t end, double width, double height) { m.rows.push_back({int(end), width, height}); });
    }

    // Teams side by side in columns, each column beside a line that drops from a bar under the
    // manager: about as many columns as asked for, of about the same height, filled in order. The
    // taller the reports' teams, the better this packs. Calls visit(unit) for each column.
    template<typename Visit>
    void forEachColumn(int columnCount, Visit visit) const
    {
        const size_t n = m.reports.size();
        const auto unit = [&](size_t start, size_t end) {
            return end == start + 1 ? Unit{int(end), false, m.reports[start].width, m.reports[start].height} : column(start, end);
        };
        const double target = m.reportsHeight / columnCount;
        size_t start = 0;
        double height = m.reports[0].height;
        for (size_t i = 1; i < n && columnCount > 1; ++i) {
            const Report &r = m.reports[i];
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
        m.units.clear();
        double width = -m.spacing.siblingGap, height = 0;
        forEachColumn(columnCount, [&](const Unit &unit) {
            m.units.push_back(unit);
            width += m.spacing.siblingGap + unit.width;
            height = std::max(height, unit.height);
        });
        m.rows.clear();
        m.rows.push_back({int(m.units.size()), width, height});
    }

    Catalogue::State &m;
};

} // namespace

Catalogue::State::State(const TidyTree::Forest &forest, const Spacing &spacing, double aspectRatio)
    : forest(forest), spacing(spacing), logAspect(std::log(aspectRatio)), virtualRoot(int(forest.sizes.size()))
    , top(forest.roots.size() == 1 ? forest.roots.front() : virtualRoot)
{
}

Catalogue::Catalogue(const TidyTree::Forest &forest, const Spacing &spacing, double aspectRatio) : m(forest, spacing, aspectRatio)
{
}

void Catalogue::build()
{
    Builder(m).build();
}

void Catalogue::arrange(int v, const Candidate &shape)
{
    Builder(m).arrange(v, shape);
}

} // namespace CompactTree::Shapes
