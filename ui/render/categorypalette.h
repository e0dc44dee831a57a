#pragma once

#include <QColor>

#include <array>
#include <span>

// The colours that tell the categories of a column apart (View > Colour By): Paul Tol's "muted"
// qualitative scheme, told apart by people with any of the common colour vision deficiencies.
namespace CategoryPalette {

constexpr int size = 9; // values beyond the ninth most common are drawn as "other"

QColor base(int category); // the scheme's colour, 0 ≤ category < size

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double luminance(const QColor &colour);
double contrast(const QColor &a, const QColor &b);

constexpr double textContrast = 4.5;    // WCAG AA, text of normal size
constexpr double outlineContrast = 3.0; // WCAG AA, non-text: a box's border against the background

// `fill` tinted with `colour` as strongly as the scheme allows while every one of `texts` keeps
// textContrast on it (with a little to spare for rounding).
QColor tint(const QColor &fill, const QColor &colour, std::span<const QColor> texts, double strongest);
// `colour`, moved toward `toward` until it keeps outlineContrast against `background`.
QColor outline(const QColor &colour, const QColor &background, const QColor &toward);

} // namespace CategoryPalette
