#include "orgchartcsv.h"

#include "csvmanagers.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <functional>
#include <iterator>
#include <optional>
#include <cstring>
#include <deque>
#include <limits>
#include <unordered_map>

namespace {

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

// What the header says of the records: how many fields, and which holds what.
struct Columns
{
    size_t count = 0;
    CsvHeader header;
};

// Records read: a whole file's, or a part's.
struct Rows
{
    std::vector<OrgNode> nodes;
    ManagerIds managerIds;
    std::vector<int> fieldValues; // positions in fieldTexts
    QStringList fieldTexts;
    std::optional<CsvError> failure;
    bool cancelled = false;
};

// First name and last name, with a space between when both are there, made in `joined`.
QByteArrayView joinedName(const std::vector<QByteArrayView> &fields, const CsvHeader &header, QByteArray &joined)
{
    joined.clear();
    for (const int column : {header.firstName, header.lastName}) {
        const QByteArrayView part = column >= 0 ? fields[size_t(column)].trimmed() : QByteArrayView();
        if (!part.isEmpty() && !joined.isEmpty())
            joined += ' ';
        joined += part;
    }
    return joined;
}

// Reads records until the reader's end, the first malformed one (its place and problem kept), or
// until goOn(position), asked now and then, says to stop.
bool readRows(CsvReader &reader, const Columns &columns, qsizetype expectedRows, Rows &rows, const std::function<bool(qsizetype)> &goOn)
{
    rows.nodes.reserve(size_t(expectedRows));
    rows.managerIds.reserve(expectedRows);
    rows.fieldValues.reserve(size_t(expectedRows) * columns.header.extra.size());
    // Names repeat less than titles, but a chart of 1,000,000 has many Johns: kept once each
    // while fewer than maxValues differ, however many are read.
    QStringList titleTexts, nameTexts;
    ValuePool titles(titleTexts), names(nameTexts, std::numeric_limits<size_t>::max());
    std::vector<ValuePool> extras(columns.header.extra.size(), ValuePool(rows.fieldTexts));
    std::vector<QByteArrayView> fields;
    QByteArray joined;
    CsvError error;
    const auto fail = [&](int line, int column, const QString &problem) {
        rows.failure = CsvError{line, column, problem};
        return false;
    };
    int records = 0;
    while (!reader.atEnd()) {
        if (!reader.next(fields, error))
            return fail(error.line, error.column, error.problem);
        if (fields.size() == 1 && fields.front().isEmpty())
            continue; // a blank line
        if (fields.size() != columns.count)
            return fail(reader.recordLine(), 0, QCoreApplication::translate("OrgChart", "expected %1 fields as in the header, found %2").arg(qulonglong(columns.count)).arg(qulonglong(fields.size())));
        OrgNode node;
        node.line = reader.recordLine();
        const CsvHeader &header = columns.header;
        node.name = header.name >= 0 ? names.value(fields[size_t(header.name)]) : names.value(joinedName(fields, header, joined));
        node.id = header.id >= 0 ? QString::fromUtf8(fields[size_t(header.id)]).trimmed() : node.name.trimmed();
        node.title = titles.value(fields[size_t(header.title)]);
        rows.managerIds.add(fields[size_t(header.manager)]);
        if (rows.fieldTexts.size() > std::numeric_limits<int>::max() - qsizetype(columns.header.extra.size()))
            return fail(reader.recordLine(), 0, QCoreApplication::translate("OrgChart", "more values in the extra columns than a chart can hold"));
        for (size_t extra = 0; extra < columns.header.extra.size(); ++extra)
            rows.fieldValues.push_back(int(extras[extra].position(fields[size_t(columns.header.extra[extra])])));
        rows.nodes.push_back(std::move(node));
        if (goOn && (++records & 0x3FFF) == 0 && !goOn(reader.position())) {
            rows.cancelled = true;
            return false;
        }
    }
    return true;
}

// Where a second thread can take over the records, or -1: half-way, at the start of a line, in a
// file big enough for it to pay whose records are plain lines (no quotes, which may hold line
// breaks, and no carriage returns, which end lines of their own).
qsizetype secondHalf(const QByteArray &data, qsizetype from)
{
    constexpr qsizetype worthIt = 1 << 20;
    const qsizetype rest = data.size() - from;
    if (rest < worthIt || QThread::idealThreadCount() < 2 || std::memchr(data.constData() + from, '"', size_t(rest))
        || std::memchr(data.constData(), '\r', size_t(data.size())))
        return -1;
    const char *middle = data.constData() + from + rest / 2;
    const void *end = std::memchr(middle, '\n', size_t(data.constData() + data.size() - middle));
    return end ? static_cast<const char *>(end) - data.constData() + 1 : -1;
}

// The second part's rows after the first's; false if their extra values together are too many.
bool appendRows(Rows &into, Rows &&more, std::vector<QString> &managerIds)
{
    if (into.fieldTexts.size() > std::numeric_limits<int>::max() - more.fieldTexts.size())
        return false;
    const int offset = int(into.fieldTexts.size());
    into.fieldTexts += std::move(more.fieldTexts);
    into.fieldValues.reserve(into.fieldValues.size() + more.fieldValues.size());
    for (const int value : more.fieldValues)
        into.fieldValues.push_back(value < 0 ? value : value + offset);
    into.nodes.reserve(into.nodes.size() + more.nodes.size());
    std::move(more.nodes.begin(), more.nodes.end(), std::back_inserter(into.nodes));
    std::vector<QString> moreIds = more.managerIds.views();
    managerIds.insert(managerIds.end(), moreIds.begin(), moreIds.end());
    return true;
}

CsvPeople csvPeople(const CsvHeader &header)
{
    CsvPeople people;
    people.idGuessed = header.idGuessed;
    people.idIsEmail = header.idGuessed && header.id >= 0 && header.id == header.email;
    const auto email = std::find(header.extra.begin(), header.extra.end(), header.email);
    people.emailField = header.email >= 0 && email != header.extra.end() ? email - header.extra.begin() : -1;
    return people;
}

} // namespace

