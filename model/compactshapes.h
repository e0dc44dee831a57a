#pragma once

#include "compacttree.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

// The shapes each subtree of a compact drawing may take, worked out bottom up, and how a
// manager's reports are arranged in one of them. Only for CompactTree::layout (compacttree.cpp),
// which picks a shape for the whole drawing and places everyone top down.
namespace CompactTree::Shapes {

enum class Placement : unsigned char { Leaf, Rows, Teams, OneColumn, TwoColumns };

// One way to draw a subtree: the rectangle it takes, and where its top box sits in it.
struct Candidate
{
    double width = 0;
    double height = 0;
    double boxLeft = 0;   // of the subtree's top box, from the rectangle's left
    double inset = 0;     // of its leftmost box or line, from the rectangle's left
    double limit = 0;     // Rows: the tallest shape a report may take; Teams: the widest
    int count = 0;        // Rows, Teams: how many rows or columns of reports were asked for
    Placement placement = Placement::Leaf;
};

// A manager's report, gathered once per manager so that the inner loops read one short array.
struct Report
{
    int node;
    int first, count; // its candidates, from the narrowest and tallest to the widest and lowest
    bool leaf;
    double boxWidth, boxHeight;
    double gapAbove; // below the colleague before it, when they are one below the other in a column
    int shape;       // the one it takes in the arrangement at hand (-1: none yet)
    double width, height; // of that shape
};

// A manager's reports are drawn in rows of units side by side. A unit is one report hanging from
// its row's line, or a column: a line that drops from the row's line, with reports beside it in
// lines of one (joined at their middle) or of several abreast (hanging from a line above them).
struct Unit
{
    int end; // one past its last report
    bool column;
    double width, height;
};
struct Row
{
    int end; // one past its last unit
    double width, height;
};
struct Line
{
    size_t end; // one past its last report
    double width, height;
};

constexpr double teamGapFactor = 0.5; // between teams one below the other, in level gaps

// The shapes of every subtree (from build), and the arrangement of one manager's reports in one
// of its shapes (from arrange).
class Catalogue
{
public:
    Catalogue(const TidyTree::Forest &forest, const Spacing &spacing, double aspectRatio);

    // Every reachable subtree's shapes, every report's before its manager's.
    void build();

    int top() const { return m.top; } // the forest's root, or a node above several roots
    bool isVirtualRoot(int v) const { return v == m.virtualRoot; }
    const std::vector<int> &children(int v) const { return v == m.virtualRoot ? m.forest.roots : m.forest.children[size_t(v)]; }
    QSizeF boxSize(int v) const { return v == m.virtualRoot ? QSizeF() : m.forest.sizes[size_t(v)]; }
    const Candidate &candidate(int index) const { return m.candidates[size_t(index)]; }
    // A subtree's shapes: [first, first + count).
    int first(int v) const { return m.nodes[size_t(v)].first; }
    int count(int v) const { return m.nodes[size_t(v)].count; }
    // Its shapes narrowed down to the one it takes: known, where count is 0.
    void choose(int v, int shape) { m.nodes[size_t(v)] = {shape, 0, m.nodes[size_t(v)].people}; }
    // Everyone with reports, each after their reports.
    const std::vector<int> &managers() const { return m.managers; }

    // The reports of a manager in rows of units, as in one of its shapes of rows or columns.
    void arrange(int v, const Candidate &shape);
    const std::vector<Report> &reports() const { return m.reports; }
    const std::vector<Unit> &units() const { return m.units; }
    const std::vector<Row> &rows() const { return m.rows; }
    // The reports from i on (before end) that share a line in a column of the given width: one, or
    // as many abreast as fit; and the room above that line in its column.
    Line lineFrom(size_t i, size_t end, double width) const { return m.lineFrom(i, end, width); }
    double gapBefore(size_t start, size_t i, const Line &line) const { return m.gapBefore(start, i, line); }

    // Where the first row of reports starts below the top of a subtree, and the room on the left
    // for the line that joins several rows.
    double rowsTop(int v) const { return v == m.virtualRoot ? 0 : boxSize(v).height() + m.spacing.levelGap; }
    double trunkRoom(int v) const { return v == m.virtualRoot ? 0 : 2 * m.spacing.stub; }
    double gridGap() const { return m.gridGap(); }
    double spineOffset(QSizeF box) const { return std::min(box.width() / 2, 2 * m.spacing.stub); }

    // All there is to know, for the work in compactshapes.cpp.
    struct State
    {
        State(const TidyTree::Forest &forest, const Spacing &spacing, double aspectRatio);
        const TidyTree::Forest &forest;
        const Spacing &spacing;
        const double logAspect;
        const int virtualRoot;
        const int top;
        std::vector<Candidate> candidates;
        // Per node, and the forest's roots last: its candidates, and the size of its subtree.
        struct Node
        {
            int first = 0, count = 0;
            int people = 1;
        };
        std::vector<Node> nodes;
        std::vector<int> managers;
        int leafShape = -1;            // the shape shared by people without reports
        QSizeF leafBox;                // of their box
        std::vector<std::pair<int, int>> uniformTeams; // shapes of teams of people without reports, in boxes like theirs: by size
        QSizeF uniformBox;             // the box of those teams
        std::map<std::tuple<size_t, double, double>, std::pair<int, int>> otherUniformTeams; // in other boxes
        std::vector<std::vector<int>> smallCounts; // numbers of rows tried, by team size and effort
        std::map<std::pair<int, int>, std::vector<int>> largeCounts; // for large teams
        // The manager at hand:
        std::vector<Report> reports;
        std::vector<Candidate> front;  // the shapes found so far, none both wider and taller than another
        std::vector<double> proportion;
        std::vector<Unit> units;
        double unitsWidth = 0;         // all side by side
        double reportsHeight = 0;      // all one below another
        std::vector<Row> rows;

        double gridGap() const { return teamGapFactor * spacing.levelGap; } // room for the line above reports abreast
        Line lineFrom(size_t i, size_t end, double width) const
        {
            Line line{i + 1, reports[i].width, reports[i].height};
            for (; line.end < end && line.width + spacing.siblingGap + reports[line.end].width <= width; ++line.end) {
                line.width += spacing.siblingGap + reports[line.end].width;
                line.height = std::max(line.height, reports[line.end].height);
            }
            return line;
        }
        double gapBefore(size_t start, size_t i, const Line &line) const
        {
            return i == start ? 0 : line.end > i + 1 ? gridGap() : reports[i].gapAbove;
        }
    };

private:
    State m;
};

} // namespace CompactTree::Shapes
