#include "chartview.h"

#include "chartaccessible.h"
#include "orgchartmodel.h"

#include <QAccessible>
#include <QApplication>
#include <QPainter>
#include <QPaintEvent>
#include <QProxyStyle>
#include <QScrollBar>
#include <QTimer>

#include <cmath>
#include <utility>

namespace {

// The application's style, drawing scroll bars through a clip of their own rectangle. Unclipped,
// Qt 6.4's raster engine splits a scroll bar's fills across the global thread pool and waits for
// them: on two cores, 1-10 ms of every frame in which a zoom change moved the sliders. Clipped, it
// fills them on the painting thread in well under a millisecond, with the same pixels.
class ClippedScrollBarStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        if (control != CC_ScrollBar || painter->hasClipping())
            return QProxyStyle::drawComplexControl(control, option, painter, widget);
        painter->save();
        painter->setClipRect(option->rect);
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        painter->restore();
    }
};

} // namespace

ChartView::ChartView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_style(ChartStyle::forPalette(palette()))
    , m_motion(new QVariantAnimation(this))
    , m_reshape(new QTimer(this))
{
    m_reshape->setSingleShot(true);
    m_reshape->setInterval(200);
    connect(m_reshape, &QTimer::timeout, this, &ChartView::invalidateScene);
    m_motion->setDuration(250);
    m_motion->setEasingCurve(QEasingCurve::OutCubic);
    m_motion->setStartValue(1.0);
    m_motion->setEndValue(0.0);
    connect(m_motion, &QVariantAnimation::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_motion, &QVariantAnimation::finished, this, [this] { m_moves.clear(); });
    setSelectionMode(ExtendedSelection); // Ctrl+click adds a box, e.g. to compare several
    setSelectionBehavior(SelectItems);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    // Every frame paints the whole viewport: no background fill before it.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    // Before anything asks for this view's accessible interface, which is then kept.
    static const bool accessible = [] {
        QAccessible::installFactory(&ChartAccessible::create);
        return true;
    }();
    Q_UNUSED(accessible)
    setAccessibleName(tr("Organisation chart"));
    viewport()->grabGesture(Qt::PinchGesture);
    auto *scrollBarStyle = new ClippedScrollBarStyle;
    scrollBarStyle->setParent(this);
    horizontalScrollBar()->setStyle(scrollBarStyle);
    verticalScrollBar()->setStyle(scrollBarStyle);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &ChartView::viewChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ChartView::viewChanged);
}

const ChartScene &ChartView::scene() const
{
    ensureScene();
    return m_scene;
}

SceneOptions ChartView::sceneOptions() const
{
    SceneOptions options;
    options.layout = m_layout;
    if (viewport()->width() > 0 && viewport()->height() > 0) {
        options.aspectRatio = double(viewport()->width()) / viewport()->height();
        options.fitsWhole = viewport()->size();
    }
    options.showChanges = m_showChanges;
    options.colourBy = m_colourBy;
    options.root = m_teamRoot;
    if (!m_collapsed.isEmpty()) // a copy of the lookup, shared: the options may outlive a change
        options.isCollapsed = [collapsed = m_collapsed.lookup()](const QModelIndex &index) { return collapsed.contains(index); };
    return options;
}

SceneOptions ChartView::sceneLaidOutWith() const
{
    ensureScene();
    SceneOptions options = sceneOptions();
    if (m_laidOutFor.width() > 0 && m_laidOutFor.height() > 0) {
        options.aspectRatio = double(m_laidOutFor.width()) / m_laidOutFor.height();
        options.fitsWhole = m_laidOutFor;
    }
    return options;
}

void ChartView::invalidateScene()
{
    m_sceneDirty = true;
    if (!m_placeAnchor.isValid()) {
        m_pinnedOrigin = QPointF(qQNaN(), qQNaN());
        m_overscrolled = false;
    }
    scheduleDelayedItemsLayout();
}

void ChartView::relayoutWithMotion()
{
    // Motion only where the platform allows animations, and for charts small enough to follow.
    constexpr size_t movingBoxes = 2000;
    m_animateNext = QApplication::isEffectEnabled(Qt::UI_General) && m_scene.boxes.size() <= movingBoxes;
    keepPlace();
    invalidateScene();
}

