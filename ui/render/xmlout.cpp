#include "xmlout.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace {

bool isXmlChar(char16_t c)
{
    return !(QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD));
}

// XML 1.0 forbids most control characters and lone surrogates even when escaped.
QString xmlSafe(const QString &text)
{
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return isXmlChar(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[++i];
        } else {
            out += isXmlChar(c) ? text[i] : QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

} // namespace

char *writeSvgNumber(char *out, double value)
{
    // Hundredths as an integer, written digit by digit: the same text as the general way below,
    // which costs a twentieth of a 100,000-person export.
    if (const double hundredths = std::round(value * 100); std::abs(hundredths) < 1e15) {
        auto units = qint64(hundredths);
        if (units < 0) {
            *out++ = '-';
            units = -units;
        }
        out = std::to_chars(out, out + 24, units / 100).ptr;
        if (const int fraction = int(units % 100); fraction != 0) {
            *out++ = '.';
            *out++ = char('0' + fraction / 10);
            if (fraction % 10 != 0)
                *out++ = char('0' + fraction % 10);
        }
        return out;
    }
    const double rounded = std::round(value * 100) / 100;
    if (rounded == std::floor(rounded) && std::abs(rounded) < 1e15)
        return std::to_chars(out, out + 24, qint64(rounded)).ptr;
    char *end = std::to_chars(out, out + 40, rounded, std::chars_format::fixed, 2).ptr;
    while (end[-1] == '0')
        --end;
    return end;
}

void XmlOut::appendPath(std::string &out, std::span<const QLineF> lines)
{
    char text[4 * 48 + 4];
    for (const QLineF &line : lines) {
        char *at = text;
        *at++ = 'M';
        at = writeSvgNumber(at, line.x1());
        *at++ = ' ';
        at = writeSvgNumber(at, line.y1());
        *at++ = 'L';
        at = writeSvgNumber(at, line.x2());
        *at++ = ' ';
        at = writeSvgNumber(at, line.y2());
        out.append(text, size_t(at - text));
    }
}

void XmlOut::characters(const QString &text)
{
    closeStartTag();
    escaped(text, false);
}

void XmlOut::escaped(const QString &text, bool inAttribute)
{
    if (!appendAscii(text, inAttribute))
        appendEscaped(xmlSafe(text), inAttribute);
}

// Text that is all ASCII and allowed in XML (most names and titles), escaped as it is copied
// through a buffer on the stack: no encoder, no second pass. False, with nothing written, for any
// other text.
bool XmlOut::appendAscii(const QString &text, bool inAttribute)
{
    const size_t start = m_out.size();
    char buffer[512];
    size_t used = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u < 0x20 && u != 0x9 && u != 0xA)) { // not ASCII, forbidden, or '\r' (kept as a reference)
            m_out.resize(start);
            return false;
        }
        if (used > sizeof buffer - 8) {
            m_out.append(buffer, used);
            used = 0;
        }
        const char *entity = u == '&' ? "&amp;" : u == '<' ? "&lt;" : u == '>' ? "&gt;" : (inAttribute && u == '"') ? "&quot;" : nullptr;
        if (!entity) {
            buffer[used++] = char(u);
        } else {
            const size_t length = std::strlen(entity);
            std::memcpy(buffer + used, entity, length);
            used += length;
        }
    }
    m_out.append(buffer, used);
    return true;
}

void XmlOut::appendEscaped(const QString &text, bool inAttribute)
{
    m_utf8.resize(text.size() * 3); // UTF-8 takes at most three bytes per UTF-16 unit
    const QByteArray &utf8 = m_utf8;
    const qsizetype size = m_encoder.appendToBuffer(m_utf8.data(), text) - m_utf8.data();
    qsizetype plain = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = utf8[i];
        // A carriage return would be read back as a line feed: it is kept as a reference.
        const char *entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '\r' ? "&#13;"
                             : (inAttribute && c == '"') ? "&quot;" : nullptr;
        if (!entity)
            continue;
        m_out.append(utf8.constData() + plain, size_t(i - plain));
        m_out += entity;
        plain = i + 1;
    }
    m_out.append(utf8.constData() + plain, size_t(size - plain));
}

void XmlInPlace::slowEscaped(const QString &text, bool inAttribute)
{
    m_scratch.clear();
    XmlOut(m_scratch).escaped(text, inAttribute);
    put(m_scratch.data(), m_scratch.size());
}
