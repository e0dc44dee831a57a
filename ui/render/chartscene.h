#pragma once

#include "textmeasurer.h"

#include "boxlabels.h"
#include "chartstyle.h"
#include "roundedrects.h"

#include <QHash>
#include <QLineF>
#include <QModelIndex>
#include <QRectF>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QAbstractItemModel;
class OrgChartModel;
// The box texts' measurers: a thread that makes box texts uses a set of its own.
struct SceneMeasurers
{
    TextMeasurer heading, subtitle, focus, badge;
};

// A link to draw that is not a reporting line, e.g. a collaboration.
struct SceneLinkInput
{
    QModelIndex from;
    QModelIndex to;
    QString id;
    QString label;
    QString description;
};

// How the boxes are arranged.
enum class ChartLayout {
    Compact,     // each team placed in a row, wrapped rows or stacked columns, shaped like the frame
    Tree,        // the classic tidy tree: every depth on one line
    LeftToRight, // the tidy tree turned: managers left of their reports
};
QString chartLayoutKey(ChartLayout layout); // "compact", "tree", "left-right"
std::optional<ChartLayout> chartLayoutFromKey(const QString &key);

// How to lay the chart out.
struct SceneOptions
{
    std::function<bool(const QModelIndex &)> isCollapsed; // reports of a collapsed box are hidden
    ChartLayout layout = ChartLayout::Compact;
    double aspectRatio = 16.0 / 10; // width to height the compact layout aims at: the window's, the page's
    QSizeF fitsWhole; // the window at 100 %: a compact chart that fits in it wraps no more than it must
    QModelIndex root;          // only this box and everyone below it; invalid: the whole chart
    bool showChanges = false;  // mark boxes that differ between a small and a large company
    QString colourBy;          // an extra column whose values colour the boxes; empty: none
    // False for a scene that is written out once and never shown (an SVG file): no outlines and no
    // box grid, which only painting and looking boxes up by place need (24 MB for 1,000,000).
    bool indexed = true;
};

// What a chart opens with: boxes opened breadth first, each showing all its reports, while the
// boxes shown stay within the budget (the top's reports always show); the rest collapsed.
QModelIndexList collapsedForOpening(const QAbstractItemModel &model, int boxBudget = 24);
// The first `levels` levels shown (1: only the top), everything below collapsed.
QModelIndexList collapsedBelowLevel(const QAbstractItemModel &model, int levels);

// Finds the items whose bounding rectangles may meet a rectangle, without looking at every item. An
// item no bigger than a cell is filed under the cell of its top-left corner alone, and a query looks
// one cell further up and left for it; a bigger one under every cell it covers. Built once, as a
// counting sort: a count per cell, then every cell's items in one array, rather than an allocation
// per cell (100,000 boxes made tens of thousands of small ones).
class SpatialGrid
{
public:
    // rectOf(i): the bounding rectangle of item i, for i from 0 to count - 1.
    template<typename RectOf>
    void build(const QRectF &bounds, double cellSize, size_t count, RectOf rectOf)
    {
        reset(bounds, cellSize);
        std::vector<int> cells(count); // a small item's cell; -1 for a big one, in `big`
        std::vector<std::pair<int, Span>> big;
        for (size_t i = 0; i < count; ++i) {
            const QRectF rect = rectOf(i);
            const bool small = rect.width() <= m_cellSize && rect.height() <= m_cellSize;
            cells[i] = small ? cellAt(rect.left(), rect.top()) : -1;
            if (!small)
                big.emplace_back(int(i), spanOf(rect));
        }
        fill(cells, big);
    }
    std::vector<int> query(const QRectF &rect) const; // sorted, without repeats; may hold items just outside

private:
    struct Span
    {
        int left, top, right, bottom; // cells, inclusive
    };
    void reset(const QRectF &bounds, double cellSize);
    int column(double x) const { return std::clamp(int((x - m_bounds.left()) * m_perCell), 0, m_columns - 1); }
    int row(double y) const { return std::clamp(int((y - m_bounds.top()) * m_perCell), 0, m_rows - 1); }
    int cellAt(double x, double y) const { return row(y) * m_columns + column(x); }
    Span spanOf(const QRectF &rect) const { return {column(rect.left()), row(rect.top()), column(rect.right()), row(rect.bottom())}; }
    void fill(const std::vector<int> &cells, const std::vector<std::pair<int, Span>> &big);

    QRectF m_bounds;
    double m_cellSize = 512;
    double m_perCell = 1.0 / 512;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<int> m_cellStart; // per cell, where its items begin in m_items; then the end
    std::vector<int> m_items;     // each cell's items in ascending order
};

// The display list of the chart: everything the screen paints and the exports write, in scene
// coordinates, built once per change of the model, the company size, the options or the style.
struct ChartScene
{
    struct Text
    {
        QPointF anchor;         // on the baseline: the centre if centred, else the start
        QString text;           // already elided to fit
        ChartStyle::Text role;
        bool centred = true;
        double width = 0;       // advance of the text in its font, measured once
    };
    // Kept small: a chart of 100,000 people has as many, and fresh memory costs a page fault per 4 KB.
    struct Box
    {
        QRectF rect;
        QModelIndex index;
        double badgeWidth = 0;  // 0 without reports
        double changesWidth = 0; // 0 without a "what changes" marker
        int changes = 0;        // how many things differ between a small and a large company
        int hidden = 0;         // people below a collapsed box
        bool hasReports = false;
        bool collapsed = false;
        bool badgeAtRight = false; // left-to-right charts: the badge on the right edge, not the bottom

