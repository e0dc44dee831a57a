// ChartView: following the model, whichever it is — its changes, the boxes collapsed, the search
// matches and the selection as the boxes show them.
#include "chartview.h"

#include "orgchartmodel.h"

#include <algorithm>

void ChartView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : m_modelConnections)
        disconnect(connection);
    m_modelConnections.clear();
    QAbstractItemView::setModel(model);
    m_orgModel = qobject_cast<OrgChartModel *>(model);
    if (model) {
        // rowsInserted and the reset come through QAbstractItemView's virtual functions.
        for (const auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
            m_modelConnections.push_back(connect(model, signal, this, &ChartView::rowsChanged));
        for (const auto signal : {&QAbstractItemModel::rowsMoved, &QAbstractItemModel::columnsMoved})
            m_modelConnections.push_back(connect(model, signal, this, &ChartView::rowsChanged));
        m_modelConnections.push_back(connect(model, &QAbstractItemModel::layoutChanged, this, &ChartView::rowsChanged));
    }
    if (m_orgModel)
        m_modelConnections.push_back(connect(m_orgModel, &OrgChartModel::companySizeChanged, this, &ChartView::relayoutWithMotion));
    reset();
}

void ChartView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QAbstractItemView::setSelectionModel(selectionModel);
    m_marksStale = true;
    viewport()->update();
}

// The model keeps persistent indexes up to date; the plain indexes of the scene and of the
// lookups made from persistent ones are worked out again.
void ChartView::rowsChanged()
{
    m_collapsed.markStale();
    invalidateScene();
    if (m_teamShown && !m_teamRoot.isValid()) { // the team's manager was removed: the whole chart shows
        m_teamShown = false;
        Q_EMIT teamChanged({});
    }
}

void ChartView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    rowsChanged();
}

void ChartView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    // Search marks change no box's place or text: a repaint shows them.
    const auto marksOnly = [](int role) { return role == OrgChartModel::MatchRole || role == OrgChartModel::CollaboratorRole; };
    if (m_orgModel && !roles.isEmpty() && std::all_of(roles.begin(), roles.end(), marksOnly))
        viewport()->update();
    else
        invalidateScene();
}

void ChartView::reset()
{
    QAbstractItemView::reset();
    m_selectedLink = -1;
    setMatches({});
    const bool hadTeam = m_teamRoot.isValid();
    m_teamRoot = QPersistentModelIndex();
    m_teamShown = false;
    m_placeAnchor = QPersistentModelIndex();
    m_collapsed.clear();
    m_openingCollapse = true;
    m_openedBudget = -1;
    m_fitPending = true;
    openLevelsForWindow();
    invalidateScene();
    if (hadTeam)
        Q_EMIT teamChanged({});
}

void ChartView::setCollapsed(const QModelIndex &index, bool collapsed)
{
    if (!index.isValid() || !model()->hasChildren(index) || collapsed == isCollapsed(index))
        return;
    m_openingCollapse = false;
    if (collapsed) {
        m_collapsed.insert(index);
        // The current box must stay on the chart.
        for (QModelIndex above = currentIndex().parent(); above.isValid(); above = above.parent())
            if (above == index) {
                setCurrentIndex(index);
                break;
            }
    } else {
        openOneLevel(index);
    }
    relayoutWithMotion();
}

void ChartView::openOneLevel(const QModelIndex &index)
{
    m_collapsed.remove(index);
    for (int row = 0; row < model()->rowCount(index); ++row)
        if (const QModelIndex child = model()->index(row, 0, index); model()->hasChildren(child))
            m_collapsed.insert(child);
}

void ChartView::expandAll()
{
    m_openingCollapse = false;
    m_collapsed.clear();
    relayoutWithMotion();
}

void ChartView::collapseAll()
{
    m_openingCollapse = false;
    m_collapsed.clear();
    if (m_teamRoot.isValid()) {
        m_collapsed.insert(m_teamRoot);
        if (currentIndex().isValid() && currentIndex() != m_teamRoot)
            setCurrentIndex(m_teamRoot);
        relayoutWithMotion();
        return;
    }
    for (int row = 0; model() && row < model()->rowCount(); ++row)
        if (model()->hasChildren(model()->index(row, 0)))
            m_collapsed.insert(model()->index(row, 0));
    if (currentIndex().parent().isValid()) {
        QModelIndex top = currentIndex();
        while (top.parent().isValid())
            top = top.parent();
        setCurrentIndex(top);
    }
    relayoutWithMotion();
}

bool ChartView::reveal(const QModelIndex &index)
{
    std::vector<QModelIndex> path; // from the index's manager up to the top, then turned over
    for (QModelIndex above = index.parent(); above.isValid(); above = above.parent())
        path.push_back(above);
    std::reverse(path.begin(), path.end());
    bool changed = false;
    for (const QModelIndex &above : path)
        if (isCollapsed(above)) {
            openOneLevel(above);
            changed = true;
        }
    if (changed) {
        m_openingCollapse = false;
        invalidateScene();
    }
    return changed;
}

void ChartView::setMatches(const QModelIndexList &matches, const QModelIndexList &collaborators, const QSet<int> &links)
{
    m_matches.assign(matches.begin(), matches.end());
    m_collaborators.assign(collaborators.begin(), collaborators.end());
    m_marksStale = true;
    m_matchingLinks = links;
    m_path.clear();
    // A few matches: the way from each up to the manager they all share.
    constexpr qsizetype pathLimit = 50;
    if (matches.size() >= 2 && matches.size() <= pathLimit) {
        QSet<QModelIndex> common;
        for (QModelIndex up = matches.first(); up.isValid(); up = up.parent())
            common.insert(up);
        for (const QModelIndex &match : matches) {
            QSet<QModelIndex> above;
            for (QModelIndex up = match; up.isValid(); up = up.parent())
                above.insert(up);
            common &= above;
        }
        QSet<QModelIndex> walked;
        for (const QModelIndex &match : matches)
            for (QModelIndex up = match; up.isValid() && up.parent().isValid() && !common.contains(up) && !walked.contains(up); up = up.parent()) {
                walked.insert(up);
                m_path.emplace_back(up, up.parent());
            }
    }
    viewport()->update();
}

// Every frame paints the whole viewport: no region of the boxes whose selection changed to work
// out, which for thousands selected at once cost more than the frame.
void ChartView::selectionChanged(const QItemSelection &, const QItemSelection &)
{
    m_marksStale = true;
    viewport()->update();
}

const std::vector<quint8> &ChartView::boxMarks() const
{
    ensureScene();
    if (!m_marksStale && m_marksScene == m_sceneGeneration)
        return m_boxMarks;
    m_marksStale = false;
    m_marksScene = m_sceneGeneration;
    ++m_marksGeneration;
    m_boxMarks.assign(m_scene.boxes.size(), 0);
    const auto mark = [this](const QModelIndex &index, quint8 flag) {
        if (const int box = m_scene.boxOf(index); box >= 0)
            m_boxMarks[size_t(box)] |= flag;
    };
    for (const QPersistentModelIndex &match : m_matches)
        mark(match, BoxMark::Match);
    for (const QPersistentModelIndex &collaborator : m_collaborators)
        mark(collaborator, BoxMark::Collaborator);
    if (selectionModel())
        for (const QItemSelectionRange &range : selectionModel()->selection())
            if (range.left() == 0 && range.model() == model()) // the boxes show the first column
                for (int row = range.top(); row <= range.bottom(); ++row)
                    mark(model()->index(row, 0, range.parent()), BoxMark::Selected);
    return m_boxMarks;
}
