// ChartView: where the view looks and what it opens with — the visible part of the scene, zoom,
// scrolling and centring, keeping a box's place across relayouts, the opening zoom and levels,
// teams, and the arrow keys' moves between boxes.
#include "chartview.h"

#include "chartdetail.h"

#include <QScrollBar>

#include <cmath>

namespace {
constexpr double readableZoom = 0.6; // the zoom whose window a new chart fills with open boxes
constexpr double packing = 0.6;      // the share of the window a compact layout fills with boxes
constexpr int leastBudget = 8;
constexpr double maximumZoom = 2.0;
constexpr double zoomStep = 1.25;
}

QRectF ChartView::visibleSceneRect() const
{
    ensureScene();
    return QRectF(toScene(QPointF(0, 0)), toScene(QPointF(viewport()->width(), viewport()->height())));
}

void ChartView::centreOn(QPointF scenePoint, bool pastEdges)
{
    ensureScene();
    const QPointF at = scenePoint * m_zoom - QPointF(viewport()->width(), viewport()->height()) / 2;
    for (const auto &[bar, value] : {std::pair(horizontalScrollBar(), at.x()), std::pair(verticalScrollBar(), at.y())}) {
        const int to = int(std::lround(value));
        if (pastEdges && bar->maximum() > 0 && (to < bar->minimum() || to > bar->maximum())) {
            m_overscrolled = true;
            bar->setRange(std::min(bar->minimum(), to), std::max(bar->maximum(), to));
        }
        bar->setValue(to);
    }
}

void ChartView::centreOnIndex(const QModelIndex &index)
{
    ensureScene();
    if (const int box = m_scene.boxOf(index); box >= 0)
        centreOn(m_scene.boxes[size_t(box)].rect.center(), true);
}

int ChartView::openingBoxBudget() const
{
    const QSizeF area = QSizeF(viewport()->size()) / readableZoom
                        - QSizeF(2 * m_style.margin, 2 * m_style.margin + m_style.headerHeight);
    const QSizeF cell = m_style.boxSize + QSizeF(m_style.siblingGap, m_style.levelGap);
    if (area.width() <= 0 || area.height() <= 0)
        return leastBudget;
    return std::max(leastBudget, int(packing * area.width() * area.height() / (cell.width() * cell.height())));
}

// The window's size is known at the first layout after it shows: a new chart opens as much as
// fills it then, until the user opens or closes a box.
void ChartView::openLevelsForWindow()
{
    if (!model() || !m_openingCollapse || !m_fitPending)
        return;
    const int budget = m_openingLevels == 0 ? openingBoxBudget() : 0;
    if (budget == m_openedBudget)
        return;
    m_openedBudget = budget;
    if (m_openingLevels < 0)
        m_collapsed.clear();
    else if (m_openingLevels > 0)
        m_collapsed.assign(collapsedBelowLevel(*model(), m_openingLevels));
    else
        m_collapsed.assign(collapsedForOpening(*model(), budget));
    m_sceneDirty = true;
}

// A new chart opens fitted when its names read so, else at 100 % at the top.
void ChartView::applyOpeningZoom()
{
    if (!m_fitPending || m_scene.boxes.empty() || viewport()->width() <= 0)
        return;
    m_fitPending = false;
    fitToWindow();
    if (ChartDetail::levelFor(m_style.boxSize * m_zoom, m_style) < ChartDetail::Level::Name) {
        setZoom(1);
        scrollTo(topIndex(), PositionAtCenter);
        verticalScrollBar()->setValue(0);
    }
}

QModelIndex ChartView::topIndex() const
{
    if (m_teamRoot.isValid())
        return m_teamRoot;
    return model() ? model()->index(0, 0) : QModelIndex();
}

bool ChartView::isInTeam(const QModelIndex &index) const
{
    if (!m_teamRoot.isValid())
        return true;
    for (QModelIndex up = index; up.isValid(); up = up.parent())
        if (up == m_teamRoot)
            return true;
    return false;
}

void ChartView::showTeam(const QModelIndex &root)
{
    if (root == m_teamRoot || (root.isValid() && root.model() != model()))
        return;
    keepPlace();
    m_teamRoot = root;
    m_teamShown = root.isValid();
    if (root.isValid()) {
        if (isCollapsed(root))
            openOneLevel(root);
        if (!isInTeam(currentIndex()))
            setCurrentIndex(root);
    }
    relayoutWithMotion();
    Q_EMIT teamChanged(root);
}

void ChartView::keepPlace()
{
    if (m_placeAnchor.isValid())
        return; // a relayout is pending: the place recorded before it stands
    QModelIndex anchor = currentIndex();
    int box = m_scene.boxOf(anchor);
    if (box < 0) {
        anchor = topIndex();
        box = m_scene.boxOf(anchor);
    }
    if (box < 0)
        return;
    m_placeAnchor = anchor;
    m_placeOnScreen = toViewport(m_scene.boxes[size_t(box)].rect).topLeft();
}

void ChartView::restorePlace() const
{
    const int box = m_scene.boxOf(m_placeAnchor);
    m_placeAnchor = QPersistentModelIndex(); // used once, by whichever call rebuilt the scene
    if (box < 0)
        return;
    updateScrollRanges();
    // Scroll where the scene is bigger than the window; where it fits, hold it in place instead of centring it.
    const QPointF origin = m_placeOnScreen - m_scene.boxes[size_t(box)].rect.topLeft() * m_zoom;
    const QSizeF size = m_scene.bounds.size() * m_zoom;
    m_pinnedOrigin = QPointF(qQNaN(), qQNaN());
    // Near the chart's edge the scroll bars reach past it rather than move the box, until the
    // next zoom or relayout.
    const auto scroll = [this](QScrollBar *bar, double to) {
        const int value = int(std::lround(to));
        if (value < bar->minimum() || value > bar->maximum()) {
            m_overscrolled = true;
            bar->setRange(std::min(bar->minimum(), value), std::max(bar->maximum(), value));
        }
        bar->setValue(value);
    };
    if (size.width() >= viewport()->width())
        scroll(horizontalScrollBar(), -origin.x());
    else
        m_pinnedOrigin.setX(origin.x());
    if (size.height() >= viewport()->height())
        scroll(verticalScrollBar(), -origin.y());
    else
        m_pinnedOrigin.setY(origin.y());
    viewport()->update();
}

