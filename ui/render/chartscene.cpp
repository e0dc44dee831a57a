#include "chartscene.h"

#include "orgchartmodel.h"
#include "scenecategories.h"
#include "textmeasurer.h"
#include "compacttree.h"
#include "tidytree.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>
#include <numeric>
#include <unordered_map>
#include <cmath>
#include <limits>

QString chartLayoutKey(ChartLayout layout)
{
    switch (layout) {
    case ChartLayout::Compact: return QStringLiteral("compact");
    case ChartLayout::Tree: return QStringLiteral("tree");
    case ChartLayout::LeftToRight: return QStringLiteral("left-right");
    }
    return {};
}

std::optional<ChartLayout> chartLayoutFromKey(const QString &key)
{
    for (ChartLayout layout : {ChartLayout::Compact, ChartLayout::Tree, ChartLayout::LeftToRight})
        if (key == chartLayoutKey(layout))
            return layout;
    return std::nullopt;
}

namespace {

// The smallest rectangle holding both; an empty (null) rectangle adds nothing, as with QRectF's |.
void unite(QRectF &bounds, const QRectF &rect)
{
    if (rect.isNull())
        return;
    if (bounds.isNull()) {
        bounds = rect;
        return;
    }
    const double left = std::min(bounds.left(), rect.left()), top = std::min(bounds.top(), rect.top());
    bounds = QRectF(left, top, std::max(bounds.right(), rect.right()) - left, std::max(bounds.bottom(), rect.bottom()) - top);
}

} // namespace

void SpatialGrid::reset(const QRectF &bounds, double cellSize)
{
    m_bounds = bounds;
    m_cellSize = cellSize;
    m_perCell = 1 / cellSize;
    m_columns = std::max(1, int(std::ceil(bounds.width() / cellSize)));
    m_rows = std::max(1, int(std::ceil(bounds.height() / cellSize)));
}

void SpatialGrid::fill(const std::vector<int> &cells, const std::vector<std::pair<int, Span>> &big)
{
    const auto forCells = [this](const Span &span, auto &&visit) {
        for (int row = span.top; row <= span.bottom; ++row)
            for (int column = span.left; column <= span.right; ++column)
                visit(row * m_columns + column);
    };
    // Each cell's items counted, the counts summed into ends, then the items put in from the last,
    // each just before its cell's end, which leaves every end the cell's start.
    m_cellStart.assign(size_t(m_columns) * size_t(m_rows) + 1, 0);
    for (int cell : cells)
        if (cell >= 0)
            ++m_cellStart[size_t(cell)];
    for (const auto &[item, span] : big)
        forCells(span, [this](int cell) { ++m_cellStart[size_t(cell)]; });
    std::partial_sum(m_cellStart.begin(), m_cellStart.end(), m_cellStart.begin());
    m_items.resize(size_t(m_cellStart.back()));
    auto nextBig = big.rbegin();
    for (size_t i = cells.size(); i-- > 0;) {
        if (cells[i] >= 0)
            m_items[size_t(--m_cellStart[size_t(cells[i])])] = int(i);
        else
            forCells((nextBig++)->second, [&](int cell) { m_items[size_t(--m_cellStart[size_t(cell)])] = int(i); });
    }
}

