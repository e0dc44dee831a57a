#pragma once

#include "chartscene.h"

#include <optional>

class QMimeData;
class QPagedPaintDevice;

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

// Writes SVG, PNG or PDF by the file's ending, atomically. Returns the error, or "".
QString exportChart(const ChartScene &scene, const QString &fileName, const ExportRequest &request);

QImage renderChartImage(const ChartScene &scene, double scale, bool transparent);
// Paints on a printer or PDF writer: fitted to one page, or tiled with page numbers and marks
// where neighbouring pages overlap.
void paintChartPages(QPagedPaintDevice &device, const ChartScene &scene, bool tiled);
// The chart for the clipboard: as an image and as SVG (image/svg+xml).
QMimeData *chartMimeData(const ChartScene &scene);
