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

private:
    QRgb *m_pixels;
    qsizetype m_stride;
    int m_width, m_height;
    double m_sx, m_sy, m_dx, m_dy;
};

} // namespace

void rasterizeChart(QImage &image, const ChartScene &scene, const ChartStyle &style, const QTransform &sceneToImage,
                    const ChartPaintState &state, const std::vector<int> *matchBoxes)
{
    image.fill(style.background);
    const Pixels pixels(image, sceneToImage);
    const double sx = pixels.scaleX(), sy = std::abs(pixels.scaleY());

    // Once the gap between depths is under two pixels, lines would only blur the boxes' rows.
    const QRgb connector = style.connector.rgba();
    if (style.levelGap * std::max(std::abs(sx), sy) >= 2)
        for (const QLineF &line : scene.connectors)
            pixels.fill(std::min(line.x1(), line.x2()), std::min(line.y1(), line.y2()), std::max(line.x1(), line.x2()),
                        std::max(line.y1(), line.y2()), connector);
    const QRgb border = style.boxBorder.rgba(), inside = style.boxFill.rgba(), selection = style.selectionBorder.rgba(),
               match = style.searchMatch.rgba();
    const double onePixel = 1 / sx, threePixels = 2.5 / sy;
    const bool roomInside = style.boxSize.height() * sy >= 4; // else a box is a block of its border colour
    const auto drawBox = [&](double left, double top, double right, double bottom, QRgb edge, QRgb body) {
        // Every depth stays at least three pixels tall, so that the shape of the organisation shows.
        pixels.fill(left, top, right, std::max(bottom, top + threePixels), roomInside ? edge : body);
        if (roomInside)
            pixels.fill(left + onePixel, top + onePixel, right - onePixel, bottom - onePixel, body);
    };
    for (const ChartScene::Outline &r : scene.outlines)
        drawBox(r.left, r.top, r.right, r.bottom, border, roomInside ? inside : border);
    // Then the few boxes that stand out, over the others: matches, and the selection, big enough to
    // find at any zoom.
    const auto drawMatch = [&](int box) {
        const QRectF &r = scene.boxes[size_t(box)].rect;
        drawBox(r.left(), r.top(), r.right(), r.bottom(), border, match);
    };
    if (matchBoxes)
        std::for_each(matchBoxes->begin(), matchBoxes->end(), drawMatch);
    else if (state.matches)
        for (const QModelIndex &index : *state.matches)
            if (const int box = scene.boxOf(index); box >= 0)
                drawMatch(box);
    for (const QModelIndex &index : state.selected)
        if (const int box = scene.boxOf(index); box >= 0) {
            const QRectF &r = scene.boxes[size_t(box)].rect;
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
        if (key.scene != m_key.scene || key.matches != m_key.matches) {
            m_matchBoxes.clear();
            if (state.matches)
                for (const QModelIndex &index : *state.matches)
                    if (const int box = scene.boxOf(index); box >= 0)
                        m_matchBoxes.push_back(box);
        }
        if (m_image.size() != key.size)
            m_image = QImage(key.size, QImage::Format_RGB32);
        rasterizeChart(m_image, scene, style, key.sceneToImage, state, &m_matchBoxes);
        m_key = key;
    }
    m_image.setDevicePixelRatio(devicePixelRatio);
    painter.drawImage(QPointF(0, 0), m_image);
}
