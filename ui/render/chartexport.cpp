#include "chartexport.h"

#include "atomicfile.h"
#include "chartdetail.h"
#include "chartpainter.h"
#include "chartpdf.h"
#include "chartraster.h"
#include "orgchartmodel.h"
#include "pagedexport.h"
#include "pngwriter.h"
#include "svgexport.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

std::optional<ExportRequest> ExportRequest::fromScope(const QString &scope)
{
    ExportRequest request;
    if (scope == QLatin1String("all"))
        return request;
    if (scope == QLatin1String("visible")) {
        request.scope = Scope::Visible;
        return request;
    }
    if (scope.startsWith(QLatin1String("subtree:")) && scope.size() > 8) {
        request.scope = Scope::Subtree;
        request.subtreeId = scope.mid(8);
        return request;
    }
    return std::nullopt;
}

QString ExportRequest::scopeDescription() const
{
    switch (scope) {
    case Scope::All: return QCoreApplication::translate("ChartExport", "the whole chart, everyone shown");
    case Scope::Visible: return QCoreApplication::translate("ChartExport", "the chart as shown, collapsed boxes collapsed");
    case Scope::Subtree: return QCoreApplication::translate("ChartExport", "\"%1\" and everyone below").arg(subtreeId);
    }
    return {};
}

ChartStyle exportStyle()
{
    ChartStyle style = ChartStyle::light();
    style.background = Qt::white;
    return style;
}

std::optional<ChartScene> exportScene(const OrgChartModel &model, const SceneOptions &shown, const ExportRequest &request,
                                      QString *error)
{
    SceneOptions options = shown;
    if (request.scope != ExportRequest::Scope::Visible) { // "visible": the team shown, if one is
        options.root = {};
        options.isCollapsed = nullptr;
    }
    if (request.scope == ExportRequest::Scope::Subtree) {
        options.root = model.indexForId(request.subtreeId);
        if (!options.root.isValid()) {
            *error = QCoreApplication::translate("ChartExport", "no one in the chart has the id \"%1\"").arg(request.subtreeId);
            return std::nullopt;
        }
    }
    return buildChartScene(model, exportStyle(), options);
}

namespace {

QString pixels(double width, double height)
{
    const QLocale locale;
    return QCoreApplication::translate("ChartExport", "%1 × %2 px")
        .arg(locale.toString(qint64(std::ceil(width))), locale.toString(qint64(std::ceil(height))));
}

QString times(double scale)
{
    return QCoreApplication::translate("ChartExport", "%1×").arg(QLocale().toString(scale, 'g', 3));
}

} // namespace

PngPlan planPng(const QSizeF &sceneSize, double requestedScale, const QSizeF &boxSize)
{
    const double width = std::max(1.0, sceneSize.width()), height = std::max(1.0, sceneSize.height());
    const double bySide = std::min(PngLimits::maxSide / width, PngLimits::maxSide / height);
    const double byPixels = std::sqrt(double(PngLimits::maxPixels) / (width * height));
    const double smallest = 1 / std::min(boxSize.width(), boxSize.height()); // a box stays at least a pixel tall
    const QString asked = QCoreApplication::translate("ChartExport", "the chart is %1 at %2")
                              .arg(pixels(width * requestedScale, height * requestedScale), times(requestedScale));
    const QString limit = bySide <= byPixels
        ? QCoreApplication::translate("ChartExport", "the most a PNG can hold is %1 px a side").arg(QLocale().toString(PngLimits::maxSide))
        : QCoreApplication::translate("ChartExport", "a PNG is written with %1 million pixels at most, as many as an 8K screen shows")
              .arg(QLocale().toString(PngLimits::maxPixels / 1000000));
    PngPlan plan;
    const double fits = std::min(bySide, byPixels);
    if (fits < smallest) {
        plan.error = QCoreApplication::translate("ChartExport", "%1; %2, and at the %3 that allows its boxes would be under a pixel. "
                                                                "Export it as PDF or SVG, or one team at a time")
                         .arg(asked, limit, times(fits));
        return plan;
    }
    plan.scale = std::min(requestedScale, fits);
    const auto side = [&](double length) { // lowered: rounded down, to stay within the limit
        const double pixels = length * plan.scale;
        return std::clamp(int(plan.scale < requestedScale ? std::floor(pixels + 1e-6) : std::round(pixels)), 1, PngLimits::maxSide);
    };
    plan.size = QSize(side(width), side(height));
    if (plan.scale < requestedScale)
        plan.note = QCoreApplication::translate("ChartExport", "%1, but %2: written at %3 (%4) instead. "
                                                               "For every name at a readable size, export as PDF or SVG")
                        .arg(asked, limit, times(plan.scale), pixels(plan.size.width(), plan.size.height()));
    return plan;
}

