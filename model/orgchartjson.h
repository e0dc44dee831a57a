#pragma once

#include "orgchartfile.h"

// Reads the program's own JSON format (see README, "Data format"). The data must be valid UTF-8.
LoadResult parseOrgChartJson(const QByteArray &data, const QString &fileName, const LoadProgress &progress = {});

// Where each element of a top-level array ("nodes", "links") starts, as byte offsets, so that
// problems with an element can name its line. QJsonDocument keeps no positions.
std::vector<qsizetype> jsonElementOffsets(const QByteArray &data, QByteArrayView array);
