#include "chartstyle.h"
#include "textmeasurer.h"

#include <QFontMetricsF>
#include <QTest>

namespace {

// A line as "text@width", so that one comparison shows both.
QString shown(const TextMeasurer::Line &line)
{
    return line.text + u'@' + QString::number(line.width, 'f', 3);
}

QStringList shown(const QList<TextMeasurer::Line> &lines)
{
    QStringList out;
    for (const TextMeasurer::Line &line : lines)
        out << shown(line);
    return out;
}

// What a measurer that keeps nothing gives: elided() and wrapped(), each line's advance.
TextMeasurer::Line freshElided(const QFont &font, const QString &text, double width)
{
    const TextMeasurer fresh(font);
    TextMeasurer::Line line;
    line.text = fresh.elided(text, width, &line.width);
    return line;
}

QList<TextMeasurer::Line> freshWrapped(const QFont &font, const QString &text, double width, int lines)
{
    const TextMeasurer fresh(font);
    QList<TextMeasurer::Line> out;
    for (const QString &line : fresh.wrapped(text, width, lines))
        out.push_back({line, fresh.advance(line)});
    return out;
}

const QStringList texts = {QStringLiteral("Ada Lovelace"), QStringLiteral("Zoë García"), QStringLiteral("Lucía Fernández-Müller"),
                           QStringLiteral("Chief Executive Officer of Everything That Is Done Here And Elsewhere"),
                           QStringLiteral("Siti Nugroho"), QStringLiteral("\u2212"), QStringLiteral("+1,234"), QString(),
                           QStringLiteral("Ingénieure logiciel principale, équipe plateforme et outils")};

} // namespace

// Names, titles and departments repeat across a chart: a measurer keeps what it made of each text.
// What it keeps must be what it would make afresh, at any width and however many texts go by.
class TestTextMeasurer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptLinesAreTheLinesMadeAfresh_data()
    {
        QTest::addColumn<double>("width");
        QTest::newRow("box width") << 232.0;
        QTest::newRow("narrow") << 60.0;
        QTest::newRow("wide") << 2000.0;
    }
    void keptLinesAreTheLinesMadeAfresh()
    {
        QFETCH(double, width);
        const QFont font = ChartStyle::light().subtitleFont;
        const TextMeasurer measurer(font);
        for (int pass = 0; pass < 2; ++pass) { // made, then kept
            for (const QString &text : texts) {
                QCOMPARE(shown(measurer.elidedLine(text, width)), shown(freshElided(font, text, width)));
                for (int lines : {1, 2, 3})
                    QCOMPARE(shown(measurer.wrappedLines(text, width, lines)), shown(freshWrapped(font, text, width, lines)));
                QCOMPARE(measurer.advance(text), TextMeasurer(font).advance(text));
            }
        }
    }

    void anotherWidthIsNotServedWhatWasKeptForTheFirst()
    {
        const QFont font = ChartStyle::light().headingFont;
        const TextMeasurer measurer(font);
        const QString text = texts[3];
        const TextMeasurer::Line wide = measurer.elidedLine(text, 2000);
        const TextMeasurer::Line narrow = measurer.elidedLine(text, 100);
        QCOMPARE(shown(wide), shown(freshElided(font, text, 2000)));
        QCOMPARE(shown(narrow), shown(freshElided(font, text, 100)));
        QVERIFY(narrow.text.endsWith(QChar(0x2026)));
        QCOMPARE(shown(measurer.elidedLine(text, 2000)), shown(wide));
    }

    void textsPastTheBoundAreStillMeasuredRight()
    {
        const QFont font = ChartStyle::light().headingFont;
        const TextMeasurer measurer(font);
        const int count = int(TextMeasurer::maxKept) + 100; // past the bound: starts afresh on the way
        for (int i = 0; i < count; i += 97) {
            const QString text = QStringLiteral("Persön %1 of a long line of people").arg(i);
            QCOMPARE(shown(measurer.elidedLine(text, 150)), shown(freshElided(font, text, 150)));
        }
        for (int i = 0; i < count; ++i)
            measurer.elidedLine(QStringLiteral("Person %1").arg(i), 150);
        QCOMPARE(shown(measurer.elidedLine(texts[1], 150)), shown(freshElided(font, texts[1], 150)));
    }

    // Control characters are measured only when a text has one: the same advances as any other
    // ASCII character's, from the font, character by character.
    void controlCharactersMeasureAsTheFontSays()
    {
        const QFont font = ChartStyle::light().subtitleFont;
        const QFontMetricsF metrics(font);
        const TextMeasurer measurer(font);
        const QString text = QStringLiteral("a\tb\u0001c\u007F");
        double sum = 0;
        for (QChar c : text)
            sum += metrics.horizontalAdvance(c);
        QCOMPARE(measurer.advance(text), sum);
        QCOMPARE(measurer.advance(text), sum); // the second time from the table
        double width = 0;
        QCOMPARE(measurer.elided(text, 1000, &width), text);
        QCOMPARE(width, sum);
    }
};

QTEST_MAIN(TestTextMeasurer)
#include "tst_textmeasurer.moc"
