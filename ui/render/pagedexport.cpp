#include "pagedexport.h"

#include "chartpainter.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>

QPageLayout pageLayoutFor(const QSizeF &chartSize, const QPageSize &pageSize)
{
    const auto orientation = chartSize.width() > chartSize.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(pageSize, orientation, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
}

double printableAspectRatio(const QPageLayout &page)
{
    const QRectF printable = page.paintRect(QPageLayout::Point);
    return printable.height() > 0 ? printable.width() / printable.height() : 1;
}

std::optional<ChartScene> exportSceneForPage(const OrgChartModel &model, const SceneOptions &shown, const ExportRequest &request,
                                             const QPageLayout &page, QString *error)
{
    SceneOptions options = shown;
    options.aspectRatio = printableAspectRatio(page);
    return exportScene(model, options, request, error);
}

std::optional<ChartScene> pagedExportScene(const OrgChartModel &model, const SceneOptions &shown, const ExportRequest &request,
                                           const QPageSize &pageSize, QString *error)
{
    const QPageLayout landscape = pageLayoutFor(QSizeF(2, 1), pageSize);
    std::optional<ChartScene> scene = exportSceneForPage(model, shown, request, landscape, error);
    // Only the compact layout takes the page's shape; a chart that stays tall goes on a portrait page.
    if (!scene || shown.layout != ChartLayout::Compact || scene->bounds.width() >= scene->bounds.height())
        return scene;
    return exportSceneForPage(model, shown, request, pageLayoutFor(QSizeF(1, 2), pageSize), error);
}

namespace {

bool holdsABox(const ChartScene &scene, const QRectF &area)
{
    for (int index : scene.boxesIn(area))
        if (scene.boxes[size_t(index)].rect.intersects(area))
            return true;
    return false;
}

// The size of a poster's sheet in scene units, and the step from one sheet to the next.
QSizeF sheetSize(const PagePlan &plan)
{
    return QSizeF(plan.printable.width() / plan.scale, (plan.printable.height() - PagedExport::footerHeight) / plan.scale);
}

QSizeF sheetStep(const PagePlan &plan)
{
    return sheetSize(plan) - QSizeF(PagedExport::overlap, PagedExport::overlap);
}

} // namespace

PagePlan planPages(const ChartScene &scene, const QPageLayout &page, bool tiled)
{
    PagePlan plan;
    plan.printable = QRectF(QPointF(0, 0), page.paintRect(QPageLayout::Point).size());
    const QSizeF chart(std::max(1.0, scene.bounds.width()), std::max(1.0, scene.bounds.height()));
    plan.scale = std::min(plan.printable.width() / chart.width(), plan.printable.height() / chart.height());
    if (!tiled || plan.scale >= PagedExport::readableScale)
        return plan;
    plan.poster = true;
    plan.scale = PagedExport::readableScale;
    const QSizeF size = sheetSize(plan), step = sheetStep(plan);
    plan.columns = std::max(1, int(std::ceil((chart.width() - PagedExport::overlap) / step.width())));
    plan.rows = std::max(1, int(std::ceil((chart.height() - PagedExport::overlap) / step.height())));
    for (int row = 0; row < plan.rows; ++row)
        for (int column = 0; column < plan.columns; ++column) {
            const QRectF area(scene.bounds.topLeft() + QPointF(column * step.width(), row * step.height()), size);
            if (holdsABox(scene, area))
                plan.sheets.push_back({row, column, area});
        }
    return plan;
}

PagePlan planPdfPages(const OrgChartModel &model, const SceneOptions &shown, const ExportRequest &request, QString *error)
{
    const std::optional<ChartScene> scene = pagedExportScene(model, shown, request, QPageSize(QPageSize::A4), error);
    return scene ? planPages(*scene, pageLayoutFor(scene->bounds.size()), request.tiled) : PagePlan{};
}

QString describePagePlan(const PagePlan &plan)
{
    if (!plan.poster)
        return QCoreApplication::translate("ChartExport", "It writes one page with the whole chart fitted to it, every name as text.");
    QString text = QCoreApplication::translate("ChartExport", "It writes %Ln pages: an overview that shows where each sheet goes, "
                                                              "then %L1 sheets of a poster %L2 sheets wide and %L3 high, at a readable size.",
                                               nullptr, plan.pageCount())
                       .arg(plan.sheets.size())
                       .arg(plan.columns)
                       .arg(plan.rows);
    if (plan.leftOut() > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ChartExport", "Left out as they would hold no box: %L1 of the %L2 sheets.")
                  .arg(plan.leftOut())
                  .arg(plan.rows * plan.columns);
    if (plan.pageCount() > PagedExport::manyPages)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ChartExport", "That is a lot of paper: consider fitting the chart to one page, "
                                                         "or exporting one team at a time.");
    return text;
}

namespace {

QFont footerFont(const ChartStyle &style, int size = 9)
{
    QFont font = style.legendFont;
    font.setPixelSize(size); // the painter draws in points
    return font;
}

void paintFooter(QPainter &painter, const PagePlan &plan, const ChartStyle &style, const QString &text)
{
    painter.setPen(Qt::black);
    painter.setFont(footerFont(style));
    const QRectF &page = plan.printable;
    painter.drawText(QRectF(0, page.height() - PagedExport::footerHeight, page.width(), PagedExport::footerHeight), Qt::AlignCenter, text);
}

// The whole chart in miniature under the grid of sheets, each written one with its page number.
void paintOverview(QPainter &painter, const ChartScene &scene, const PagePlan &plan, const ChartStyle &style)
{
    const double header = PagedExport::footerHeight;
    const QRectF area(0, header, plan.printable.width(), plan.printable.height() - header - PagedExport::footerHeight);
    const double scale = std::min(area.width() / std::max(1.0, scene.bounds.width()), area.height() / std::max(1.0, scene.bounds.height()));
    QTransform toPage;
    toPage.translate(area.center().x() - scene.bounds.width() * scale / 2, area.center().y() - scene.bounds.height() * scale / 2);
    toPage.scale(scale, scale);
    toPage.translate(-scene.bounds.left(), -scene.bounds.top());

    painter.save();
    painter.setTransform(toPage, true);
    ChartPaintState state;
    state.showExpandedBadges = false;
    state.everyBoxOnce = true;
    paintChart(painter, scene, style, scene.bounds, state);
    painter.restore();

    painter.setFont(footerFont(style, 11));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(0, 0, plan.printable.width(), header), Qt::AlignCenter,
                     QCoreApplication::translate("ChartExport", "Overview: each numbered rectangle is the page that prints that part of the chart"));
    const QSizeF step = sheetStep(plan);
    const QColor ink(30, 90, 200, 200); // the boxes show through the numbers
    QFont number = footerFont(style);
    number.setBold(true);
    for (size_t i = 0; i < plan.sheets.size(); ++i) {
        const PagePlan::Sheet &sheet = plan.sheets[i];
        const QRectF cell = QRectF(sheet.area.topLeft(), step).intersected(scene.bounds);
        const QRectF onPage = toPage.mapRect(cell);
        painter.setPen(QPen(ink, 0.75));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(onPage);
        number.setPixelSize(std::clamp(int(std::min(onPage.width(), onPage.height()) * 0.45), 4, 72));
        painter.setFont(number);
        painter.drawText(onPage, Qt::AlignCenter, QString::number(i + 2));
    }
}

void paintSheet(QPainter &painter, const ChartScene &scene, const PagePlan &plan, const PagePlan::Sheet &sheet, const ChartStyle &style)
{
    ChartPaintState state;
    state.showExpandedBadges = false;
    state.everyBoxOnce = true;
    state.fullDetail = true;
    const QSizeF step = sheetStep(plan);
    painter.save();
    painter.setClipRect(QRectF(0, 0, plan.printable.width(), plan.printable.height() - PagedExport::footerHeight));
    painter.scale(plan.scale, plan.scale);
    painter.translate(-sheet.area.topLeft());
    paintChart(painter, scene, style, sheet.area, state);
    // Marks at the edges that the next sheet repeats, to line the sheets up.
    painter.setPen(QPen(Qt::gray, 0.5, Qt::DashLine));
    const QRectF &area = sheet.area;
    if (sheet.column + 1 < plan.columns)
        painter.drawLine(QLineF(area.left() + step.width(), area.top(), area.left() + step.width(), area.bottom()));
    if (sheet.row + 1 < plan.rows)
        painter.drawLine(QLineF(area.left(), area.top() + step.height(), area.right(), area.top() + step.height()));
    painter.restore();
}

} // namespace

