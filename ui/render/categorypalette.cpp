#include "categorypalette.h"

#include <algorithm>
#include <cmath>

namespace CategoryPalette {

namespace {

QColor mix(const QColor &from, const QColor &to, double share)
{
    const auto channel = [share](int a, int b) { return int(std::lround(a + (b - a) * share)); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

} // namespace

QColor base(int category)
{
    // Paul Tol, "Colour Schemes" (SRON/EPS/TN/09-002), the muted scheme.
    static const std::array<QColor, size> colours{QColor(0xcc, 0x66, 0x77), QColor(0x33, 0x22, 0x88), QColor(0xdd, 0xcc, 0x77),
                                                  QColor(0x11, 0x77, 0x33), QColor(0x88, 0xcc, 0xee), QColor(0x88, 0x22, 0x55),
                                                  QColor(0x44, 0xaa, 0x99), QColor(0x99, 0x99, 0x33), QColor(0xaa, 0x44, 0x99)};
    return colours[size_t(category) % colours.size()];
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor tint(const QColor &fill, const QColor &colour, std::span<const QColor> texts, double strongest)
{
    constexpr double spare = 0.1;
    for (double share = strongest; share > 0; share -= 0.01) {
        const QColor tinted = mix(fill, colour, share);
        if (std::all_of(texts.begin(), texts.end(), [&](const QColor &text) { return contrast(text, tinted) >= textContrast + spare; }))
            return tinted;
    }
    return fill;
}

QColor outline(const QColor &colour, const QColor &background, const QColor &toward)
{
    for (double share = 0; share < 1; share += 0.05) {
        const QColor moved = mix(colour, toward, share);
        if (contrast(moved, background) >= outlineContrast + 0.05)
            return moved;
    }
    return toward;
}

} // namespace CategoryPalette
