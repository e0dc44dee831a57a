#pragma once

#include "chartscene.h"

#include <QSize>

#include <optional>

class QImage;
class QIODevice;
class QMimeData;

// What to export and how: used by the window's export dialog and by the command line.
struct ExportRequest
{
    enum class Scope { All, Visible, Subtree };
    Scope scope = Scope::All;
    QString subtreeId;        // with Scope::Subtree: the id of the box at its top
    double scale = 1;         // PNG: 1, 2 or 4
    bool transparent = false; // PNG: no background
    bool tiled = false;       // PDF and print: over several pages at a readable size, else fitted to one

    // "all", "visible" or "subtree:ID"; nullopt for anything else.
    static std::optional<ExportRequest> fromScope(const QString &scope);
    QString scopeDescription() const;
};

// The style of every export: the light palette on white, whatever the screen shows.
ChartStyle exportStyle();

// The scene an export draws: everyone (with the window's layout options), what the window shows
// (its collapsed boxes as they are), or one box and everyone below it. Empty on error.
std::optional<ChartScene> exportScene(const OrgChartModel &model, const SceneOptions &shown, const ExportRequest &request,
                                      QString *error);

// What a PNG can hold: image viewers, Qt's painter and libpng's defaults stop at 32,767 pixels a
// side. And a PNG is a picture to look at whole: past the pixels of an 8K screen it shows nothing
// more on any screen, only takes longer to write and to open (at 268 million pixels, 18 s to
// encode), while the PDF and SVG keep every name readable at any size.
namespace PngLimits {
constexpr int maxSide = 32767;
constexpr qint64 maxPixels = qint64(7680) * 4320; // 133 MB at 4 bytes a pixel
}

// The size of a PNG, decided before any pixel is allocated: the scale asked for, lowered to what
// a PNG can hold (with a note saying so), or refused with the reason when the boxes would shrink
// under a pixel.
struct PngPlan
{
    double scale = 0;  // image pixels per scene unit; 0 when refused
    QSize size;
    QString note;      // when the scale was lowered: from what, to what, and why
    QString error;     // when refused: why

    bool refused() const { return !error.isEmpty(); }
};
PngPlan planPng(const QSizeF &sceneSize, double requestedScale, const QSizeF &boxSize);

// The chart as PDF on a device: vector, every name as text, fitted to a page or tiled.
void writePdf(const ChartScene &scene, bool tiled, QIODevice &device);
// An image as PNG on a device. Returns why it could not, or "".
QString writePng(const QImage &image, QIODevice &device);

// Writes SVG, PNG or PDF by the file's ending, atomically. Returns the error, or "". *note, if
// given, says what was changed to make the chart fit (a PNG written at a lower scale), or "".
QString exportChart(const ChartScene &scene, const QString &fileName, const ExportRequest &request, QString *note = nullptr);
// Lays the chart out for the file and writes it: a PDF is laid out for the shape of its page,
// SVG and PNG as the window shows it (its layout and shape). `onScreen`, if given, is the window's
// scene, laid out from `shown` in a style of exportStyle()'s type and spacing: an SVG or PNG that
// would show the same boxes is drawn from it rather than laid out again (a third of a second at
// 1,000,000 people).
QString exportFile(const OrgChartModel &model, const SceneOptions &shown, const QString &fileName, const ExportRequest &request,
                   QString *note = nullptr, const ChartScene *onScreen = nullptr);

// The chart as an image at `scale`; a null image when it cannot be allocated (see planPng()).
QImage renderChartImage(const ChartScene &scene, double scale, bool transparent, QSize size = {});
// The chart for the clipboard: as an image (when it fits in a PNG) and as SVG (image/svg+xml).
QMimeData *chartMimeData(const ChartScene &scene);
