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
    double boxLeft = 0;    // of the subtree's top box, from the rectangle's left
    double heightCap = 0;  // Rows: the tallest shape a report may take, where it has a choice
    int rows = 0;          // Rows, Teams: how many rows or columns of reports were asked for
    Placement placement = Placement::Leaf;
};

// The reports of one manager in rows (or columns): each report's shape, and where each row ends.
struct Rows
{
    std::vector<int> choice;       // per report: its candidate
    std::vector<size_t> end;       // per row: one past its last report
    std::vector<double> width, height;
};

constexpr double teamGapFactor = 0.5; // between teams stacked in a column, in level gaps

// How hard to look, by the size of the subtree: the few large teams near the top decide the
// shape of the whole drawing, and there are few of them.
struct Effort
{
    int shapesKept;  // candidates kept
    int caps;        // caps on the reports' heights tried
    int rowCounts;   // numbers of rows (or columns) tried per cap
};
constexpr Effort smallTeam{12, 4, 6};
constexpr int mediumTeam = 100, largeTeam = 1000; // people
constexpr Effort medium{20, 6, 8};
constexpr Effort large{32, 6, 10};
constexpr Effort top{std::numeric_limits<int>::max(), 12, 40};
constexpr double proportionSpread = 2.5; // their proportions: the one asked for, times e^±2.5 at most

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
        result.rects.resize(m_forest.sizes.size());
        if (m_forest.roots.empty())
            return result;
        m_first.assign(m_forest.sizes.size() + 1, 0);
        m_count.assign(m_forest.sizes.size() + 1, 0);
        m_people.assign(m_forest.sizes.size() + 1, 1);
        m_candidates.reserve(3 * m_forest.sizes.size() + 64); // most people are leaves, with one shape
        const std::vector<int> order = preorder();
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            for (int child : children(*it))
                m_people[size_t(*it)] += m_people[size_t(child)];
            addCandidates(*it);
        }
        place(result);
        normalise(result);
        return result;
    }

