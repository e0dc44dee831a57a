#include "textmeasurer.h"

#include <algorithm>

namespace {
const QChar ellipsis(0x2026);
}

TextMeasurer::TextMeasurer(const QFont &font)
    : m_metrics(font)
{
    // Control characters are measured when first met: the chart fonts have no glyph for them, and
    // looking for a fallback font for each took 10 ms of every program start.
    for (char16_t c = 0; c < 128; ++c)
        m_ascii[c] = c < 0x20 || c == 0x7F ? -1 : m_metrics.horizontalAdvance(QChar(c));
    m_ellipsis = m_metrics.horizontalAdvance(ellipsis);
}

double TextMeasurer::asciiAdvance(char16_t c) const
{
    double &advance = m_ascii[c];
    if (advance < 0)
        advance = m_metrics.horizontalAdvance(QChar(c));
    return advance;
}

bool TextMeasurer::isAscii(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() >= 128)
            return false;
    return true;
}

double TextMeasurer::advance(QStringView text) const
{
    if (!isAscii(text)) { // shaped by Qt: each distinct text once
        Key key{text.toString(), advanceKey};
        if (const auto it = m_advances.find(key); it != m_advances.end())
            return it->second;
        if (m_advances.size() >= maxKept)
            m_advances.clear();
        const double width = m_metrics.horizontalAdvance(key.text);
        m_advances.emplace(std::move(key), width);
        return width;
    }
    double sum = 0;
    for (QChar c : text)
        sum += asciiAdvance(c.unicode());
    return sum;
}

// The start of a text that is wider than maxWidth, or the whole text: Qt lays out all of a text it
// elides, and a name of 100,000 characters cost tens of milliseconds a box. A start of twice the
// width in characters is wider unless most of its characters take no room, then it doubles.
QString TextMeasurer::startWiderThan(const QString &text, double maxWidth) const
{
    for (qsizetype length = qsizetype(std::max(0.0, maxWidth)) * 2 + 8; length < text.size(); length *= 2) {
        const QString start = text.left(text[length - 1].isHighSurrogate() ? length - 1 : length);
        if (m_metrics.horizontalAdvance(start) > maxWidth)
            return start;
    }
    return text;
}

QString TextMeasurer::elided(const QString &text, double maxWidth, double *width) const
{
    if (!isAscii(text)) {
        const QString result = m_metrics.elidedText(startWiderThan(text, maxWidth), Qt::ElideRight, maxWidth);
        if (width)
            *width = m_metrics.horizontalAdvance(result);
        return result;
    }
    double sum = 0;
    qsizetype fits = 0; // characters that fit together with an ellipsis
    for (qsizetype i = 0; i < text.size(); ++i) {
        sum += asciiAdvance(text[i].unicode());
        if (sum + m_ellipsis <= maxWidth)
            fits = i + 1;
    }
    if (sum <= maxWidth) {
        if (width)
            *width = sum;
        return text;
    }
    QString result = text.left(fits) + ellipsis;
    if (width)
        *width = advance(result);
    return result;
}

QStringList TextMeasurer::wrapped(const QString &text, double maxWidth, int maxLines) const
{
    if (text.isEmpty())
        return {};
    if (!text.contains(u' ') || advance(startWiderThan(text, maxWidth)) <= maxWidth) // one line: most departments and focus lines
        return {elided(text, maxWidth)};
    QStringList lines;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString line;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + u' ' + words[i];
        if (line.isEmpty() || advance(candidate) <= maxWidth) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) {
            line += u' ' + words.mid(i).join(u' ');
            break;
        }
        lines << line;
        line = words[i];
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = elided(l, maxWidth);
    return lines;
}

size_t TextMeasurer::KeyHash::operator()(const Key &key) const noexcept
{
    // FNV-1a: qHash on strings is SipHash in Debian's Qt, several times slower on short names.
    size_t hash = 14695981039346656037ull ^ size_t(unsigned(key.lines));
    for (QChar c : key.text)
        hash = (hash ^ c.unicode()) * 1099511628211ull;
    return hash;
}

const QList<TextMeasurer::Line> *TextMeasurer::kept(const Key &key, double maxWidth) const
{
    if (maxWidth != m_keptWidth) {
        m_kept.clear();
        m_keptWidth = maxWidth;
        return nullptr;
    }
    const auto it = m_kept.find(key);
    return it == m_kept.end() ? nullptr : &it->second;
}

const QList<TextMeasurer::Line> &TextMeasurer::keep(Key key, QList<Line> lines) const
{
    if (m_kept.size() >= maxKept) // mostly distinct texts: keep no more than a bounded number
        m_kept.clear();
    return m_kept.insert_or_assign(std::move(key), std::move(lines)).first->second;
}

// An ASCII text that fits costs less to sum than to look up: only the others are kept.
std::optional<double> TextMeasurer::asciiFits(const QString &text, double maxWidth) const
{
    if (!isAscii(text))
        return std::nullopt;
    const double width = advance(text);
    return width <= maxWidth ? std::optional(width) : std::nullopt;
}

TextMeasurer::Line TextMeasurer::elidedLine(const QString &text, double maxWidth) const
{
    if (const std::optional<double> width = asciiFits(text, maxWidth))
        return {text, *width};
    Key key{text, elidedKey};
    if (const QList<Line> *lines = kept(key, maxWidth))
        return lines->first();
    Line line;
    line.text = elided(text, maxWidth, &line.width);
    return keep(std::move(key), {line}).first();
}

QList<TextMeasurer::Line> TextMeasurer::wrappedLines(const QString &text, double maxWidth, int maxLines) const
{
    if (const std::optional<double> width = asciiFits(text, maxWidth))
        return text.isEmpty() ? QList<Line>() : QList<Line>{{text, *width}};
    Key key{text, maxLines};
    if (const QList<Line> *lines = kept(key, maxWidth))
        return *lines;
    QList<Line> lines;
    for (const QString &line : wrapped(text, maxWidth, maxLines))
        lines.push_back({line, advance(line)});
    return keep(std::move(key), std::move(lines));
}
