#pragma once

#include <QByteArray>
#include <QLineF>
#include <QString>
#include <QStringEncoder>

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