std::vector<int> SpatialGrid::query(const QRectF &rect) const
{
    std::vector<int> items;
    if (m_cellStart.empty() || !rect.intersects(m_bounds.adjusted(-1, -1, 1, 1)))
        return items;
    Span span = spanOf(rect);
    span.left = std::max(0, span.left - 1); // small items reaching in from the cells before
    span.top = std::max(0, span.top - 1);
    for (int row = span.top; row <= span.bottom; ++row) {
        // A row's cells are neighbours in the array: their items are one stretch of it.
        const int first = row * m_columns + span.left, last = row * m_columns + span.right;
        items.insert(items.end(), m_items.begin() + m_cellStart[size_t(first)], m_items.begin() + m_cellStart[size_t(last) + 1]);
    }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

QRectF ChartScene::Box::badgeRect() const
{
    if (badgeWidth <= 0)
        return {};
    const QPointF at = badgeAtRight ? QPointF(rect.right(), rect.center().y()) : QPointF(rect.center().x(), rect.bottom());
    return QRectF(at.x() - badgeWidth / 2, at.y() - 10, badgeWidth, 20);
}

QRectF ChartScene::Box::bounds() const
{
    if (badgeWidth <= 0 && changesWidth <= 0)
        return rect; // most boxes: no reports
    QRectF bounds = rect;
    unite(bounds, badgeRect());
    unite(bounds, changesRect());
    return bounds;
}

QRectF ChartScene::Box::changesRect() const
{
    return changesWidth > 0 ? QRectF(rect.right() - changesWidth + 6, rect.top() - 10, changesWidth, 20) : QRectF();
}

namespace {

// The box that shows an index in a tree of boxes: up to the team's root or a top row, then down
// the boxes by the rows walked. indexOf(box) is the index a box shows.
constexpr int tooDeep = -2; // findBox gave up: deeper than the walk it was allowed

std::span<const int> reportsOf(const std::vector<std::vector<int>> &reports, int box)
{
    return reports[size_t(box)];
}

std::span<const int> reportsOf(const ChartScene::Reports &reports, int box)
{
    return reports.of(box);
}

template<typename Reports, typename IndexOf>
int findBox(const QModelIndex &index, const std::vector<int> &roots, const Reports &reports, bool team, IndexOf indexOf, int maxDepth)
{
    if (!index.isValid() || roots.empty() || index.model() != indexOf(roots.front()).model())
        return -1;
    QVarLengthArray<int, 32> rows;
    QModelIndex at = index;
    int box = -1;
    while (box < 0) {
        if (team && at == indexOf(roots.front())) {
            box = roots.front();
            break;
        }
        const QModelIndex up = at.parent();
        if (!up.isValid()) {
            if (team || size_t(at.row()) >= roots.size())
                return -1;
            box = roots[size_t(at.row())];
            break;
        }
        if (rows.size() >= maxDepth)
            return tooDeep;
        rows.append(at.row());
        at = up;
    }
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const std::span<const int> below = reportsOf(reports, box);
        if (size_t(rows[i]) >= below.size())
            return -1;
        box = below[size_t(rows[i])];
    }
    return indexOf(box) == index ? box : -1; // a stale scene's box may show another
}

} // namespace

int ChartScene::boxOf(const QModelIndex &index) const
{
    // A walk costs the depth: on a chain 100,000 deep, a path or a search asks for thousands of
    // boxes a frame. Past a few dozen levels, a table of every box, made once, answers instead.
    const int box = findBox(index, m_roots, m_reports, m_team, [this](int box) -> const QModelIndex & { return boxes[size_t(box)].index; }, 64);
    if (box != tooDeep)
        return box;
    if (m_deepBoxes.isEmpty()) {
        m_deepBoxes.reserve(qsizetype(boxes.size()));
        for (size_t i = 0; i < boxes.size(); ++i)
            m_deepBoxes.insert(boxes[i].index, int(i));
    }
    return m_deepBoxes.value(index, -1);
}

std::vector<int> ChartScene::connectorsIn(const QRectF &rect) const
{
    if (!m_connectorGrid) {
        m_connectorGrid.emplace();
        m_connectorGrid->build(bounds, 512, connectors.size(), [this](size_t i) {
            const QLineF &line = connectors[i];
            return QRectF(QPointF(std::min(line.x1(), line.x2()), std::min(line.y1(), line.y2())),
                          QPointF(std::max(line.x1(), line.x2()), std::max(line.y1(), line.y2())));
        });
    }
    return m_connectorGrid->query(rect);
}

ChartScene::Hit ChartScene::hitTest(QPointF point, double tolerance) const
{
    const QRectF around(point - QPointF(tolerance, tolerance), QSizeF(2 * tolerance + 0.01, 2 * tolerance + 0.01));
    int nearest = -1;
    double nearestDistance = tolerance;
    for (int index : m_boxGrid.query(around)) {
        const Box &box = boxes[size_t(index)];
        if (box.hasReports && box.badgeRect().contains(point))
            return {index, true, false};
        if (box.changes && box.changesRect().contains(point))
            return {index, false, true};
        if (box.rect.contains(point))
            return {index, false, false};
        const double dx = std::max({box.rect.left() - point.x(), 0.0, point.x() - box.rect.right()});
        const double dy = std::max({box.rect.top() - point.y(), 0.0, point.y() - box.rect.bottom()});
        const double distance = std::hypot(dx, dy);
        if (distance <= nearestDistance) {
            nearest = index;
            nearestDistance = distance;
        }
    }
    return {nearest, false, false};
}

