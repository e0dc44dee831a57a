#pragma once

#include <QString>

class QMenu;

// View > Theme: the desktop's colours, or light or dark whatever the desktop says. The chart and
// the overview follow the application's palette.
enum class AppTheme { System, Light, Dark };

namespace Theme {
inline const QString settingsKey = QStringLiteral("window/theme");

// Sets the application's palette for the theme; System gives back the palette it started with.
void apply(AppTheme theme);
// The theme remembered from the last run (System at first), and remembering one.
AppTheme saved();
void save(AppTheme theme);

// Fills the View > Theme menu with its three choices, applies the saved one and remembers a new
// choice.
void fillMenu(QMenu *menu);
} // namespace Theme