QImage renderChartImage(const ChartScene &scene, double scale, bool transparent, QSize size)
{
    const ChartStyle style = exportStyle();
    if (size.isEmpty())
        size = (scene.bounds.size() * scale).toSize();
    // Opaque pixels where the background is: a PNG without an alpha channel is a quarter smaller
    // and written a quarter faster (a 16,384-pixel square chart took 18 s).
    QImage image(size, transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull())
        return image; // out of memory: nothing to paint on
    if (!transparent && scale < ChartDetail::outlines) {
        // Boxes of a few pixels, as the view draws them at such zooms: their pixels written
        // straight, not painted one by one (1,000,000 boxes: 40 ms rather than 700).
        rasterizeChart(image, scene, style, QTransform::fromScale(scale, scale).translate(-scene.bounds.left(), -scene.bounds.top()));
        QPainter painter(&image);
        painter.scale(scale, scale);
        painter.translate(-scene.bounds.topLeft());
        paintHeader(painter, scene, style, scale);
        return image;
    }
    image.fill(transparent ? QColor(Qt::transparent) : style.background);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-scene.bounds.topLeft());
    ChartPaintState state;
    state.showExpandedBadges = false;
    state.everyBoxOnce = true;
    paintChart(painter, scene, style, scene.bounds, state);
    return image;
}

QMimeData *chartMimeData(const ChartScene &scene)
{
    auto *data = new QMimeData;
    const PngPlan plan = planPng(scene.bounds.size(), 1, exportStyle().boxSize);
    if (!plan.refused()) {
        const QImage image = renderChartImage(scene, plan.scale, false, plan.size);
        if (!image.isNull())
            data->setImageData(image);
    }
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    writeSvg(scene, exportStyle(), &svg);
    data->setData(QStringLiteral("image/svg+xml"), svg.data());
    return data;
}

namespace {

QString exportPng(const ChartScene &scene, const QString &fileName, const ExportRequest &request, QString *note)
{
    const PngPlan plan = planPng(scene.bounds.size(), request.scale, exportStyle().boxSize);
    if (plan.refused())
        return QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(fileName, plan.error);
    const QImage image = renderChartImage(scene, plan.scale, request.transparent, plan.size);
    if (image.isNull())
        return QCoreApplication::translate("ChartExport", "cannot write %1: there is not enough memory for an image of %2")
            .arg(fileName, pixels(plan.size.width(), plan.size.height()));
    const QString error = writeAtomicallyWithReason(fileName, [&](QIODevice &device) { return writePng(image, device); });
    if (error.isEmpty() && note)
        *note = plan.note;
    return error;
}

} // namespace

QString exportChart(const ChartScene &scene, const QString &fileName, const ExportRequest &request, QString *note)
{
    if (note)
        note->clear();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return exportSvg(scene, exportStyle(), fileName);
    if (suffix == QLatin1String("png"))
        return exportPng(scene, fileName, request, note);
    if (suffix != QLatin1String("pdf"))
        return QCoreApplication::translate("ChartExport", "cannot write %1: the name must end in .svg, .png or .pdf").arg(fileName);
    return writeAtomically(fileName, [&](QIODevice &device) {
        writePdf(scene, request.tiled, device);
        return true; // a device that failed is told by writeAtomically
    });
}

void writePdf(const ChartScene &scene, bool tiled, QIODevice &device)
{
    if (!tiled && writeFittedChartPdf(scene, exportStyle(), pageLayoutFor(scene.bounds.size()), device))
        return;
    QPdfWriter pdf(&device);
    pdf.setTitle(scene.title);
    pdf.setCreator(QStringLiteral("Org Chart Explorer"));
    pdf.setResolution(300);
    pdf.setPageLayout(pageLayoutFor(scene.bounds.size()));
    paintChartPages(pdf, scene, tiled);
}

QString writePng(const QImage &image, QIODevice &device)
{
    return writePngImage(image, device);
}

namespace {

// Whether an export of `request` would lay out the same boxes as `onScreen`, laid out from `shown`.
bool showsAsExported(const ChartScene &onScreen, const SceneOptions &shown, const ExportRequest &request)
{
    switch (request.scope) {
    case ExportRequest::Scope::Visible: return true;
    case ExportRequest::Scope::Subtree: return false;
    case ExportRequest::Scope::All:
        return !shown.root.isValid()
            && std::none_of(onScreen.boxes.cbegin(), onScreen.boxes.cend(), [](const ChartScene::Box &box) { return box.collapsed; });
    }
    return false;
}

} // namespace

QString exportFile(const OrgChartModel &model, const SceneOptions &shown, const QString &fileName, const ExportRequest &request,
                   QString *note, const ChartScene *onScreen)
{
    QString error;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool paged = suffix == QLatin1String("pdf");
    if (onScreen && !paged && showsAsExported(*onScreen, shown, request))
        return exportChart(*onScreen, fileName, request, note);
    SceneOptions options = shown;
    options.indexed = suffix != QLatin1String("svg"); // written once, never painted
    const std::optional<ChartScene> scene = paged ? pagedExportScene(model, options, request, QPageSize(QPageSize::A4), &error)
                                                  : exportScene(model, options, request, &error);
    return scene ? exportChart(*scene, fileName, request, note) : error;
}