int ChartScene::linkAt(QPointF point, double tolerance) const
{
    for (size_t i = 0; i < links.size(); ++i) {
        const Link &link = links[i];
        if (link.labelRect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point))
            return int(i);
        const QPointF d = link.line.p2() - link.line.p1();
        const double lengthSquared = QPointF::dotProduct(d, d);
        const double t = lengthSquared > 0 ? std::clamp(QPointF::dotProduct(point - link.line.p1(), d) / lengthSquared, 0.0, 1.0) : 0;
        const QPointF nearest = link.line.p1() + t * d;
        if (QLineF(point, nearest).length() <= tolerance)
            return int(i);
    }
    return -1;
}

// How box texts are measured: kept by the scene for texts made later.
namespace {

// The boxes that show, depth first in the model's order, and the tree they make: box i shows
// indexes[i]. Flat arrays: a chart of 100,000 people has as many boxes.
struct VisibleTree
{
    std::vector<QModelIndex> indexes;
    std::vector<char> hasReports;
    std::vector<char> collapsed;
    std::vector<std::vector<int>> children; // per box, its reports' boxes: no allocation for a box without
    std::vector<int> roots;
    bool team = false; // rooted at a team's manager rather than at the model's top rows

    int boxOf(const QModelIndex &index) const
    {
        // Asked once for each collaboration link: a walk of any depth will do.
        return findBox(index, roots, children, team, [this](int box) -> const QModelIndex & { return indexes[size_t(box)]; },
                       std::numeric_limits<int>::max());
    }
};

// Room for everyone below where the walk starts, when the model says how many (OrgChartModel
// does): the arrays then grow without copies, and without fresh memory at every doubling.
void reserveForEveryone(VisibleTree &tree, const std::vector<std::pair<QModelIndex, int>> &starts)
{
    constexpr size_t askedAtMost = 64; // a model of many top rows is not asked about each
    if (starts.size() > askedAtMost)
        return;
    size_t everyone = 0;
    for (const auto &[index, manager] : starts) {
        const QVariant below = index.data(OrgChartModel::DescendantCountRole);
        if (!below.isValid())
            return;
        everyone += size_t(std::max(0, below.toInt())) + 1;
    }
    tree.indexes.reserve(everyone);
    tree.hasReports.reserve(everyone);
    tree.collapsed.reserve(everyone);
    tree.children.reserve(everyone);
}

// Depth-first over the model without recursion, skipping what collapsed boxes hide.
VisibleTree collectVisible(const QAbstractItemModel &model, const SceneOptions &options)
{
    VisibleTree tree;
    std::vector<std::pair<QModelIndex, int>> stack; // index, its manager's box
    const auto pushReports = [&](const QModelIndex &manager, int box) {
        const int rows = model.rowCount(manager);
        (box < 0 ? tree.roots : tree.children[size_t(box)]).reserve(size_t(std::max(rows, 0)));
        for (int row = rows - 1; row >= 0; --row)
            stack.emplace_back(model.index(row, 0, manager), box);
    };
    tree.team = options.root.isValid();
    if (tree.team)
        stack.emplace_back(options.root, -1);
    else
        pushReports(QModelIndex(), -1);
    reserveForEveryone(tree, stack);
    while (!stack.empty()) {
        const auto [index, manager] = stack.back();
        stack.pop_back();
        const int box = int(tree.indexes.size());
        const bool hasReports = model.hasChildren(index);
        const bool collapsed = hasReports && options.isCollapsed && options.isCollapsed(index);
        (manager < 0 ? tree.roots : tree.children[size_t(manager)]).push_back(box);
        tree.indexes.push_back(index);
        tree.hasReports.push_back(hasReports);
        tree.collapsed.push_back(collapsed);
        tree.children.emplace_back();
        if (hasReports && !collapsed)
            pushReports(index, box);
    }
    return tree;
}

int hiddenBelow(const QModelIndex &index)
{
    const QVariant known = index.data(OrgChartModel::DescendantCountRole);
    if (known.isValid())
        return known.toInt();
    int count = 0;
    std::vector<QModelIndex> stack{index};
    while (!stack.empty()) {
        const QModelIndex current = stack.back();
        stack.pop_back();
        for (int row = 0; row < current.model()->rowCount(current); ++row) {
            ++count;
            stack.push_back(current.model()->index(row, 0, current));
        }
    }
    return count;
}

// Where the line from a rectangle's centre towards a point leaves the rectangle.
QPointF edgeToward(const QRectF &rect, QPointF toward)
{
    const QPointF centre = rect.center();
    const QPointF d = toward - centre;
    if (d.isNull())
        return centre;
    const double sx = d.x() != 0 ? rect.width() / 2 / std::abs(d.x()) : 1e300;
    const double sy = d.y() != 0 ? rect.height() / 2 / std::abs(d.y()) : 1e300;
    return centre + std::min(sx, sy) * d;
}

// The reporting lines of a tidy tree, in layout space: from each manager down to a bar, and from
// the bar down to each report.
std::vector<QLineF> treeConnectors(const TidyTree::Forest &forest, const std::vector<QRectF> &rects, double levelGap)
{
    std::vector<QLineF> lines;
    for (size_t v = 0; v < forest.children.size(); ++v) {
        const auto &children = forest.children[v];
        if (children.empty())
            continue;
        const QRectF &parent = rects[v];
        const double busY = parent.bottom() + levelGap / 2;
        lines.emplace_back(parent.center().x(), parent.bottom(), parent.center().x(), busY);
        double first = parent.center().x(), last = first;
        for (int child : children) {
            const QRectF &rect = rects[size_t(child)];
            first = std::min(first, rect.center().x());
            last = std::max(last, rect.center().x());
            lines.emplace_back(rect.center().x(), busY, rect.center().x(), rect.top());
        }
        if (last > first)
            lines.emplace_back(first, busY, last, busY);
    }
    return lines;
}

// Per box: whether two of its reports are joined by a link.
std::vector<char> teamsWithLinks(const std::vector<SceneLinkInput> &links, const VisibleTree &tree)
{
    std::vector<char> oneRow;
    if (links.empty())
        return oneRow;
    oneRow.assign(tree.indexes.size(), 0);
    for (const SceneLinkInput &link : links) {
        const QModelIndex manager = link.from.parent();
        if (const int box = tree.boxOf(manager); box >= 0 && manager == link.to.parent())
            oneRow[size_t(box)] = 1;
    }
    return oneRow;
}

// Where the boxes go and the lines between them, in layout space (depth going down).
CompactTree::Result layOut(VisibleTree &tree, const std::vector<SceneLinkInput> &links, const ChartStyle &style,
                           const SceneOptions &options, const TextMeasurer &label)
{
    TidyTree::Spacing spacing{style.siblingGap, style.cousinGap, style.levelGap};
    for (const SceneLinkInput &link : links) // room for each label between the boxes it joins
        spacing.siblingGap = std::max(spacing.siblingGap, label.advance(link.label) + 2 * style.linkLabelPadding + 24);
    CompactTree::Spacing compact; // tighter than the classic tree's
    if (!links.empty())
        compact.siblingGap = std::max(compact.siblingGap, spacing.siblingGap); // room for the links' labels
    // Colleagues joined by a collaboration stay side by side, with its label between them.
    if (options.layout == ChartLayout::Compact)
        compact.oneRow = teamsWithLinks(links, tree);

    TidyTree::Forest forest; // the tree of boxes, lent to the layout
    forest.roots = tree.roots;
    forest.sizes.assign(tree.indexes.size(), options.layout == ChartLayout::LeftToRight ? style.boxSize.transposed() : style.boxSize);
    forest.children = std::move(tree.children);
    CompactTree::Result result;
    if (options.layout == ChartLayout::Compact) {
        const CompactTree::Frame frame{options.aspectRatio, QSizeF(2 * style.margin, 2 * style.margin + style.headerHeight),
                                       options.fitsWhole};
        result = CompactTree::layout(forest, compact, frame);
    } else {
        result.rects = TidyTree::layout(forest, spacing);
        result.connectors = treeConnectors(forest, result.rects, spacing.levelGap);
    }
    tree.children = std::move(forest.children);
    return result;
}

// Where the boxes reach: the rectangle they cover, and how far a box's badge or marker reaches
// past its outline at most.
struct BoxesExtent
{
    QRectF bounds;
    QMarginsF reach;
};

// The boxes in scene space, below the header, with their badges.
BoxesExtent placeBoxes(ChartScene &scene, const VisibleTree &tree, const std::vector<QRectF> &layoutRects, const ChartStyle &style,
                  const SceneOptions &options)
{
    const bool across = options.layout == ChartLayout::LeftToRight;
    const QPointF origin(style.margin, style.margin + style.headerHeight);
    const TextMeasurer &badge = scene.m_measurers->badge;
    ChartScene::Box expanded;
    expanded.hasReports = true;
    const double expandedBadge = std::max(24.0, badge.advance(scene.badgeText(expanded)) + 14); // "−": measured once
    double left = qInf(), top = qInf(), right = -qInf(), bottom = -qInf();
    QMarginsF reach;
    scene.boxes.reserve(tree.indexes.size()); // each box written once, not zeroed first
    for (size_t v = 0; v < tree.indexes.size(); ++v) {
        ChartScene::Box box;
        const QRectF &r = layoutRects[v];
        box.rect = across ? QRectF(r.y() + origin.x(), r.x() + origin.y(), r.height(), r.width()) : r.translated(origin);
        box.index = tree.indexes[v];
        box.hasReports = tree.hasReports[v];
        box.collapsed = tree.collapsed[v];
        if (box.hasReports) {
            box.hidden = box.collapsed ? hiddenBelow(box.index) : 0;
            box.badgeWidth = box.collapsed ? std::max(24.0, badge.advance(scene.badgeText(box)) + 14) : expandedBadge;
            box.badgeAtRight = across;
        }
        if (options.showChanges) {
            box.changes = int(box.index.data(OrgChartModel::SizeChangesRole).toStringList().size());
            if (box.changes)
                box.changesWidth = badge.advance(scene.changesText(box)) + 14;
        }
        scene.boxes.push_back(box);
        const QRectF outer = box.bounds();
        left = std::min(left, outer.left());
        top = std::min(top, outer.top());
        right = std::max(right, outer.right());
        bottom = std::max(bottom, outer.bottom());
        reach = QMarginsF(std::max(reach.left(), box.rect.left() - outer.left()), std::max(reach.top(), box.rect.top() - outer.top()),
                          std::max(reach.right(), outer.right() - box.rect.right()), std::max(reach.bottom(), outer.bottom() - box.rect.bottom()));
    }
    return {scene.boxes.empty() ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom)), reach};
}

