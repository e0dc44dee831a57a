#pragma once

#include "chartstyle.h"

#include <QSizeF>

// Levels of detail, chosen by the pixels a box and its text get on screen, not by the zoom alone.
namespace ChartDetail {

enum class Level {
    Block,    // a box of colour, no text
    Initials, // "AL" for Ada Lovelace
    Name,     // the box's heading alone, at a size of its own
    Card,     // everything, at the style's sizes
};

constexpr double legiblePixels = 10;  // no text is drawn smaller on screen
constexpr double nameMinimumWidth = 36; // narrower boxes show initials at most: a name would be a letter and "…"
constexpr double outlines = 0.08;     // zooms below: rasterizeChart(), fast with 100,000 boxes in view

// The level for a box of this size in device pixels, drawn in this style.
Level levelFor(QSizeF boxOnScreen, const ChartStyle &style);

// The least scale (device pixels per scene unit) at which a box of the style shows its card.
double cardScale(const ChartStyle &style);

// How the name goes into a box at the Name level: pixel size, lines, and the width for them.
struct NameFit
{
    int pixelSize = 0;
    int lines = 0;
    double width = 0;
};
NameFit nameFitFor(QSizeF boxOnScreen, const ChartStyle &style);

// The height of one line of text at a pixel size, as the fitting above counts it.
constexpr int lineHeight(int pixelSize)
{
    return (pixelSize * 6 + 4) / 5; // 1.2 em, rounded
}

} // namespace ChartDetail
