#include "chartpainter.h"

#include <QPaintEngine>
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

// marks: the box's BoxMark flags; category: its palette entry (View > Colour By), -1 for none.
QColor boxFill(quint8 marks, bool acting, int category, const ChartStyle &style)
{
    if (marks & BoxMark::Selected)
        return style.selectionFill;
    if (marks & BoxMark::Collaborator)
        return style.linkLabelFill;
    if (marks & BoxMark::Match)
        return style.searchMatch;
    if (category >= 0)
        return style.categoryFill[size_t(category)];
    return acting ? style.actingFill : style.boxFill;
}

QPen boxPen(quint8 marks, bool acting, int category, const ChartStyle &style)
{
    if (marks & BoxMark::Selected)
        return strokePen(style.selectionBorder, ChartStroke::selectedBox, acting);
    if (marks & BoxMark::Collaborator)
        return strokePen(style.link, ChartStroke::link, true);
    if (category >= 0)
        return strokePen(style.categoryBorder[size_t(category)], ChartStroke::categoryBox, acting);
    return strokePen(acting ? style.actingBorder : style.boxBorder, ChartStroke::box, acting);
}

} // namespace

// The title and the legend, each text where it reads.
void paintHeader(QPainter &painter, const ChartScene &scene, const ChartStyle &style, double scale, bool fullDetail)
{
    const auto legible = [&](ChartStyle::Text role) {
        return fullDetail || style.font(role).pixelSize() * scale >= ChartDetail::legiblePixels;
    };
    using Kind = ChartScene::LegendSample::Kind;
    for (const ChartScene::LegendSample &sample : scene.legend) { // under the texts: the Δ goes on its badge
        if (!legible(ChartStyle::Text::Legend))
            break;
        switch (sample.kind) {
        case Kind::ReportsTo:
        case Kind::CollaboratesWith:
            painter.setPen(sample.dashed() ? strokePen(style.link, ChartStroke::link, true) : strokePen(style.connector, ChartStroke::connector, false));
            painter.drawLine(sample.line);
            break;
        case Kind::Acting:
            painter.setPen(strokePen(style.actingBorder, ChartStroke::box, true));
            painter.setBrush(style.actingFill);
            painter.drawRoundedRect(sample.rect, 4, 4);
            break;
        case Kind::Changes:
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.changesFill);
            painter.drawRoundedRect(sample.rect, sample.rect.height() / 2, sample.rect.height() / 2);
            break;
        case Kind::Category:
            painter.setPen(boxPen(0, false, sample.category, style));
            painter.setBrush(boxFill(0, false, sample.category, style));
            painter.drawRoundedRect(sample.rect, 4, 4);
            break;
        }
    }
    for (int index : scene.headerTexts)
        if (legible(scene.texts[size_t(index)].role == ChartStyle::Text::Changes ? ChartStyle::Text::Legend : scene.texts[size_t(index)].role))
            paintText(painter, scene.texts[size_t(index)], style);
}

