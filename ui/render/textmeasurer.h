#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>
#include <unordered_map>

// Measures, elides and wraps text in one font. Pure-ASCII text (most names and titles) is summed
// from a table of advances, which is exact because chart fonts do no kerning or ligatures
// (QFont::PreferNoShaping); anything else goes to QFontMetricsF. This keeps building the scene of
// a 100,000-person chart fast.
//
// Names, titles and departments repeat: what elidedLine() and wrappedLines() make of a text, and
// the advance of a text that is not ASCII, are kept by the text (up to maxKept texts, then started
// afresh), so that each distinct one is measured once. A measurer is used by one thread at a time, as the scene that holds it is.
class TextMeasurer
{
public:
    struct Line
    {
        QString text;
        double width = 0; // its advance
    };

    explicit TextMeasurer(const QFont &font);

    double advance(QStringView text) const;
    // The text, or as much of it as fits followed by "…"; *width receives the result's advance.
    QString elided(const QString &text, double maxWidth, double *width = nullptr) const;
    // Greedy word wrap into at most maxLines lines, the last one elided.
    QStringList wrapped(const QString &text, double maxWidth, int maxLines) const;

    // The same as elided() and wrapped() with each line's advance, kept by the text.
    Line elidedLine(const QString &text, double maxWidth) const;
    QList<Line> wrappedLines(const QString &text, double maxWidth, int maxLines) const;

    const QFontMetricsF &metrics() const { return m_metrics; }

    static constexpr size_t maxKept = 16384;

private:
    static bool isAscii(QStringView text);
    std::optional<double> asciiFits(const QString &text, double maxWidth) const;
    double asciiAdvance(char16_t c) const; // c < 128
    QString startWiderThan(const QString &text, double maxWidth) const;
    static constexpr int elidedKey = std::numeric_limits<int>::min();
    static constexpr int advanceKey = elidedKey + 1;
    struct Key
    {
        QString text;
        int lines = elidedKey; // elided to one line, or wrapped into at most this many
        bool operator==(const Key &other) const { return lines == other.lines && text == other.text; }
    };
    struct KeyHash
    {
        size_t operator()(const Key &key) const noexcept;
    };
    // The kept results, for one width at a time: another width starts afresh.
    const QList<Line> *kept(const Key &key, double maxWidth) const;
    const QList<Line> &keep(Key key, QList<Line> lines) const;

    QFontMetricsF m_metrics;
    mutable std::array<double, 128> m_ascii{}; // -1: not measured yet
    double m_ellipsis = 0;
    mutable std::unordered_map<Key, QList<Line>, KeyHash> m_kept;
    mutable double m_keptWidth = -1;
    mutable std::unordered_map<Key, double, KeyHash> m_advances; // of texts that are not ASCII
};
