#include "chartaccessible.h"

#include "chartview.h"
#include "orgchartmodel.h"

#include <QPointer>
#include <QWindow>

namespace {

// One box of the chart. It holds the model index, not the box, because boxes are laid out anew.
class BoxAccessible : public QAccessibleInterface
{
public:
    BoxAccessible(ChartView *view, const QModelIndex &index) : m_view(view), m_index(index) {}

    bool isValid() const override { return m_view && m_index.isValid(); }
    const QPersistentModelIndex &index() const { return m_index; }
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
        switch (kind) {
        case QAccessible::Name: {
            const QString holder = m_index.data(OrgChartModel::HolderRole).toString();
            const QString title = m_index.data(Qt::DisplayRole).toString();
            return holder.isEmpty() ? title : title + QStringLiteral(", ") + holder;
        }
        case QAccessible::Description:
            return m_index.data(Qt::ToolTipRole).toString();
        default:
            return {};
        }
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->visualRect(m_index);
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.selectable = state.focusable = true;
        state.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(m_index);
        state.focused = m_view->hasFocus() && m_view->currentIndex() == m_index;
        state.active = m_view->currentIndex() == m_index;
        if (m_index.model()->hasChildren(m_index)) {
            state.expandable = true;
            state.expanded = !m_view->isCollapsed(m_index);
            state.collapsed = !state.expanded;
        }
        state.invisible = m_view->visualRect(m_index).isEmpty();
        return state;
    }

private:
    QPointer<ChartView> m_view;
    QPersistentModelIndex m_index;
};

} // namespace

ChartAccessible::ChartAccessible(ChartView *view)
    : QAccessibleWidget(view, QAccessible::Tree)
{
}

ChartAccessible::~ChartAccessible()
{
    for (QAccessible::Id id : std::as_const(m_boxes))
        QAccessible::deleteAccessibleInterface(id);
}

ChartView *ChartAccessible::view() const
{
    return static_cast<ChartView *>(widget());
}

QAccessibleInterface *ChartAccessible::boxInterface(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    auto id = m_boxes.constFind(index);
    if (id == m_boxes.cend() || !QAccessible::accessibleInterface(*id) || !QAccessible::accessibleInterface(*id)->isValid())
        id = m_boxes.insert(index, QAccessible::registerAccessibleInterface(new BoxAccessible(view(), index)));
    return QAccessible::accessibleInterface(*id);
}

int ChartAccessible::childCount() const
{
    return int(view()->scene().boxes.size());
}

QAccessibleInterface *ChartAccessible::child(int index) const
{
    const ChartScene &scene = view()->scene();
    if (index < 0 || index >= int(scene.boxes.size()))
        return nullptr;
    return boxInterface(scene.boxes[size_t(index)].index);
}

// Asked for every child in turn by a screen reader walking the tree: a lookup, not a search
// through every box interface made so far.
int ChartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *box = dynamic_cast<const BoxAccessible *>(child);
    if (!box || box->view() != view() || !box->index().isValid())
        return -1;
    return view()->scene().boxOf(box->index());
}

QAccessibleInterface *ChartAccessible::childAt(int x, int y) const
{
    return boxInterface(view()->indexAt(view()->viewport()->mapFromGlobal(QPoint(x, y))));
}

QAccessibleInterface *ChartAccessible::focusChild() const
{
    return boxInterface(view()->currentIndex());
}

QAccessibleInterface *ChartAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("ChartView") && object && object->isWidgetType())
        return new ChartAccessible(static_cast<ChartView *>(object));
    return nullptr;
}
