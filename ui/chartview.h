#pragma once

#include "chartpainter.h"
#include "chartscene.h"
#include "chartstyle.h"

#include <QAbstractItemView>
#include <QPointer>

class OrgChartModel;

// The organisation drawn as a tidy tree. Geometry comes from a ChartScene rebuilt once per change
// of the model; painting and hit-testing only read it. Collaboration links of an OrgChartModel
// are drawn too and can be selected on their own (they are not model items).
class ChartView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    const ChartScene &scene() const;
    const ChartStyle &chartStyle() const { return m_style; }

    int selectedLink() const { return m_selectedLink; } // -1 when none
    void selectLink(int link);
    QRect linkRect(int link) const; // the link's label, in viewport coordinates

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void doItemsLayout() override;

Q_SIGNALS:
    void linkSelected(int link);

protected:
    // Navigation and geometry for QAbstractItemView.
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;

    // Changes of the model that invalidate the scene.
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void reset() override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

    // Events.
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidateScene();
    void ensureScene() const;
    QPointF sceneOrigin() const; // where the scene's (0, 0) lands in the viewport
    QPointF toScene(QPointF viewportPoint) const { return viewportPoint - sceneOrigin(); }

    QPointer<OrgChartModel> m_orgModel;
    ChartStyle m_style;
    mutable ChartScene m_scene;
    mutable bool m_sceneDirty = true;
    int m_selectedLink = -1;
};
