#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPersistentModelIndex>

class ChartView;

// The chart for assistive technology: a tree whose children are the boxes on the chart, each with
// its name (title and holder), description (summary) and state (selected, focused, expanded).
class ChartAccessible : public QAccessibleWidget
{
public:
    explicit ChartAccessible(ChartView *view);
    ~ChartAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    // For QAccessible::installFactory().
    static QAccessibleInterface *create(const QString &className, QObject *object);

private:
    ChartView *view() const;
    QAccessibleInterface *boxInterface(const QModelIndex &index) const;

    mutable QHash<QPersistentModelIndex, QAccessible::Id> m_boxes;
};
