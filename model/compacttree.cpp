#include "compacttree.h"

#include "compactshapes.h"

#include <cmath>
#include <limits>

namespace CompactTree {
namespace {

using namespace Shapes;

constexpr double aspectSlack = 0.3; // log of the factor by which the drawing's proportions may well be off

// Picks the whole drawing's shape among the top's, then places everyone top down, each manager's
// reports as its shape arranges them.
class Placer
{
public:
    Placer(const TidyTree::Forest &forest, const Spacing &spacing, const Frame &frame)
        : m_forest(forest), m_spacing(spacing), m_aspect(frame.aspectRatio > 0 ? frame.aspectRatio : 1), m_padding(frame.padding)
        , m_fitsWhole(frame.fitsWhole), m_shapes(forest, spacing, m_aspect)
    {
    }

    Result run()
    {
        Result result;
        result.rects.resize(m_forest.sizes.size());
        if (m_forest.roots.empty())
            return result;
        m_shapes.build();
        place(result);
        return result;
    }

private:
    const Candidate &candidate(int index) const { return m_shapes.candidate(index); }

    // The top's shape closest to the aspect ratio asked for, weighed against wasted room.
    int chooseTop() const
    {
        const int first = m_shapes.first(m_shapes.top()), count = m_shapes.count(m_shapes.top());
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
        const int topNode = m_shapes.top();
        m_shapes.choose(topNode, chooseTop());
        const Candidate &top = candidate(m_shapes.first(topNode));
        const QPointF origin(-top.inset, 0);
        if (!m_shapes.isVirtualRoot(topNode))
            result.rects[size_t(topNode)] = QRectF(origin + QPointF(top.boxLeft, 0), m_shapes.boxSize(topNode));
        result.connectors.reserve(2 * m_forest.sizes.size());
        const std::vector<int> &managers = m_shapes.managers();
        for (auto it = managers.rbegin(); it != managers.rend(); ++it) {
            const int v = *it;
            if (m_shapes.count(v) > 0)
                continue; // out of the roots' reach
            const Candidate &shape = candidate(m_shapes.first(v));
            const QRectF box = m_shapes.isVirtualRoot(v) ? QRectF(origin + QPointF(shape.boxLeft, 0), QSizeF()) : result.rects[size_t(v)];
            if (shape.placement == Placement::OneColumn || shape.placement == Placement::TwoColumns) {
                placeColumns(v, box, shape.placement == Placement::TwoColumns, result);
                continue;
            }
            m_shapes.arrange(v, shape);
            placeUnits(v, shape, box.topLeft() - QPointF(shape.boxLeft, 0), box, result);
        }
    }

    // A report's place: its box, and its shape if it has reports.
    void give(size_t i, QPointF at, Result &result)
    {
        const Report &r = m_shapes.reports()[i];
        result.rects[size_t(r.node)] = QRectF(at.x() + candidate(r.shape).boxLeft, at.y(), r.boxWidth, r.boxHeight);
        if (!r.leaf)
            m_shapes.choose(r.node, r.shape);
    }

    // People without reports beside a line that drops from their manager, in one or two columns.
    // Two colleagues side by side at one height share one line across the spine.
    void placeColumns(int v, const QRectF &box, bool two, Result &result) const
    {
        const auto &kids = m_shapes.children(v);
        const size_t n = kids.size(), perRow = two ? 2 : 1;
        const double spine = two ? box.center().x() : box.left() + m_shapes.spineOffset(box.size());
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
        const std::vector<Report> &reports = m_shapes.reports();
        const double spine = left + m_spacing.stub;
        left += 2 * m_spacing.stub;
        width -= 2 * m_spacing.stub;
        double lastJoin = bus;
        for (size_t i = start; i < end;) {
            const Line line = m_shapes.lineFrom(i, end, width);
            const double gap = m_shapes.gapBefore(start, i, line);
            top += gap;
            if (line.end == i + 1) { // alone, joined to the column's line at its middle
                const double middle = top + reports[i].boxHeight / 2;
                result.connectors.emplace_back(spine, middle, left + candidate(reports[i].shape).boxLeft, middle);
                give(i, QPointF(left, top), result);
                lastJoin = middle;
            } else { // abreast, each hanging from a line above them
                const double hang = top - (i == start ? m_shapes.gridGap() : gap) / 2;
                double x = left, centre = spine;
                for (size_t j = i; j < line.end; ++j) {
                    centre = x + candidate(reports[j].shape).boxLeft + reports[j].boxWidth / 2;
                    result.connectors.emplace_back(centre, hang, centre, top);
                    give(j, QPointF(x, top), result);
                    x += reports[j].width + m_spacing.siblingGap;
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

    // Rows of units below the manager, each row beside a line of its own; several rows are joined
    // by a trunk on their left.
    void placeUnits(int v, const Candidate &shape, QPointF origin, const QRectF &box, Result &result)
    {
        const std::vector<Report> &reports = m_shapes.reports();
        const std::vector<Unit> &units = m_shapes.units();
        const std::vector<Row> &rows = m_shapes.rows();
        const bool joined = !m_shapes.isVirtualRoot(v);
        const bool several = rows.size() > 1;
        const double trunk = origin.x() + m_shapes.trunkRoom(v) / 2;
        double top = origin.y() + m_shapes.rowsTop(v);
        size_t u = 0, i = 0;
        for (size_t row = 0; row < rows.size(); ++row) {
            double x = origin.x() + (several ? m_shapes.trunkRoom(v) : (shape.width - rows[row].width) / 2);
            const double bus = top - m_spacing.levelGap / 2;
            double first = several ? trunk : box.center().x(), last = first;
            if (row == 0)
                last = std::max(last, box.center().x());
            for (; u < size_t(rows[row].end); ++u) {
                const Unit &unit = units[u];
                double join;
                if (unit.column) {
                    join = placeColumn(i, size_t(unit.end), x, unit.width, top, bus, result);
                } else { // alone, below the bar
                    join = x + candidate(reports[i].shape).boxLeft + reports[i].boxWidth / 2;
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
            if (joined && several && row + 1 == rows.size())
                result.connectors.emplace_back(trunk, origin.y() + m_shapes.rowsTop(v) - m_spacing.levelGap / 2, trunk, bus);
            top += rows[row].height + m_spacing.levelGap;
        }
    }

    const TidyTree::Forest &m_forest;
    const Spacing m_spacing;
    const double m_aspect;
    const QSizeF m_padding;
    const QSizeF m_fitsWhole;
    Catalogue m_shapes;
};

} // namespace

Result layout(const TidyTree::Forest &forest, const Spacing &spacing, const Frame &frame)
{
    return Placer(forest, spacing, frame).run();
}

} // namespace CompactTree
