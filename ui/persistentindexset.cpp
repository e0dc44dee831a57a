#include "persistentindexset.h"

void PersistentIndexSet::insert(const QModelIndex &index)
{
    if (!index.isValid() || contains(index))
        return;
    m_places.insert(index, qsizetype(m_items.size()));
    m_items.emplace_back(index);
}

void PersistentIndexSet::remove(const QModelIndex &index)
{
    const auto found = lookup().constFind(index);
    if (found == m_places.cend())
        return;
    // The last item takes the removed one's place: no list to shift.
    const qsizetype place = *found;
    m_places.erase(found);
    if (size_t(place) + 1 < m_items.size()) {
        m_items[size_t(place)] = std::move(m_items.back());
        m_places[m_items[size_t(place)]] = place;
    }
    m_items.pop_back();
}

void PersistentIndexSet::clear()
{
    m_items.clear();
    m_places.clear();
    m_stale = false;
}

void PersistentIndexSet::assign(const QModelIndexList &indexes)
{
    clear();
    m_items.reserve(size_t(indexes.size()));
    m_places.reserve(indexes.size());
    for (const QModelIndex &index : indexes)
        insert(index);
}

const QHash<QModelIndex, qsizetype> &PersistentIndexSet::lookup() const
{
    if (m_stale)
        rebuild();
    return m_places;
}

// Items whose rows were removed are dropped here, the first time the set is asked after, as are
// repeats (two items the model made one).
void PersistentIndexSet::rebuild() const
{
    m_stale = false;
    m_places.clear();
    m_places.reserve(qsizetype(m_items.size()));
    size_t kept = 0;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const QModelIndex index = m_items[i];
        if (!index.isValid() || m_places.contains(index))
            continue;
        m_places.insert(index, qsizetype(kept));
        if (kept != i)
            m_items[kept] = std::move(m_items[i]);
        ++kept;
    }
    m_items.resize(kept);
}
