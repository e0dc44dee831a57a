#pragma once

#include "chartscene.h"

class QIODevice;

// Writes the scene as SVG 1.1: text stays <text>, each box is a <g> with a stable id, a <title> and
// a <desc>. Well-formed whatever the names contain.
// False if the device took less. The boxes are made by up to `threads` threads at once (0: one per
// core), the file the same whatever their number.
bool writeSvg(const ChartScene &scene, const ChartStyle &style, QIODevice *device, int threads = 0);

// Writes atomically: on failure an existing file keeps its content. Returns the error, or "".
QString exportSvg(const ChartScene &scene, const ChartStyle &style, const QString &fileName);
