#pragma once

#include <QAccessibleWidget>

#include <vector>

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
    QAccessibleInterface *boxInterface(int box) const;
    void followScene() const;
    void forgetBoxes() const;

    // The box items made so far, by box number in the scene they were made for: 0 where none was.
    // A box's number holds only for one scene, so the items go when the scene is rebuilt, as a
    // QTreeView's accessible cells go when its rows change. (Keyed by QPersistentModelIndex they
    // would change hash when rows move, and each would cost the model a persistent index.)
    mutable std::vector<QAccessible::Id> m_boxes;
    mutable int m_sceneGeneration = -1;
};
