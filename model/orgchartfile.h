#pragma once

#include "orgchart.h"

#include <QByteArray>

#include <functional>

struct LoadResult
{
    std::optional<OrgChart> chart; // empty on error or when cancelled
    QString error;                  // "file:line:column: problem" when chart is empty
    QStringList warnings;           // "file:line: problem" each
    bool cancelled = false;
};

// Called now and then with the share done (0–100); returning false cancels the load.
using LoadProgress = std::function<bool(int percent)>;

// Reads an organisation from the program's JSON format or from CSV, chosen by the file's ending
// (.json, .csv) or else by its first character. Never throws; every problem names file and line.
LoadResult loadOrgChartFile(const QString &path, const LoadProgress &progress = {});
LoadResult parseOrgChart(const QByteArray &data, const QString &fileName, const LoadProgress &progress = {});

// Helpers shared by the readers.
namespace LoadSupport {
// The byte offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArrayView data);
// 1-based line and column of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset);
}
