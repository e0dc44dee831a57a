#pragma once

#include "chartscene.h"

#include <functional>

class QPainter;

// What changes between two paints of the same scene on screen; exports use the defaults.
struct ChartPaintState
{
    std::function<bool(const QModelIndex &)> isSelected;
    QModelIndex current;
    bool showFocus = false;
    int selectedLink = -1;
};

// Pen widths and dash patterns in pixels, the same on screen and in the SVG.
namespace ChartStroke {
constexpr double box = 1.5;
constexpr double selectedBox = 3;
constexpr double connector = 1.5;
constexpr double link = 2;
constexpr double selectedLink = 3.5;
constexpr double dash[2] = {7, 5};
}

// Paints the part of the scene that meets `exposed` (scene coordinates).
void paintChart(QPainter &painter, const ChartScene &scene, const ChartStyle &style, const QRectF &exposed,
                const ChartPaintState &state = {});
