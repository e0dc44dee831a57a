#pragma once

#include "csvheader.h"
#include "orgchart.h"

#include <QByteArray>

#include <functional>

struct LoadResult
{
    std::optional<OrgChart> chart; // empty on error or when cancelled
    QString error;                  // "file:line:column: problem" when chart is empty
    QStringList warnings;           // "file:line: problem" each
    bool cancelled = false;
    bool headerNotUnderstood = false; // a CSV whose columns a mapping could name (csvpreview.h)
};

// Called now and then with the share done (0–100); returning false cancels the load.
using LoadProgress = std::function<bool(int percent)>;

// Reads an organisation from the program's JSON format or from CSV, chosen by the file's ending
// (.json, .csv) or else by its first character: UTF-8, UTF-16 with a byte-order mark, or for CSV
// Windows-1252 (a warning). The mapping names CSV columns. Never throws; every problem names file and line.
LoadResult loadOrgChartFile(const QString &path, const LoadProgress &progress = {}, const CsvColumnMapping &mapping = {});
LoadResult parseOrgChart(const QByteArray &data, const QString &fileName, const LoadProgress &progress = {},
                         const CsvColumnMapping &mapping = {});

// Helpers shared by the readers.
namespace LoadSupport {
// The byte offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArrayView data);
// Whether the data holds at least one valid UTF-8 sequence of more than one byte.
bool containsUtf8Sequence(const QByteArrayView data);
// UTF-16 after its byte-order mark (FF FE: little endian, FE FF: big endian), as UTF-8.
QByteArray utf16ToUtf8(const QByteArrayView data);
QByteArray windows1252ToUtf8(const QByteArrayView data);
// 1-based line and column of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset);
}
