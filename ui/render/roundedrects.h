#pragma once

#include <QBrush>
#include <QImage>
#include <QPen>
#include <QTransform>

#include <vector>

class QPainter;

// Antialiased rounded rectangles drawn once per look (size, pen, brush, radius) at the frame's
// scale and then copied where each goes: stroking and filling the outline of every card was half
// of a frame at 100 %. A copy lands on whole device pixels, up to half a pixel from the exact
// place: for the screen, not for exports.
class RoundedRects
{
public:
    // Draws the rectangle under the painter's transform; false if that cannot be done by copying
    // (not a raster device, or a rotating transform), for the caller to draw it.
    bool draw(QPainter &painter, const QRectF &rect, double radius);

private:
    struct Look
    {
        QTransform scale; // device pixels per unit, the frame's
        QSizeF size;
        double radius = 0;
        QPen pen;
        QBrush brush;
        QImage image;
        int margin = 0; // pixels around the rectangle, for the pen and the edges' antialiasing
    };
    static Look render(const QTransform &scale, const QSizeF &size, double radius, const QPen &pen, const QBrush &brush);

    std::vector<Look> m_looks; // of the latest scale; a handful
};
