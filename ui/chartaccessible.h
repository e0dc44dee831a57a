#pragma once

#include <QAccessibleWidget>

#include <deque>
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
    void forgetOldest() const;

    // The box items made so far, by box number in the scene they were made for: 0 where none was.
    // A box's number holds only for one scene, so the items go when the scene is rebuilt, as a
    // QTreeView's accessible cells go when its rows change. (Keyed by QPersistentModelIndex they
    // would change hash when rows move, and each would cost the model a persistent index.)
    mutable std::vector<QAccessible::Id> m_boxes;
    // The boxes with an item, oldest first. Only the most recent keptItems stay registered (the
    // focused box's always): a screen reader walking 1,000,000 boxes would otherwise leave as many
    // in Qt's cache, 60 MB, whose removal at the next layout took 1.5 s.
    static constexpr size_t keptItems = 8192;
    mutable std::deque<int> m_made;
    mutable int m_sceneGeneration = -1;
};
