#pragma once

#include "chartscene.h"

class QIODevice;

// Writes the scene as SVG 1.1: text stays <text>, each box is a <g> with a stable id, a <title> and
// a <desc>. Well-formed whatever the names contain.
bool writeSvg(const ChartScene &scene, const ChartStyle &style, QIODevice *device); // false if the device took less

// Writes atomically: on failure an existing file keeps its content. Returns the error, or "".
QString exportSvg(const ChartScene &scene, const ChartStyle &style, const QString &fileName);
