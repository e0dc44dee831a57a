#pragma once

#include "chartdetail.h"
#include "chartscene.h"

#include <QSet>

class QPainter;

// How a box stands out on screen: flags, per box.
namespace BoxMark {
enum : quint8 {
    Selected = 1,
    Match = 2,        // a search match, drawn highlighted
    Collaborator = 4, // a match through a collaboration, drawn apart
};
}

// What changes between two paints of the same scene on screen; exports use the defaults.
struct ChartPaintState
{
    // Per scene box, its BoxMark flags: worked out by the view once per change of the scene, the
    // selection or the search, so that painting a box looks nothing up. Null: no box stands out.
    const std::vector<quint8> *boxMarks = nullptr;
    QSet<int> highlightedLinks;                 // collaborations on what was searched
    std::vector<QLineF> path;                   // between the matches, through their managers
    QHash<int, QPointF> boxOffsets;             // boxes drawn away from their place, while they move
    QModelIndex current;
    bool showFocus = false;
    bool showExpandedBadges = true; // the "−" toggles under expanded managers; exports leave them out
    int selectedLink = -1;
    bool fullDetail = false; // every text at any scale: vector output (PDF, print) that readers zoom into
    bool wholePixelCards = false; // the screen: cards and badges copied from one drawing of each look
    bool everyBoxOnce = false; // exports: each box painted once, its texts made and not kept in the scene

    quint8 marksOf(int box) const { return boxMarks && size_t(box) < boxMarks->size() ? (*boxMarks)[size_t(box)] : 0; }
};

// Pen widths and dash patterns in pixels, the same on screen and in the SVG.
namespace ChartStroke {
constexpr double box = 1.5;
constexpr double categoryBox = 2.5; // a box coloured by its category: the colour's border stands out
constexpr double selectedBox = 3;
constexpr double connector = 1.5;
constexpr double link = 2;
constexpr double selectedLink = 3.5;
constexpr double dash[2] = {7, 5};
}

// Paints the part of the scene that meets `exposed` (scene coordinates) with the painter's
// current transform, at the level of detail ChartDetail::levelFor() picks for a box at that scale:
// no text is drawn smaller than ChartDetail::legiblePixels unless state.fullDetail asks for all.
void paintChart(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const QRectF &exposed,
                const ChartPaintState &state = {});

// The title and the legend, each text only where it reads at the painter's scale.
void paintHeader(QPainter &painter, const ChartScene &scene, const ChartStyle &style, double scale, bool fullDetail = false);
// The collaboration links, dashed, with their labels if withText.
void paintLinks(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const ChartPaintState &state, bool withText);
