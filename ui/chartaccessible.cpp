#include "chartaccessible.h"

#include "chartview.h"
#include "orgchartmodel.h"

#include <QPointer>
#include <QWindow>

#include <utility>

namespace {

// One box of the chart, as the scene it was made for numbers it: it is invalid once the view lays
// the chart out again (ChartAccessible then makes new ones).
class BoxAccessible : public QAccessibleInterface
{
public:
    BoxAccessible(ChartView *view, int box, int sceneGeneration) : m_view(view), m_box(box), m_sceneGeneration(sceneGeneration) {}

    bool isValid() const override
    {
        if (!m_view)
            return false;
        const ChartScene &scene = m_view->scene(); // laid out again first, if the chart changed
        return m_view->sceneGeneration() == m_sceneGeneration && m_box < int(scene.boxes.size());
    }
    int box() const { return m_box; }
    const ChartView *view() const { return m_view; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::TreeItem; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text kind) const override
    {
        if (!isValid())
            return {};
        const QModelIndex index = this->index();
        switch (kind) {
        case QAccessible::Name: // as in the outline: who holds the role at the size shown
            return index.data(Qt::DisplayRole).toString();
        case QAccessible::Description: { // the category too: colour is not the only carrier of it
            const QString tip = index.data(Qt::ToolTipRole).toString();
            const QString category = m_view->scene().categoryText(m_box);
            if (tip.isEmpty() || category.isEmpty())
                return tip + category;
            return tip + u'\n' + category;
        }
        default:
            return {};
        }
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->visualRect(index());
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        const QModelIndex index = this->index();
        state.selectable = state.focusable = true;
        state.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(index);
        state.focused = m_view->hasFocus() && m_view->currentIndex() == index;
        state.active = m_view->currentIndex() == index;
        if (index.model()->hasChildren(index)) {
            state.expandable = true;
            state.expanded = !m_view->isCollapsed(index);
            state.collapsed = !state.expanded;
        }
        state.invisible = m_view->visualRect(index).isEmpty();
        return state;
    }

private:
    QModelIndex index() const { return m_view->scene().boxes[size_t(m_box)].index; } // when isValid()

    QPointer<ChartView> m_view;
    int m_box = -1;
    int m_sceneGeneration = -1;
};

} // namespace

ChartAccessible::ChartAccessible(ChartView *view)
    : QAccessibleWidget(view, QAccessible::Tree)
{
}

ChartAccessible::~ChartAccessible()
{
    forgetBoxes();
}

ChartView *ChartAccessible::view() const
{
    return static_cast<ChartView *>(widget());
}

void ChartAccessible::forgetBoxes() const
{
    for (int box : m_made) // a box whose item Qt deleted and that was asked for again is here twice
        if (const QAccessible::Id id = std::exchange(m_boxes[size_t(box)], 0))
            QAccessible::deleteAccessibleInterface(id);
    m_made.clear();
    m_boxes.clear();
}

// The items a screen reader asked for longest ago go, but not the focused box's, which it follows.
void ChartAccessible::forgetOldest() const
{
    const int focused = view()->currentIndex().isValid() ? view()->scene().boxOf(view()->currentIndex()) : -1;
    for (size_t checked = 0; m_made.size() > keptItems && checked < keptItems; ++checked) {
        const int box = m_made.front();
        m_made.pop_front();
        if (box == focused) {
            m_made.push_back(box);
            continue;
        }
        if (const QAccessible::Id id = std::exchange(m_boxes[size_t(box)], 0))
            QAccessible::deleteAccessibleInterface(id);
    }
}

// The items of a scene that was rebuilt go; room for one per box of the new one. No more than the
// scene's own boxes, a few bytes each next to the scene's hundred.
void ChartAccessible::followScene() const
{
    const ChartScene &scene = view()->scene();
    if (m_sceneGeneration == view()->sceneGeneration() && m_boxes.size() == scene.boxes.size())
        return;
    forgetBoxes();
    m_boxes.assign(scene.boxes.size(), 0);
    m_sceneGeneration = view()->sceneGeneration();
}

QAccessibleInterface *ChartAccessible::boxInterface(int box) const
{
    followScene();
    if (box < 0 || box >= int(m_boxes.size()))
        return nullptr;
    QAccessible::Id &id = m_boxes[size_t(box)];
    if (id)
        if (QAccessibleInterface *made = QAccessible::accessibleInterface(id))
            return made;
    auto *item = new BoxAccessible(view(), box, m_sceneGeneration);
    id = QAccessible::registerAccessibleInterface(item);
    m_made.push_back(box);
    if (m_made.size() > 2 * keptItems) // in batches: the focused box is looked up once per batch
        forgetOldest();
    return item;
}

int ChartAccessible::childCount() const
{
    followScene();
    return int(m_boxes.size());
}

QAccessibleInterface *ChartAccessible::child(int index) const
{
    return boxInterface(index);
}

// Asked for every child in turn by a screen reader walking the tree: the item knows its number.
int ChartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *box = dynamic_cast<const BoxAccessible *>(child);
    if (!box || box->view() != view() || !box->isValid())
        return -1;
    return box->box();
}

QAccessibleInterface *ChartAccessible::childAt(int x, int y) const
{
    const QModelIndex index = view()->indexAt(view()->viewport()->mapFromGlobal(QPoint(x, y)));
    return index.isValid() ? boxInterface(view()->scene().boxOf(index)) : nullptr;
}

QAccessibleInterface *ChartAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? boxInterface(view()->scene().boxOf(current)) : nullptr;
}

QAccessibleInterface *ChartAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("ChartView") && object && object->isWidgetType())
        return new ChartAccessible(static_cast<ChartView *>(object));
    return nullptr;
}