QPointF ChartView::sceneOrigin() const
{
    const QSizeF size = m_scene.bounds.size() * m_zoom;
    const QSize area = viewport()->size();
    const auto along = [](double size, int area, double pinned, int offset) {
        if (size >= area)
            return double(-offset);
        return qIsNaN(pinned) ? std::floor((area - size) / 2) : pinned;
    };
    return {along(size.width(), area.width(), m_pinnedOrigin.x(), horizontalOffset()),
            along(size.height(), area.height(), m_pinnedOrigin.y(), verticalOffset())};
}

void ChartView::setZoom(double zoom)
{
    zoomAt(zoom, QRectF(viewport()->rect()).center());
}

void ChartView::zoomAt(double zoom, QPointF anchor)
{
    ensureScene();
    const double fit = std::min(viewport()->width() / std::max(1.0, m_scene.bounds.width()),
                                viewport()->height() / std::max(1.0, m_scene.bounds.height()));
    zoom = std::clamp(zoom, std::min(0.25, fit), maximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF fixed = toScene(anchor); // the scene point under the anchor stays there
    m_zoom = zoom;
    m_pinnedOrigin = QPointF(qQNaN(), qQNaN());
    m_overscrolled = false;
    updateGeometries();
    horizontalScrollBar()->setValue(int(std::lround(fixed.x() * m_zoom - anchor.x())));
    verticalScrollBar()->setValue(int(std::lround(fixed.y() * m_zoom - anchor.y())));
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
    Q_EMIT viewChanged();
}

void ChartView::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void ChartView::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void ChartView::fitToWindow()
{
    ensureScene();
    const double fit = std::min(viewport()->width() / std::max(1.0, m_scene.bounds.width()),
                                viewport()->height() / std::max(1.0, m_scene.bounds.height()));
    m_pinnedOrigin = QPointF(qQNaN(), qQNaN());
    m_overscrolled = false;
    updateScrollRanges();
    setZoom(std::min(1.0, fit));
    viewport()->update();
    Q_EMIT viewChanged();
}

void ChartView::centreOnCurrent()
{
    if (currentIndex().isValid())
        scrollTo(currentIndex(), PositionAtCenter);
}

void ChartView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (m_sceneDirty) { // e.g. just revealed: the scroll bars must know the new size first
        ensureScene();
        updateGeometries();
    }
    const QRect rect = visualRect(index).adjusted(-16, -16, 16, 16);
    const QRect area = viewport()->rect();
    if (rect.isEmpty() || (hint == EnsureVisible && area.contains(rect)))
        return;
    if (hint == PositionAtCenter || rect.width() > area.width() || rect.height() > area.height()) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + rect.center().x() - area.center().x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.center().y() - area.center().y());
        return;
    }
    if (rect.left() < area.left())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + rect.left() - area.left());
    else if (rect.right() > area.right())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + rect.right() - area.right());
    if (rect.top() < area.top())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - area.top());
    else if (rect.bottom() > area.bottom())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.bottom() - area.bottom());
}

QModelIndex ChartView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious)
        return {}; // Tab leaves the chart
    const QModelIndex current = currentIndex();
    const QModelIndex top = topIndex();
    if (!current.isValid() || cursorAction == MoveHome)
        return top;
    // Arrows follow the drawing: towards the manager, the reports, or the colleagues beside.
    enum class Step { Manager, Report, Previous, Next, None } step = Step::None;
    switch (cursorAction) {
    case MoveUp: step = isLeftToRight() ? Step::Previous : Step::Manager; break;
    case MoveDown: step = isLeftToRight() ? Step::Next : Step::Report; break;
    case MoveLeft: step = isLeftToRight() ? Step::Manager : Step::Previous; break;
    case MoveRight: step = isLeftToRight() ? Step::Report : Step::Next; break;
    default: break;
    }
    switch (step) {
    case Step::Manager:
        return current.parent().isValid() && current != m_teamRoot ? current.parent() : current;
    case Step::Report:
        if (!model()->hasChildren(current))
            return current;
        setCollapsed(current, false);
        return model()->index(0, 0, current);
    case Step::Previous:
        return current.row() > 0 ? current.siblingAtRow(current.row() - 1) : current;
    case Step::Next:
        return current.row() + 1 < model()->rowCount(current.parent()) ? current.siblingAtRow(current.row() + 1) : current;
    case Step::None:
        break;
    }
    return current;
}

int ChartView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int ChartView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

void ChartView::updateScrollRanges() const
{
    const QSize area = viewport()->size();
    const QSizeF size = m_scene.bounds.size() * m_zoom;
    horizontalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setPageStep(area.width());
    const auto range = [this](QScrollBar *bar, int maximum) { // past the chart only to keep a box's place
        if (m_overscrolled)
            bar->setRange(std::min(0, bar->value()), std::max(maximum, bar->value()));
        else
            bar->setRange(0, maximum);
    };
    range(horizontalScrollBar(), std::max(0, int(std::ceil(size.width())) - area.width()));
    verticalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setPageStep(area.height());
    range(verticalScrollBar(), std::max(0, int(std::ceil(size.height())) - area.height()));
}