// The collaborations between boxes that show, each with its label halfway.
void addLinks(ChartScene &scene, const std::vector<SceneLinkInput> &links, const TextMeasurer &label)
{
    for (size_t i = 0; i < links.size(); ++i) {
        const SceneLinkInput &input = links[i];
        const int from = scene.boxOf(input.from);
        const int to = scene.boxOf(input.to);
        if (from < 0 || to < 0)
            continue;
        const QRectF &a = scene.boxes[size_t(from)].rect;
        const QRectF &b = scene.boxes[size_t(to)].rect;
        ChartScene::Link link;
        link.link = int(i);
        link.id = input.id;
        link.title = input.label;
        link.description = input.description;
        link.line = QLineF(edgeToward(a, b.center()), edgeToward(b, a.center()));
        const QPointF middle = link.line.center();
        const double labelWidth = label.advance(input.label);
        link.labelRect = QRectF(middle.x() - labelWidth / 2 - 10, middle.y() - 13, labelWidth + 20, 26);
        link.labelText = int(scene.texts.size());
        scene.texts.push_back({QPointF(middle.x(), middle.y() + label.metrics().ascent() / 2 - 1), input.label,
                               ChartStyle::Text::LinkLabel, true, labelWidth});
        scene.links.push_back(std::move(link));
    }
}