void ChartView::ensureScene() const
{
    if (!m_sceneDirty)
        return;
    m_sceneDirty = false;
    ++m_sceneGeneration;
    QHash<QModelIndex, QPointF> before;
    if (m_animateNext) {
        m_motion->stop(); // interrupted: the boxes start from where they were headed
        for (const ChartScene::Box &box : m_scene.boxes)
            before.insert(box.index, box.rect.topLeft());
    }
    m_scene = ChartScene(); // not two scenes of a big chart in memory at once
    m_laidOutFor = viewport()->size();
    if (m_orgModel)
        m_scene = buildChartScene(*m_orgModel, m_style, sceneOptions());
    else if (model())
        m_scene = buildChartScene(*model(), {}, QString(), m_style, sceneOptions());
    else
        m_scene = ChartScene();
    m_moves.clear();
    if (m_animateNext) {
        m_animateNext = false;
        // The box that keeps its place stands still; the others glide relative to it.
        QPointF shift;
        if (const int anchor = m_scene.boxOf(m_placeAnchor); anchor >= 0 && before.contains(m_placeAnchor))
            shift = before.value(m_placeAnchor) - m_scene.boxes[size_t(anchor)].rect.topLeft();
        for (size_t i = 0; i < m_scene.boxes.size(); ++i) {
            const auto old = before.constFind(m_scene.boxes[i].index);
            if (old != before.cend() && *old - shift != m_scene.boxes[i].rect.topLeft())
                m_moves.insert(int(i), *old - shift - m_scene.boxes[i].rect.topLeft());
        }
        if (!m_moves.isEmpty())
            m_motion->start();
    }
    // Asked for by a const path (a selection's visual region, say), the scene must still bring
    // the scroll bars' ranges with it, or the next scrollTo() is cut short by the old ones.
    updateScrollRanges();
    restorePlace();
}

void ChartView::doItemsLayout()
{
    openLevelsForWindow();
    ensureScene();
    QAbstractItemView::doItemsLayout(); // updates the scroll bars through updateGeometries()
    applyOpeningZoom();
    viewport()->update();
    Q_EMIT viewChanged();
}

void ChartView::selectLink(int link)
{
    ensureScene();
    if (link >= int(m_scene.links.size()))
        link = -1;
    if (link >= 0 && selectionModel())
        selectionModel()->clear();
    if (link == m_selectedLink)
        return;
    m_selectedLink = link;
    viewport()->update();
    Q_EMIT linkSelected(link);
}

QRectF ChartView::toViewport(const QRectF &sceneRect) const
{
    return QRectF(sceneRect.topLeft() * m_zoom + sceneOrigin(), sceneRect.size() * m_zoom);
}

QRect ChartView::linkRect(int link) const
{
    ensureScene();
    if (link < 0 || link >= int(m_scene.links.size()))
        return {};
    return toViewport(m_scene.links[size_t(link)].labelRect).toAlignedRect();
}

QRect ChartView::badgeRect(const QModelIndex &index) const
{
    ensureScene();
    const int box = m_scene.boxOf(index);
    if (box < 0 || !m_scene.boxes[size_t(box)].hasReports)
        return {};
    return toViewport(m_scene.boxes[size_t(box)].badgeRect()).toAlignedRect();
}

void ChartView::setChartLayout(ChartLayout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    relayoutWithMotion();
}

void ChartView::setShowChanges(bool show)
{
    if (show == m_showChanges)
        return;
    m_showChanges = show;
    invalidateScene();
}

void ChartView::setColourBy(const QString &column)
{
    if (column == m_colourBy)
        return;
    m_colourBy = column;
    invalidateScene();
    viewport()->update();
}

QRect ChartView::visualRect(const QModelIndex &index) const
{
    ensureScene();
    const int box = m_scene.boxOf(index);
    if (box < 0)
        return {};
    return toViewport(m_scene.boxes[size_t(box)].rect).toAlignedRect();
}

ChartScene::Hit ChartView::hitAt(QPointF viewportPoint) const
{
    ensureScene();
    return m_scene.hitTest(toScene(viewportPoint), hitTolerancePixels / m_zoom);
}

QModelIndex ChartView::indexAt(const QPoint &point) const
{
    const ChartScene::Hit hit = hitAt(point);
    return hit.box < 0 ? QModelIndex() : m_scene.boxes[size_t(hit.box)].index;
}

bool ChartView::isIndexHidden(const QModelIndex &index) const
{
    ensureScene();
    return m_scene.boxOf(index) < 0;
}

