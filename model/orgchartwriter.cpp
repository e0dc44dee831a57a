#include "orgchartwriter.h"

#include "atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {

// Bytes gathered in a buffer and handed to the device a megabyte at a time. A piece asks for room
// for its worst case, then is written through a pointer: a million people are some eight million
// strings, and a QByteArray per string (toUtf8()) would be most of the time.
class Output
{
public:
    explicit Output(QIODevice &device)
        : m_device(device), m_buffer(chunk, Qt::Uninitialized)
    {
    }

    // Room for `most` bytes; write into it, then say where the writing ended with done().
    char *room(qsizetype most)
    {
        if (m_used + most > m_buffer.size()) {
            flush();
            if (most > m_buffer.size())
                m_buffer.resize(most);
        }
        return m_buffer.data() + m_used;
    }
    void done(const char *end) { m_used = end - m_buffer.constData(); }
    void append(QByteArrayView bytes)
    {
        char *out = room(bytes.size());
        std::memcpy(out, bytes.data(), size_t(bytes.size()));
        done(out + bytes.size());
    }
    // Passes on what is gathered; false once the device has failed.
    bool flush()
    {
        if (m_ok && m_used > 0)
            m_ok = m_device.write(m_buffer.constData(), m_used) == m_used;
        m_used = 0;
        return m_ok;
    }

private:
    static constexpr qsizetype chunk = 1 << 20;
    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_used = 0;
    bool m_ok = true;
};

// The code unit at `in` (with the next, for a surrogate pair) as UTF-8: at most three bytes a
// code unit. A lone surrogate, which UTF-8 cannot hold, becomes U+FFFD.
inline char *putUtf8(char *out, const char16_t *&in, const char16_t *end)
{
    const char16_t unit = *in++;
    if (unit < 0x80) {
        *out++ = char(unit);
        return out;
    }
    if (unit < 0x800) {
        *out++ = char(0xC0 | (unit >> 6));
        *out++ = char(0x80 | (unit & 0x3F));
        return out;
    }
    if (QChar::isHighSurrogate(unit) && in < end && QChar::isLowSurrogate(*in)) {
        const char32_t c = QChar::surrogateToUcs4(unit, *in++);
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
        return out;
    }
    const char32_t c = QChar::isSurrogate(unit) ? 0xFFFD : unit;
    *out++ = char(0xE0 | (c >> 12));
    *out++ = char(0x80 | ((c >> 6) & 0x3F));
    *out++ = char(0x80 | (c & 0x3F));
    return out;
}

// ---- CSV ----

// RFC 4180: a field with a comma, a quote or a line break is quoted. In the header, a semicolon
// or a tab is quoted too: the reader picks the delimiter that splits the header's unquoted text most.
bool needsQuotes(QStringView text, bool header)
{
    return std::any_of(text.begin(), text.end(), [header](QChar c) {
        const char16_t u = c.unicode();
        return u == u',' || u == u'"' || u == u'\n' || u == u'\r' || (header && (u == u';' || u == u'\t'));
    });
}

void csvField(Output &out, QStringView text, bool header = false)
{
    const bool quoted = needsQuotes(text, header);
    const char16_t *in = text.utf16();
    const char16_t *end = in + text.size();
    char *p = out.room(3 * text.size() + 2);
    if (quoted)
        *p++ = '"';
    while (in < end) {
        if (*in == u'"') { // doubled
            *p++ = '"';
            *p++ = '"';
            ++in;
        } else {
            p = putUtf8(p, in, end);
        }
    }
    if (quoted)
        *p++ = '"';
    out.done(p);
}

// ---- JSON ----

void jsonString(Output &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const char16_t *in = text.utf16();
    const char16_t *end = in + text.size();
    char *p = out.room(6 * text.size() + 2); // \u001f is the longest a code unit gets
    *p++ = '"';
    while (in < end) {
        const char16_t unit = *in;
        if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
            p = putUtf8(p, in, end);
            continue;
        }
        ++in;
        *p++ = '\\';
        switch (unit) {
        case u'"': *p++ = '"'; break;
        case u'\\': *p++ = '\\'; break;
        case u'\n': *p++ = 'n'; break;
        case u'\r': *p++ = 'r'; break;
        case u'\t': *p++ = 't'; break;
        case u'\b': *p++ = 'b'; break;
        case u'\f': *p++ = 'f'; break;
        default:
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = hex[unit >> 4];
            *p++ = hex[unit & 0xF];
        }
    }
    *p++ = '"';
    out.done(p);
}