// Each box's reports in one array, from a vector per box (which goes).
ChartScene::Reports packReports(std::vector<std::vector<int>> children, size_t roots)
{
    ChartScene::Reports reports;
    reports.start.reserve(children.size() + 1);
    reports.boxes.reserve(children.size() - std::min(roots, children.size())); // everyone but the tops reports to someone
    for (const std::vector<int> &below : children) {
        reports.start.push_back(int(reports.boxes.size()));
        reports.boxes.insert(reports.boxes.end(), below.begin(), below.end());
    }
    reports.start.push_back(int(reports.boxes.size()));
    return reports;
}

// The header: what this is, and how to read it: a sample of each style on the chart with what it
// means. Returns the rectangle it covers.
QRectF addHeader(ChartScene &scene, const ChartStyle &style, const QString &title)
{
    const TextMeasurer titleText(style.titleFont), legend(style.legendFont), changes(style.font(ChartStyle::Text::Changes));
    const double titleBaseline = style.margin + titleText.metrics().ascent();
    scene.headerTexts.push_back(int(scene.texts.size()));
    scene.texts.push_back({QPointF(style.margin, titleBaseline), title, ChartStyle::Text::Title, false, titleText.advance(title)});
    double legendX = style.margin;
    const double legendY = titleBaseline + 30;
    using Kind = ChartScene::LegendSample::Kind;
    const auto addLegend = [&](Kind kind, const QString &text) {
        ChartScene::LegendSample sample{kind, QLineF(legendX, legendY - 4, legendX + 32, legendY - 4), QRectF(legendX + 2, legendY - 12, 28, 16)};
        if (kind == Kind::Changes) {
            const QString delta = QStringLiteral("\u0394");
            sample.rect = QRectF(legendX + 6, legendY - 12, 20, 16);
            scene.headerTexts.push_back(int(scene.texts.size()));
            scene.texts.push_back({QPointF(sample.rect.center().x(), sample.rect.center().y() + changes.metrics().ascent() / 2 - 1.5), delta,
                                   ChartStyle::Text::Changes, true, changes.advance(delta)});
        }
        scene.legend.push_back(sample);
        scene.headerTexts.push_back(int(scene.texts.size()));
        const double width = legend.advance(text);
        scene.texts.push_back({QPointF(legendX + 40, legendY), text, ChartStyle::Text::Legend, false, width});
        legendX += 40 + width + 28;
    };
    addLegend(Kind::ReportsTo, QCoreApplication::translate("ChartScene", "reports to"));
    if (!scene.links.empty())
        addLegend(Kind::CollaboratesWith, QCoreApplication::translate("ChartScene", "collaborates with"));
    // Only an organisation with company sizes has acting roles: no pass over a million people else.
    bool acting = false;
    for (size_t box = 0; !acting && scene.m_org && scene.m_org->hasSizeVariants() && box < scene.boxes.size(); ++box)
        acting = scene.isActing(int(box));
    if (acting)
        addLegend(Kind::Acting, QCoreApplication::translate("ChartScene", "acting in the role"));
    if (std::any_of(scene.boxes.cbegin(), scene.boxes.cend(), [](const ChartScene::Box &box) { return box.changes > 0; }))
        addLegend(Kind::Changes, QCoreApplication::translate("ChartScene", "differs by company size"));
    const QRectF categories = SceneCategories::addLegendRow(scene, style, legendY + SceneCategories::rowHeight);
    return QRectF(style.margin, style.margin, std::max(legendX, style.margin + titleText.advance(title)) - style.margin, style.headerHeight)
        | categories;
}

} // namespace

