#include "chartscene.h"

#include "orgchartmodel.h"
#include "tidytree.h"

#include <QFontMetricsF>
#include <QSet>

#include <algorithm>
#include <cmath>

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

int ChartScene::boxAt(QPointF point) const
{
    for (int box : m_boxGrid.query(QRectF(point, QSizeF(0.01, 0.01))))
        if (boxes[size_t(box)].rect.contains(point))
            return box;
    return -1;
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

namespace {

// An id that XML accepts and that stays the same across exports of the same file.
QString svgIdFor(const QString &id, QSet<QString> &used)
{
    QString clean = QStringLiteral("role-");
    for (QChar c : id)
        clean += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : QChar(u'_');
    QString unique = clean;
    for (int n = 2; used.contains(unique); ++n)
        unique = clean + u'-' + QString::number(n);
    used.insert(unique);
    return unique;
}

// Greedy word wrap into at most maxLines lines; the last one is elided.
QStringList wrapText(const QString &text, const QFontMetricsF &metrics, double width, int maxLines)
{
    QStringList lines;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString line;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + u' ' + words[i];
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) {
            line += u' ' + words.mid(i).join(u' ');
            break;
        }
        lines << line;
        line = words[i];
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = metrics.elidedText(l, Qt::ElideRight, width);
    return lines;
}

QString describe(const QModelIndex &index)
{
    QString description = index.data(OrgChartModel::SummaryRole).toString();
    const QStringList duties = index.data(OrgChartModel::ResponsibilitiesRole).toStringList();
    if (!duties.isEmpty())
        description += (description.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("Responsibilities: ")
                       + duties.join(QStringLiteral("; ")) + u'.';
    return description;
}

struct Collected
{
    std::vector<QModelIndex> indexes;
    TidyTree::Forest forest;
};

// Depth-first over the model, without recursion.
Collected collect(const QAbstractItemModel &model, QSizeF boxSize)
{
    Collected out;
    std::vector<std::pair<QModelIndex, int>> stack; // index, parent's node number
    for (int row = model.rowCount() - 1; row >= 0; --row)
        stack.emplace_back(model.index(row, 0), -1);
    while (!stack.empty()) {
        const auto [index, parent] = stack.back();
        stack.pop_back();
        const int node = int(out.indexes.size());
        out.indexes.push_back(index);
        out.forest.children.emplace_back();
        out.forest.sizes.push_back(boxSize);
        if (parent < 0)
            out.forest.roots.push_back(node);
        else
            out.forest.children[size_t(parent)].push_back(node);
        for (int row = model.rowCount(index) - 1; row >= 0; --row)
            stack.emplace_back(model.index(row, 0, index), node);
    }
    return out;
}

} // namespace

ChartScene buildChartScene(const QAbstractItemModel &model, const std::vector<SceneLinkInput> &links,
                           const QString &title, const ChartStyle &style)
{
    ChartScene scene;
    scene.title = title;

    const QFontMetricsF headingMetrics(style.headingFont);
    const QFontMetricsF subtitleMetrics(style.subtitleFont);
    const QFontMetricsF focusMetrics(style.focusFont);
    const QFontMetricsF labelMetrics(style.linkLabelFont);
    const QFontMetricsF titleMetrics(style.titleFont);
    const QFontMetricsF legendMetrics(style.legendFont);

    TidyTree::Spacing spacing{style.siblingGap, style.cousinGap, style.levelGap};
    for (const SceneLinkInput &link : links) // room for each label between the boxes it joins
        spacing.siblingGap = std::max(spacing.siblingGap, labelMetrics.horizontalAdvance(link.label) + 2 * style.linkLabelPadding + 24);

    const Collected collected = collect(model, style.boxSize);
    const std::vector<QRectF> rects = TidyTree::layout(collected.forest, spacing);
    const QPointF origin(style.margin, style.margin + style.headerHeight);

    QRectF chartBounds;
    QSet<QString> usedIds;
    const double textWidth = style.boxSize.width() - 24;
    scene.boxes.reserve(rects.size());
    for (size_t node = 0; node < rects.size(); ++node) {
        const QModelIndex &index = collected.indexes[node];
        ChartScene::Box box;
        box.rect = rects[node].translated(origin);
        box.index = index;
        box.svgId = svgIdFor(index.data(OrgChartModel::IdRole).toString(), usedIds);
        box.title = index.data(Qt::DisplayRole).toString();
        const QString holder = index.data(OrgChartModel::HolderRole).toString();
        if (!holder.isEmpty())
            box.title += QStringLiteral(" (") + holder + u')';
        box.description = describe(index);
        box.acting = index.data(OrgChartModel::ActingRole).toBool();
        box.firstText = int(scene.texts.size());

        const double centre = box.rect.center().x();
        double baseline = box.rect.top() + 32;
        const auto addLine = [&](const QString &text, const QFontMetricsF &metrics, ChartStyle::Text role, double advance) {
            scene.texts.push_back({QPointF(centre, baseline), text, role, true, metrics.horizontalAdvance(text)});
            baseline += advance;
        };
        addLine(headingMetrics.elidedText(index.data(OrgChartModel::HeadingRole).toString(), Qt::ElideRight, textWidth),
                headingMetrics, ChartStyle::Text::Heading, 25);
        const QString subtitle = index.data(OrgChartModel::SubtitleRole).toString();
        if (!subtitle.isEmpty())
            addLine(subtitleMetrics.elidedText(subtitle, Qt::ElideRight, textWidth), subtitleMetrics, ChartStyle::Text::Subtitle, 22);
        const QStringList focusLines = wrapText(index.data(OrgChartModel::FocusRole).toString(), focusMetrics, textWidth, 2);
        for (const QString &line : focusLines)
            addLine(line, focusMetrics, ChartStyle::Text::Focus, 16);
        box.textCount = int(scene.texts.size()) - box.firstText;

        chartBounds |= box.rect;
        scene.boxForIndex.insert(index, int(scene.boxes.size()));
        scene.boxes.push_back(std::move(box));
    }

    // Reporting lines: down from the manager, across above the reports, down into each report.
    for (size_t node = 0; node < rects.size(); ++node) {
        const auto &children = collected.forest.children[node];
        if (children.empty())
            continue;
        const QRectF &parent = scene.boxes[node].rect;
        const double busY = parent.bottom() + style.levelGap / 2;
        const QRectF &first = scene.boxes[size_t(children.front())].rect;
        const QRectF &last = scene.boxes[size_t(children.back())].rect;
        scene.connectors.emplace_back(parent.center().x(), parent.bottom(), parent.center().x(), busY);
        if (children.size() > 1 || first.center().x() != parent.center().x())
            scene.connectors.emplace_back(std::min(first.center().x(), parent.center().x()), busY,
                                          std::max(last.center().x(), parent.center().x()), busY);
        for (int child : children) {
            const QRectF &rect = scene.boxes[size_t(child)].rect;
            scene.connectors.emplace_back(rect.center().x(), busY, rect.center().x(), rect.top());
        }
    }

    for (size_t i = 0; i < links.size(); ++i) {
        const SceneLinkInput &input = links[i];
        const int from = scene.boxForIndex.value(input.from, -1);
        const int to = scene.boxForIndex.value(input.to, -1);
        if (from < 0 || to < 0)
            continue;
        QRectF a = scene.boxes[size_t(from)].rect;
        QRectF b = scene.boxes[size_t(to)].rect;
        if (a.center().x() > b.center().x())
            std::swap(a, b);
        ChartScene::Link link;
        link.link = int(i);
        link.svgId = QStringLiteral("link-") + svgIdFor(input.id, usedIds).mid(5);
        link.title = input.label;
        link.description = input.description;
        link.line = qFuzzyCompare(a.top(), b.top()) ? QLineF(a.right(), a.center().y(), b.left(), b.center().y())
                                                    : QLineF(a.center(), b.center());
        const QPointF middle = link.line.center();
        const double labelWidth = labelMetrics.horizontalAdvance(input.label);
        link.labelRect = QRectF(middle.x() - labelWidth / 2 - 10, middle.y() - 13, labelWidth + 20, 26);
        link.labelText = int(scene.texts.size());
        scene.texts.push_back({QPointF(middle.x(), middle.y() + labelMetrics.ascent() / 2 - 1), input.label,
                               ChartStyle::Text::LinkLabel, true, labelWidth});
        scene.links.push_back(std::move(link));
    }

    // The header: what this is, and how to read its lines.
    const double titleBaseline = style.margin + titleMetrics.ascent();
    scene.headerTexts.push_back(int(scene.texts.size()));
    scene.texts.push_back({QPointF(style.margin, titleBaseline), title, ChartStyle::Text::Title, false,
                           titleMetrics.horizontalAdvance(title)});
    double legendX = style.margin;
    const double legendY = titleBaseline + 30;
    const auto addLegend = [&](const QString &label, bool dashed) {
        scene.legend.push_back({QLineF(legendX, legendY - 4, legendX + 32, legendY - 4), dashed});
        scene.headerTexts.push_back(int(scene.texts.size()));
        const double width = legendMetrics.horizontalAdvance(label);
        scene.texts.push_back({QPointF(legendX + 40, legendY), label, ChartStyle::Text::Legend, false, width});
        legendX += 40 + width + 28;
    };
    addLegend(QStringLiteral("reports to"), false);
    if (!scene.links.empty())
        addLegend(QStringLiteral("collaborates with"), true);

    const QRectF headerBounds(style.margin, style.margin,
                              std::max(legendX, style.margin + titleMetrics.horizontalAdvance(title)) - style.margin,
                              style.headerHeight);
    scene.bounds = (chartBounds | headerBounds).adjusted(-style.margin, -style.margin, style.margin, style.margin);
    scene.bounds = QRectF(0, 0, std::ceil(scene.bounds.right()), std::ceil(scene.bounds.bottom()));

    scene.m_boxGrid.reset(scene.bounds, 512);
    for (size_t i = 0; i < scene.boxes.size(); ++i)
        scene.m_boxGrid.insert(scene.boxes[i].rect, int(i));
    scene.m_connectorGrid.reset(scene.bounds, 512);
    for (size_t i = 0; i < scene.connectors.size(); ++i)
        scene.m_connectorGrid.insert(QRectF(scene.connectors[i].p1(), scene.connectors[i].p2()).normalized(), int(i));
    return scene;
}

ChartScene buildChartScene(const OrgChartModel &model, const ChartStyle &style)
{
    const OrgChart &chart = model.chart();
    std::vector<SceneLinkInput> links;
    for (const Link &link : chart.links) {
        QString description = link.summary;
        if (!link.points.isEmpty())
            description += QStringLiteral(" Together on: ") + link.points.join(QStringLiteral("; ")) + u'.';
        links.push_back({model.indexForNode(link.from), model.indexForNode(link.to), link.id, link.label, description});
    }
    QString title = chart.title.isEmpty() ? QStringLiteral("Organisation chart") : chart.title;
    if (chart.hasSizeVariants())
        title += model.companySize() == CompanySize::Small ? QStringLiteral(" — small company") : QStringLiteral(" — large company");
    return buildChartScene(model, links, title, style);
}