        QRectF badgeRect() const;   // "+N" when collapsed, "−" when its reports show; empty without reports
        QRectF changesRect() const; // the "what changes" marker at the top right; empty without one
        QRectF bounds() const;      // the box with its badge and marker
    };
    struct Link
    {
        int link = -1;          // position in the links the scene was built from
        QString id;
        QString title;
        QString description;
        QLineF line;
        QRectF labelRect;
        int labelText = -1;
    };
    // A sample of each style the chart uses, drawn before its explanation in the header.
    struct LegendSample
    {
        enum class Kind { ReportsTo, CollaboratesWith, Acting, Changes, Category };
        Kind kind = Kind::ReportsTo;
        QLineF line; // the two lines
        QRectF rect; // the acting box, the Δ badge, whose "Δ" is one of the header's texts, a category's box
        int category = -1; // Kind::Category: its palette entry; -1 for the values drawn as others
        bool dashed() const { return kind == Kind::CollaboratesWith; }
    };
    struct Hit
    {
        int box = -1;
        bool onBadge = false;
        bool onChanges = false;
    };

    QString title;
    QRectF bounds;
    std::vector<Box> boxes;           // depth first, in the model's order
    // The boxes' rectangles alone and packed, in the same order: at the smallest zooms every box is
    // drawn each frame, and this is a tenth of the memory to walk.
    struct Outline
    {
        float left, top, right, bottom;
    };
    std::vector<Outline> outlines;
    std::vector<QLineF> connectors;
    std::vector<Link> links;
    std::vector<Text> texts;          // the header's texts and the links' labels
    std::vector<int> headerTexts;
    std::vector<LegendSample> legend;
    // View > Colour By: the column, its values by palette entry (the most common first), and per
    // box its palette entry (-1: another value, or none). Empty when the boxes are not coloured.
    struct ColourKey
    {
        QString column;
        int field = -1;          // position of the column in the chart's fieldNames
        QStringList values;      // at most CategoryPalette::size
        bool others = false;     // some people have another value, or none
    };
    ColourKey colourKey;
    std::vector<qint8> categories;
    int categoryOf(int box) const { return categories.empty() ? -1 : categories[size_t(box)]; }
    // "Department: Sales" for a box, its own value even when drawn as another; empty when not coloured.
    QString categoryText(int box) const;

    // The box that shows an index, found by its rows from the top: -1 when none does (below a
    // collapsed box, outside the team). No table of every index to build, as a hash would need.
    int boxOf(const QModelIndex &index) const;
    // Boxes and reporting lines that may meet a rectangle: those that do, and perhaps a few near it.
    std::vector<int> boxesIn(const QRectF &rect) const { return m_boxGrid.query(rect); }
    std::vector<int> connectorsIn(const QRectF &rect) const;

    // The box or badge at a point; failing that, the nearest box within tolerance (for tiny zooms).
    Hit hitTest(QPointF point, double tolerance = 0) const;
    int linkAt(QPointF point, double tolerance) const;  // -1 if none

    // A box's lines, then its badge if it has reports. Measured when first asked for and kept:
    // a chart of 100,000 people only ever shows a few hundred boxes with text at once.
    const std::vector<Text> &boxTexts(int box) const;
    // The same without keeping them, for exports that pass every box once.
    std::vector<Text> makeBoxTexts(int box) const;
    // The same into `texts` (emptied first), measured by the caller's measurers: a thread that
    // makes box texts beside another has its own, from separateMeasurers().
    void makeBoxTexts(int box, const SceneMeasurers &measure, std::vector<Text> &texts) const;
    // Measurers of the box texts like the scene's, with what they kept, to be used by one thread.
    std::unique_ptr<SceneMeasurers> separateMeasurers() const;
    QString badgeText(const Box &box) const;
    // Whether a stand-in holds the box's role (drawn apart): asked of the model when first needed,
    // as only the boxes painted need it.
    bool isActing(int box) const;
    QString changesText(const Box &box) const; // "Δ 3"

    std::shared_ptr<const SceneMeasurers> m_measurers;
    const OrgChartModel *m_org = nullptr; // the model, when it is one: its texts are read without a QVariant
    double m_textWidth = 0;
    mutable QHash<int, std::vector<Text>> m_textCache;
    mutable std::vector<signed char> m_acting; // per box: -1 until asked
    mutable BoxLabels m_labels; // names and initials at the levels of detail below the card
    mutable RoundedRects m_roundedRects; // cards and badges on screen

    std::vector<int> m_roots;                // the boxes of the model's top rows, or the team's root
    // Per box, its reports' boxes by row (none if collapsed), all in one array: a vector per box
    // took 40 MB for a chart of 1,000,000 people, this takes 8.
    struct Reports
    {
        std::vector<int> start; // per box, where its reports begin in `boxes`; then the end
        std::vector<int> boxes;
        std::span<const int> of(int box) const { return {boxes.data() + start[size_t(box)], size_t(start[size_t(box) + 1] - start[size_t(box)])}; }
    };
    Reports m_reports;
    bool m_team = false;                     // the first box is a team's root, not a top row
    mutable QHash<QModelIndex, int> m_deepBoxes; // made when first asked for a box deeper than a walk should go
    SpatialGrid m_boxGrid;
    // Reporting lines are looked up only to paint them at zooms with a painter, not at the smallest
    // ones, which draw them all, nor for hit tests: indexed when first asked for.
    mutable std::optional<SpatialGrid> m_connectorGrid;
};

ChartScene buildChartScene(const QAbstractItemModel &model, const std::vector<SceneLinkInput> &links,
                           const QString &title, const ChartStyle &style, const SceneOptions &options = {});

// The scene of an organisation model: its collaboration links, and a title with the company size.
ChartScene buildChartScene(const OrgChartModel &model, const ChartStyle &style, const SceneOptions &options = {});
