// libFuzzer target for the layouts: any forest (read from the input's bytes: each node's parent
// among the nodes before it or none, its box size, the frame's proportions) laid out compact and
// as a tidy tree; any overlap of boxes or a report placed higher than its manager's bottom
// aborts. Overlaps are found by sorting, so a large input stays fast.
#include "compacttree.h"
#include "tidytree.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace {

struct Bytes
{
    const uint8_t *data;
    size_t size;
    size_t at = 0;
    int next(int modulo) { return at < size ? data[at++] % modulo : 0; }
};

TidyTree::Forest forestOf(Bytes &bytes)
{
    TidyTree::Forest forest;
    const int nodes = 1 + int(bytes.size / 3);
    forest.children.resize(size_t(nodes));
    for (int i = 0; i < nodes; ++i) {
        forest.sizes.emplace_back(20 + bytes.next(240), 20 + bytes.next(120));
        const int pick = bytes.next(256);
        // Mostly the last few nodes (deep chains, wide teams); now and then a new root.
        const int parent = i == 0 || pick == 255 ? -1 : std::max(0, i - 1 - pick % std::min(i, 16));
        (parent < 0 ? forest.roots : forest.children[size_t(parent)]).push_back(i);
    }
    return forest;
}

// Sweeps the boxes by their left edge, keeping those whose right edge is not passed yet in a set
// ordered by top: each box is compared with the few it may meet.
void checkNoOverlap(const std::vector<QRectF> &rects)
{
    std::vector<int> order(rects.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return rects[size_t(a)].left() < rects[size_t(b)].left(); });
    std::set<std::pair<double, int>> open; // (top, box)
    std::vector<int> opened;
    for (int box : order) {
        const QRectF &r = rects[size_t(box)];
        for (auto it = open.begin(); it != open.end();) {
            const QRectF &o = rects[size_t(it->second)];
            if (o.right() <= r.left()) {
                it = open.erase(it);
                continue;
            }
            if (o.top() >= r.bottom())
                break;
            if (o.intersected(r).width() > 1e-6 && o.intersected(r).height() > 1e-6)
                std::abort(); // two boxes overlap
            ++it;
        }
        open.emplace(r.top(), box);
    }
}

void checkManagersAbove(const TidyTree::Forest &forest, const std::vector<QRectF> &rects)
{
    for (size_t v = 0; v < forest.children.size(); ++v)
        for (int child : forest.children[v])
            if (rects[size_t(child)].top() < rects[v].bottom())
                std::abort(); // a report above or beside its manager's top
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 12000) // 4,000 people: big enough for every placement, small enough to run often
        return 0;
    Bytes bytes{data, size};
    const double aspect = 0.25 + bytes.next(64) / 8.0;
    const TidyTree::Forest forest = forestOf(bytes);
    const CompactTree::Result compact = CompactTree::layout(forest, {}, {aspect, QSizeF(), QSizeF()});
    checkNoOverlap(compact.rects);
    checkManagersAbove(forest, compact.rects);
    const std::vector<QRectF> tidy = TidyTree::layout(forest);
    checkNoOverlap(tidy);
    checkManagersAbove(forest, tidy);
    return 0;
}