namespace {

// Reporting lines one device pixel wide in the painter's pen. Raster output gets the pixels a
// cosmetic pen would set, as solid fills (lines are horizontal or vertical): a tall line rasterized
// as spans goes to Qt's thread pool, which costs more than the line.
void paintHairlines(QPainter &painter, const std::vector<QLineF> &lines)
{
    const QTransform toDevice = painter.worldTransform();
    const QColor color = painter.pen().color();
    if (painter.paintEngine()->type() != QPaintEngine::Raster || toDevice.type() > QTransform::TxScale || toDevice.m11() <= 0
        || toDevice.m22() <= 0 || color.alpha() != 255) {
        painter.drawLines(lines.data(), int(lines.size()));
        return;
    }
    // A cosmetic line covers the pixel its coordinate falls in across it, and along it the pixels
    // whose centres it passes.
    const auto along = [](double a, double b) { return std::pair{int(std::floor(std::min(a, b) + 0.5)), int(std::floor(std::max(a, b) + 0.5))}; };
    painter.save();
    painter.resetTransform();
    for (const QLineF &line : lines) {
        const QLineF device = toDevice.map(line);
        if (device.x1() == device.x2()) {
            const auto [top, bottom] = along(device.y1(), device.y2());
            painter.fillRect(QRect(int(std::floor(device.x1())), top, 1, bottom - top), color);
        } else if (device.y1() == device.y2()) {
            const auto [left, right] = along(device.x1(), device.x2());
            painter.fillRect(QRect(left, int(std::floor(device.y1())), right - left, 1), color);
        } else {
            painter.drawLine(device);
        }
    }
    painter.restore();
}

void paintCard(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const ChartPaintState &state, int index)
{
    const ChartScene::Box &box = scene.boxes[size_t(index)];
    const quint8 marks = state.marksOf(index);
    // Saved and moved only while boxes glide: a PDF writes each save and restore, and with 100,000
    // boxes that was a sixth of the page.
    const auto offset = state.boxOffsets.constFind(index);
    const bool moved = offset != state.boxOffsets.cend();
    if (moved) {
        painter.save();
        painter.translate(*offset);
    }
    const bool acting = scene.isActing(index);
    const int category = scene.categoryOf(index);
    painter.setPen(boxPen(marks, acting, category, style));
    painter.setBrush(boxFill(marks, acting, category, style));
    const auto drawRounded = [&](const QRectF &rect, double radius) {
        if (!state.wholePixelCards || !scene.m_roundedRects.draw(painter, rect, radius))
            painter.drawRoundedRect(rect, radius, radius);
    };
    drawRounded(box.rect, style.cornerRadius);
    if (state.showFocus && box.index == state.current) {
        painter.setPen(QPen(style.focusRing, 1.5, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.rect.adjusted(-5, -5, 5, 5), style.cornerRadius + 4, style.cornerRadius + 4);
    }
    std::vector<ChartScene::Text> made;
    const std::vector<ChartScene::Text> &texts = state.everyBoxOnce ? (made = scene.makeBoxTexts(index)) : scene.boxTexts(index);
    for (const ChartScene::Text &text : texts) {
        if (text.role == ChartStyle::Text::Changes) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.changesFill);
            drawRounded(box.changesRect(), 10); // a pill: half its height
            paintText(painter, text, style);
        } else if (text.role != ChartStyle::Text::Badge) {
            paintText(painter, text, style);
        } else if (box.collapsed || state.showExpandedBadges) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.badgeFill);
            drawRounded(box.badgeRect(), 10);
            paintText(painter, text, style);
        }
    }
    if (moved)
        painter.restore();
}

// A collapsed box's "+N" at the legible size, inside the box at its bottom, if the name leaves room;
// returns the part of the box left for the name.
QRectF paintSmallBadge(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const ChartScene::Box &box,
                       const QRectF &rect, int nameLines)
{
    const int pixels = int(ChartDetail::legiblePixels);
    const double badgeHeight = ChartDetail::lineHeight(pixels) + 2;
    if (!box.collapsed || rect.height() < nameLines * ChartDetail::lineHeight(pixels) + badgeHeight + 4)
        return rect;
    QFont font = style.badgeFont;
    font.setPixelSize(pixels);
    painter.setFont(font);
    const QString text = scene.badgeText(box);
    const double width = std::min(rect.width() - 4, painter.fontMetrics().horizontalAdvance(text) + badgeHeight);
    const QRectF badge(std::round(rect.center().x() - width / 2), std::round(rect.bottom() - badgeHeight - 2), std::round(width), badgeHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.badgeFill);
    painter.drawRoundedRect(badge, badgeHeight / 2, badgeHeight / 2);
    painter.setPen(style.badgeText);
    painter.drawText(badge, Qt::AlignCenter, text);
    return rect.adjusted(0, 0, 0, -badgeHeight - 2);
}

