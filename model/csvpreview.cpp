#include "csvpreview.h"

#include "csvreader.h"
#include "orgchartfile.h"

namespace {

// As the reader makes any file UTF-8: UTF-16 after its byte-order mark, Windows-1252 when not a
// single UTF-8 character is there, else invalid bytes replaced.
QByteArray asUtf8(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return LoadSupport::utf16ToUtf8(data);
    if (LoadSupport::firstInvalidUtf8(data) < 0)
        return data;
    return LoadSupport::containsUtf8Sequence(data) ? QString::fromUtf8(data).toUtf8() : LoadSupport::windows1252ToUtf8(data);
}

// A name that holds a comma goes between quotes, as parseCsvColumnMapping() reads it.
QString quotedIfNeeded(const QString &name)
{
    return name.contains(u',') ? u'"' + name + u'"' : name;
}

} // namespace

CsvPreview previewCsv(const QByteArray &data, const QString &fileName, int rows)
{
    CsvPreview preview;
    // Enough for the header and the rows asked for, as a rule; a row cut short at the end is left out.
    const QByteArray text = asUtf8(data.left(qsizetype(rows + 1) * 4096));
    const char delimiter = detectCsvDelimiter(text);
    CsvReader reader(text, delimiter);
    std::vector<QByteArrayView> fields;
    CsvError error;
    if (!reader.next(fields, error)) {
        preview.error = QStringLiteral("%1:%2: %3").arg(fileName).arg(error.line).arg(error.problem);
        return preview;
    }
    for (const QByteArrayView field : fields)
        preview.header << QString::fromUtf8(field).trimmed();
    qsizetype end = reader.position();
    while (preview.rows.size() < rows && !reader.atEnd()) {
        if (!reader.next(fields, error) || (reader.atEnd() && text.size() < data.size()))
            break; // malformed, or maybe cut short: the reader will say which when it reads the file
        QStringList row;
        for (const QByteArrayView field : fields)
            row << QString::fromUtf8(field);
        if (row.size() == 1 && row.front().isEmpty())
            continue; // a blank line
        preview.rows << row;
        end = reader.position();
    }
    preview.text = text.left(end);
    return preview;
}

QString csvColumnMappingText(const CsvColumnMapping &mapping)
{
    QStringList pairs;
    const std::pair<const char *, const QString *> roles[] = {{"id", &mapping.id},         {"name", &mapping.name},
                                                              {"first", &mapping.firstName}, {"last", &mapping.lastName},
                                                              {"title", &mapping.title},     {"manager", &mapping.manager}};
    for (const auto &[key, column] : roles)
        if (!column->isEmpty())
            pairs << QLatin1String(key) + u'=' + quotedIfNeeded(*column);
    return pairs.join(u',');
}
