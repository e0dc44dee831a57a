#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <deque>
#include <vector>

// The CSV reader's parts, for the readers in model/ alone.

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
    CsvReader(const QByteArray &data, char delimiter)
        : m_data(data.constData()), m_size(data.size()), m_delimiter(delimiter)
    {
        if (m_size >= 3 && QByteArrayView(m_data, 3) == "\xEF\xBB\xBF")
            m_pos = m_lineStart = 3;
    }
    // The records from `from`, the start of line `line`, up to `to`.
    CsvReader(const QByteArray &data, char delimiter, qsizetype from, qsizetype to, int line)
        : m_data(data.constData()), m_size(to), m_delimiter(delimiter), m_pos(from), m_lineStart(from), m_line(line), m_recordLine(line)
    {
    }
    void stopAt(qsizetype end) { m_size = std::min(m_size, end); }

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
                while (m_pos < m_size && m_data[m_pos] != m_delimiter && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                    ++m_pos;
                fields.emplace_back(m_data + start, m_pos - start);
            }
            if (m_pos >= m_size)
                return true;
            const char c = m_data[m_pos++];
            if (c == m_delimiter)
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
        if (m_pos < m_size && m_data[m_pos] != m_delimiter && m_data[m_pos] != '\n' && m_data[m_pos] != '\r') {
            error = {m_line, column(m_lineStart, m_pos), QCoreApplication::translate("OrgChart", "unexpected text after a closing quote")};
            return false;
        }
        fields.emplace_back(field);
        return true;
    }

    const char *m_data;
    qsizetype m_size;
    char m_delimiter;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    int m_recordLine = 1;
    std::deque<QByteArray> m_quoted; // the quoted fields of the record, unquoted; a deque: they never move
    size_t m_quotedUsed = 0;
};