LoadResult parseOrgChartCsv(const QByteArray &data, const QString &fileName, const LoadProgress &progress, const CsvColumnMapping &mapping)
{
    LoadResult result;
    const auto fail = [&](int line, int column, const QString &problem) {
        result.error = column > 0 ? QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(problem)
                                  : QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(problem);
        return std::move(result);
    };

    const char delimiter = detectCsvDelimiter(data);
    CsvReader reader(data, delimiter);
    std::vector<QByteArrayView> fields;
    CsvError error;
    if (!reader.next(fields, error))
        return fail(error.line, error.column, error.problem);

    OrgChart chart;
    Columns columns;
    columns.count = fields.size();
    QStringList names;
    for (const QByteArrayView field : fields)
        names << QString::fromUtf8(field).trimmed();
    if (const QString problem = readCsvHeader(names, mapping, columns.header); !problem.isEmpty()) {
        result.headerNotUnderstood = true;
        return fail(1, 0, problem);
    }
    chart.fieldNames = columns.header.extraNames;
    chart.title = QCoreApplication::translate("OrgChart", "Organisation");
    // Rows are about as long as the header, and rarely shorter than 48 bytes: a file of many
    // columns would otherwise reserve room for hundreds of times its rows, times its columns.
    const qsizetype expectedRows = data.size() / std::max<qsizetype>(48, reader.position());

    // A big file's second half is read by another thread meanwhile, into rows of its own.
    const qsizetype half = secondHalf(data, reader.position());
    const int halfLine = half < 0 ? 0 : int(QByteArrayView(data.constData(), half).count('\n')) + 1;
    Rows second;
    std::atomic<bool> stop = false;
    QThreadPool pool;
    if (half >= 0) {
        reader.stopAt(half);
        pool.start([&] {
            CsvReader rest(data, delimiter, half, data.size(), halfLine);
            readRows(rest, columns, expectedRows / 2 + 1, second, [&stop](qsizetype) { return !stop.load(); });
        });
    }
    Rows first;
    // Room for everyone in the first half's rows, which the second's join without a copy of them all.
    const bool firstRead = readRows(reader, columns, expectedRows, first, [&](qsizetype position) {
        return !progress || progress(int(90 * position / data.size()));
    });
    stop = !firstRead;
    pool.waitForDone();
    if (first.cancelled) {
        result.cancelled = true;
        return result;
    }
    for (const Rows *rows : {&first, &second})
        if (rows->failure)
            return fail(rows->failure->line, rows->failure->column, rows->failure->problem);
    chart.managerIds = first.managerIds.views();
    if (half >= 0 && !appendRows(first, std::move(second), chart.managerIds))
        return fail(halfLine, 0, QCoreApplication::translate("OrgChart", "more values in the extra columns than a chart can hold"));
    chart.nodes = std::move(first.nodes);
    chart.fieldValues = std::move(first.fieldValues);
    chart.fieldTexts = std::move(first.fieldTexts);

    const QString treeError = linkCsvPeople(chart, csvPeople(columns.header), fileName, result.warnings);
    chart.managerIds = {}; // views of a text about to go
    if (!treeError.isEmpty()) {
        result.error = treeError;
        return result;
    }
    result.chart = std::move(chart);
    return result;
}
