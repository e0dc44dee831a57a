#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QSizeF>

#include <array>

// Colours, type and spacing of the chart, shared by the screen and the exports.
struct ChartStyle
{
    enum class Text { Title, Legend, Heading, Subtitle, Focus, LinkLabel, Badge, Changes };

    QColor background;
    QColor boxFill;
    QColor boxBorder;
    QColor actingFill;
    QColor actingBorder;
    QColor heading;
    QColor text;
    QColor mutedText;
    QColor connector;
    QColor link;
    QColor linkLabelFill;
    QColor selectionFill;
    QColor selectionBorder;
    QColor focusRing;
    QColor badgeFill;
    QColor badgeText;
    QColor changesFill;     // the "what changes between sizes" marker
    QColor changesText;
    QColor searchMatch;     // fill of boxes that match the search
    // View > Colour By: per category, a light tint of the box fill on which every box text keeps
    // WCAG AA contrast, and the category's colour for the border (3:1 on the background).
    std::array<QColor, 9> categoryFill;
    std::array<QColor, 9> categoryBorder;

    QFont titleFont, legendFont, headingFont, subtitleFont, focusFont, linkLabelFont, badgeFont;

    QSizeF boxSize{256, 112};
    double cornerRadius = 8;
    double margin = 32;
    double headerHeight = 84;    // title and legend above the chart
    double siblingGap = 36;
    double cousinGap = 56;
    double levelGap = 72;
    double linkLabelPadding = 22; // around a link's label, between the two boxes it joins

    const QFont &font(Text role) const;
    const QColor &color(Text role) const;

    // Whether the two lay a chart out alike: the same type and spacing, whatever the colours.
    bool sameLayout(const ChartStyle &other) const;

    static ChartStyle light();
    static ChartStyle dark();
    // Light or dark, following the window colour of the palette.
    static ChartStyle forPalette(const QPalette &palette);
};
