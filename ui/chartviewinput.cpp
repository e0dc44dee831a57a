// ChartView: what the mouse, the wheel, gestures and the keyboard do, and tooltips.
#include "chartview.h"

#include "orgchartmodel.h"

#include <QApplication>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

void ChartView::mousePressEvent(QMouseEvent *event)
{
    const ChartScene::Hit hit = hitAt(event->position());
    if (hit.box >= 0 && hit.onBadge && event->button() == Qt::LeftButton) {
        const QModelIndex index = m_scene.boxes[size_t(hit.box)].index;
        setCollapsed(index, !isCollapsed(index));
        return;
    }
    if (hit.box >= 0) {
        QAbstractItemView::mousePressEvent(event);
        return;
    }
    // Empty canvas: a drag pans; a click (on release) clears the selection or picks a link.
    setFocus(Qt::MouseFocusReason);
    m_pressPoint = event->position().toPoint();
    m_panOrigin = QPoint(horizontalOffset(), verticalOffset());
    m_panning = event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton;
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QAbstractItemView::mouseMoveEvent(event);
        return;
    }
    const QPoint moved = event->position().toPoint() - m_pressPoint;
    if (moved.manhattanLength() >= QApplication::startDragDistance())
        viewport()->setCursor(Qt::ClosedHandCursor);
    horizontalScrollBar()->setValue(m_panOrigin.x() - moved.x());
    verticalScrollBar()->setValue(m_panOrigin.y() - moved.y());
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QAbstractItemView::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    viewport()->unsetCursor();
    if ((event->position().toPoint() - m_pressPoint).manhattanLength() >= QApplication::startDragDistance())
        return;
    if (selectionModel())
        selectionModel()->clear();
    selectLink(m_scene.linkAt(toScene(event->position()), hitTolerancePixels / m_zoom));
    viewport()->update();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAt(m_zoom * std::pow(1.0015, event->angleDelta().y()), event->position());
        event->accept();
        return;
    }
    QAbstractItemView::wheelEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_teamRoot.isValid() && event->modifiers() == Qt::NoModifier) {
        showTeam({});
        return;
    }
    const QModelIndex current = currentIndex();
    if (current.isValid() && !(event->modifiers() & Qt::ControlModifier)) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            setCollapsed(current, false);
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            setCollapsed(current, true);
            return;
        }
    }
    QAbstractItemView::keyPressEvent(event);
}

bool ChartView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const ChartScene::Hit hit = hitAt(help->pos());
        QString text;
        if (hit.box >= 0) {
            const ChartScene::Box &box = m_scene.boxes[size_t(hit.box)];
            if (hit.onChanges)
                text = tr("Small company → large company:\n") + box.index.data(OrgChartModel::SizeChangesRole).toStringList().join(u'\n');
            else if (hit.onBadge)
                text = box.collapsed ? tr("Show the people below (%1)").arg(m_scene.badgeText(box).mid(1))
                                     : tr("Hide the people below");
            else
                text = box.index.data(Qt::ToolTipRole).toString();
        } else if (const int link = m_scene.linkAt(toScene(help->pos()), hitTolerancePixels / m_zoom); link >= 0) {
            text = m_scene.links[size_t(link)].description;
        }
        if (text.size() > 200) // long names wrap instead of running off the screen
            text = QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(m_zoom * (1 + gesture->value()), gesture->position());
            return true;
        }
        break;
    }
    case QEvent::Gesture:
        if (auto *pinch = static_cast<QPinchGesture *>(static_cast<QGestureEvent *>(event)->gesture(Qt::PinchGesture))) {
            zoomAt(m_zoom * pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
        break;
    case QEvent::Resize: {
        const bool handled = QAbstractItemView::viewportEvent(event);
        Q_EMIT viewChanged();
        return handled;
    }
    default:
        break;
    }
    return QAbstractItemView::viewportEvent(event);
}
