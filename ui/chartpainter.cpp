#include "chartpainter.h"

#include <QImage>
#include <QPainter>

#include <cmath>

namespace {

QPen strokePen(const QColor &color, double width, bool dashed)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    if (dashed)
        pen.setDashPattern({ChartStroke::dash[0] / width, ChartStroke::dash[1] / width});
    return pen;
}

void paintText(QPainter &painter, const ChartScene::Text &text, const ChartStyle &style)
{
    painter.setFont(style.font(text.role));
    painter.setPen(style.color(text.role));
    painter.drawText(text.centred ? text.anchor - QPointF(text.width / 2, 0) : text.anchor, text.text);
}

QColor boxFill(const ChartScene::Box &box, const ChartStyle &style, const ChartPaintState &state, bool selected)
{
    if (selected)
        return style.selectionFill;
    if (state.isCollaborator(box.index))
        return style.linkLabelFill;
    if (state.isMatch(box.index))
        return style.searchMatch;
    return box.acting ? style.actingFill : style.boxFill;
}

void paintLinks(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const ChartPaintState &state, bool withText)
{
    for (size_t i = 0; i < scene.links.size(); ++i) {
        const ChartScene::Link &link = scene.links[i];
        const bool selected = int(i) == state.selectedLink || state.highlightedLinks.contains(link.link);
        painter.setPen(strokePen(style.link, selected ? ChartStroke::selectedLink : ChartStroke::link, true));
        painter.drawLine(link.line);
        if (!withText)
            continue;
        painter.setPen(strokePen(style.link, selected ? ChartStroke::selectedLink : 1, false));
        painter.setBrush(style.linkLabelFill);
        painter.drawRoundedRect(link.labelRect, link.labelRect.height() / 2, link.labelRect.height() / 2);
        paintText(painter, scene.texts[size_t(link.labelText)], style);
    }
}

} // namespace

void paintChart(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const QRectF &exposed,
                const ChartPaintState &state)
{
    painter.save();
    const double scale = painter.worldTransform().m11();
    const bool withText = state.fullDetail || scale >= ChartDetail::text;
    painter.setRenderHint(QPainter::Antialiasing, withText);
    painter.setRenderHint(QPainter::TextAntialiasing);

    if (withText) {
        for (int index : scene.headerTexts)
            paintText(painter, scene.texts[size_t(index)], style);
        for (const ChartScene::LegendSample &sample : scene.legend) {
            painter.setPen(sample.dashed ? strokePen(style.link, ChartStroke::link, true) : strokePen(style.connector, ChartStroke::connector, false));
            painter.drawLine(sample.line);
        }
    }

    std::vector<QLineF> lines;
    for (int index : scene.connectorsIn(exposed))
        lines.push_back(scene.connectors[size_t(index)]);
    painter.setPen(strokePen(style.connector, withText ? ChartStroke::connector : 0, false));
    painter.drawLines(lines.data(), int(lines.size()));
    if (!state.path.empty()) {
        QColor trail = style.selectionBorder;
        trail.setAlphaF(0.45f);
        QPen pen(trail, 6);
        pen.setCapStyle(Qt::RoundCap);
        pen.setCosmetic(!withText);
        painter.setPen(pen);
        painter.drawLines(state.path.data(), int(state.path.size()));
    }
    paintLinks(painter, scene, style, state, withText);

    for (int index : scene.boxesIn(exposed)) {
        const ChartScene::Box &box = scene.boxes[size_t(index)];
        const bool selected = state.isSelected(box.index);
        const QPointF offset = state.boxOffsets.value(index);
        painter.save();
        painter.translate(offset);
        QPen pen = strokePen(box.acting ? style.actingBorder : style.boxBorder, ChartStroke::box, box.acting);
        if (state.isCollaborator(box.index))
            pen = strokePen(style.link, ChartStroke::link, true);
        if (selected)
            pen = strokePen(style.selectionBorder, ChartStroke::selectedBox, box.acting);
        if (!withText) { // outlines only: plain rectangles, cosmetic pens
            pen.setWidthF(selected ? 2 : 0);
            pen.setCosmetic(true);
        }
        painter.setPen(pen);
        painter.setBrush(boxFill(box, style, state, selected));
        if (withText)
            painter.drawRoundedRect(box.rect, style.cornerRadius, style.cornerRadius);
        else
            painter.drawRect(box.rect);
        if (!withText) {
            painter.restore();
            continue;
        }
        if (state.showFocus && box.index == state.current) {
            painter.setPen(QPen(style.focusRing, 1.5, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.rect.adjusted(-5, -5, 5, 5), style.cornerRadius + 4, style.cornerRadius + 4);
        }
        const std::vector<ChartScene::Text> &texts = scene.boxTexts(index);
        for (const ChartScene::Text &text : texts) {
            if (text.role == ChartStyle::Text::Changes) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(style.changesFill);
                painter.drawRoundedRect(box.changesRect, box.changesRect.height() / 2, box.changesRect.height() / 2);
                paintText(painter, text, style);
            } else if (text.role != ChartStyle::Text::Badge) {
                paintText(painter, text, style);
            } else if (box.collapsed || state.showExpandedBadges) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(style.badgeFill);
                painter.drawRoundedRect(box.badgeRect, box.badgeRect.height() / 2, box.badgeRect.height() / 2);
                paintText(painter, text, style);
            }
        }
        painter.restore();
    }
    painter.restore();
}