void jsonList(Output &out, const QStringList &values)
{
    out.append("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(", ");
        jsonString(out, values[i]);
    }
    out.append("]");
}

// The members of one object, on one line, with commas between them.
class JsonObject
{
public:
    explicit JsonObject(Output &out)
        : m_out(out)
    {
        out.append("{");
    }
    Output &key(QByteArrayView name)
    {
        m_out.append(m_empty ? "\"" : ", \"");
        m_empty = false;
        m_out.append(name);
        m_out.append("\": ");
        return m_out;
    }
    void string(QByteArrayView name, QStringView value) { jsonString(key(name), value); }
    void stringIfAny(QByteArrayView name, QStringView value)
    {
        if (!value.isEmpty())
            string(name, value);
    }
    void listIfAny(QByteArrayView name, const QStringList &values)
    {
        if (!values.isEmpty())
            jsonList(key(name), values);
    }
    void close() { m_out.append("}"); }

private:
    Output &m_out;
    bool m_empty = true;
};

// A size variant; one with nothing else to say says that it is not acting, so that it is there.
void writeVariant(Output &out, const SizeVariant &variant)
{
    JsonObject object(out);
    object.stringIfAny("holder", variant.holder);
    const bool empty = variant.holder.isEmpty() && variant.focus.isEmpty() && variant.description.isEmpty()
                       && variant.responsibilities.isEmpty();
    if (variant.acting || empty)
        object.key("acting").append(variant.acting ? "true" : "false");
    object.stringIfAny("focus", variant.focus);
    object.stringIfAny("description", variant.description);
    object.listIfAny("responsibilities", variant.responsibilities);
    object.close();
}

// The abbreviation is always written: any of these keys makes the reader keep the details.
void writeDetail(JsonObject &object, const RoleDetail &detail)
{
    object.string("abbreviation", detail.abbreviation);
    object.stringIfAny("summary", detail.summary);
    object.stringIfAny("focus", detail.focus);
    object.listIfAny("responsibilities", detail.responsibilities);
    object.listIfAny("notes", detail.notes);
    object.listIfAny("sources", detail.sourceIds);
    if (!detail.variants[0].present && !detail.variants[1].present)
        return;
    JsonObject variants(object.key("variants"));
    for (const CompanySize size : {CompanySize::Small, CompanySize::Large})
        if (const SizeVariant &variant = detail.variant(size); variant.present)
            writeVariant(variants.key(companySizeKey(size).toLatin1()), variant);
    variants.close();
}

// Each extra column's name once as JSON, with what follows it: `"department": `.
std::vector<QByteArray> fieldKeys(const OrgChart &chart)
{
    std::vector<QByteArray> keys;
    for (const QString &name : chart.fieldNames) {
        QByteArray key;
        QBuffer buffer(&key);
        buffer.open(QIODevice::WriteOnly);
        Output out(buffer);
        jsonString(out, name);
        out.append(": ");
        out.flush();
        keys.push_back(key);
    }
    return keys;
}

void writeNode(Output &out, const OrgChart &chart, size_t index, const std::vector<QByteArray> &keys)
{
    const OrgNode &node = chart.nodes[index];
    JsonObject object(out);
    object.string("id", node.id);
    object.string("name", node.name);
    object.string("title", node.title);
    if (node.parent >= 0)
        object.string("manager", chart.nodes[size_t(node.parent)].id);
    const size_t columns = keys.size(), first = index * columns;
    bool any = false;
    for (size_t column = 0; column < columns && first + column < chart.fieldValues.size(); ++column) {
        const int text = chart.fieldValues[first + column];
        if (text < 0 || chart.fieldTexts.at(text).isEmpty())
            continue;
        if (!any)
            object.key("fields").append("{");
        else
            out.append(", ");
        any = true;
        out.append(keys[column]);
        jsonString(out, chart.fieldTexts.at(text));
    }
    if (any)
        out.append("}");
    if (node.detail)
        writeDetail(object, *node.detail);
    object.close();
}

