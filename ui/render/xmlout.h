#pragma once

#include <QByteArray>
#include <QLineF>
#include <QString>
#include <QStringEncoder>

#include <algorithm>
#include <cstring>
#include <span>
#include <string>
#include <vector>

// Coordinates with at most two decimals, without trailing zeros, into `out` (room for 48 bytes);
// returns the end of the text.
char *writeSvgNumber(char *out, double value);

// A minimal XML writer into UTF-8 bytes, for the few element kinds an SVG chart needs.
// QXmlStreamWriter spends most of a 100,000-person export in per-call overhead; this does the
// same escaping (& < > " in attributes, & < > in text) on whole UTF-8 strings at once. Each
// writer has its own state: one per thread.
class XmlOut
{
public:
    explicit XmlOut(std::string &out) : m_out(out) {}

    void start(const char *name)
    {
        closeStartTag();
        m_out += '<';
        m_out += name;
        m_open.push_back(name);
        m_inStartTag = true;
    }
    void attribute(const char *name, const QString &value, const char *prefix = "")
    {
        openAttribute(name);
        m_out += prefix;
        if (!appendAscii(value, true))
            appendEscaped(value, true);
        m_out += '"';
    }
    void attribute(const char *name, const char *ascii) // a value with nothing to escape
    {
        openAttribute(name);
        m_out += ascii;
        m_out += '"';
    }
    void attribute(const char *name, double value)
    {
        openAttribute(name);
        appendNumber(value);
        m_out += '"';
    }
    // An attribute whose value the caller writes, e.g. with appendPath(): between these two.
    void attributeStart(const char *name) { openAttribute(name); }
    void attributeEnd() { m_out += '"'; }
    // A path of straight lines: "M x1 y1 L x2 y2" for each, appended to `out`.
    static void appendPath(std::string &out, std::span<const QLineF> lines);
    void characters(const QString &text);
    // The text escaped, as in an attribute's value or between tags, with nothing else written.
    void escaped(const QString &text, bool inAttribute);
    void end()
    {
        const char *name = m_open.back();
        m_open.pop_back();
        if (m_inStartTag) {
            m_out += "/>";
            m_inStartTag = false;
        } else {
            m_out += "</";
            m_out += name;
            m_out += '>';
        }
    }
    void textElement(const char *name, const QString &text)
    {
        start(name);
        characters(text);
        end();
    }
    void newline()
    {
        closeStartTag();
        m_out += '\n';
    }

private:
    void closeStartTag()
    {
        if (m_inStartTag) {
            m_out += '>';
            m_inStartTag = false;
        }
    }
    void openAttribute(const char *name)
    {
        m_out += ' ';
        m_out += name;
        m_out += "=\"";
    }
    void appendNumber(double value)
    {
        char text[48];
        m_out.append(text, size_t(writeSvgNumber(text, value) - text));
    }
    bool appendAscii(const QString &text, bool inAttribute);
    void appendEscaped(const QString &text, bool inAttribute);

    std::string &m_out;
    QByteArray m_utf8; // reused: no allocation per string
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    std::vector<const char *> m_open;
    bool m_inStartTag = false;
};

// XML written straight into a text, as XmlOut writes it, for many small elements at once (an SVG
// box's): room is made once, then each part is copied in without a check (through XmlOut's
// appends, a million boxes took twice as long). Text that is not plain ASCII goes through XmlOut.
class XmlInPlace
{
public:
    explicit XmlInPlace(std::string &out) : m_out(out), m_used(out.size()) {}
    ~XmlInPlace() { m_out.resize(m_used); }
    XmlInPlace(const XmlInPlace &) = delete;
    XmlInPlace &operator=(const XmlInPlace &) = delete;

    // Room for `bytes` more; the parts below must stay within it.
    void room(size_t bytes)
    {
        if (m_out.size() < m_used + bytes)
            m_out.resize(std::max(m_used + bytes, 2 * m_out.size()));
    }
    template<size_t N>
    void put(const char (&text)[N])
    {
        std::memcpy(m_out.data() + m_used, text, N - 1);
        m_used += N - 1;
    }
    void put(const char *text) { put(text, std::strlen(text)); }
    void put(const char *text, size_t size)
    {
        std::memcpy(m_out.data() + m_used, text, size);
        m_used += size;
    }
    void number(double value) { m_used = size_t(writeSvgNumber(m_out.data() + m_used, value) - m_out.data()); }
    // Needs room for six bytes per UTF-16 unit (an escaped quote; UTF-8 takes at most three).
    void escaped(const QString &text, bool inAttribute)
    {
        char *at = m_out.data() + m_used;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x80 || (u < 0x20 && u != 0x9 && u != 0xA)) // not ASCII, forbidden, or '\r'
                return slowEscaped(text, inAttribute);
            switch (u) {
            case u'&': std::memcpy(at, "&amp;", 5); at += 5; break;
            case u'<': std::memcpy(at, "&lt;", 4); at += 4; break;
            case u'>': std::memcpy(at, "&gt;", 4); at += 4; break;
            case u'"':
                if (inAttribute) {
                    std::memcpy(at, "&quot;", 6);
                    at += 6;
                    break;
                }
                [[fallthrough]];
            default: *at++ = char(u);
            }
        }
        m_used = size_t(at - m_out.data());
    }

private:
    void slowEscaped(const QString &text, bool inAttribute);

    std::string &m_out;
    size_t m_used; // m_out's size beyond this is room, not text
    std::string m_scratch;
};
