#pragma once

#include "csvheader.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// The start of a CSV file as the reader sees it, for choosing which column holds what: decoded as
// the reader decodes (UTF-8, UTF-16, Windows-1252) and split as it splits.
struct CsvPreview
{
    QStringList header;
    QList<QStringList> rows; // the first rows after the header, as many as asked at most
    QByteArray text;         // the header and those rows, as UTF-8 CSV: a file of its own to read
    QString error;           // "file:line: problem" when not even the header could be read
};

CsvPreview previewCsv(const QByteArray &data, const QString &fileName, int rows);

// A mapping as --map takes it, the inverse of parseCsvColumnMapping().
QString csvColumnMappingText(const CsvColumnMapping &mapping);
