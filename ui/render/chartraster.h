#pragma once

#include "chartpainter.h"

#include <QImage>
#include <QTransform>

// For scales where boxes are a few pixels wide: writes the pixels of boxes and reporting lines
// straight into the image, which stays fast with 100,000 boxes in view.
void rasterizeChart(QImage &image, const ChartScene &scene, const ChartStyle &style, const QTransform &sceneToImage,
                    const ChartPaintState &state = {});

// The view's frames at the smallest zooms. The image is kept while what it shows stays the same,
// so that a repaint with nothing changed only copies it.
class ChartRaster
{
public:
    // Everything the image depends on besides the scene's contents and the style, which change
    // the view's scene generation.
    struct Key
    {
        int scene = -1; // the view's scene generation
        int marks = -1; // the view's generation of the boxes' marks: selection and search
        QTransform sceneToImage;
        QSize size;     // device pixels
        int selectedLink = -1;
        QSet<int> highlightedLinks;

        bool operator==(const Key &other) const = default;
    };

    void paint(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const ChartPaintState &state, const Key &key,
               double devicePixelRatio);

private:
    QImage m_image;
    Key m_key;
};
