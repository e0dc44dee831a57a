#include "chartscene.h"

#include "orgchartmodel.h"
#include "textmeasurer.h"
#include "compacttree.h"
#include "tidytree.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
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

void SpatialGrid::reset(const QRectF &bounds, double cellSize)
{
    m_bounds = bounds;
    m_cellSize = cellSize;
    m_columns = std::max(1, int(std::ceil(bounds.width() / cellSize)));
    m_rows = std::max(1, int(std::ceil(bounds.height() / cellSize)));
    m_cells.assign(size_t(m_columns) * size_t(m_rows), {});
}

std::pair<int, int> SpatialGrid::cellOf(QPointF point) const
{
    const int column = std::clamp(int((point.x() - m_bounds.left()) / m_cellSize), 0, m_columns - 1);
    const int row = std::clamp(int((point.y() - m_bounds.top()) / m_cellSize), 0, m_rows - 1);
    return {column, row};
}

void SpatialGrid::insert(const QRectF &rect, int item)
{
    const auto [left, top] = cellOf(rect.topLeft());
    const auto [right, bottom] = cellOf(rect.bottomRight());
    for (int row = top; row <= bottom; ++row)
        for (int column = left; column <= right; ++column)
            m_cells[size_t(row) * size_t(m_columns) + size_t(column)].push_back(item);
}

