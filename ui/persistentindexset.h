#pragma once

#include <QHash>
#include <QModelIndex>
#include <QPersistentModelIndex>

#include <vector>

// Model items that stay in the set while their rows move. The persistent indexes, which the model
// keeps up to date, live in a plain list; lookups go through a hash of their plain indexes of the
// moment, so that asking about an index makes no persistent index (a search of the model's table
// of them, and an allocation for an index that has none). The hash is rebuilt, in one pass, when
// first asked after markStale(): after any change of the model that moves rows (rows inserted,
// removed or moved, a new layout). Adding, removing and looking up cost O(1) otherwise.
class PersistentIndexSet
{
public:
    bool isEmpty() const { return m_items.empty(); }
    bool contains(const QModelIndex &index) const { return index.isValid() && lookup().contains(index); }
    void insert(const QModelIndex &index);
    void remove(const QModelIndex &index);
    void clear();
    void assign(const QModelIndexList &indexes);
    void markStale() { m_stale = true; }

    // Each item's index now, with its place in the list.
    const QHash<QModelIndex, qsizetype> &lookup() const;

private:
    void rebuild() const;

    mutable std::vector<QPersistentModelIndex> m_items;
    mutable QHash<QModelIndex, qsizetype> m_places;
    mutable bool m_stale = false;
};
