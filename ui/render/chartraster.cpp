#include "chartraster.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// floor() of a coordinate, clamped to just outside an image of this size: exact, and without the
// library call, which cost more than the pixels of a box a few pixels wide.
int pixelAt(double v, int size)
{
    v = std::clamp(v, -1.0, double(size));
    const int i = int(v);
    return i - (v < i);
}

// Writes straight into the pixels of an RGB32 image, in scene coordinates.
class Pixels
{
public:
    Pixels(QImage &image, const QTransform &sceneToImage)
        : m_pixels(reinterpret_cast<QRgb *>(image.bits()))
        , m_stride(image.bytesPerLine() / qsizetype(sizeof(QRgb)))
        , m_width(image.width())
        , m_height(image.height())
        , m_sx(sceneToImage.m11())
        , m_sy(sceneToImage.m22())
        , m_dx(sceneToImage.dx())
        , m_dy(sceneToImage.dy())
    {
    }

    double scaleX() const { return m_sx; }
    double scaleY() const { return m_sy; }

    // Every pixel the rectangle's corners fall in, and those between.
    void fill(double left, double top, double right, double bottom, QRgb colour) const
    {
        const int x0 = std::max(0, pixelAt(left * m_sx + m_dx, m_width));
        const int x1 = std::min(m_width - 1, pixelAt(right * m_sx + m_dx, m_width));
        const int y0 = std::max(0, pixelAt(top * m_sy + m_dy, m_height));
        const int y1 = std::min(m_height - 1, pixelAt(bottom * m_sy + m_dy, m_height));
        for (int y = y0; y <= y1; ++y) {
            QRgb *row = m_pixels + y * m_stride;
            std::fill(row + x0, row + x1 + 1, colour);
        }
    }

    // Every box of the chart, as fill() would draw it but in single precision (the outlines' own):
    // the frame's bulk. A box is at least three pixels tall, so that the shape of the organisation
    // shows; with room inside, it has a border of one pixel, else it is a block of `body`.
    void fillOutlines(const std::vector<ChartScene::Outline> &outlines, QRgb edge, QRgb body, bool roomInside) const
    {
        const float sx = float(m_sx), sy = float(m_sy), dx = float(m_dx), dy = float(m_dy);
        const float width = float(m_width), height = float(m_height);
        const auto pixel = [](float v, float size) {
            v = std::min(std::max(v, -1.0f), size);
            const int i = int(v);
            return i - (v < float(i));
        };
        // Blocks of one colour that follow each other down a column (a team's reports, at fit less
        // than a pixel apart) are written as one: each pixel once rather than three times.
        QRect column;
        const auto fillColumn = [&] {
            for (int y = column.top(); y <= column.bottom(); ++y)
                std::fill(m_pixels + y * m_stride + column.left(), m_pixels + y * m_stride + column.right() + 1, body);
        };
        for (const ChartScene::Outline &r : outlines) {
            const float top = r.top * sy + dy;
            const int left = pixel(r.left * sx + dx, width), right = pixel(r.right * sx + dx, width);
            const int upper = pixel(top, height), bottom = pixel(r.bottom * sy + dy, height);
            const int x0 = std::max(0, left), x1 = std::min(m_width - 1, right), y0 = std::max(0, upper);
            const int y1 = std::min(m_height - 1, pixel(std::max(r.bottom * sy + dy, top + 2.5f), height));
            if (!roomInside) {
                if (x0 > x1 || y0 > y1)
                    continue;
                if (x0 == column.left() && x1 == column.right() && y0 <= column.bottom() + 1 && y1 >= column.top() - 1) {
                    column.setTop(std::min(column.top(), y0));
                    column.setBottom(std::max(column.bottom(), y1));
                    continue;
                }
                fillColumn();
                column = QRect(QPoint(x0, y0), QPoint(x1, y1));
                continue;
            }
            for (int y = y0; y <= y1; ++y) {
                QRgb *row = m_pixels + y * m_stride;
                if (y <= upper || y >= bottom) {
                    std::fill(row + x0, row + x1 + 1, edge);
                } else {
                    for (int x = x0; x <= x1; ++x)
                        row[x] = x > left && x < right ? body : edge;
                }
            }
        }
        fillColumn();
    }

private:
    QRgb *m_pixels;
    qsizetype m_stride;
    int m_width, m_height;
    double m_sx, m_sy, m_dx, m_dy;
};

} // namespace

