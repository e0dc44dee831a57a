#include "orgchartcsv.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <deque>
#include <limits>
#include <unordered_map>

namespace {

struct CsvError
{
    int line = 0;
    int column = 0;
    QString problem;
};

// Splits CSV bytes into records, keeping track of lines for messages. Fields are views: of the
// data itself, or of the reader's copy of a quoted field (valid until the next record), so that a
// record costs no allocation per field.
class CsvReader
{
public:
    explicit CsvReader(const QByteArray &data)
        : m_data(data.constData()), m_size(data.size())
    {
        if (m_size >= 3 && QByteArrayView(m_data, 3) == "\xEF\xBB\xBF")
            m_pos = m_lineStart = 3;
    }

    bool atEnd() const { return m_pos >= m_size; }
    qsizetype position() const { return m_pos; }
    int recordLine() const { return m_recordLine; }

    // Reads the next record into fields; false with error set when it is malformed.
    bool next(std::vector<QByteArrayView> &fields, CsvError &error)
    {
        fields.clear();
        m_quotedUsed = 0;
        m_recordLine = m_line;
        while (true) {
            if (m_pos < m_size && m_data[m_pos] == '"') {
                if (!readQuoted(fields, error))
                    return false;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_size && m_data[m_pos] != ',' && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                    ++m_pos;
                fields.emplace_back(m_data + start, m_pos - start);
            }
            if (m_pos >= m_size)
                return true;
            const char c = m_data[m_pos++];
            if (c == ',')
                continue;
            if (c == '\r' && m_pos < m_size && m_data[m_pos] == '\n')
                ++m_pos;
            newLine();
            return true;
        }
    }

private:
    void newLine()
    {
        ++m_line;
        m_lineStart = m_pos;
    }

    int column(qsizetype lineStart, qsizetype pos) const
    {
        return int(QString::fromUtf8(m_data + lineStart, pos - lineStart).size()) + 1;
    }

    bool readQuoted(std::vector<QByteArrayView> &fields, CsvError &error)
    {
        // Where the quote opened, for a message: its column is worked out only if one is needed.
        const int openLine = m_line;
        const qsizetype openPos = m_pos, openLineStart = m_lineStart;
        if (m_quoted.size() <= m_quotedUsed) // each quoted field of a record has a copy of its own
            m_quoted.resize(m_quotedUsed + 1);
        QByteArray &field = m_quoted[m_quotedUsed++];
        field.clear();
        ++m_pos;
        while (true) {
            const char *quote = static_cast<const char *>(std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos)));
            const qsizetype end = quote ? quote - m_data : m_size;
            for (qsizetype i = m_pos; i < end; ++i)
                if (m_data[i] == '\n') {
                    ++m_line;
                    m_lineStart = i + 1;
                }
            field.append(m_data + m_pos, end - m_pos);
            if (!quote) {
                error = {openLine, column(openLineStart, openPos), QCoreApplication::translate("OrgChart", "unterminated quoted field: the quote opened here is never closed")};
                return false;
            }
            m_pos = end + 1;
            if (m_pos < m_size && m_data[m_pos] == '"') { // a doubled quote stands for one
                field.append('"');
                ++m_pos;
                continue;
            }
            break;
        }
        if (m_pos < m_size && m_data[m_pos] != ',' && m_data[m_pos] != '\n' && m_data[m_pos] != '\r') {
            error = {m_line, column(m_lineStart, m_pos), QCoreApplication::translate("OrgChart", "unexpected text after a closing quote")};
            return false;
        }
        fields.emplace_back(field);
        return true;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    int m_recordLine = 1;
    std::deque<QByteArray> m_quoted; // the quoted fields of the record, unquoted; a deque: they never move
    size_t m_quotedUsed = 0;
};

// Columns such as title, department or location repeat a few values many times: one shared copy
// of each value saves a third of the memory of a 100,000-person file. A column that turns out to
// hold mostly unique values (e-mail addresses) stops being pooled: after maxValues of them, or as
// soon as most of the first values read differ (a file of 1,000 such columns spent most of its
// reading time pooling them). Values are kept in `texts`, each at a position.
class ValuePool
{
public:
    // mostlyUniqueAfter: how many values read before most being distinct ends the pooling.
    explicit ValuePool(QStringList &texts, size_t mostlyUniqueAfter = 128)
        : m_texts(&texts), m_mostlyUniqueAfter(mostlyUniqueAfter)
    {
    }

