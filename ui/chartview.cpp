#include "chartview.h"

#include "orgchartmodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace {
constexpr double linkHitTolerance = 6;
}

ChartView::ChartView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_style(ChartStyle::forPalette(palette()))
{
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectItems);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Organisation chart"));
}

void ChartView::setModel(QAbstractItemModel *model)
{
    if (m_orgModel)
        disconnect(m_orgModel, nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    m_orgModel = qobject_cast<OrgChartModel *>(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartView::invalidateScene);
        connect(model, &QAbstractItemModel::rowsMoved, this, &ChartView::invalidateScene);
    }
    if (m_orgModel)
        connect(m_orgModel, &OrgChartModel::companySizeChanged, this, &ChartView::invalidateScene);
    invalidateScene();
}

const ChartScene &ChartView::scene() const
{
    ensureScene();
    return m_scene;
}

void ChartView::invalidateScene()
{
    m_sceneDirty = true;
    scheduleDelayedItemsLayout();
}

void ChartView::ensureScene() const
{
    if (!m_sceneDirty)
        return;
    m_sceneDirty = false;
    if (m_orgModel)
        m_scene = buildChartScene(*m_orgModel, m_style);
    else if (model())
        m_scene = buildChartScene(*model(), {}, QString(), m_style);
    else
        m_scene = ChartScene();
}

void ChartView::doItemsLayout()
{
    ensureScene();
    QAbstractItemView::doItemsLayout(); // updates the scroll bars through updateGeometries()
    viewport()->update();
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

QRect ChartView::linkRect(int link) const
{
    ensureScene();
    if (link < 0 || link >= int(m_scene.links.size()))
        return {};
    return m_scene.links[size_t(link)].labelRect.translated(sceneOrigin()).toAlignedRect();
}

QPointF ChartView::sceneOrigin() const
{
    const QSizeF size = m_scene.bounds.size();
    const QSize area = viewport()->size();
    const double x = size.width() < area.width() ? std::floor((area.width() - size.width()) / 2) : -horizontalOffset();
    const double y = size.height() < area.height() ? std::floor((area.height() - size.height()) / 2) : -verticalOffset();
    return {x, y};
}

QRect ChartView::visualRect(const QModelIndex &index) const
{
    ensureScene();
    const int box = m_scene.boxForIndex.value(index, -1);
    if (box < 0)
        return {};
    return m_scene.boxes[size_t(box)].rect.translated(sceneOrigin()).toAlignedRect();
}

void ChartView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect rect = visualRect(index).adjusted(-16, -16, 16, 16);
    const QRect area = viewport()->rect();
    if (rect.isEmpty() || (hint == EnsureVisible && area.contains(rect)))
        return;
    if (hint == PositionAtCenter || rect.width() > area.width()) {
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

QModelIndex ChartView::indexAt(const QPoint &point) const
{
    ensureScene();
    const int box = m_scene.boxAt(toScene(point));
    return box < 0 ? QModelIndex() : m_scene.boxes[size_t(box)].index;
}

QModelIndex ChartView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const QModelIndex current = currentIndex();
    const QModelIndex top = model() ? model()->index(0, 0) : QModelIndex();
    if (!current.isValid() || cursorAction == MoveHome)
        return top;
    switch (cursorAction) {
    case MoveUp:
        return current.parent().isValid() ? current.parent() : current;
    case MoveDown:
        return model()->hasChildren(current) ? model()->index(0, 0, current) : current;
    case MoveLeft:
        return current.row() > 0 ? current.siblingAtRow(current.row() - 1) : current;
    case MoveRight:
        return current.row() + 1 < model()->rowCount(current.parent()) ? current.siblingAtRow(current.row() + 1) : current;
    default:
        return current;
    }
}

int ChartView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int ChartView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

void ChartView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    ensureScene();
    const QRectF area = QRectF(rect.normalized()).translated(-sceneOrigin());
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
    const QSize area = viewport()->size();
    const QSizeF size = m_scene.bounds.size();
    horizontalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.width())) - area.width()));
    verticalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(size.height())) - area.height()));
    QAbstractItemView::updateGeometries();
}

void ChartView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    invalidateScene();
}

void ChartView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    invalidateScene();
}

void ChartView::reset()
{
    QAbstractItemView::reset();
    m_selectedLink = -1;
    invalidateScene();
}

void ChartView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
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
    painter.fillRect(event->rect(), m_style.background);
    const QPointF origin = sceneOrigin();
    painter.translate(origin);

    ChartPaintState state;
    const QItemSelectionModel *selection = selectionModel();
    state.isSelected = [selection](const QModelIndex &index) { return selection && selection->isSelected(index); };
    state.current = currentIndex();
    state.showFocus = hasFocus();
    state.selectedLink = m_selectedLink;
    paintChart(painter, m_scene, m_style, QRectF(event->rect()).translated(-origin), state);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (indexAt(event->position().toPoint()).isValid()) {
        QAbstractItemView::mousePressEvent(event);
        return;
    }
    // Empty canvas clears the selection; a collaboration link selects itself.
    setFocus(Qt::MouseFocusReason);
    if (selectionModel())
        selectionModel()->clear();
    selectLink(m_scene.linkAt(toScene(event->position()), linkHitTolerance));
    viewport()->update();
}

bool ChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!indexAt(help->pos()).isValid()) {
            const int link = m_scene.linkAt(toScene(help->pos()), linkHitTolerance);
            if (link >= 0)
                QToolTip::showText(help->globalPos(), m_scene.links[size_t(link)].description, this);
            else
                QToolTip::hideText();
            return true;
        }
    }
    return QAbstractItemView::viewportEvent(event);
}

void ChartView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_style = ChartStyle::forPalette(palette());
        invalidateScene();
    }
}
