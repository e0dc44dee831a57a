#include "overviewwidget.h"

#include "chartraster.h"

#include "chartpainter.h"
#include "chartview.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int padding = 6;
}

OverviewWidget::OverviewWidget(ChartView *chart, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
{
    setAccessibleName(tr("Overview"));
    setToolTip(tr("The whole chart: click or drag to move the view"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    connect(m_chart, &ChartView::viewChanged, this, qOverload<>(&QWidget::update));
}

OverviewWidget::Mapping OverviewWidget::mapping() const
{
    const QRectF bounds = m_chart->scene().bounds;
    const QSizeF area = QSizeF(size()) - QSizeF(2 * padding, 2 * padding);
    const double scale = std::max(1e-6, std::min(area.width() / std::max(1.0, bounds.width()),
                                                 area.height() / std::max(1.0, bounds.height())));
    return {scale, QPointF((width() - bounds.width() * scale) / 2, (height() - bounds.height() * scale) / 2)};
}

QPointF OverviewWidget::fromScene(QPointF scenePoint) const
{
    const Mapping map = mapping();
    return scenePoint * map.scale + map.offset;
}

QPointF OverviewWidget::toScene(QPointF widgetPoint) const
{
    const Mapping map = mapping();
    return (widgetPoint - map.offset) / map.scale;
}

QRectF OverviewWidget::viewRect() const
{
    const QRectF visible = m_chart->visibleSceneRect();
    return QRectF(fromScene(visible.topLeft()), fromScene(visible.bottomRight()));
}

// Once per scene and size: the miniature, fast for 100,000 boxes.
void OverviewWidget::renderMiniature()
{
    const ChartScene &scene = m_chart->scene();
    m_generation = m_chart->sceneGeneration();
    const Mapping map = mapping();
    const double ratio = devicePixelRatioF();
    const ChartStyle &style = m_chart->chartStyle();
    m_miniature = QImage(size() * ratio, QImage::Format_RGB32);
    m_miniature.fill(style.background);
    const QTransform transform = QTransform::fromScale(ratio, ratio).translate(map.offset.x(), map.offset.y()).scale(map.scale, map.scale);
    if (map.scale >= ChartDetail::outlines) {
        QPainter painter(&m_miniature);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setTransform(transform);
        paintChart(painter, scene, style, scene.bounds);
    } else {
        rasterizeChart(m_miniature, scene, style, transform);
    }
    m_miniature.setDevicePixelRatio(ratio);
    ++m_renders;
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    if (m_generation != m_chart->sceneGeneration() || m_miniature.size() != size() * devicePixelRatioF())
        renderMiniature();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_miniature);
    const QRectF view = viewRect().intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    if (view.isEmpty())
        return;
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(40);
    painter.fillRect(view, fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(view.adjusted(1, 1, -1, -1));
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    // Taken inside the rectangle, it moves with the pointer; elsewhere, the view centres there.
    const QRectF view = viewRect();
    m_grab = view.contains(event->position()) ? event->position() - view.center() : QPointF();
    m_chart->centreOn(toScene(event->position() - m_grab));
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        m_chart->centreOn(toScene(event->position() - m_grab));
}

void OverviewWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
}

void OverviewWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_generation = -1;
}