void ChartView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    ensureScene();
    const QRectF area(toScene(rect.normalized().topLeft()), toScene(rect.normalized().bottomRight() + QPoint(1, 1)));
    QItemSelection selection;
    for (int box : m_scene.boxesIn(area)) {
        const ChartScene::Box &b = m_scene.boxes[size_t(box)];
        if (b.rect.intersects(area))
            selection.select(b.index, b.index);
    }
    selectionModel()->select(selection, command);
}

QRegion ChartView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row)
            region += visualRect(model()->index(row, 0, range.parent())).adjusted(-8, -8, 8, 8);
    return region;
}

void ChartView::updateGeometries()
{
    ensureScene();
    updateScrollRanges();
    QAbstractItemView::updateGeometries();
}

void ChartView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (current.isValid() && !isInTeam(current))
        showTeam({}); // chosen in the outline or by search, outside the team: the whole chart again
    if (current.isValid() && scene().boxOf(current) < 0 && reveal(current)) { // chosen in the outline or by search, below a collapsed box
        ensureScene();
        updateGeometries();
    }
    QAbstractItemView::currentChanged(current, previous);
    if (QAccessible::isActive() && current.isValid()) { // tell screen readers where the focus went
        const int box = m_scene.boxOf(current);
        if (box >= 0 && hasFocus()) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(box);
            QAccessible::updateAccessibility(&focus);
        }
        QAccessibleEvent selection(this, QAccessible::Selection);
        selection.setChild(box);
        QAccessible::updateAccessibility(&selection);
    }
    if (current.isValid() && m_selectedLink >= 0) {
        m_selectedLink = -1;
        Q_EMIT linkSelected(-1);
    }
    viewport()->update();
}

void ChartView::paintEvent(QPaintEvent *event)
{
    ensureScene();
    QPainter painter(viewport());
    const QPointF origin = sceneOrigin();

    ChartPaintState state;
    state.boxMarks = &boxMarks();
    state.highlightedLinks = m_matchingLinks;
    if (isMoving())
        for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it)
            state.boxOffsets.insert(it.key(), it.value() * m_motion->currentValue().toDouble());
    for (const auto &[report, manager] : m_path) {
        const int from = m_scene.boxOf(report), to = m_scene.boxOf(manager);
        if (from >= 0 && to >= 0)
            state.path.emplace_back(m_scene.boxes[size_t(from)].rect.center(), m_scene.boxes[size_t(to)].rect.center());
    }
    state.current = currentIndex();
    state.showFocus = hasFocus();
    state.selectedLink = m_selectedLink;
    state.wholePixelCards = true;

    if (m_zoom < ChartDetail::outlines) {
        const double ratio = devicePixelRatioF();
        const ChartRaster::Key key{m_sceneGeneration, m_marksGeneration,
                                   QTransform::fromScale(ratio, ratio).translate(origin.x(), origin.y()).scale(m_zoom, m_zoom),
                                   viewport()->size() * ratio, m_selectedLink, m_matchingLinks};
        m_raster.paint(painter, m_scene, m_style, state, key, ratio);
        return;
    }
    painter.fillRect(event->rect(), m_style.background);
    painter.translate(origin);
    painter.scale(m_zoom, m_zoom);
    const QRectF exposed(QPointF(event->rect().topLeft() - origin) / m_zoom, QSizeF(event->rect().size()) / m_zoom);
    paintChart(painter, m_scene, m_style, exposed, state);
}

// Every frame paints the whole viewport (the smallest zooms draw every box into one image), so
// moving the window's pixels along first, as item views do, would only cost time.
void ChartView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    if (m_layout != ChartLayout::Compact || viewport()->size().isEmpty())
        return;
    if (m_laidOutFor.isEmpty()) { // laid out before the window had a size
        m_reshape->start();
        return;
    }
    // Reshape when the window's proportions or size change noticeably, not for every pixel.
    const QSizeF now = viewport()->size(), then = m_laidOutFor;
    const double proportions = std::abs(std::log((now.width() / now.height()) / (then.width() / then.height())));
    const double size = std::abs(std::log(now.width() * now.height() / (then.width() * then.height())));
    if (proportions > 0.1 || size > 0.4)
        m_reshape->start();
}

void ChartView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_style = ChartStyle::forPalette(palette());
        invalidateScene();
    }
}