std::vector<int> SpatialGrid::query(const QRectF &rect) const
{
    std::vector<int> items;
    if (m_cells.empty() || !rect.intersects(m_bounds.adjusted(-1, -1, 1, 1)))
        return items;
    const auto [left, top] = cellOf(rect.topLeft());
    const auto [right, bottom] = cellOf(rect.bottomRight());
    for (int row = top; row <= bottom; ++row)
        for (int column = left; column <= right; ++column) {
            const auto &cell = m_cells[size_t(row) * size_t(m_columns) + size_t(column)];
            items.insert(items.end(), cell.begin(), cell.end());
        }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

ChartScene::Hit ChartScene::hitTest(QPointF point, double tolerance) const
{
    const QRectF around(point - QPointF(tolerance, tolerance), QSizeF(2 * tolerance + 0.01, 2 * tolerance + 0.01));
    int nearest = -1;
    double nearestDistance = tolerance;
    for (int index : m_boxGrid.query(around)) {
        const Box &box = boxes[size_t(index)];
        if (box.hasReports && box.badgeRect.contains(point))
            return {index, true, false};
        if (box.changes && box.changesRect.contains(point))
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
struct SceneMeasurers
{
    TextMeasurer heading, subtitle, focus, badge;
};

namespace {

// A box of the chart and the boxes of its reports that show.
struct VisibleNode
{
    QModelIndex index;
    std::vector<int> children;
    bool hasReports = false;
    bool collapsed = false;
};

// Depth-first over the model without recursion, skipping what collapsed boxes hide.
std::vector<VisibleNode> collectVisible(const QAbstractItemModel &model, const SceneOptions &options, std::vector<int> &roots)
{
    std::vector<VisibleNode> nodes;
    std::vector<std::pair<QModelIndex, int>> stack; // index, parent's position in nodes
    if (options.root.isValid())
        stack.emplace_back(options.root, -1);
    else
        for (int row = model.rowCount() - 1; row >= 0; --row)
            stack.emplace_back(model.index(row, 0), -1);
    while (!stack.empty()) {
        const auto [index, parent] = stack.back();
        stack.pop_back();
        const int node = int(nodes.size());
        VisibleNode visible{index, {}, model.hasChildren(index), false};
        visible.collapsed = visible.hasReports && options.isCollapsed && options.isCollapsed(index);
        (parent < 0 ? roots : nodes[size_t(parent)].children).push_back(node);
        nodes.push_back(std::move(visible));
        if (nodes.back().hasReports && !nodes.back().collapsed)
            for (int row = model.rowCount(index) - 1; row >= 0; --row)
                stack.emplace_back(model.index(row, 0, index), node);
    }
    return nodes;
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
std::vector<char> teamsWithLinks(const std::vector<SceneLinkInput> &links, const std::vector<VisibleNode> &nodes)
{
    std::vector<char> oneRow;
    if (links.empty())
        return oneRow;
    QHash<QModelIndex, size_t> nodeOf;
    for (size_t v = 0; v < nodes.size(); ++v)
        nodeOf.insert(nodes[v].index, v);
    oneRow.assign(nodes.size(), 0);
    for (const SceneLinkInput &link : links)
        if (const auto manager = nodeOf.constFind(link.from.parent());
            link.from.parent().isValid() && link.from.parent() == link.to.parent() && manager != nodeOf.cend())
            oneRow[*manager] = 1;
    return oneRow;
}

} // namespace

ChartScene buildChartScene(const QAbstractItemModel &model, const std::vector<SceneLinkInput> &links,
                           const QString &title, const ChartStyle &style, const SceneOptions &options)
{
    ChartScene scene;
    scene.title = title;

    const TextMeasurer label(style.linkLabelFont), titleText(style.titleFont), legend(style.legendFont);
    scene.m_measurers = std::make_shared<const SceneMeasurers>(SceneMeasurers{
        TextMeasurer(style.headingFont), TextMeasurer(style.subtitleFont), TextMeasurer(style.focusFont), TextMeasurer(style.badgeFont)});
    const TextMeasurer &badge = scene.m_measurers->badge;
    scene.m_textWidth = style.boxSize.width() - 24;

    TidyTree::Spacing spacing{style.siblingGap, style.cousinGap, style.levelGap};
    for (const SceneLinkInput &link : links) // room for each label between the boxes it joins
        spacing.siblingGap = std::max(spacing.siblingGap, label.advance(link.label) + 2 * style.linkLabelPadding + 24);

    // Layout space has depth going down; left-to-right charts swap the axes at the end.
    const bool across = options.layout == ChartLayout::LeftToRight;
    const QSizeF boxSize = across ? style.boxSize.transposed() : style.boxSize;
    const auto toScene = [&](QPointF p) { return across ? QPointF(p.y(), p.x()) : p; };
    const auto rectToScene = [&](const QRectF &r) { return across ? QRectF(r.y(), r.x(), r.height(), r.width()) : r; };

    std::vector<int> roots;
    std::vector<VisibleNode> nodes = collectVisible(model, options, roots);
    TidyTree::Forest forest; // one node per box, as in `nodes`
    forest.roots = std::move(roots);
    forest.sizes.assign(nodes.size(), boxSize);
    forest.children.reserve(nodes.size());
    for (VisibleNode &node : nodes)
        forest.children.push_back(std::move(node.children));
    std::vector<QRectF> layoutRects;
    std::vector<QLineF> lines;
    if (options.layout == ChartLayout::Compact) {
        CompactTree::Spacing compact; // tighter than the classic tree's
        if (!links.empty())
            compact.siblingGap = std::max(compact.siblingGap, spacing.siblingGap); // room for the links' labels
        // Colleagues joined by a collaboration stay side by side, with its label between them.
        compact.oneRow = teamsWithLinks(links, nodes);
        const CompactTree::Frame frame{options.aspectRatio, QSizeF(2 * style.margin, 2 * style.margin + style.headerHeight),
                                       options.fitsWhole};
        CompactTree::Result result = CompactTree::layout(forest, compact, frame);
        layoutRects = std::move(result.rects);
        lines = std::move(result.connectors);
    } else {
        layoutRects = TidyTree::layout(forest, spacing);
        lines = treeConnectors(forest, layoutRects, spacing.levelGap);
    }

    // Into scene space, below the header.
    const QPointF origin(style.margin, style.margin + style.headerHeight);
    QRectF chartBounds;
    scene.boxes.reserve(nodes.size());
    scene.outlines.reserve(nodes.size());
    scene.boxForIndex.reserve(qsizetype(nodes.size()));
    for (size_t v = 0; v < nodes.size(); ++v) {
        const VisibleNode &node = nodes[v];
        ChartScene::Box box;
        box.rect = rectToScene(layoutRects[v]).translated(origin);
        box.index = node.index;
        box.acting = node.index.data(OrgChartModel::ActingRole).toBool();
        box.hasReports = node.hasReports;
        box.collapsed = node.collapsed;
        if (node.hasReports) {
            box.hidden = node.collapsed ? hiddenBelow(node.index) : 0;
            const QSizeF size(std::max(24.0, badge.advance(scene.badgeText(box)) + 14), 20);
            const QPointF at = across ? QPointF(box.rect.right(), box.rect.center().y()) : QPointF(box.rect.center().x(), box.rect.bottom());
            box.badgeRect = QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
        }
        if (options.showChanges) {
            box.changes = int(node.index.data(OrgChartModel::SizeChangesRole).toStringList().size());
            if (box.changes) {
                const double width = badge.advance(scene.changesText(box)) + 14;
                box.changesRect = QRectF(box.rect.right() - width + 6, box.rect.top() - 10, width, 20);
            }
        }
        chartBounds |= box.rect | box.badgeRect | box.changesRect;
        scene.boxForIndex.insert(node.index, int(scene.boxes.size()));
        scene.outlines.push_back({float(box.rect.left()), float(box.rect.top()), float(box.rect.right()), float(box.rect.bottom())});
        scene.boxes.push_back(std::move(box));
    }
    for (QLineF &line : lines)
        line = QLineF(toScene(line.p1()) + origin, toScene(line.p2()) + origin);
    scene.connectors = std::move(lines);

    for (size_t i = 0; i < links.size(); ++i) {
        const SceneLinkInput &input = links[i];
        const int from = scene.boxForIndex.value(input.from, -1);
        const int to = scene.boxForIndex.value(input.to, -1);
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

    // The header: what this is, and how to read its lines.
    const double titleBaseline = style.margin + titleText.metrics().ascent();
    scene.headerTexts.push_back(int(scene.texts.size()));
    scene.texts.push_back({QPointF(style.margin, titleBaseline), title, ChartStyle::Text::Title, false, titleText.advance(title)});
    double legendX = style.margin;
    const double legendY = titleBaseline + 30;
    const auto addLegend = [&](const QString &text, bool dashed) {
        scene.legend.push_back({QLineF(legendX, legendY - 4, legendX + 32, legendY - 4), dashed});
        scene.headerTexts.push_back(int(scene.texts.size()));
        const double width = legend.advance(text);
        scene.texts.push_back({QPointF(legendX + 40, legendY), text, ChartStyle::Text::Legend, false, width});
        legendX += 40 + width + 28;
    };
    addLegend(QCoreApplication::translate("ChartScene", "reports to"), false);
    if (!scene.links.empty())
        addLegend(QCoreApplication::translate("ChartScene", "collaborates with"), true);

    const QRectF headerBounds(style.margin, style.margin,
                              std::max(legendX, style.margin + titleText.advance(title)) - style.margin, style.headerHeight);
    const QRectF all = (chartBounds | headerBounds).adjusted(-style.margin, -style.margin, style.margin, style.margin);
    scene.bounds = QRectF(0, 0, std::ceil(all.right()), std::ceil(all.bottom()));

    scene.m_boxGrid.reset(scene.bounds, 512);
    for (size_t i = 0; i < scene.boxes.size(); ++i)
        scene.m_boxGrid.insert(scene.boxes[i].rect | scene.boxes[i].badgeRect | scene.boxes[i].changesRect, int(i));
    scene.m_connectorGrid.reset(scene.bounds, 512);
    for (size_t i = 0; i < scene.connectors.size(); ++i)
        scene.m_connectorGrid.insert(QRectF(scene.connectors[i].p1(), scene.connectors[i].p2()).normalized(), int(i));
    return scene;
}

QSet<QPersistentModelIndex> collapsedForOpening(const QAbstractItemModel &model, int boxBudget)
{
    // Breadth first: open each box in turn while its reports still fit; the first that does not
    // fit, and every box after it, stays collapsed. Only boxes shown are visited. The top always
    // shows its reports.
    QSet<QPersistentModelIndex> collapsed;
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
            collapsed.insert(index);
            continue;
        }
        shown += reports;
        for (int row = 0; row < reports; ++row)
            queue.push_back(model.index(row, 0, index));
    }
    return collapsed;
}

QSet<QPersistentModelIndex> collapsedBelowLevel(const QAbstractItemModel &model, int levels)
{
    QSet<QPersistentModelIndex> collapsed;
    std::vector<QModelIndex> level;
    for (int row = 0; row < model.rowCount(); ++row)
        level.push_back(model.index(row, 0));
    for (int depth = 1; !level.empty(); ++depth) {
        std::vector<QModelIndex> below;
        for (const QModelIndex &index : level) {
            if (!model.hasChildren(index))
                continue;
            if (depth >= levels) {
                collapsed.insert(index);
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
    const Box &box = boxes[size_t(which)];
    const SceneMeasurers &measure = *m_measurers;
    std::vector<Text> texts;
    const double centre = box.rect.center().x();
    double baseline = box.rect.top() + 32;
    // Line breaks from a CSV field would not show; they become spaces.
    const auto oneLine = [](QString text) { return text.replace(QLatin1String("\r\n"), QLatin1String(" ")).replace(u'\n', u' ').replace(u'\r', u' '); };
    const auto addLine = [&](const QString &line, const TextMeasurer &measurer, ChartStyle::Text role, double advance) {
        double width = 0;
        QString shown = measurer.elided(line, m_textWidth, &width);
        texts.push_back({QPointF(centre, baseline), std::move(shown), role, true, width});
        baseline += advance;
    };
    addLine(oneLine(box.index.data(OrgChartModel::HeadingRole).toString()), measure.heading, ChartStyle::Text::Heading, 25);
    // Below the heading there is room for three lines: the subtitle takes two if it needs them.
    const QStringList subtitle = measure.subtitle.wrapped(oneLine(box.index.data(OrgChartModel::SubtitleRole).toString()), m_textWidth, 2);
    for (qsizetype i = 0; i < subtitle.size(); ++i) {
        texts.push_back({QPointF(centre, baseline), subtitle[i], ChartStyle::Text::Subtitle, true, measure.subtitle.advance(subtitle[i])});
        baseline += i + 1 < subtitle.size() ? 18 : 22;
    }
    const int focusLines = subtitle.size() > 1 ? 1 : 2;
    for (const QString &line : measure.focus.wrapped(oneLine(box.index.data(OrgChartModel::FocusRole).toString()), m_textWidth, focusLines)) {
        texts.push_back({QPointF(centre, baseline), line, ChartStyle::Text::Focus, true, measure.focus.advance(line)});
        baseline += 16;
    }
    if (box.changes) {
        const QString text = changesText(box);
        const QPointF at = box.changesRect.center();
        texts.push_back({QPointF(at.x(), at.y() + measure.badge.metrics().ascent() / 2 - 1.5), text, ChartStyle::Text::Changes, true,
                         measure.badge.advance(text)});
    }
    if (box.hasReports) {
        const QString badge = badgeText(box);
        const QPointF at = box.badgeRect.center();
        texts.push_back({QPointF(at.x(), at.y() + measure.badge.metrics().ascent() / 2 - 1.5), badge, ChartStyle::Text::Badge, true,
                         measure.badge.advance(badge)});
    }
    return texts;
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
    if (chart.hasSizeVariants())
        title += model.companySize() == CompanySize::Small ? QCoreApplication::translate("ChartScene", " — small company") : QCoreApplication::translate("ChartScene", " — large company");
    return buildChartScene(model, links, title, style, options);
}