void rasterizeChart(QImage &image, const ChartScene &scene, const ChartStyle &style, const QTransform &sceneToImage,
                    const ChartPaintState &state)
{
    image.fill(style.background);
    const int width = image.width(), height = image.height();
    auto *pixels = reinterpret_cast<QRgb *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / qsizetype(sizeof(QRgb));
    const double sx = sceneToImage.m11(), sy = sceneToImage.m22(), dx = sceneToImage.dx(), dy = sceneToImage.dy();
    const auto fill = [&](double left, double top, double right, double bottom, QRgb colour) {
        const int x0 = std::max(0, int(std::floor(left * sx + dx))), x1 = std::min(width - 1, int(std::floor(right * sx + dx)));
        const int y0 = std::max(0, int(std::floor(top * sy + dy))), y1 = std::min(height - 1, int(std::floor(bottom * sy + dy)));
        if (x0 > x1 || y0 > y1)
            return; // outside the image
        for (int y = y0; y <= y1; ++y)
            std::fill(pixels + y * stride + x0, pixels + y * stride + x1 + 1, colour);
    };

    // Once the gap between depths is under two pixels, lines would only blur the boxes' rows.
    const QRgb connector = style.connector.rgba();
    if (style.levelGap * std::max(std::abs(sx), std::abs(sy)) >= 2)
        for (const QLineF &line : scene.connectors)
            fill(std::min(line.x1(), line.x2()), std::min(line.y1(), line.y2()), std::max(line.x1(), line.x2()),
                 std::max(line.y1(), line.y2()), connector);
    const QRgb border = style.boxBorder.rgba(), inside = style.boxFill.rgba(), selection = style.selectionBorder.rgba(),
               match = style.searchMatch.rgba();
    const double onePixel = 1 / sx;
    const bool roomInside = style.boxSize.height() * sy >= 4; // else a box is a block of its border colour
    for (const ChartScene::Box &box : scene.boxes) {
        const QRectF &r = box.rect;
        if (state.isSelected(box.index)) { // big enough to find at any zoom
            fill(r.left() - 2 * onePixel, r.top() - 2 * onePixel, r.right() + 2 * onePixel, r.bottom() + 2 * onePixel, selection);
            continue;
        }
        const bool matched = state.isMatch(box.index);
        // Every depth stays at least three pixels tall, so that the shape of the organisation shows.
        const double bottom = std::max(r.bottom(), r.top() + 2.5 / std::abs(sy));
        fill(r.left(), r.top(), r.right(), bottom, matched && !roomInside ? match : border);
        if (roomInside)
            fill(r.left() + onePixel, r.top() + onePixel, r.right() - onePixel, r.bottom() - onePixel, matched ? match : inside);
    }

    if (!scene.links.empty()) {
        QPainter painter(&image);
        painter.setTransform(sceneToImage);
        paintLinks(painter, scene, style, state, false);
    }
}
