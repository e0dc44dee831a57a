#include "tidytree.h"

#include <algorithm>
#include <limits>

namespace TidyTree {
namespace {

// Working state for one layout, one entry per node plus a virtual root that holds the real roots.
class Walker
{
public:
    Walker(const Forest &forest, const Spacing &spacing)
        : m_forest(forest), m_spacing(spacing), m_virtualRoot(int(forest.sizes.size()))
    {
        const size_t n = forest.sizes.size() + 1;
        m_parent.assign(n, -1);
        m_number.assign(n, 0);
        m_prelim.assign(n, 0);
        m_mod.assign(n, 0);
        m_shift.assign(n, 0);
        m_change.assign(n, 0);
        m_thread.assign(n, -1);
        m_ancestor.resize(n);
        m_depth.assign(n, -1);
        for (size_t v = 0; v < n; ++v)
            m_ancestor[v] = int(v);
        for (int v = 0; v < m_virtualRoot; ++v)
            for (size_t i = 0; i < forest.children[size_t(v)].size(); ++i) {
                const int w = forest.children[size_t(v)][i];
                m_parent[size_t(w)] = v;
                m_number[size_t(w)] = int(i);
            }
        for (size_t i = 0; i < forest.roots.size(); ++i) {
            m_parent[size_t(forest.roots[i])] = m_virtualRoot;
            m_number[size_t(forest.roots[i])] = int(i);
        }
    }

    std::vector<QRectF> run()
    {
        std::vector<QRectF> rects(m_forest.sizes.size());
        if (m_forest.roots.empty())
            return rects;
        firstWalk();
        secondWalk(rects);
        return rects;
    }

private:
    const std::vector<int> &children(int v) const
    {
        return v == m_virtualRoot ? m_forest.roots : m_forest.children[size_t(v)];
    }
    double width(int v) const { return v == m_virtualRoot ? 0 : m_forest.sizes[size_t(v)].width(); }
    bool isLeaf(int v) const { return children(v).empty(); }
    int leftSibling(int v) const
    {
        return m_number[size_t(v)] > 0 ? children(m_parent[size_t(v)])[size_t(m_number[size_t(v)] - 1)] : -1;
    }
    int leftmostSibling(int v) const { return children(m_parent[size_t(v)]).front(); }
    int nextLeft(int v) const { return isLeaf(v) ? m_thread[size_t(v)] : children(v).front(); }
    int nextRight(int v) const { return isLeaf(v) ? m_thread[size_t(v)] : children(v).back(); }

    // Centre-to-centre distance two neighbouring boxes need.
    double distance(int left, int right) const
    {
        const double gap = m_parent[size_t(left)] == m_parent[size_t(right)] ? m_spacing.siblingGap : m_spacing.cousinGap;
        return (width(left) + width(right)) / 2 + gap;
    }

    // Post-order without recursion, so that a chain of a million people cannot overflow the stack.
    void firstWalk()
    {
        std::vector<int> defaultAncestor(m_parent.size(), -1);
        std::vector<std::pair<int, size_t>> stack{{m_virtualRoot, 0}};
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next < children(v).size()) {
                const int child = children(v)[next++];
                stack.emplace_back(child, 0);
                continue;
            }
            const int node = v;
            stack.pop_back();
            finish(node);
            if (node != m_virtualRoot) {
                const int parent = m_parent[size_t(node)];
                if (defaultAncestor[size_t(parent)] < 0)
                    defaultAncestor[size_t(parent)] = node;
                apportion(node, defaultAncestor[size_t(parent)]);
            }
        }
    }

    void finish(int v)
    {
        const int w = v == m_virtualRoot ? -1 : leftSibling(v);
        if (isLeaf(v)) {
            m_prelim[size_t(v)] = w >= 0 ? m_prelim[size_t(w)] + distance(w, v) : 0;
            return;
        }
        executeShifts(v);
        const double midpoint = (m_prelim[size_t(children(v).front())] + m_prelim[size_t(children(v).back())]) / 2;
        if (w >= 0) {
            m_prelim[size_t(v)] = m_prelim[size_t(w)] + distance(w, v);
            m_mod[size_t(v)] = m_prelim[size_t(v)] - midpoint;
        } else {
            m_prelim[size_t(v)] = midpoint;
        }
    }

