#pragma once

#include <QRectF>
#include <QSizeF>

#include <vector>

// Tidy drawing of a forest (Reingold–Tilford, in the linear-time form of Buchheim, Jünger and
// Leipert 2002, with boxes of any width): parents centred over their children, subtrees packed as
// closely as their contours allow, every depth on one line, several roots side by side.
// Pure and widget-free: node sizes in, top-left positions out.
namespace TidyTree {

struct Forest
{
    std::vector<std::vector<int>> children; // per node, in drawing order
    std::vector<int> roots;                 // in drawing order
    std::vector<QSizeF> sizes;              // per node
};

struct Spacing
{
    double siblingGap = 40;  // between boxes with the same parent
    double cousinGap = 60;   // between neighbouring boxes of different parents
    double levelGap = 64;    // between the bottom of one depth and the top of the next
};

// One rectangle per node; the forest's bounding box starts at (0, 0). Nodes unreachable from a
// root keep an empty rectangle.
std::vector<QRectF> layout(const Forest &forest, const Spacing &spacing = {});

} // namespace TidyTree
