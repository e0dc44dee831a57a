// ChartView: where the view looks and what it opens with — the visible part of the scene,
// centring, keeping a box's place across relayouts, the opening zoom and levels, and teams.
#include "chartview.h"

#include "chartdetail.h"

#include <QScrollBar>

#include <cmath>

namespace {
constexpr double readableZoom = 0.6; // the zoom whose window a new chart fills with open boxes
constexpr double packing = 0.6;      // the share of the window a compact layout fills with boxes
constexpr int leastBudget = 8;
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
        m_collapsed = collapsedBelowLevel(*model(), m_openingLevels);
    else
        m_collapsed = collapsedForOpening(*model(), budget);
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
