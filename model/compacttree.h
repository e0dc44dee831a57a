#pragma once

#include "tidytree.h"

#include <QLineF>

// A compact drawing of a forest, shaped like its frame (after yFiles' compact and aspect-ratio tree
// placers and d3-org-chart's compact mode). Every manager's reports are placed in one of a few ways:
// reports that have none of their own stacked in one or two columns beside a vertical line under
// the manager; or rows, each on a line of its own, of reports hanging from it and of columns of
// colleagues beside a line that drops from it (colleagues narrow enough stand abreast there); columns
// of teams under a bar are such a row. The choice is made bottom-up over a few candidate shapes per
// subtree, so that the whole drawing comes close to a preferred width-to-height ratio. Each subtree
// keeps to a rectangle of its own, so nothing overlaps; managers stay above their reports,
// colleagues keep their order, and connectors are orthogonal and end on the boxes. Linear in the
// number of nodes, without recursion.
namespace CompactTree {

struct Spacing
{
    double siblingGap = 24;  // between neighbouring subtrees in a row
    double levelGap = 48;    // between a manager and the row of its reports, and between rows
    double stackGap = 16;    // between boxes stacked in a column
    double stub = 12;        // the connector from a column's line to a stacked box
    int columnsFrom = 2;     // the fewest reports that may be stacked in columns
    std::vector<char> oneRow; // per node, where set: its reports stay side by side in one row
};

struct Result
{
    std::vector<QRectF> rects;      // per node; the drawing's bounding box starts at (0, 0)
    std::vector<QLineF> connectors; // reporting lines, horizontal or vertical
};

struct Frame
{
    double aspectRatio = 16.0 / 10; // the width to height the whole drawing aims at
    QSizeF padding;                 // added to the drawing before comparing: margins, a header
    // Where given: a drawing that fits in it whole (padding included) is drawn with the fewest
    // wraps that fit, since it needs no shrinking (a small chart stays a classic tree).
    QSizeF fitsWhole;
};

Result layout(const TidyTree::Forest &forest, const Spacing &spacing, const Frame &frame);

} // namespace CompactTree