private:
    const std::vector<int> &children(int v) const { return v == m_virtualRoot ? m_forest.roots : m_forest.children[size_t(v)]; }
    QSizeF boxSize(int v) const { return v == m_virtualRoot ? QSizeF() : m_forest.sizes[size_t(v)]; }
    bool isLeaf(int v) const { return children(v).empty(); }
    const Candidate &candidate(int index) const { return m_candidates[size_t(index)]; }
    // Where the first row of reports starts below the top of a subtree, and the room on the left
    // for the line that joins several rows.
    double rowsTop(int v) const { return v == m_virtualRoot ? 0 : boxSize(v).height() + m_spacing.levelGap; }
    double trunkRoom(int v) const { return v == m_virtualRoot ? 0 : 2 * m_spacing.stub; }

    Effort effort(int v) const
    {
        return v == m_top ? top : m_people[size_t(v)] >= largeTeam ? large : m_people[size_t(v)] >= mediumTeam ? medium : smallTeam;
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

    void addCandidates(int v)
    {
        m_first[size_t(v)] = int(m_candidates.size());
        const QSizeF box = boxSize(v);
        const auto &kids = children(v);
        if (kids.empty()) {
            m_candidates.push_back({box.width(), box.height(), 0, 0, 0, Placement::Leaf});
            m_count[size_t(v)] = 1;
            return;
        }
        if (size_t(v) < m_spacing.oneRow.size() && m_spacing.oneRow[size_t(v)]) { // everyone in one row
            chooseUnder(v, std::numeric_limits<double>::max(), m_initial);
            m_candidates.push_back(rowsCandidate(v, std::numeric_limits<double>::max(), 1));
            m_count[size_t(v)] = 1;
            return;
        }
        const bool allLeaves = std::all_of(kids.begin(), kids.end(), [&](int c) { return isLeaf(c); });
        // Most managers lead people without reports, in boxes of one size: their shapes depend
        // only on how many there are, so they are worked out once for each number.
        const bool uniform = allLeaves && v != m_virtualRoot
                             && std::all_of(kids.begin(), kids.end(), [&](int c) { return boxSize(c) == box; });
        if (uniform) {
            const auto known = m_uniformTeams.find({kids.size(), box.width(), box.height()});
            if (known != m_uniformTeams.end()) {
                m_candidates.insert(m_candidates.end(), known->second.begin(), known->second.end());
                m_count[size_t(v)] = int(known->second.size());
                return;
            }
        }
        std::vector<Candidate> &found = m_scratch;
        found.clear();
        if (v != m_virtualRoot && int(kids.size()) >= std::max(2, m_spacing.columnsFrom) && allLeaves) {
            found.push_back(columns(v, false));
            found.push_back(columns(v, true));
        }
        // Columns of teams where some report has a team; reports without are stacked already.
        addRowCandidates(v, v != m_virtualRoot && !allLeaves, found);
        keepBest(found, effort(v).shapesKept);
        m_count[size_t(v)] = int(found.size());
        m_candidates.insert(m_candidates.end(), found.begin(), found.end());
        if (uniform && v != m_top)
            m_uniformTeams.emplace(std::tuple(kids.size(), box.width(), box.height()), found);
    }

    // A report's shapes run from the narrowest and tallest to the widest and lowest.
    int slimmestUnder(int report, double height) const
    {
        const auto first = m_candidates.begin() + m_first[size_t(report)], last = first + m_count[size_t(report)];
        const auto found = std::partition_point(first, last, [height](const Candidate &c) { return c.height > height; });
        return int((found == last ? last - 1 : found) - m_candidates.begin());
    }
    int lowestWithin(int report, double width) const
    {
        const auto first = m_candidates.begin() + m_first[size_t(report)], last = first + m_count[size_t(report)];
        const auto found = std::partition_point(first, last, [width](const Candidate &c) { return c.width <= width; });
        return int((found == first ? first : found - 1) - m_candidates.begin());
    }

    // Shapes of rows: for a few caps on the reports' heights (from the least that every report can
    // keep to, to none), each report takes its slimmest shape under the cap; then a few numbers of
    // rows (or columns of teams), from one to one per report, spaced in proportion.
    void addRowCandidates(int v, bool teams, std::vector<Candidate> &found)
    {
        const auto &kids = children(v);
        double lowest = 0, highest = 0;
        for (int c : kids) {
            lowest = std::max(lowest, candidate(m_first[size_t(c)] + m_count[size_t(c)] - 1).height);
            highest = std::max(highest, candidate(m_first[size_t(c)]).height);
        }
        const Effort effort = this->effort(v);
        m_rowCounts.clear();
        for (int j = 0; j < effort.rowCounts; ++j) {
            const int rows = int(std::lround(std::pow(double(kids.size()), double(j) / (effort.rowCounts - 1))));
            if (m_rowCounts.empty() || rows != m_rowCounts.back())
                m_rowCounts.push_back(rows);
        }
        const double capRatio = std::pow(highest / lowest, 1.0 / (effort.caps - 1));
        m_previous.clear();
        double cap = lowest;
        for (int i = 0; i < effort.caps; ++i, cap *= capRatio) {
            const double heightCap = i + 1 == effort.caps ? highest : cap;
            chooseUnder(v, heightCap, m_initial);
            if (m_initial == m_previous)
                continue; // the same shapes as under the last cap
            for (int rows : m_rowCounts) {
                found.push_back(rowsCandidate(v, heightCap, rows));
                if (teams && rows < int(kids.size()))
                    found.push_back(teamsCandidate(v, heightCap, rows));
            }
            m_previous = m_initial;
        }
    }

    Candidate rowsCandidate(int v, double heightCap, int rows)
    {
        wrap(v, m_initial, rows, m_rows);
        const size_t rowCount = m_rows.end.size();
        const double content = *std::max_element(m_rows.width.begin(), m_rows.width.end());
        const QSizeF box = boxSize(v);
        Candidate shape;
        shape.placement = Placement::Rows;
        shape.heightCap = heightCap;
        shape.rows = rows;
        shape.width = std::max(box.width(), (rowCount > 1 ? trunkRoom(v) : 0) + content);
        shape.height = rowsTop(v) + (double(rowCount) - 1) * m_spacing.levelGap;
        for (double height : m_rows.height)
            shape.height += height;
        shape.boxLeft = (shape.width - box.width()) / 2;
        return shape;
    }

    // Teams side by side in columns, each column beside a line that drops from a bar under the
    // manager: the taller the reports' teams, the better this packs.
    Candidate teamsCandidate(int v, double heightCap, int columns)
    {
        stackTeams(v, m_initial, columns, m_rows);
        const QSizeF box = boxSize(v);
        double content = -m_spacing.siblingGap;
        for (double width : m_rows.width)
            content += 2 * m_spacing.stub + width + m_spacing.siblingGap;
        Candidate shape;
        shape.placement = Placement::Teams;
        shape.heightCap = heightCap;
        shape.rows = columns;
        shape.width = std::max(box.width(), content);
        shape.height = rowsTop(v) + *std::max_element(m_rows.height.begin(), m_rows.height.end());
        shape.boxLeft = (shape.width - box.width()) / 2;
        return shape;
    }

    // About as many columns as asked for, of about the same height, filled in order; then each
    // report widens to its lowest shape that keeps within its column's width.
    void stackTeams(int v, const std::vector<int> &initial, int columnCount, Rows &columns) const
    {
        const auto &kids = children(v);
        columns.choice = initial;
        columns.end.clear();
        columns.width.clear();
        columns.height.clear();
        double total = 0;
        for (size_t i = 0; i < kids.size(); ++i)
            total += candidate(columns.choice[i]).height + (i > 0 ? gapAbove(kids[i - 1], kids[i]) : 0);
        const double target = total / columnCount;
        double height = 0;
        for (size_t i = 0; i < kids.size(); ++i) {
            const double h = candidate(columns.choice[i]).height;
            if (i > 0 && height + gapAbove(kids[i - 1], kids[i]) + h / 2 > target) {
                columns.end.push_back(i);
                height = 0;
            }
            height += (height > 0 ? gapAbove(kids[i - 1], kids[i]) : 0) + h;
        }
        columns.end.push_back(kids.size());
        size_t start = 0;
        for (size_t end : columns.end) {
            double width = 0;
            for (size_t i = start; i < end; ++i)
                width = std::max(width, candidate(columns.choice[i]).width);
            for (size_t i = start; i < end; ++i)
                columns.choice[i] = lowestWithin(kids[i], width);
            double columnHeight = 0;
            forEachAlong(v, false, columns.choice, start, end, width, [&](size_t i, size_t, double top, double height) {
                if (i == start)
                    columnHeight = top;
                columnHeight += top - columnHeight + height;
            });
            columns.width.push_back(width);
            columns.height.push_back(columnHeight);
            start = end;
        }
    }

    int acrossIn(double width, QSizeF cell) const
    {
        return std::max(1, int((width + m_spacing.siblingGap) / (cell.width() + m_spacing.siblingGap)));
    }
    double gridGap() const { return teamGapFactor * m_spacing.levelGap; } // room for the line above each row

    // Between two colleagues stacked in a column of teams: people without reports sit as close as
    // in a stack; a team gets more room, so that it reads as one.
    double gapAbove(int previous, int next) const
    {
        return isLeaf(previous) && isLeaf(next) ? m_spacing.stackGap : teamGapFactor * m_spacing.levelGap;
    }

    // Each report's slimmest shape no taller than the cap, or its lowest if none is.
    void chooseUnder(int v, double heightCap, std::vector<int> &choice) const
    {
        const auto &kids = children(v);
        choice.resize(kids.size());
        for (size_t i = 0; i < kids.size(); ++i)
            choice[i] = slimmestUnder(kids[i], heightCap);
    }

    // About as many rows as asked for, of about the same width, filled in order; then each report
    // narrows to the slimmest shape that keeps within its row's height.
    void wrap(int v, const std::vector<int> &initial, int rowCount, Rows &rows) const
    {
        const auto &kids = children(v);
        rows.choice = initial;
        rows.end.clear();
        rows.width.clear();
        rows.height.clear();
        double total = -m_spacing.siblingGap;
        for (int choice : rows.choice)
            total += candidate(choice).width + m_spacing.siblingGap;
        const double target = total / rowCount;
        double width = 0;
        for (size_t i = 0; i < kids.size(); ++i) {
            const double w = candidate(rows.choice[i]).width;
            if (i > 0 && width + m_spacing.siblingGap + w / 2 > target) {
                rows.end.push_back(i);
                width = 0;
            }
            width += (width > 0 ? m_spacing.siblingGap : 0) + w;
        }
        rows.end.push_back(kids.size());
        size_t start = 0;
        for (size_t end : rows.end) {
            double height = 0, rowWidth = 0;
            for (size_t i = start; i < end; ++i)
                height = std::max(height, candidate(rows.choice[i]).height);
            for (size_t i = start; i < end; ++i)
                rows.choice[i] = slimmestUnder(kids[i], height);
            forEachAlong(v, true, rows.choice, start, end, height, [&](size_t, size_t, double left, double width) { rowWidth = left + width; });
            rows.width.push_back(rowWidth);
            rows.height.push_back(height);
            start = end;
        }
    }

    // Walks the reports along a row (from the left) or down a column of teams (from the top): each
    // team or person alone, or a run of people without reports packed together: in a row, stacked
    // in as many columns as tall as the row as they need; in a column, side by side in rows as wide
    // as the column allows. Calls visit(first, end, offset, length) for each, counted along the line.
    template<typename Visit>
    void forEachAlong(int v, bool row, const std::vector<int> &choice, size_t start, size_t end, double room, Visit visit) const
    {
        const auto &kids = children(v);
        const auto gap = [&](size_t i) { return row ? m_spacing.siblingGap : gapAbove(kids[i - 1], kids[i]); };
        const auto length = [&](size_t i) { return row ? candidate(choice[i]).width : candidate(choice[i]).height; };
        double offset = 0;
        for (size_t i = start; i < end;) {
            size_t run = i;
            QSizeF cell;
            while (v != m_virtualRoot && run < end && isLeaf(kids[run])) {
                cell = cell.expandedTo(boxSize(kids[run]));
                ++run;
            }
            const int packed = run - i < 2 ? 1 : row ? downIn(room, cell) : acrossIn(room, cell);
            if (packed < 2) { // one by one, the run (if any) included, without looking at it again
                for (const size_t last = std::max(run, i + 1); i < last; ++i) {
                    offset += i > start ? gap(i) : 0;
                    visit(i, i + 1, offset, length(i));
                    offset += length(i);
                }
                continue;
            }
            offset += i > start ? gap(i) : 0;
            const size_t lines = (run - i + size_t(packed) - 1) / size_t(packed);
            const double taken = row ? double(lines) * (2 * m_spacing.stub + cell.width()) + double(lines - 1) * m_spacing.siblingGap
                                     : double(lines) * cell.height() + double(lines - 1) * gridGap();
            visit(i, run, offset, taken);
            offset += taken;
            i = run;
        }
    }
    int downIn(double height, QSizeF cell) const
    {
        return std::max(1, int((height + m_spacing.stackGap) / (cell.height() + m_spacing.stackGap)));
    }

    // Reports without reports of their own, stacked beside a line that drops from the manager: in
    // one column on its right, or in two, one on each side, filled row by row.
    Candidate columns(int v, bool two) const
    {
        const auto &kids = children(v);
        const QSizeF box = boxSize(v);
        double widest = 0, height = box.height() + m_spacing.levelGap / 2 - m_spacing.stackGap;
        const size_t perRow = two ? 2 : 1;
        for (size_t i = 0; i < kids.size(); i += perRow) {
            double rowHeight = boxSize(kids[i]).height();
            for (size_t j = i; j < std::min(kids.size(), i + perRow); ++j) {
                widest = std::max(widest, boxSize(kids[j]).width());
                rowHeight = std::max(rowHeight, boxSize(kids[j]).height());
            }
            height += m_spacing.stackGap + rowHeight;
        }
        Candidate shape;
        shape.height = height;
        if (two) {
            shape.placement = Placement::TwoColumns;
            shape.width = std::max(box.width(), 2 * (widest + m_spacing.stub));
            shape.boxLeft = (shape.width - box.width()) / 2;
        } else {
            shape.placement = Placement::OneColumn;
            shape.width = std::max(box.width(), spineOffset(box) + m_spacing.stub + widest);
        }
        return shape;
    }
    double spineOffset(QSizeF box) const { return std::min(box.width() / 2, 2 * m_spacing.stub); }

    // The shapes worth keeping: none both wider and taller than another; at most `cap`, those
    // nearest to a spread of proportions around the one asked for (a subtree far wider or taller
    // than the whole drawing is seldom of use).
    void keepBest(std::vector<Candidate> &found, int cap)
    {
        std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
            return a.width != b.width ? a.width < b.width : a.height < b.height;
        });
        std::vector<Candidate> &front = m_front;
        front.clear();
        for (const Candidate &shape : found)
            if (front.empty() || shape.height < front.back().height)
                front.push_back(shape);
        found.clear();
        if (int(front.size()) <= cap) {
            found.swap(front);
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
                found.push_back(front[nearest]);
            previous = nearest;
        }
    }

    // The top's shape closest to the aspect ratio asked for, weighed against wasted room.
    int chooseTop() const
    {
        const int first = m_first[size_t(m_top)], count = m_count[size_t(m_top)];
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
            const double score = std::abs(std::log(aspect / m_aspect)) + 1.5 * std::log(shape.width * shape.height / smallest);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    void place(Result &result)
    {
        struct Pending
        {
            int node;
            int shape;
            QPointF origin;
        };
        std::vector<Pending> stack{{m_top, chooseTop(), QPointF()}};
        while (!stack.empty()) {
            const Pending at = stack.back();
            stack.pop_back();
            const Candidate &shape = candidate(at.shape);
            const QRectF box(at.origin + QPointF(shape.boxLeft, 0), boxSize(at.node));
            if (at.node != m_virtualRoot)
                result.rects[size_t(at.node)] = box;
            if (shape.placement == Placement::OneColumn || shape.placement == Placement::TwoColumns)
                placeColumns(at.node, box, shape.placement == Placement::TwoColumns, result);
            const auto push = [&](int child, int childShape, QPointF origin) { stack.push_back({child, childShape, origin}); };
            if (shape.placement == Placement::Rows)
                placeRows(at.node, shape, at.origin, box, result, push);
            else if (shape.placement == Placement::Teams)
                placeTeams(at.node, shape, at.origin, box, result, push);
        }
    }

    // The drawing, connectors included, starts at (0, 0).
    static void normalise(Result &result)
    {
        double left = std::numeric_limits<double>::max(), top = left;
        for (const QRectF &rect : result.rects)
            if (!rect.isNull()) {
                left = std::min(left, rect.left());
                top = std::min(top, rect.top());
            }
        for (const QLineF &line : result.connectors) {
            left = std::min({left, line.x1(), line.x2()});
            top = std::min({top, line.y1(), line.y2()});
        }
        const QPointF shift(-left, -top);
        for (QRectF &rect : result.rects)
            if (!rect.isNull())
                rect.translate(shift);
        for (QLineF &line : result.connectors)
            line.translate(shift);
    }

    void placeColumns(int v, const QRectF &box, bool two, Result &result) const
    {
        const auto &kids = children(v);
        const double spine = two ? box.center().x() : box.left() + spineOffset(box.size());
        double top = box.bottom() + m_spacing.levelGap / 2, lastCentre = box.bottom();
        const size_t perRow = two ? 2 : 1;
        for (size_t i = 0; i < kids.size(); i += perRow) {
            double rowHeight = 0;
            for (size_t j = i; j < std::min(kids.size(), i + perRow); ++j) {
                const QSizeF size = boxSize(kids[j]);
                const bool left = two && j == i;
                const QRectF rect(left ? spine - m_spacing.stub - size.width() : spine + m_spacing.stub, top, size.width(), size.height());
                result.rects[size_t(kids[j])] = rect;
                result.connectors.emplace_back(spine, rect.center().y(), left ? rect.right() : rect.left(), rect.center().y());
                lastCentre = std::max(lastCentre, rect.center().y());
                rowHeight = std::max(rowHeight, size.height());
            }
            top += rowHeight + m_spacing.stackGap;
        }
        result.connectors.emplace_back(spine, box.bottom(), spine, lastCentre);
    }

    template<typename Push>
    void placeTeams(int v, const Candidate &shape, QPointF origin, const QRectF &box, Result &result, Push push)
    {
        chooseUnder(v, shape.heightCap, m_initial);
        stackTeams(v, m_initial, shape.rows, m_rows);
        const auto &kids = children(v);
        double content = -m_spacing.siblingGap;
        for (double width : m_rows.width)
            content += 2 * m_spacing.stub + width + m_spacing.siblingGap;
        double x = origin.x() + (shape.width - content) / 2;
        const double bus = box.bottom() + m_spacing.levelGap / 2;
        double first = box.center().x(), last = first;
        size_t start = 0;
        for (size_t column = 0; column < m_rows.end.size(); ++column) {
            const double spine = x + m_spacing.stub;
            double lastCentre = bus;
            const double columnTop = origin.y() + rowsTop(v), left = x + 2 * m_spacing.stub;
            forEachAlong(v, false, m_rows.choice, start, m_rows.end[column], m_rows.width[column], [&](size_t i, size_t end, double top, double) {
                if (end == i + 1) { // alone, joined to the column's line at its middle
                    const double middle = columnTop + top + boxSize(kids[i]).height() / 2;
                    result.connectors.emplace_back(spine, middle, left + candidate(m_rows.choice[i]).boxLeft, middle);
                    push(kids[i], m_rows.choice[i], QPointF(left, columnTop + top));
                    lastCentre = middle;
                    return;
                }
                QSizeF cell;
                for (size_t j = i; j < end; ++j)
                    cell = cell.expandedTo(boxSize(kids[j]));
                const size_t across = size_t(acrossIn(m_rows.width[column], cell));
                for (size_t j = i; j < end; ++j) { // in rows, each hanging from a line above it
                    const size_t row = (j - i) / across, place = (j - i) % across;
                    const QPointF at(left + double(place) * (cell.width() + m_spacing.siblingGap),
                                     columnTop + top + double(row) * (cell.height() + gridGap()));
                    const double line = at.y() - gridGap() / 2, centre = at.x() + boxSize(kids[j]).width() / 2;
                    result.connectors.emplace_back(centre, line, centre, at.y());
                    if (place + 1 == across || j + 1 == end)
                        result.connectors.emplace_back(spine, line, centre, line);
                    push(kids[j], m_rows.choice[j], at);
                    lastCentre = line;
                }
            });
            result.connectors.emplace_back(spine, bus, spine, lastCentre);
            first = std::min(first, spine);
            last = std::max(last, spine);
            x += 2 * m_spacing.stub + m_rows.width[column] + m_spacing.siblingGap;
            start = m_rows.end[column];
        }
        result.connectors.emplace_back(box.center().x(), box.bottom(), box.center().x(), bus);
        if (last > first)
            result.connectors.emplace_back(first, bus, last, bus);
    }

    template<typename Push>
    void placeRows(int v, const Candidate &shape, QPointF origin, const QRectF &box, Result &result, Push push)
    {
        chooseUnder(v, shape.heightCap, m_initial);
        wrap(v, m_initial, shape.rows, m_rows);
        const auto &kids = children(v);
        const bool joined = v != m_virtualRoot;
        const bool several = m_rows.end.size() > 1;
        const double trunk = origin.x() + trunkRoom(v) / 2;
        double top = origin.y() + rowsTop(v);
        size_t start = 0;
        for (size_t row = 0; row < m_rows.end.size(); ++row) {
            double x = origin.x() + (several ? trunkRoom(v) : (shape.width - m_rows.width[row]) / 2);
            const double bus = top - m_spacing.levelGap / 2;
            double first = several ? trunk : box.center().x(), last = first;
            if (row == 0)
                last = std::max(last, box.center().x());
            forEachAlong(v, true, m_rows.choice, start, m_rows.end[row], m_rows.height[row], [&](size_t i, size_t end, double left, double) {
                if (end == i + 1) { // alone, below the bar
                    const double centre = x + left + candidate(m_rows.choice[i]).boxLeft + boxSize(kids[i]).width() / 2;
                    if (joined)
                        result.connectors.emplace_back(centre, bus, centre, top);
                    first = std::min(first, centre);
                    last = std::max(last, centre);
                    push(kids[i], m_rows.choice[i], QPointF(x + left, top));
                    return;
                }
                QSizeF cell;
                for (size_t j = i; j < end; ++j)
                    cell = cell.expandedTo(boxSize(kids[j]));
                const size_t down = size_t(downIn(m_rows.height[row], cell));
                for (size_t j = i; j < end; j += down) { // stacked beside a line that drops from the bar
                    const double columnLeft = x + left + double((j - i) / down) * (2 * m_spacing.stub + cell.width() + m_spacing.siblingGap);
                    const double spine = columnLeft + m_spacing.stub;
                    double lastMiddle = bus;
                    for (size_t k = j; k < std::min(end, j + down); ++k) {
                        const QPointF at(columnLeft + 2 * m_spacing.stub, top + double(k - j) * (cell.height() + m_spacing.stackGap));
                        lastMiddle = at.y() + boxSize(kids[k]).height() / 2;
                        result.connectors.emplace_back(spine, lastMiddle, at.x(), lastMiddle);
                        push(kids[k], m_rows.choice[k], at);
                    }
                    result.connectors.emplace_back(spine, bus, spine, lastMiddle);
                    first = std::min(first, spine);
                    last = std::max(last, spine);
                }
            });
            if (joined && last > first)
                result.connectors.emplace_back(first, bus, last, bus);
            if (joined && row == 0)
                result.connectors.emplace_back(box.center().x(), box.bottom(), box.center().x(), bus);
            if (joined && several && row + 1 == m_rows.end.size())
                result.connectors.emplace_back(trunk, origin.y() + rowsTop(v) - m_spacing.levelGap / 2, trunk, bus);
            top += m_rows.height[row] + m_spacing.levelGap;
            start = m_rows.end[row];
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
    std::vector<int> m_first, m_count; // per node: its candidates in m_candidates
    std::vector<int> m_people;         // per node: the size of its subtree
    std::vector<Candidate> m_scratch, m_front;
    std::map<std::tuple<size_t, double, double>, std::vector<Candidate>> m_uniformTeams; // by team size and box size
    std::vector<double> m_proportion;
    std::vector<int> m_initial; // each report's shape under a height cap, before rows are made
    std::vector<int> m_previous, m_rowCounts;
    Rows m_rows;
};

} // namespace

Result layout(const TidyTree::Forest &forest, const Spacing &spacing, const Frame &frame)
{
    return Placer(forest, spacing, frame).run();
}

} // namespace CompactTree