ChartScene buildChartScene(const QAbstractItemModel &model, const std::vector<SceneLinkInput> &links,
                           const QString &title, const ChartStyle &givenStyle, const SceneOptions &options)
{
    ChartScene scene;
    scene.title = title;
    scene.m_org = qobject_cast<const OrgChartModel *>(&model);
    // Coloured boxes: a row of the header for what the colours mean.
    const int colourColumn = scene.m_org ? SceneCategories::findColumn(scene.m_org->chart(), options.colourBy) : -1;
    ChartStyle style = givenStyle;
    if (colourColumn >= 0)
        style.headerHeight += SceneCategories::rowHeight;
    scene.m_measurers = std::make_shared<const SceneMeasurers>(SceneMeasurers{
        TextMeasurer(style.headingFont), TextMeasurer(style.subtitleFont), TextMeasurer(style.focusFont), TextMeasurer(style.badgeFont)});
    scene.m_textWidth = style.boxSize.width() - 24;
    const TextMeasurer label(style.linkLabelFont);

    // Layout space has depth going down; left-to-right charts swap the axes at the end.
    const bool across = options.layout == ChartLayout::LeftToRight;
    VisibleTree tree = collectVisible(model, options);
    CompactTree::Result laidOut = layOut(tree, links, style, options, label);
    // Packed before the boxes are made: the vector per box is not held alongside them (the peak of
    // a chart of 1,000,000 people).
    scene.m_reports = packReports(std::exchange(tree.children, {}), tree.roots.size());
    const BoxesExtent extent = placeBoxes(scene, tree, laidOut.rects, style, options);
    if (colourColumn >= 0)
        SceneCategories::assign(scene, scene.m_org->chart(), colourColumn);
    // What placed the boxes goes before the rest is made: less held at once.
    laidOut.rects = {};
    tree.indexes = {};
    tree.hasReports = {};
    tree.collapsed = {};
    scene.outlines.reserve(options.indexed ? scene.boxes.size() : 0);
    for (size_t i = 0; options.indexed && i < scene.boxes.size(); ++i) {
        const QRectF &rect = scene.boxes[i].rect;
        scene.outlines.push_back({float(rect.left()), float(rect.top()), float(rect.right()), float(rect.bottom())});
    }
    scene.m_roots = std::move(tree.roots);
    scene.m_team = tree.team;
    const QPointF origin(style.margin, style.margin + style.headerHeight);
    for (QLineF &line : laidOut.connectors)
        line = across ? QLineF(line.y1() + origin.x(), line.x1() + origin.y(), line.y2() + origin.x(), line.x2() + origin.y())
                      : line.translated(origin);
    scene.connectors = std::move(laidOut.connectors);
    addLinks(scene, links, label);

    const QRectF all = (extent.bounds | addHeader(scene, style, title)).adjusted(-style.margin, -style.margin, style.margin, style.margin);
    scene.bounds = QRectF(0, 0, std::ceil(all.right()), std::ceil(all.bottom()));
    // The boxes from their packed outlines, a tenth of the memory to read, each widened by the
    // farthest any badge or marker reaches and by more than single precision can have moved its
    // edges (a unit, and a ten-millionth of their distance from the origin).
    if (!options.indexed)
        return scene;
    scene.m_boxGrid.build(scene.bounds, 512, scene.outlines.size(), [&](size_t i) {
        const ChartScene::Outline &o = scene.outlines[i];
        const double slack = 1 + 1e-7 * (std::abs(o.left) + std::abs(o.top) + std::abs(o.right) + std::abs(o.bottom));
        return QRectF(QPointF(o.left, o.top), QPointF(o.right, o.bottom)).marginsAdded(extent.reach + QMarginsF(slack, slack, slack, slack));
    });
    return scene;
}

