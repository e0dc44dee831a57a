#pragma once

#include "orgchartfile.h"

// Reads CSV (RFC 4180: quoted fields with commas, line breaks and doubled quotes; CRLF or LF; a
// UTF-8 byte-order mark) whose header names at least id, name, title and the manager's id
// (manager, manager_id, reports_to or parent). Further columns are kept as fields.
LoadResult parseOrgChartCsv(const QByteArray &data, const QString &fileName, const LoadProgress &progress = {});
