#pragma once

#include "chartexport.h"

#include <QPageLayout>

class QPagedPaintDevice;

// PDF and print: the sheet a chart goes on, and how it is spread over it.
namespace PagedExport {
constexpr double readableScale = 72.0 / 96; // points per scene unit on a poster: a scene pixel is a CSS pixel
constexpr double footerHeight = 18;         // points under each page, for its number
constexpr double overlap = 24;              // scene units that neighbouring sheets both show
constexpr int manyPages = 50;               // above this the export dialog warns
}

// The page of a PDF: `pageSize` (A4 unless a printer says otherwise) with 10 mm margins, in
// landscape for a chart wider than tall, else in portrait.
QPageLayout pageLayoutFor(const QSizeF &chartSize, const QPageSize &pageSize = QPageSize(QPageSize::A4));
// Width to height of the printable part of a page: the shape the compact layout aims at.
double printableAspectRatio(const QPageLayout &page);

// The scene for pages of `pageSize`: laid out for a landscape page, or for a portrait one when
// the chart comes out taller than wide all the same.
std::optional<ChartScene> pagedExportScene(const OrgChartModel &model, const SceneOptions &shown, const ExportRequest &request,
                                           const QPageSize &pageSize, QString *error);
// The scene laid out for one given page (a printer's, as its dialog left it).
std::optional<ChartScene> exportSceneForPage(const OrgChartModel &model, const SceneOptions &shown, const ExportRequest &request,
                                             const QPageLayout &page, QString *error);

// How a chart goes on pages: fitted to one, or as a poster at a readable size whose first page is
// an overview and whose other pages are the sheets that hold at least one box.
struct PagePlan
{
    struct Sheet
    {
        int row = 0;
        int column = 0;
        QRectF area; // in scene coordinates, overlap included
    };
    bool poster = false;
    double scale = 1;          // points per scene unit: fitted, or PagedExport::readableScale
    QRectF printable;          // the page's printable rectangle in points, from (0, 0)
    int rows = 1;
    int columns = 1;
    std::vector<Sheet> sheets; // poster: in reading order, printed as pages 2, 3, …

    int pageCount() const { return poster ? 1 + int(sheets.size()) : 1; }
    int leftOut() const { return poster ? rows * columns - int(sheets.size()) : 0; }
};
PagePlan planPages(const ChartScene &scene, const QPageLayout &page, bool tiled);
// What a PDF export of the chart writes: the plan of the very scene and page it will use.
PagePlan planPdfPages(const OrgChartModel &model, const SceneOptions &shown, const ExportRequest &request, QString *error);
// "It writes 13 pages: …", with a warning above PagedExport::manyPages.
QString describePagePlan(const PagePlan &plan);

// Paints planPages() on a printer or PDF writer, with page numbers consistent with the pages
// written and, on a poster, marks where neighbouring sheets overlap.
void paintChartPages(QPagedPaintDevice &device, const ChartScene &scene, bool tiled);
