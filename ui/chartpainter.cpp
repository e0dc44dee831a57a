#include "chartpainter.h"

#include <QPainter>

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
    const QFont &font = style.font(text.role);
    painter.setFont(font);
    painter.setPen(style.color(text.role));
    painter.drawText(text.centred ? text.anchor - QPointF(text.width / 2, 0) : text.anchor, text.text);
}

} // namespace

void paintChart(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const QRectF &exposed,
                const ChartPaintState &state)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    for (int index : scene.headerTexts)
        paintText(painter, scene.texts[size_t(index)], style);
    for (const ChartScene::LegendSample &sample : scene.legend) {
        painter.setPen(sample.dashed ? strokePen(style.link, ChartStroke::link, true) : strokePen(style.connector, ChartStroke::connector, false));
        painter.drawLine(sample.line);
    }

    painter.setPen(strokePen(style.connector, ChartStroke::connector, false));
    for (int index : scene.connectorsIn(exposed))
        painter.drawLine(scene.connectors[size_t(index)]);

    for (size_t i = 0; i < scene.links.size(); ++i) {
        const ChartScene::Link &link = scene.links[i];
        const bool selected = int(i) == state.selectedLink;
        painter.setPen(strokePen(style.link, selected ? ChartStroke::selectedLink : ChartStroke::link, true));
        painter.drawLine(link.line);
        painter.setPen(strokePen(style.link, selected ? ChartStroke::selectedLink : 1, false));
        painter.setBrush(style.linkLabelFill);
        painter.drawRoundedRect(link.labelRect, link.labelRect.height() / 2, link.labelRect.height() / 2);
        paintText(painter, scene.texts[size_t(link.labelText)], style);
    }

    for (int index : scene.boxesIn(exposed)) {
        const ChartScene::Box &box = scene.boxes[size_t(index)];
        const bool selected = state.isSelected && state.isSelected(box.index);
        QColor fill = box.acting ? style.actingFill : style.boxFill;
        QPen pen = strokePen(box.acting ? style.actingBorder : style.boxBorder, ChartStroke::box, box.acting);
        if (selected) {
            fill = style.selectionFill;
            pen = strokePen(style.selectionBorder, ChartStroke::selectedBox, box.acting);
        }
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box.rect, style.cornerRadius, style.cornerRadius);
        if (state.showFocus && box.index == state.current) {
            painter.setPen(QPen(style.focusRing, 1.5, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.rect.adjusted(-5, -5, 5, 5), style.cornerRadius + 4, style.cornerRadius + 4);
        }
        for (int t = box.firstText; t < box.firstText + box.textCount; ++t)
            paintText(painter, scene.texts[size_t(t)], style);
    }
    painter.restore();
}