    void apportion(int v, int &defaultAncestor)
    {
        const int w = leftSibling(v);
        if (w < 0)
            return;
        int vir = v, vor = v, vil = w, vol = leftmostSibling(v);
        double sir = m_mod[size_t(vir)], sor = m_mod[size_t(vor)];
        double sil = m_mod[size_t(vil)], sol = m_mod[size_t(vol)];
        while (nextRight(vil) >= 0 && nextLeft(vir) >= 0) {
            vil = nextRight(vil);
            vir = nextLeft(vir);
            vol = nextLeft(vol);
            vor = nextRight(vor);
            m_ancestor[size_t(vor)] = v;
            const double shift = (m_prelim[size_t(vil)] + sil) - (m_prelim[size_t(vir)] + sir) + distance(vil, vir);
            if (shift > 0) {
                moveSubtree(ancestor(vil, v, defaultAncestor), v, shift);
                sir += shift;
                sor += shift;
            }
            sil += m_mod[size_t(vil)];
            sir += m_mod[size_t(vir)];
            sol += m_mod[size_t(vol)];
            sor += m_mod[size_t(vor)];
        }
        if (nextRight(vil) >= 0 && nextRight(vor) < 0) {
            m_thread[size_t(vor)] = nextRight(vil);
            m_mod[size_t(vor)] += sil - sor;
        }
        if (nextLeft(vir) >= 0 && nextLeft(vol) < 0) {
            m_thread[size_t(vol)] = nextLeft(vir);
            m_mod[size_t(vol)] += sir - sol;
            defaultAncestor = v;
        }
    }

    int ancestor(int vil, int v, int defaultAncestor) const
    {
        const int a = m_ancestor[size_t(vil)];
        return m_parent[size_t(a)] == m_parent[size_t(v)] ? a : defaultAncestor;
    }

    void moveSubtree(int wl, int wr, double shift)
    {
        const double subtrees = m_number[size_t(wr)] - m_number[size_t(wl)];
        m_change[size_t(wr)] -= shift / subtrees;
        m_shift[size_t(wr)] += shift;
        m_change[size_t(wl)] += shift / subtrees;
        m_prelim[size_t(wr)] += shift;
        m_mod[size_t(wr)] += shift;
    }

    void executeShifts(int v)
    {
        double shift = 0, change = 0;
        const auto &kids = children(v);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
            m_prelim[size_t(*it)] += shift;
            m_mod[size_t(*it)] += shift;
            change += m_change[size_t(*it)];
            shift += m_shift[size_t(*it)] + change;
        }
    }

    void secondWalk(std::vector<QRectF> &rects)
    {
        // Depth by depth: the tallest box of a depth sets where the next one starts.
        std::vector<double> centre(m_parent.size(), 0);
        std::vector<double> levelHeight;
        std::vector<std::pair<int, double>> stack; // node, sum of ancestors' mods
        for (int root : m_forest.roots)
            stack.emplace_back(root, m_mod[size_t(m_virtualRoot)]);
        std::vector<int> order;
        order.reserve(m_forest.sizes.size());
        m_depth[size_t(m_virtualRoot)] = -1;
        for (int root : m_forest.roots)
            m_depth[size_t(root)] = 0;
        double minLeft = std::numeric_limits<double>::max();
        while (!stack.empty()) {
            const auto [v, modSum] = stack.back();
            stack.pop_back();
            order.push_back(v);
            centre[size_t(v)] = m_prelim[size_t(v)] + modSum;
            minLeft = std::min(minLeft, centre[size_t(v)] - width(v) / 2);
            const size_t depth = size_t(m_depth[size_t(v)]);
            if (levelHeight.size() <= depth)
                levelHeight.resize(depth + 1, 0);
            levelHeight[depth] = std::max(levelHeight[depth], m_forest.sizes[size_t(v)].height());
            for (int child : children(v)) {
                m_depth[size_t(child)] = int(depth) + 1;
                stack.emplace_back(child, modSum + m_mod[size_t(v)]);
            }
        }
        std::vector<double> levelTop(levelHeight.size(), 0);
        for (size_t d = 1; d < levelHeight.size(); ++d)
            levelTop[d] = levelTop[d - 1] + levelHeight[d - 1] + m_spacing.levelGap;
        for (int v : order) {
            const QSizeF size = m_forest.sizes[size_t(v)];
            rects[size_t(v)] = QRectF(centre[size_t(v)] - size.width() / 2 - minLeft, levelTop[size_t(m_depth[size_t(v)])], size.width(), size.height());
        }
    }

    const Forest &m_forest;
    const Spacing &m_spacing;
    const int m_virtualRoot;
    std::vector<int> m_parent, m_number, m_thread, m_ancestor, m_depth;
    std::vector<double> m_prelim, m_mod, m_shift, m_change;
};

} // namespace

std::vector<QRectF> layout(const Forest &forest, const Spacing &spacing)
{
    return Walker(forest, spacing).run();
}

} // namespace TidyTree