    // The value's position in the texts, added unless already there (-1: empty).
    qsizetype position(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return -1;
        if (m_full)
            return add(bytes);
        ++m_read;
        if (const auto it = m_values.find(bytes); it != m_values.end()) // looked up by the view: no copy
            return it->second;
        const qsizetype at = add(bytes);
        m_values.emplace(bytes.toByteArray(), at);
        m_full = m_values.size() > maxValues || (m_values.size() > m_mostlyUniqueAfter && 2 * m_values.size() > m_read);
        return at;
    }
    // The value itself: shared with its earlier copies while pooling, else on its own.
    QString value(QByteArrayView bytes)
    {
        if (m_full)
            return QString::fromUtf8(bytes);
        const qsizetype at = position(bytes);
        return at < 0 ? QString() : m_texts->at(at);
    }

private:
    qsizetype add(QByteArrayView bytes)
    {
        *m_texts << QString::fromUtf8(bytes);
        return m_texts->size() - 1;
    }
    struct BytesHash
    {
        using is_transparent = void;
        // FNV-1a over eight bytes at a time, then the rest: four values of every row are looked up.
        size_t operator()(QByteArrayView bytes) const noexcept
        {
            size_t hash = 14695981039346656037ull ^ size_t(bytes.size());
            qsizetype i = 0;
            for (; i + 8 <= bytes.size(); i += 8) {
                quint64 eight;
                std::memcpy(&eight, bytes.data() + i, 8);
                hash = (hash ^ eight) * 1099511628211ull;
                hash ^= hash >> 32;
            }
            for (; i < bytes.size(); ++i)
                hash = (hash ^ static_cast<unsigned char>(bytes[i])) * 1099511628211ull;
            return hash;
        }
    };
    static constexpr size_t maxValues = 4096;
    QStringList *m_texts;
    size_t m_mostlyUniqueAfter;
    struct BytesEqual
    {
        using is_transparent = void;
        bool operator()(QByteArrayView a, QByteArrayView b) const noexcept { return a == b; }
    };
    std::unordered_map<QByteArray, qsizetype, BytesHash, BytesEqual> m_values;
    size_t m_read = 0;
    bool m_full = false;
};

// Manager ids as read, in one text instead of a string each: a million small strings, freed once
// the tree is built, left the heap full of holes between the nodes' ids (some 60 MB for a chart of
// 1,000,000). The chart's managerIds then view that text, which must outlive them.
class ManagerIds
{
public:
    void reserve(qsizetype rows) { m_ends.reserve(size_t(rows)); }
    void add(QByteArrayView bytes)
    {
        m_text += QString::fromUtf8(bytes).trimmed();
        m_ends.push_back(m_text.size());
    }
    std::vector<QString> views() const
    {
        std::vector<QString> ids;
        ids.reserve(m_ends.size());
        qsizetype start = 0;
        for (const qsizetype end : m_ends) {
            ids.push_back(end > start ? QString::fromRawData(m_text.constData() + start, end - start) : QString());
            start = end;
        }
        return ids;
    }

private:
    QString m_text;
    std::vector<qsizetype> m_ends;
};

enum class Column { Id, Name, Title, Manager };

std::optional<Column> requiredColumn(const QString &name)
{
    if (name == QLatin1String("id"))
        return Column::Id;
    if (name == QLatin1String("name"))
        return Column::Name;
    if (name == QLatin1String("title"))
        return Column::Title;
    for (const char *alias : {"manager", "manager_id", "reports_to", "parent"})
        if (name == QLatin1String(alias))
            return Column::Manager;
    return std::nullopt;
}