void rasterizeChart(QImage &image, const ChartScene &scene, const ChartStyle &style, const QTransform &sceneToImage,
                    const ChartPaintState &state)
{
    const Pixels pixels(image, sceneToImage);
    const double sx = pixels.scaleX(), sy = std::abs(pixels.scaleY());
    const QRgb border = style.boxBorder.rgba(), inside = style.boxFill.rgba(), selection = style.selectionBorder.rgba(),
               match = style.searchMatch.rgba(), background = style.background.rgba();
    const bool roomInside = style.boxSize.height() * sy >= 4; // else a box is a block of its border colour
    image.fill(background);
    // Once the gap between depths is under two pixels, lines would only blur the boxes' rows.
    if (style.levelGap * std::max(std::abs(sx), sy) >= 2)
        for (const QLineF &line : scene.connectors)
            pixels.fill(std::min(line.x1(), line.x2()), std::min(line.y1(), line.y2()), std::max(line.x1(), line.x2()),
                        std::max(line.y1(), line.y2()), style.connector.rgba());
    pixels.fillOutlines(scene.outlines, border, roomInside ? inside : border, roomInside);
    const double onePixel = 1 / sx, threePixels = 2.5 / sy;
    // Boxes coloured by a category (View > Colour By), in its colour: a block at this size has no text.
    for (size_t box = 0; box < scene.categories.size(); ++box)
        if (const int category = scene.categories[box]; category >= 0) {
            const QRectF &r = scene.boxes[box].rect;
            pixels.fill(r.left(), r.top(), r.right(), r.bottom(), style.categoryBorder[size_t(category)].rgba());
        }

    // Then the few boxes that stand out, over the others: matches, and the selection, big enough to
    // find at any zoom.
    const auto drawMatch = [&](int box) {
        const QRectF &r = scene.boxes[size_t(box)].rect;
        pixels.fill(r.left(), r.top(), r.right(), std::max(r.bottom(), r.top() + threePixels), roomInside ? border : match);
        if (roomInside)
            pixels.fill(r.left() + onePixel, r.top() + onePixel, r.right() - onePixel, r.bottom() - onePixel, match);
    };
    const size_t marked = state.boxMarks ? std::min(state.boxMarks->size(), scene.boxes.size()) : 0;
    for (size_t box = 0; box < marked; ++box)
        if ((*state.boxMarks)[box] & BoxMark::Match)
            drawMatch(int(box));
    for (size_t box = 0; box < marked; ++box)
        if ((*state.boxMarks)[box] & BoxMark::Selected) {
            const QRectF &r = scene.boxes[box].rect;
            pixels.fill(r.left() - 2 * onePixel, r.top() - 2 * onePixel, r.right() + 2 * onePixel, r.bottom() + 2 * onePixel, selection);
        }

    if (!scene.links.empty()) {
        QPainter painter(&image);
        painter.setTransform(sceneToImage);
        paintLinks(painter, scene, style, state, false);
    }
}

void ChartRaster::paint(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const ChartPaintState &state,
                        const Key &key, double devicePixelRatio)
{
    if (!(key == m_key)) {
        if (m_image.size() != key.size)
            m_image = QImage(key.size, QImage::Format_RGB32);
        rasterizeChart(m_image, scene, style, key.sceneToImage, state);
        m_key = key;
    }
    m_image.setDevicePixelRatio(devicePixelRatio);
    painter.drawImage(QPointF(0, 0), m_image);
}
