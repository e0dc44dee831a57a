#pragma once

#include "orgchartfile.h"

// Reads CSV (RFC 4180: quoted fields with delimiters, line breaks and doubled quotes; CRLF or LF;
// a UTF-8 byte-order mark), delimited by commas, semicolons or tabs, whichever splits the header
// most. The header names the id, name, title and manager columns as the program or an HR export
// does (csvheader.h), or the mapping names them; further columns are kept as fields. Managers are
// named by id, name or e-mail address, whichever most of them are (csvmanagers.h).
LoadResult parseOrgChartCsv(const QByteArray &data, const QString &fileName, const LoadProgress &progress = {},
                            const CsvColumnMapping &mapping = {});