void paintChartPages(QPagedPaintDevice &device, const ChartScene &scene, bool tiled)
{
    const ChartStyle style = exportStyle();
    const PagePlan plan = planPages(scene, device.pageLayout(), tiled);
    QPainter painter(&device);
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0); // from here on, points
    if (!plan.poster) {
        ChartPaintState state;
        state.showExpandedBadges = false;
        state.everyBoxOnce = true;
        state.fullDetail = true;
        painter.translate(plan.printable.center() - QPointF(scene.bounds.width(), scene.bounds.height()) * plan.scale / 2);
        painter.scale(plan.scale, plan.scale);
        painter.translate(-scene.bounds.topLeft());
        paintChart(painter, scene, style, scene.bounds, state);
        return;
    }
    const int pages = plan.pageCount();
    paintOverview(painter, scene, plan, style);
    paintFooter(painter, plan, style,
                QCoreApplication::translate("ChartExport", "%1 — page 1 of %2, the overview").arg(scene.title, QString::number(pages)));
    for (size_t i = 0; i < plan.sheets.size(); ++i) {
        const PagePlan::Sheet &sheet = plan.sheets[i];
        device.newPage();
        paintSheet(painter, scene, plan, sheet, style);
        paintFooter(painter, plan, style,
                    QCoreApplication::translate("ChartExport", "%1 — page %2 of %3 (row %4, column %5)")
                        .arg(scene.title, QString::number(i + 2), QString::number(pages), QString::number(sheet.row + 1),
                             QString::number(sheet.column + 1)));
    }
}
