#include "chartexport.h"

#include "atomicfile.h"
#include "chartpainter.h"
#include "orgchartmodel.h"
#include "svgexport.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
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

QImage renderChartImage(const ChartScene &scene, double scale, bool transparent)
{
    const ChartStyle style = exportStyle();
    QImage image((scene.bounds.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(transparent ? QColor(Qt::transparent) : style.background);
    QPainter painter(&image);
    painter.scale(scale, scale);
    ChartPaintState state;
    state.showExpandedBadges = false;
    paintChart(painter, scene, style, scene.bounds, state);
    return image;
}

void paintChartPages(QPagedPaintDevice &device, const ChartScene &scene, bool tiled)
{
    const ChartStyle style = exportStyle();
    ChartPaintState state;
    state.showExpandedBadges = false;
    state.fullDetail = true;
    QPainter painter(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QRectF area(0, 0, page.width(), page.height());
    // One scene pixel is a CSS pixel (1/96 inch) when tiled: text prints at its screen size.
    const double readable = device.logicalDpiX() / 96.0;
    const double fitted = std::min(area.width() / scene.bounds.width(), area.height() / scene.bounds.height());
    if (!tiled || fitted >= readable) {
        painter.translate(area.center() - QPointF(scene.bounds.width(), scene.bounds.height()) * fitted / 2);
        painter.scale(fitted, fitted);
        paintChart(painter, scene, style, scene.bounds, state);
        return;
    }
    const double footer = 24 * readable;
    const QSizeF tile(area.width() / readable, (area.height() - footer) / readable); // scene units per page
    const double overlap = 24;                                                        // shown on both pages
    const int columns = int(std::ceil((scene.bounds.width() - overlap) / (tile.width() - overlap)));
    const int rows = int(std::ceil((scene.bounds.height() - overlap) / (tile.height() - overlap)));
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            if (row || column)
                device.newPage();
            const QPointF origin(column * (tile.width() - overlap), row * (tile.height() - overlap));
            painter.save();
            painter.setClipRect(QRectF(0, 0, area.width(), area.height() - footer));
            painter.scale(readable, readable);
            painter.translate(-origin);
            paintChart(painter, scene, style, QRectF(origin, tile), state);
            // Marks at the edges that the next page repeats, to line the sheets up.
            painter.setPen(QPen(Qt::gray, 0.5, Qt::DashLine));
            if (column + 1 < columns)
                painter.drawLine(QLineF(origin.x() + tile.width() - overlap, origin.y(), origin.x() + tile.width() - overlap, origin.y() + tile.height()));
            if (row + 1 < rows)
                painter.drawLine(QLineF(origin.x(), origin.y() + tile.height() - overlap, origin.x() + tile.width(), origin.y() + tile.height() - overlap));
            painter.restore();
            painter.setPen(Qt::black);
            painter.setFont(style.legendFont);
            painter.drawText(QRectF(0, area.height() - footer, area.width(), footer), Qt::AlignCenter,
                             QStringLiteral("%1 — page %2 of %3 (row %4, column %5)")
                                 .arg(scene.title).arg(row * columns + column + 1).arg(rows * columns).arg(row + 1).arg(column + 1));
        }
}

QMimeData *chartMimeData(const ChartScene &scene)
{
    auto *data = new QMimeData;
    data->setImageData(renderChartImage(scene, 1, false));
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    writeSvg(scene, exportStyle(), &svg);
    data->setData(QStringLiteral("image/svg+xml"), svg.data());
    return data;
}

QString exportChart(const ChartScene &scene, const QString &fileName, const ExportRequest &request)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return exportSvg(scene, exportStyle(), fileName);
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
        return QCoreApplication::translate("ChartExport", "cannot write %1: the name must end in .svg, .png or .pdf").arg(fileName);
    return writeAtomically(fileName, [&](QIODevice &device) {
        if (suffix == QLatin1String("png"))
            return renderChartImage(scene, request.scale, request.transparent).save(&device, "PNG");
        QPdfWriter pdf(&device);
        pdf.setTitle(scene.title);
        pdf.setCreator(QStringLiteral("Org Chart Explorer"));
        pdf.setResolution(300);
        pdf.setPageOrientation(scene.bounds.width() > scene.bounds.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
        paintChartPages(pdf, scene, request.tiled);
        return true;
    });
}