// Finds the required columns in the header, and the others. Returns what is missing, or "".
QString readHeader(const std::vector<QByteArrayView> &fields, std::array<int, 4> &required, std::vector<int> &extraColumns, QStringList &fieldNames)
{
    required.fill(-1);
    QStringList header;
    for (size_t i = 0; i < fields.size(); ++i) {
        const QString name = QString::fromUtf8(fields[i]).trimmed();
        header << name;
        const auto column = requiredColumn(name.toLower());
        if (column && required[size_t(*column)] < 0) {
            required[size_t(*column)] = int(i);
        } else {
            extraColumns.push_back(int(i));
            fieldNames << name;
        }
    }
    static const char *requiredNames[] = {"id", "name", "title", "manager (or manager_id, reports_to, parent)"};
    for (size_t c = 0; c < required.size(); ++c)
        if (required[c] < 0)
            return QCoreApplication::translate("OrgChart", "missing the required column \"%1\"; the header has: %2")
                .arg(QString::fromLatin1(requiredNames[c]), header.join(QStringLiteral(", ")));
    return {};
}

} // namespace

LoadResult parseOrgChartCsv(const QByteArray &data, const QString &fileName, const LoadProgress &progress)
{
    LoadResult result;
    const auto fail = [&](int line, int column, const QString &problem) {
        result.error = column > 0 ? QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(problem)
                                  : QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(problem);
        return std::move(result);
    };

    CsvReader reader(data);
    std::vector<QByteArrayView> fields;
    CsvError error;
    if (!reader.next(fields, error))
        return fail(error.line, error.column, error.problem);

    OrgChart chart;
    std::array<int, 4> required;
    std::vector<int> extraColumns;
    if (const QString missing = readHeader(fields, required, extraColumns, chart.fieldNames); !missing.isEmpty())
        return fail(1, 0, missing);

    chart.title = QCoreApplication::translate("OrgChart", "Organisation");
    const size_t columns = fields.size();
    // Rows are about as long as the header, and rarely shorter than 48 bytes: a file of many
    // columns would otherwise reserve room for hundreds of times its rows, times its columns.
    const qsizetype expectedRows = data.size() / std::max<qsizetype>(48, reader.position());
    chart.nodes.reserve(size_t(expectedRows));
    ManagerIds managerIds;
    managerIds.reserve(expectedRows);
    int records = 0;
    // Names repeat less than titles, but a chart of 1,000,000 has many Johns: kept once each
    // while fewer than maxValues differ, however many are read.
    QStringList titleTexts, nameTexts;
    ValuePool titles(titleTexts), names(nameTexts, std::numeric_limits<size_t>::max());
    std::vector<ValuePool> extras(extraColumns.size(), ValuePool(chart.fieldTexts));
    chart.fieldValues.reserve(size_t(expectedRows) * extraColumns.size());
    while (!reader.atEnd()) {
        if (!reader.next(fields, error))
            return fail(error.line, error.column, error.problem);
        if (fields.size() == 1 && fields.front().isEmpty())
            continue; // a blank line
        if (fields.size() != columns)
            return fail(reader.recordLine(), 0, QCoreApplication::translate("OrgChart", "expected %1 fields as in the header, found %2").arg(qulonglong(columns)).arg(qulonglong(fields.size())));
        OrgNode node;
        node.line = reader.recordLine();
        node.id = QString::fromUtf8(fields[size_t(required[0])]).trimmed();
        node.name = names.value(fields[size_t(required[1])]);
        node.title = titles.value(fields[size_t(required[2])]);
        managerIds.add(fields[size_t(required[3])]);
        if (chart.fieldTexts.size() > std::numeric_limits<int>::max() - qsizetype(extraColumns.size()))
            return fail(reader.recordLine(), 0, QCoreApplication::translate("OrgChart", "more values in the extra columns than a chart can hold"));
        for (size_t extra = 0; extra < extraColumns.size(); ++extra)
            chart.fieldValues.push_back(int(extras[extra].position(fields[size_t(extraColumns[extra])])));
        chart.nodes.push_back(std::move(node));
        if (progress && (++records & 0x3FFF) == 0 && !progress(int(90 * reader.position() / data.size()))) {
            result.cancelled = true;
            return result;
        }
    }

    chart.managerIds = managerIds.views();
    const QString treeError = buildTree(chart, fileName, result.warnings);
    chart.managerIds = {}; // views of a text about to go
    if (!treeError.isEmpty()) {
        result.error = treeError;
        return result;
    }
    result.chart = std::move(chart);
    return result;
}
