#include "chartstyle.h"

#include <QTest>

#include <cmath>

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

// Every text the chart draws is readable on every fill it can stand on, in both palettes: WCAG AA
// asks for a contrast of 4.5 for text of normal size.
class TestStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textPassesWcagAaOnEveryNodeStyle_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void textPassesWcagAaOnEveryNodeStyle()
    {
        QFETCH(bool, dark);
        const ChartStyle style = dark ? ChartStyle::dark() : ChartStyle::light();
        const std::pair<const char *, QColor> fills[] = {{"box", style.boxFill},           {"acting", style.actingFill},
                                                         {"selected", style.selectionFill}, {"search match", style.searchMatch},
                                                         {"collaborator", style.linkLabelFill}};
        const std::pair<const char *, QColor> texts[] = {{"heading", style.heading}, {"text", style.text}, {"muted", style.mutedText}};
        for (const auto &[fillName, fill] : fills)
            for (const auto &[textName, text] : texts)
                QVERIFY2(contrast(text, fill) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2: %3").arg(QLatin1String(textName), QLatin1String(fillName)).arg(contrast(text, fill))));
        QVERIFY(contrast(style.link, style.linkLabelFill) >= 4.5);
        QVERIFY(contrast(style.badgeText, style.badgeFill) >= 4.5);
        QVERIFY(contrast(style.changesText, style.changesFill) >= 4.5);
        QVERIFY(contrast(style.text, style.background) >= 4.5);
        QVERIFY(contrast(style.mutedText, style.background) >= 4.5);
        // Lines and box borders need 3:1 against what they stand on (WCAG non-text contrast).
        QVERIFY(contrast(style.selectionBorder, style.background) >= 3);
        QVERIFY(contrast(style.boxBorder, style.background) >= 3);
        QVERIFY(contrast(style.actingBorder, style.background) >= 3);
        QVERIFY(contrast(style.connector, style.background) >= 3);
        QVERIFY(contrast(style.link, style.background) >= 3);
        QVERIFY(contrast(style.focusRing, style.background) >= 3);
    }
};

QTEST_MAIN(TestStyle)
#include "tst_style.moc"