void writeLink(Output &out, const OrgChart &chart, const Link &link)
{
    JsonObject object(out);
    object.string("id", link.id);
    object.string("from", chart.nodes[size_t(link.from)].id);
    object.string("to", chart.nodes[size_t(link.to)].id);
    object.stringIfAny("label", link.label);
    object.stringIfAny("summary", link.summary);
    object.listIfAny("points", link.points);
    object.listIfAny("sources", link.sourceIds);
    object.close();
}

void writeSource(Output &out, const Source &source)
{
    JsonObject object(out);
    object.string("id", source.id);
    object.string("name", source.name);
    object.stringIfAny("cited_for", source.citedFor);
    object.close();
}

// `,\n  "name": [` and then count elements, one a line, each written by writeOne(i).
template<typename WriteOne>
void jsonArray(Output &out, QByteArrayView name, size_t count, WriteOne writeOne)
{
    out.append(",\n  \"");
    out.append(name);
    out.append("\": [\n");
    for (size_t i = 0; i < count; ++i) {
        out.append("    ");
        writeOne(i);
        out.append(i + 1 < count ? ",\n" : "\n");
    }
    out.append("  ]");
}

} // namespace

std::optional<OrgChartFormat> orgChartFormatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return OrgChartFormat::Json;
    if (suffix == QLatin1String("csv"))
        return OrgChartFormat::Csv;
    return std::nullopt;
}

bool writeOrgChartJson(const OrgChart &chart, QIODevice &device)
{
    Output out(device);
    out.append("{\n  \"format\": \"orgchart-explorer\",\n  \"version\": 1,\n  \"title\": ");
    jsonString(out, chart.title);
    if (!chart.summary.isEmpty()) {
        out.append(",\n  \"summary\": ");
        jsonString(out, chart.summary);
    }
    if (!chart.sources.empty())
        jsonArray(out, "sources", chart.sources.size(), [&](size_t i) { writeSource(out, chart.sources[i]); });
    if (!chart.fieldNames.isEmpty()) { // the columns' order: each node's "fields" is an object, whose keys have none
        out.append(",\n  \"fields\": ");
        jsonList(out, chart.fieldNames);
    }
    const std::vector<QByteArray> keys = fieldKeys(chart);
    jsonArray(out, "nodes", chart.nodes.size(), [&](size_t i) { writeNode(out, chart, i, keys); });
    std::vector<const Link *> links;
    for (const Link &link : chart.links)
        if (link.from >= 0 && link.to >= 0 && size_t(link.from) < chart.nodes.size() && size_t(link.to) < chart.nodes.size())
            links.push_back(&link);
    if (!links.empty())
        jsonArray(out, "links", links.size(), [&](size_t i) { writeLink(out, chart, *links[i]); });
    out.append("\n}\n");
    return out.flush();
}

bool writeOrgChartCsv(const OrgChart &chart, QIODevice &device)
{
    Output out(device);
    // LF, not CRLF: the reader reads a big file in two halves only when no line ends in CR.
    out.append("id,name,title,manager");
    for (const QString &name : chart.fieldNames) {
        out.append(",");
        csvField(out, name, true);
    }
    out.append("\n");
    const size_t columns = size_t(chart.fieldNames.size());
    for (size_t i = 0; i < chart.nodes.size(); ++i) {
        const OrgNode &node = chart.nodes[i];
        csvField(out, node.id);
        out.append(",");
        csvField(out, node.name);
        out.append(",");
        csvField(out, node.title);
        out.append(",");
        if (node.parent >= 0)
            csvField(out, chart.nodes[size_t(node.parent)].id);
        for (size_t column = 0, at = i * columns; column < columns; ++column, ++at) {
            out.append(",");
            const int text = at < chart.fieldValues.size() ? chart.fieldValues[at] : -1;
            if (text >= 0)
                csvField(out, chart.fieldTexts.at(text));
        }
        out.append("\n");
    }
    return out.flush();
}

QString saveOrgChart(const OrgChart &chart, const QString &fileName)
{
    const std::optional<OrgChartFormat> format = orgChartFormatFor(fileName);
    if (!format)
        return QCoreApplication::translate("OrgChart", "cannot write %1: the name must end in .json or .csv").arg(fileName);
    return writeAtomically(fileName, [&](QIODevice &device) {
        return *format == OrgChartFormat::Json ? writeOrgChartJson(chart, device) : writeOrgChartCsv(chart, device);
    });
}
