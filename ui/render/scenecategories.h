#pragma once

#include "chartscene.h"

struct OrgChart;

// View > Colour By in the display list: which palette entry each box gets, and the legend's row.
namespace SceneCategories {

constexpr double rowHeight = 26; // the legend's row of categories, under the other samples

// The position of a column among the chart's extra columns: its name as given, else ignoring
// case; -1 if there is none.
int findColumn(const OrgChart &chart, const QString &name);

// Fills scene.colourKey and scene.categories from the column: the most common values get the
// palette's colours, the rest are drawn as "others". One pass over the people and one over the
// boxes, a hash look-up per different text, none per box.
void assign(ChartScene &scene, const OrgChart &chart, int column);

// The legend's row at `baseline`: a sample box and "Department: Sales" per value, then the others.
// Returns the rectangle it covers.
QRectF addLegendRow(ChartScene &scene, const ChartStyle &style, double baseline);

} // namespace SceneCategories