// Names, initials or blocks of colour: drawn in device pixels, so that lines stay one pixel wide
// and text keeps its pixel size whatever the scale.
void paintSimplified(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const ChartPaintState &state,
                     const std::vector<int> &boxes, ChartDetail::Level level)
{
    const QTransform toDevice = painter.worldTransform();
    const QSizeF onScreen = toDevice.mapRect(QRectF(QPointF(), style.boxSize)).size();
    ChartDetail::NameFit fit{int(ChartDetail::legiblePixels), 1, onScreen.width() - 4};
    if (level == ChartDetail::Level::Name)
        fit = ChartDetail::nameFitFor(onScreen, style);
    painter.save();
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing, false); // plain rectangles: antialiased rounded ones cost 3× the frame
    scene.m_labels.setFont(style.headingFont);
    BoxLabels::Frame frame;
    const bool pixels = painter.paintEngine()->type() == QPaintEngine::Raster;
    frame.asText = !pixels; // glyph runs are for pixels
    for (int index : boxes) {
        const ChartScene::Box &box = scene.boxes[size_t(index)];
        const quint8 marks = state.marksOf(index);
        const bool selected = marks & BoxMark::Selected;
        const QRect whole = toDevice.mapRect(box.rect.translated(state.boxOffsets.value(index))).toRect();
        // Whole pixels, and lines through their middle: crisp at any scale.
        const QRectF rect = QRectF(whole).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool acting = scene.isActing(index);
        const int category = scene.categoryOf(index);
        QPen pen = boxPen(marks, acting, category, style);
        pen.setWidthF(selected || category >= 0 ? 2 : 1);
        pen.setCosmetic(true);
        // A block without text shows its category's colour whole: the tint is for text to stand on.
        const QColor fill = level == ChartDetail::Level::Block && category >= 0 && !marks ? pen.color() : boxFill(marks, acting, category, style);
        if (pixels && !selected && pen.style() == Qt::SolidLine && whole.width() >= 2 && whole.height() >= 2
            && pen.color().alpha() == 255 && fill.alpha() == 255) {
            // The pixels drawRect() would set, as two solid fills: no rasterizing, none of Qt's threads.
            const int edge = category >= 0 && whole.width() >= 8 && whole.height() >= 8 ? 2 : 1;
            painter.fillRect(whole, pen.color());
            painter.fillRect(whole.adjusted(edge, edge, -edge, -edge), fill);
        } else {
            painter.setPen(pen);
            painter.setBrush(fill);
            painter.drawRect(rect);
        }
        if (state.showFocus && box.index == state.current) {
            painter.setPen(QPen(style.focusRing, 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(-3, -3, 3, 3));
        }
        if (level == ChartDetail::Level::Block)
            continue;
        const BoxLabels::Kind kind = level == ChartDetail::Level::Name ? BoxLabels::Kind::Name : BoxLabels::Kind::Initials;
        const QRectF room = kind == BoxLabels::Kind::Name ? paintSmallBadge(painter, scene, style, box, rect, 1) : rect;
        ChartDetail::NameFit boxFit = fit;
        if (room.height() < rect.height())
            boxFit.lines = 1;
        scene.m_labels.add(frame, index, box.index, room, boxFit, kind);
    }
    scene.m_labels.draw(painter, frame, style.heading);
    painter.restore();
}

} // namespace

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

void paintChart(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const QRectF &exposed,
                const ChartPaintState &state)
{
    painter.save();
    const double scale = std::abs(painter.worldTransform().m11());
    const ChartDetail::Level level = state.fullDetail ? ChartDetail::Level::Card : ChartDetail::levelFor(style.boxSize * scale, style);
    const bool card = level == ChartDetail::Level::Card;
    painter.setRenderHint(QPainter::Antialiasing, card);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHeader(painter, scene, style, scale, state.fullDetail);

    std::vector<QLineF> lines;
    for (int index : scene.connectorsIn(exposed))
        lines.push_back(scene.connectors[size_t(index)]);
    painter.setPen(strokePen(style.connector, card ? ChartStroke::connector : 0, false));
    if (card)
        painter.drawLines(lines.data(), int(lines.size()));
    else
        paintHairlines(painter, lines);
    if (!state.path.empty()) {
        QColor trail = style.selectionBorder;
        trail.setAlphaF(0.45f);
        QPen pen(trail, 6);
        pen.setCapStyle(Qt::RoundCap);
        pen.setCosmetic(!card);
        painter.setPen(pen);
        painter.drawLines(state.path.data(), int(state.path.size()));
    }
    paintLinks(painter, scene, style, state, card);

    std::vector<int> boxes = scene.boxesIn(exposed);
    if (state.boxOffsets.isEmpty()) { // not while boxes glide: they are drawn away from their place
        // Only the boxes that show, not the grid's neighbours: cards cost the most of a frame.
        const double margin = 8 + 8 / scale; // strokes and the focus ring reach out of a box
        const QRectF near = exposed.adjusted(-margin, -margin, margin, margin);
        std::erase_if(boxes, [&](int index) { return !scene.boxes[size_t(index)].bounds().intersects(near); });
    }
    if (card)
        for (int index : boxes)
            paintCard(painter, scene, style, state, index);
    else
        paintSimplified(painter, scene, style, state, boxes, level);
    painter.restore();
}
