#pragma once

#include "orgchart.h"

#include <QByteArray>

struct LoadResult
{
    std::optional<OrgChart> chart; // empty on error
    QString error;                  // "file:line:column: problem" when chart is empty
    QStringList warnings;           // each names the file too
};

// Reads the program's own JSON format (see README, "Data format").
LoadResult parseOrgChartJson(const QByteArray &data, const QString &fileName);
LoadResult loadOrgChartJsonFile(const QString &path);