QModelIndexList collapsedForOpening(const QAbstractItemModel &model, int boxBudget)
{
    // Breadth first: open each box in turn while its reports still fit; the first that does not
    // fit, and every box after it, stays collapsed. Only boxes shown are visited. The top always
    // shows its reports.
    QModelIndexList collapsed;
    std::vector<QModelIndex> queue;
    for (int row = 0; row < model.rowCount(); ++row)
        queue.push_back(model.index(row, 0));
    int shown = int(queue.size());
    bool full = false;
    for (size_t next = 0; next < queue.size(); ++next) {
        const QModelIndex index = queue[next];
        const int reports = model.rowCount(index);
        if (reports == 0)
            continue;
        full = full || (shown + reports > boxBudget && index.parent().isValid()); // the top always shows its reports
        if (full) {
            collapsed.append(index);
            continue;
        }
        shown += reports;
        for (int row = 0; row < reports; ++row)
            queue.push_back(model.index(row, 0, index));
    }
    return collapsed;
}

QModelIndexList collapsedBelowLevel(const QAbstractItemModel &model, int levels)
{
    QModelIndexList collapsed;
    std::vector<QModelIndex> level;
    for (int row = 0; row < model.rowCount(); ++row)
        level.push_back(model.index(row, 0));
    for (int depth = 1; !level.empty(); ++depth) {
        std::vector<QModelIndex> below;
        for (const QModelIndex &index : level) {
            if (!model.hasChildren(index))
                continue;
            if (depth >= levels) {
                collapsed.append(index);
                continue;
            }
            for (int row = 0; row < model.rowCount(index); ++row)
                below.push_back(model.index(row, 0, index));
        }
        level = std::move(below);
    }
    return collapsed;
}

QString ChartScene::badgeText(const Box &box) const
{
    if (!box.hasReports)
        return {};
    return box.collapsed ? u'+' + QLocale().toString(box.hidden) : QStringLiteral("\u2212");
}

QString ChartScene::changesText(const Box &box) const
{
    return box.changes ? QStringLiteral("\u0394 %1").arg(box.changes) : QString();
}

bool ChartScene::isActing(int box) const
{
    if (m_acting.size() != boxes.size())
        m_acting.assign(boxes.size(), -1);
    signed char &acting = m_acting[size_t(box)];
    if (acting < 0)
        acting = (m_org ? m_org->isActing(int(boxes[size_t(box)].index.internalId())) : boxes[size_t(box)].index.data(OrgChartModel::ActingRole).toBool()) ? 1 : 0;
    return acting > 0;
}

