#pragma once

#include "orgchart.h"

#include <optional>

class QIODevice;

// The organisation itself, as opposed to a picture of the chart.
enum class OrgChartFormat { Json, Csv };

// The format a file's ending asks for: .json or .csv (in any case); nullopt for any other.
std::optional<OrgChartFormat> orgChartFormatFor(const QString &fileName);

// The program's own JSON format, as parseOrgChartJson() reads it: title, summary, sources, the
// extra columns in their order, every node with its manager, fields and role details (size
// variants among them), and the links. One node a line. False if the device failed.
bool writeOrgChartJson(const OrgChart &chart, QIODevice &device);

// CSV as the reader knows it without help: id,name,title,manager and then the extra columns in
// their order, one row per person in the chart's order. RFC 4180 quoting, UTF-8 without a
// byte-order mark, LF line ends. Only people: role details, sources and links need JSON.
// False if the device failed.
bool writeOrgChartCsv(const OrgChart &chart, QIODevice &device);

// Writes the chart to the file atomically, in the format its ending asks for. An existing file
// keeps its content on any failure. Returns "cannot write FILE: reason", or "".
QString saveOrgChart(const OrgChart &chart, const QString &fileName);
