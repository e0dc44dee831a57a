#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QStringList>

#include <array>

// Measures, elides and wraps text in one font. Pure-ASCII text (most names and titles) is summed
// from a table of advances, which is exact because chart fonts do no kerning or ligatures
// (QFont::PreferNoShaping); anything else goes to QFontMetricsF. This keeps building the scene of
// a 100,000-person chart fast.
class TextMeasurer
{
public:
    explicit TextMeasurer(const QFont &font);

    double advance(QStringView text) const;
    // The text, or as much of it as fits followed by "…"; *width receives the result's advance.
    QString elided(const QString &text, double maxWidth, double *width = nullptr) const;
    // Greedy word wrap into at most maxLines lines, the last one elided.
    QStringList wrapped(const QString &text, double maxWidth, int maxLines) const;

    const QFontMetricsF &metrics() const { return m_metrics; }

private:
    static bool isAscii(QStringView text);
    QString startWiderThan(const QString &text, double maxWidth) const;

    QFontMetricsF m_metrics;
    std::array<double, 128> m_ascii{};
    double m_ellipsis = 0;
};