const std::vector<ChartScene::Text> &ChartScene::boxTexts(int box) const
{
    const auto cached = m_textCache.constFind(box);
    if (cached != m_textCache.cend())
        return *cached;
    if (m_textCache.size() > 50000) // a long pan across a huge chart: start afresh
        m_textCache.clear();
    return *m_textCache.insert(box, makeBoxTexts(box));
}

std::vector<ChartScene::Text> ChartScene::makeBoxTexts(int which) const
{
    std::vector<Text> texts;
    texts.reserve(8); // at most seven: one allocation, not four
    makeBoxTexts(which, *m_measurers, texts);
    return texts;
}

std::unique_ptr<SceneMeasurers> ChartScene::separateMeasurers() const
{
    return std::make_unique<SceneMeasurers>(*m_measurers);
}

void ChartScene::makeBoxTexts(int which, const SceneMeasurers &measure, std::vector<Text> &texts) const
{
    const Box &box = boxes[size_t(which)];
    texts.clear();
    const double centre = box.rect.center().x();
    double baseline = box.rect.top() + 32;
    // Line breaks from a CSV field would not show; they become spaces.
    const auto oneLine = [](QString text) {
        if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c == u'\n' || c == u'\r'; })) // most texts
            return text;
        return text.replace(QLatin1String("\r\n"), QLatin1String(" ")).replace(u'\n', u' ').replace(u'\r', u' ');
    };
    const int node = int(box.index.internalId());
    const TextMeasurer::Line heading = measure.heading.elidedLine(oneLine(m_org ? m_org->heading(node) : boxHeading(box.index)), m_textWidth);
    texts.push_back({QPointF(centre, baseline), heading.text, ChartStyle::Text::Heading, true, heading.width});
    baseline += 25;
    // Below the heading there is room for three lines: the subtitle takes two if it needs them.
    const QList<TextMeasurer::Line> subtitle =
        measure.subtitle.wrappedLines(oneLine(m_org ? m_org->subtitle(node) : box.index.data(OrgChartModel::SubtitleRole).toString()), m_textWidth, 2);
    for (qsizetype i = 0; i < subtitle.size(); ++i) {
        texts.push_back({QPointF(centre, baseline), subtitle[i].text, ChartStyle::Text::Subtitle, true, subtitle[i].width});
        baseline += i + 1 < subtitle.size() ? 18 : 22;
    }
    const int focusLines = subtitle.size() > 1 ? 1 : 2;
    const QString focus = m_org ? m_org->focus(node) : box.index.data(OrgChartModel::FocusRole).toString();
    for (const TextMeasurer::Line &line : measure.focus.wrappedLines(oneLine(focus), m_textWidth, focusLines)) {
        texts.push_back({QPointF(centre, baseline), line.text, ChartStyle::Text::Focus, true, line.width});
        baseline += 16;
    }
    if (box.changes) {
        const QString text = changesText(box);
        const QPointF at = box.changesRect().center();
        texts.push_back({QPointF(at.x(), at.y() + measure.badge.metrics().ascent() / 2 - 1.5), text, ChartStyle::Text::Changes, true,
                         measure.badge.advance(text)});
    }
    if (box.hasReports) {
        const QString badge = badgeText(box);
        const QPointF at = box.badgeRect().center();
        texts.push_back({QPointF(at.x(), at.y() + measure.badge.metrics().ascent() / 2 - 1.5), badge, ChartStyle::Text::Badge, true,
                         measure.badge.advance(badge)});
    }
}

ChartScene buildChartScene(const OrgChartModel &model, const ChartStyle &style, const SceneOptions &options)
{
    const OrgChart &chart = model.chart();
    std::vector<SceneLinkInput> links;
    for (const Link &link : chart.links) {
        QString description = link.summary;
        if (!link.points.isEmpty())
            description += QCoreApplication::translate("ChartScene", " Together on: ") + link.points.join(QStringLiteral("; ")) + u'.';
        links.push_back({model.indexForNode(link.from), model.indexForNode(link.to), link.id, link.label, description});
    }
    QString title = chart.title.isEmpty() ? QCoreApplication::translate("ChartScene", "Organisation chart") : chart.title;
    if (model.hasSizeVariants())
        title += model.companySize() == CompanySize::Small ? QCoreApplication::translate("ChartScene", " — small company") : QCoreApplication::translate("ChartScene", " — large company");
    return buildChartScene(model, links, title, style, options);
}
