#pragma once

#include "chartpainter.h"
#include "chartraster.h"
#include "chartscene.h"
#include "chartstyle.h"
#include "persistentindexset.h"

#include <QAbstractItemView>
#include <QPointer>
#include <QSet>
#include <QVariantAnimation>

class OrgChartModel;
class QTimer;

// The organisation drawn as a tidy tree. Geometry comes from a ChartScene rebuilt once per change
// of the model, of what is collapsed or of the layout options; painting and hit-testing only read
// it. Collaboration links of an OrgChartModel are drawn too and can be selected on their own (they
// are not model items). Zoom, pan, collapse, search highlights and level of detail live here.
class ChartView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    const ChartScene &scene() const;
    const ChartStyle &chartStyle() const { return m_style; }
    SceneOptions sceneOptions() const; // as the view lays out now, collapsed boxes included
    // As scene() was laid out: for the viewport's size then, which a resize changes after a pause.
    SceneOptions sceneLaidOutWith() const;

    int selectedLink() const { return m_selectedLink; } // -1 when none
    void selectLink(int link);
    QRect linkRect(int link) const; // the link's label, in viewport coordinates
    QRect badgeRect(const QModelIndex &index) const; // viewport coordinates; empty without reports

    // Zoom: device pixels per scene unit.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomAt(double zoom, QPointF viewportAnchor);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void centreOnCurrent();

    // Where the view looks, for the overview and the breadcrumb bar.
    QRectF visibleSceneRect() const;
    // As far as the chart's edges allow, or past them (until the next zoom or relayout).
    void centreOn(QPointF scenePoint, bool pastEdges = false);
    void centreOnIndex(const QModelIndex &index); // past the edges: a search match in the middle
    int sceneGeneration() const { return m_sceneGeneration; } // changes whenever the scene is rebuilt

    // How much of a new chart shows: 0, as many levels as fill the window at a readable zoom
    // (the default); -1, everyone; N, the first N levels.
    void setOpeningLevels(int levels) { m_openingLevels = levels; }
    int openingLevels() const { return m_openingLevels; }
    int openingBoxBudget() const; // boxes that fit the viewport at a readable zoom

    // A team: one box and everyone below it, alone on the chart. Invalid: the whole chart.
    QModelIndex teamRoot() const { return m_teamRoot; }
    void showTeam(const QModelIndex &root);

    // Collapse and expand.
    bool isCollapsed(const QModelIndex &index) const { return m_collapsed.contains(index); }
    void setCollapsed(const QModelIndex &index, bool collapsed);
    void expandAll();
    void collapseAll();
    bool reveal(const QModelIndex &index); // expands every collapsed box above it; false if none was

    // Layout options.
    ChartLayout chartLayout() const { return m_layout; }
    void setChartLayout(ChartLayout layout);
    bool isLeftToRight() const { return m_layout == ChartLayout::LeftToRight; }
    bool showsChanges() const { return m_showChanges; }
    void setShowChanges(bool show); // marks what differs between a small and a large company
    QString colourBy() const { return m_colourBy; }
    void setColourBy(const QString &column); // an extra column whose values colour the boxes; empty: none

    // Search: the matches drawn highlighted, those that only take part in a matching collaboration
    // in the collaboration's style, the matching links, and the path between the matches.
    void setMatches(const QModelIndexList &matches, const QModelIndexList &collaborators = {}, const QSet<int> &links = {});

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void doItemsLayout() override;

Q_SIGNALS:
    void linkSelected(int link);
    void zoomChanged(double zoom);
    void viewChanged(); // scrolled, zoomed, resized or laid out again
    void teamChanged(const QModelIndex &root);

public:
    bool isMoving() const { return m_motion->state() == QAbstractAnimation::Running; }

protected:
    // Navigation and geometry for QAbstractItemView.
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;

    // Changes of the model that invalidate the scene.
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void reset() override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;

    // Events.
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    static constexpr double hitTolerancePixels = 6; // a click this near a box at tiny zooms hits it

    void invalidateScene();
    void rowsChanged(); // rows inserted, removed or moved, or laid out anew: plain indexes moved
    void relayoutWithMotion(); // invalidateScene(), and let boxes move to their new places
    void ensureScene() const;
    void openOneLevel(const QModelIndex &index); // shows its reports, with theirs collapsed
    QPointF sceneOrigin() const; // where the scene's (0, 0) lands in the viewport
    QPointF toScene(QPointF viewportPoint) const { return (viewportPoint - sceneOrigin()) / m_zoom; }
    QRectF toViewport(const QRectF &sceneRect) const;
    void updateScrollRanges() const;
    void applyOpeningZoom();
    void openLevelsForWindow();
    bool isInTeam(const QModelIndex &index) const; // O(depth)
    QModelIndex topIndex() const; // the team's root, else the top of the chart
    // Before a relayout: where the selected box (else the top one) is on screen; after it, the
    // scroll bars put it back there.
    void keepPlace();
    void restorePlace() const;
    ChartScene::Hit hitAt(QPointF viewportPoint) const;
    const std::vector<quint8> &boxMarks() const; // per scene box: selected, matching

    QPointer<OrgChartModel> m_orgModel;
    std::vector<QMetaObject::Connection> m_modelConnections;
    ChartStyle m_style;
    mutable ChartScene m_scene;
    mutable bool m_sceneDirty = true;
    int m_selectedLink = -1;
    double m_zoom = 1;
    PersistentIndexSet m_collapsed;
    std::vector<QPersistentModelIndex> m_matches;
    std::vector<QPersistentModelIndex> m_collaborators;
    QSet<int> m_matchingLinks;
    std::vector<std::pair<QPersistentModelIndex, QPersistentModelIndex>> m_path; // report, manager
    ChartLayout m_layout = ChartLayout::Compact;
    bool m_showChanges = false;
    QString m_colourBy;
    bool m_fitPending = true;  // fit the first scene of a new model to the window
    int m_openingLevels = 0;
    int m_openedBudget = -1;        // the box budget the opening collapse was computed for
    bool m_openingCollapse = true; // the collapsed boxes are still those the chart opened with
    mutable int m_sceneGeneration = 0;
    QPersistentModelIndex m_teamRoot;
    bool m_teamShown = false; // m_teamRoot was valid when set: if its row goes, teamChanged() says so
    mutable QPersistentModelIndex m_placeAnchor; // set between keepPlace() and the next scene
    QPointF m_placeOnScreen;
    // Where the scene's (0, 0) stays, per axis, when the scene is smaller than the viewport and
    // a box kept its place; NaN: centred.
    mutable QPointF m_pinnedOrigin{qQNaN(), qQNaN()};
    mutable bool m_overscrolled = false; // the scroll bars reach past the chart to keep a box's place
    QPoint m_pressPoint;       // where a press on empty canvas began, for panning
    QPoint m_panOrigin;
    bool m_panning = false;
    ChartRaster m_raster;      // the frames of the lowest level of detail
    // The boxes' marks, worked out again after a change of the scene, the selection or the search.
    mutable std::vector<quint8> m_boxMarks;
    mutable bool m_marksStale = true;
    mutable int m_marksScene = -1;     // the scene generation they were worked out for
    mutable int m_marksGeneration = 0; // changes whenever they are worked out
    // Boxes glide from where they were when the company size or the layout changes.
    mutable bool m_animateNext = false;
    mutable QHash<int, QPointF> m_moves; // box → old place minus new place
    QVariantAnimation *m_motion;
    mutable QSize m_laidOutFor;     // the viewport size the compact layout was shaped for
    QTimer *m_reshape;              // a compact chart takes the window's new shape once resizing pauses
};
