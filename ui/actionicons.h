#pragma once

#include <QString>

class QAction;
class QWidget;

// The icons of the window's actions: the desktop theme's where it has one, else the program's own
// SVG (resources/icons/actions/), drawn by Qt Svg in the palette's text colour, so that a dark
// theme gets light strokes.
namespace ActionIcons {
// Gives the action the icon `name` (the desktop theme's `themeName` first, if it has one).
void attach(QAction *action, const QString &name, const QString &themeName = {});
// Draws the icons of the window's actions again whenever its palette changes.
void follow(QWidget *window);
} // namespace ActionIcons
