#include "categorypalette.h"
#include "chartstyle.h"

#include <QTest>


using CategoryPalette::contrast; // WCAG 2 contrast ratio

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
