#include "chartdetail.h"

#include <algorithm>
#include <cmath>

namespace ChartDetail {

namespace {

// The smallest font inside a card, in scene units.
int smallestCardFont(const ChartStyle &style)
{
    return std::min({style.headingFont.pixelSize(), style.subtitleFont.pixelSize(), style.focusFont.pixelSize(),
                     style.badgeFont.pixelSize()});
}

constexpr double namePadding = 3;      // left and right of a name, in pixels
constexpr double pixelsPerNameSize = 8; // a name's pixel size grows by one for every 8 pixels of box width

} // namespace

Level levelFor(QSizeF boxOnScreen, const ChartStyle &style)
{
    const double scale = std::min(boxOnScreen.width() / style.boxSize.width(), boxOnScreen.height() / style.boxSize.height());
    if (scale * smallestCardFont(style) >= legiblePixels)
        return Level::Card;
    const int legible = int(legiblePixels);
    if (boxOnScreen.width() >= nameMinimumWidth && boxOnScreen.height() >= legible + 3)
        return Level::Name;
    if (boxOnScreen.width() >= 2 * legiblePixels && boxOnScreen.height() >= legible)
        return Level::Initials;
    return Level::Block;
}

double cardScale(const ChartStyle &style)
{
    return legiblePixels / smallestCardFont(style);
}

NameFit nameFitFor(QSizeF boxOnScreen, const ChartStyle &style)
{
    NameFit fit;
    fit.width = boxOnScreen.width() - 2 * namePadding;
    const int largest = std::max(int(legiblePixels), style.headingFont.pixelSize());
    const int byWidth = int(std::floor(boxOnScreen.width() / pixelsPerNameSize));
    const int byHeight = int(std::floor((boxOnScreen.height() - 2) / 1.2));
    fit.pixelSize = std::clamp(std::min(byWidth, byHeight), int(legiblePixels), largest);
    fit.lines = boxOnScreen.height() >= 2 * lineHeight(fit.pixelSize) + 4 ? 2 : 1;
    return fit;
}

} // namespace ChartDetail
