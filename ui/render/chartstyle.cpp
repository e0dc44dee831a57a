#include "chartstyle.h"

#include "categorypalette.h"

#include <QGuiApplication>

#include <tuple>

namespace {

QFont pixelFont(int pixels, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixels);
    font.setWeight(weight);
    font.setItalic(italic);
    font.setStyleStrategy(QFont::PreferNoShaping); // what TextMeasurer's fast path relies on
    return font;
}

ChartStyle withFonts(ChartStyle style)
{
    style.titleFont = pixelFont(22, QFont::Bold);
    style.legendFont = pixelFont(13);
    style.headingFont = pixelFont(19, QFont::Bold);
    style.subtitleFont = pixelFont(14);
    style.focusFont = pixelFont(12);
    style.linkLabelFont = pixelFont(12, QFont::DemiBold);
    style.badgeFont = pixelFont(12, QFont::Bold);
    return style;
}

// The category colours worked out from the style's own: the tint as strong as the texts allow.
ChartStyle withCategories(ChartStyle style, double strongestTint)
{
    static_assert(std::tuple_size_v<decltype(style.categoryFill)> == CategoryPalette::size);
    const QColor texts[] = {style.heading, style.text, style.mutedText};
    for (int category = 0; category < CategoryPalette::size; ++category) {
        const QColor colour = CategoryPalette::base(category);
        style.categoryFill[size_t(category)] = CategoryPalette::tint(style.boxFill, colour, texts, strongestTint);
        style.categoryBorder[size_t(category)] = CategoryPalette::outline(colour, style.background, style.text);
    }
    return style;
}

} // namespace

const QFont &ChartStyle::font(Text role) const
{
    switch (role) {
    case Text::Title: return titleFont;
    case Text::Legend: return legendFont;
    case Text::Heading: return headingFont;
    case Text::Subtitle: return subtitleFont;
    case Text::Focus: return focusFont;
    case Text::LinkLabel: return linkLabelFont;
    case Text::Badge:
    case Text::Changes: return badgeFont;
    }
    return subtitleFont;
}

const QColor &ChartStyle::color(Text role) const
{
    switch (role) {
    case Text::Heading: return heading;
    case Text::Focus:
    case Text::Legend: return mutedText;
    case Text::LinkLabel: return link;
    case Text::Badge: return badgeText;
    case Text::Changes: return changesText;
    case Text::Title:
    case Text::Subtitle: return text;
    }
    return text;
}

bool ChartStyle::sameLayout(const ChartStyle &other) const
{
    const auto layout = [](const ChartStyle &s) {
        return std::tie(s.titleFont, s.legendFont, s.headingFont, s.subtitleFont, s.focusFont, s.linkLabelFont, s.badgeFont, s.boxSize,
                        s.cornerRadius, s.margin, s.headerHeight, s.siblingGap, s.cousinGap, s.levelGap, s.linkLabelPadding);
    };
    return layout(*this) == layout(other);
}

ChartStyle ChartStyle::light()
{
    ChartStyle style;
    style.background = QColor(0xf6, 0xf7, 0xf9);
    style.boxFill = QColor(0xff, 0xff, 0xff);
    style.boxBorder = QColor(0x7d, 0x86, 0x96);
    style.actingFill = QColor(0xfd, 0xf3, 0xdc);
    style.actingBorder = QColor(0xa8, 0x6b, 0x00);
    style.heading = QColor(0x1d, 0x4e, 0xa8);
    style.text = QColor(0x1f, 0x24, 0x2e);
    style.mutedText = QColor(0x4a, 0x52, 0x60);
    style.connector = QColor(0x74, 0x7e, 0x8e);
    style.link = QColor(0x6a, 0x3d, 0xc4);
    style.linkLabelFill = QColor(0xf1, 0xeb, 0xff);
    style.selectionFill = QColor(0xe3, 0xee, 0xff);
    style.selectionBorder = QColor(0x1f, 0x6f, 0xeb);
    style.focusRing = QColor(0x1f, 0x6f, 0xeb);
    style.badgeFill = QColor(0x3d, 0x4a, 0x5c);
    style.badgeText = QColor(0xff, 0xff, 0xff);
    style.searchMatch = QColor(0xff, 0xe8, 0x8a);
    style.changesFill = QColor(0x8a, 0x4b, 0x00);
    style.changesText = QColor(0xff, 0xff, 0xff);
    return withFonts(withCategories(style, 0.22));
}

ChartStyle ChartStyle::dark()
{
    ChartStyle style;
    style.background = QColor(0x1c, 0x1f, 0x24);
    style.boxFill = QColor(0x2a, 0x2f, 0x37);
    style.boxBorder = QColor(0x77, 0x81, 0x8f);
    style.actingFill = QColor(0x3b, 0x32, 0x1f);
    style.actingBorder = QColor(0xe0, 0xa8, 0x3a);
    style.heading = QColor(0x8c, 0xb8, 0xff);
    style.text = QColor(0xe8, 0xeb, 0xf0);
    style.mutedText = QColor(0xb4, 0xbb, 0xc6);
    style.connector = QColor(0x8a, 0x94, 0xa4);
    style.link = QColor(0xc0, 0xa6, 0xff);
    style.linkLabelFill = QColor(0x33, 0x2b, 0x48);
    style.selectionFill = QColor(0x1e, 0x36, 0x5c);
    style.selectionBorder = QColor(0x6a, 0xa5, 0xff);
    style.focusRing = QColor(0x6a, 0xa5, 0xff);
    style.badgeFill = QColor(0xc9, 0xd1, 0xdc);
    style.badgeText = QColor(0x14, 0x18, 0x1f);
    style.searchMatch = QColor(0x47, 0x39, 0x0c);
    style.changesFill = QColor(0xf0, 0xb4, 0x4c);
    style.changesText = QColor(0x1c, 0x14, 0x04);
    return withFonts(withCategories(style, 0.35));
}

ChartStyle ChartStyle::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}
