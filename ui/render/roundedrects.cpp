#include "roundedrects.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr size_t mostLooks = 32; // past this, something changes every frame: start afresh
}

RoundedRects::Look RoundedRects::render(const QTransform &scale, const QSizeF &size, double radius, const QPen &pen, const QBrush &brush)
{
    Look look{scale, size, radius, pen, brush, {}, 0};
    const QSizeF pixels = scale.mapRect(QRectF(QPointF(), size)).size();
    const double penPixels = pen.style() == Qt::NoPen ? 0 : (pen.isCosmetic() ? pen.widthF() : pen.widthF() * std::max(scale.m11(), scale.m22()));
    look.margin = int(std::ceil(penPixels / 2)) + 2;
    look.image = QImage(int(std::ceil(pixels.width())) + 2 * look.margin, int(std::ceil(pixels.height())) + 2 * look.margin,
                        QImage::Format_ARGB32_Premultiplied);
    look.image.fill(Qt::transparent);
    QPainter painter(&look.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(scale * QTransform::fromTranslate(look.margin, look.margin));
    painter.setPen(pen);
    painter.setBrush(brush);
    painter.drawRoundedRect(QRectF(QPointF(), size), radius, radius);
    return look;
}

bool RoundedRects::draw(QPainter &painter, const QRectF &rect, double radius)
{
    const QTransform device = painter.deviceTransform();
    if (painter.paintEngine()->type() != QPaintEngine::Raster || device.type() > QTransform::TxScale || device.m11() <= 0
        || device.m22() <= 0)
        return false;
    const QTransform scale = QTransform::fromScale(device.m11(), device.m22());
    const QPen &pen = painter.pen();
    const QBrush &brush = painter.brush();
    auto look = std::find_if(m_looks.begin(), m_looks.end(), [&](const Look &l) {
        return l.size == rect.size() && l.radius == radius && l.pen == pen && l.brush == brush && l.scale == scale;
    });
    if (look == m_looks.end()) {
        if (m_looks.size() >= mostLooks || (!m_looks.empty() && m_looks.front().scale != scale)) // another zoom
            m_looks.clear();
        look = m_looks.insert(m_looks.end(), render(scale, rect.size(), radius, pen, brush));
    }
    const QPointF at = device.map(rect.topLeft());
    painter.save();
    painter.setWorldTransform(device.inverted() * painter.worldTransform()); // device pixels, one to one
    painter.drawImage(QPoint(int(std::lround(at.x())) - look->margin, int(std::lround(at.y())) - look->margin), look->image);
    painter.restore();
    return true;
}
