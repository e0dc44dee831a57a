#include "testsupport.h"

#include "orgchartjson.h"

#include <QAbstractItemModelTester>

using namespace TestSupport;

namespace {

LoadResult load(const char *name)
{
    return loadOrgChartFile(dataFile(QString::fromLatin1(name)));
}

QString at(const char *name, const QString &rest)
{
    return dataFile(QString::fromLatin1(name)) + u':' + rest;
}

// Each person as "name <- manager's name", in file order.
QStringList reporting(const OrgChart &chart)
{
    QStringList lines;
    for (const OrgNode &node : chart.nodes)
        lines << node.name + QStringLiteral(" <- ") + (node.parent >= 0 ? chart.nodes[size_t(node.parent)].name : QStringLiteral("(top)"));
    return lines;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFollowsRfc4180()
    {
        LoadResult result = load("rfc4180.csv");
        QVERIFY2(result.chart, qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        const OrgChart &chart = *result.chart;
        QCOMPARE(chart.nodes.size(), size_t(4));
        QCOMPARE(chart.nodes[0].id, QStringLiteral("1")); // the byte-order mark is not part of "id"
        QCOMPARE(chart.nodes[1].name, QStringLiteral("Hopper, Grace"));
        QCOMPARE(chart.nodes[2].name, QStringLiteral("Linus \"The Kernel\" T."));
        QCOMPARE(chart.fieldNames, (QStringList{QStringLiteral("department"), QStringLiteral("email")}));
        QCOMPARE(chart.field(1, 0), QStringLiteral("Engineering\r\nand Research"));
        QCOMPARE(chart.field(3, 0), QStringLiteral("Product"));
        QCOMPARE(chart.field(3, 1), QString());
        QCOMPARE(chart.nodes[3].line, 6); // the quoted line break in line 3 moved it down one
        QCOMPARE(reporting(chart), (QStringList{QStringLiteral("Ada Lovelace <- (top)"), QStringLiteral("Hopper, Grace <- Ada Lovelace"),
                                                QStringLiteral("Linus \"The Kernel\" T. <- Hopper, Grace"),
                                                QStringLiteral("Margaret Hamilton <- Ada Lovelace")}));
    }

    void extraColumnsReachTheModel()
    {
        LoadResult result = load("rfc4180.csv");
        OrgChartModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChart(std::move(*result.chart));
        const QVariantList fields = model.indexForId(QStringLiteral("3")).data(OrgChartModel::FieldsRole).toList();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[1].toStringList(), (QStringList{QStringLiteral("email"), QStringLiteral("linus@example.com")}));
        QCOMPARE(model.indexForId(QStringLiteral("3")).data(OrgChartModel::HeadingRole).toString(), QStringLiteral("Linus \"The Kernel\" T."));
        QCOMPARE(model.indexForId(QStringLiteral("3")).data(OrgChartModel::SubtitleRole).toString(), QStringLiteral("Engineer"));
    }

    void severalRootsAndABlankLineAreFine()
    {
        LoadResult result = load("co-founders.csv");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.chart->roots.size(), size_t(2));
        QCOMPARE(reporting(*result.chart).last(), QStringLiteral("Eve <- Bob"));
    }

    void headerNamesAreCaseInsensitiveAndParentIsAManager()
    {
        LoadResult result = load("parent-alias.csv");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(reporting(*result.chart), (QStringList{QStringLiteral("Xena <- (top)"), QStringLiteral("Yuri <- Xena")}));
        QCOMPARE(result.chart->fieldNames, QStringList{QStringLiteral("Location")});
    }

    void badInputNamesFileLineAndProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong field count") << QStringLiteral("wrong-field-count.csv") << QStringLiteral("4: expected 4 fields as in the header, found 5");
        QTest::newRow("unterminated quote") << QStringLiteral("unterminated-quote.csv") << QStringLiteral("3:3: unterminated quoted field");
        QTest::newRow("missing column") << QStringLiteral("missing-column.csv") << QStringLiteral("1: missing the required column \"title\"");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral(" the file is empty");
        QTest::newRow("binary") << QStringLiteral("binary.csv") << QStringLiteral("1: this is a binary file");
        QTest::newRow("duplicate ids, CSV") << QStringLiteral("duplicate-ids.csv") << QStringLiteral("4: the id \"2\" is used twice (first on line 3)");
        QTest::newRow("duplicate ids, JSON") << QStringLiteral("duplicate-ids.json") << QStringLiteral("3: the id \"x\" is used twice (first on line 2)");
        QTest::newRow("cycle, CSV") << QStringLiteral("cycle.csv") << QStringLiteral("3: reporting cycle: 2 → 4 → 3 → 2");
        QTest::newRow("cycle, JSON") << QStringLiteral("cycle.json") << QStringLiteral("3: reporting cycle: a → c → b → a");
        QTest::newRow("own manager, CSV") << QStringLiteral("self-manager.csv") << QStringLiteral("3: reporting cycle: 2 reports to itself");
        QTest::newRow("own manager, JSON") << QStringLiteral("self-manager.json") << QStringLiteral("4: reporting cycle: self reports to itself");
        QTest::newRow("duplicate link ids") << QStringLiteral("duplicate-link-ids.json")
                                            << QStringLiteral("9:5: the link id \"together\" is used twice (first on line 7)");
        QTest::newRow("malformed JSON") << QStringLiteral("malformed.json") << QStringLiteral("4:18: unterminated object");
        QTest::newRow("no such file") << QStringLiteral("no-such-file.csv") << QStringLiteral(" No such file or directory");
    }

    void badInputNamesFileLineAndProblem()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const LoadResult result = loadOrgChartFile(dataFile(file));
        QVERIFY(!result.chart);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.startsWith(dataFile(file) + u':' + expected), qPrintable(result.error));
    }

    void unknownManagerWarnsAndShowsThePersonAtTheTop()
    {
        for (const char *file : {"unknown-manager.csv", "unknown-manager.json"}) {
            LoadResult result = load(file);
            QVERIFY2(result.chart, qPrintable(result.error));
            QCOMPARE(result.warnings.size(), 1);
            QVERIFY2(result.warnings.first().startsWith(at(file, QStringLiteral("4: "))), qPrintable(result.warnings.first()));
            QCOMPARE(result.chart->roots.size(), size_t(2));
            QCOMPARE(reporting(*result.chart).last().endsWith(QStringLiteral("<- (top)")), true);
        }
    }

    void invalidUtf8IsReplacedWithAWarning()
    {
        LoadResult result = load("invalid-utf8.csv");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.first().startsWith(at("invalid-utf8.csv", QStringLiteral("3:7: invalid UTF-8"))), qPrintable(result.warnings.first()));
        QCOMPARE(result.chart->nodes[1].name, QStringLiteral("Bad \uFFFD\uFFFD bytes"));
        QCOMPARE(result.chart->nodes[2].name, QStringLiteral("Fine"));
    }

    // The check reads ASCII eight bytes at a time: a bad byte is found wherever it falls in a word,
    // and a character split across the end of a word is still whole.
    void invalidUtf8IsFoundAtAnyOffset()
    {
        const QByteArray ascii(40, 'a');
        for (int at = 0; at < 24; ++at) {
            QByteArray bad = ascii;
            bad[at] = char(0xff);
            QCOMPARE(LoadSupport::firstInvalidUtf8(bad), qsizetype(at));
            QByteArray good = ascii;
            good.replace(at, 3, "\xe2\x82\xac"); // "€", three bytes
            QCOMPARE(LoadSupport::firstInvalidUtf8(good), qsizetype(-1));
            QCOMPARE(LoadSupport::firstInvalidUtf8(good.left(at + 2)), qsizetype(at)); // cut short
        }
    }

    void aTenThousandCharacterNameIsKeptWhole()
    {
        LoadResult result = load("long-name.csv");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.chart->nodes[0].name.size(), 10000);
    }

    void aSixtyMegabyteFileLoads()
    {
        QByteArray data("id,name,title,manager,notes\n");
        const QByteArray notes(480, 'n');
        int people = 0;
        while (data.size() < 60 * 1024 * 1024) {
            ++people;
            data += QByteArray::number(people) + ",Person " + QByteArray::number(people) + ",Engineer,"
                    + (people > 1 ? QByteArray::number(people / 2) : QByteArray()) + ',' + notes + '\n';
        }
        int calls = 0;
        const LoadResult result = parseOrgChart(data, QStringLiteral("big.csv"), [&](int percent) {
            ++calls;
            return percent >= 0 && percent <= 100;
        });
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(int(result.chart->nodes.size()), people);
        QVERIFY(calls > 1);
    }

    // A big file's second half is read by a second thread meanwhile: the chart is the one a single
    // reader makes (carriage returns keep a file to one), and an error in either half is told at its line.
    void aBigFileReadInTwoHalvesIsReadAsInOne()
    {
        const auto csv = [](int badRecord, const char *lineEnd) {
            QByteArray data("id,name,title,manager,department,site");
            data += lineEnd;
            for (int i = 1; i <= 40000; ++i) {
                data += QByteArray::number(i) + ",Person " + QByteArray::number(i % 777) + ",Title " + QByteArray::number(i % 13) + ','
                        + (i > 1 ? QByteArray::number(i / 2) : QByteArray()) + ',' + (i % 7 ? QByteArray("Dept " + QByteArray::number(i % 5)) : QByteArray())
                        + ",Site " + QByteArray::number(i) + (i == badRecord ? "," : "") + lineEnd;
                if (i % 1000 == 0)
                    data += lineEnd; // a blank line
            }
            return data;
        };
        const LoadResult two = parseOrgChart(csv(0, "\n"), QStringLiteral("org.csv"));
        const LoadResult one = parseOrgChart(csv(0, "\r\n"), QStringLiteral("org.csv"));
        QVERIFY2(two.chart && one.chart, qPrintable(two.error + one.error));
        QCOMPARE(two.chart->nodes.size(), size_t(40000));
        QCOMPARE(two.chart->fieldNames, one.chart->fieldNames);
        for (int n = 0; n < 40000; ++n) {
            const OrgNode &a = two.chart->nodes[size_t(n)], &b = one.chart->nodes[size_t(n)];
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.line, b.line);
            QCOMPARE(a.parent, b.parent);
            QCOMPARE(a.row, b.row);
            QCOMPARE(two.chart->field(n, 0), one.chart->field(n, 0));
            QCOMPARE(two.chart->field(n, 1), one.chart->field(n, 1));
        }
        QCOMPARE(two.chart->nodes.back().line, 40000 + 1 + 39); // after the header and 39 blank lines
        QCOMPARE(two.chart->field(39999, 1), QStringLiteral("Site 40000"));
        for (int bad : {1234, 38765}) {
            const LoadResult broken = parseOrgChart(csv(bad, "\n"), QStringLiteral("org.csv"));
            QVERIFY(!broken.chart);
            QCOMPARE(broken.error, parseOrgChart(csv(bad, "\r\n"), QStringLiteral("org.csv")).error);
            QVERIFY2(broken.error.startsWith(QStringLiteral("org.csv:%1: ").arg(bad + 1 + bad / 1000)), qPrintable(broken.error));
        }
    }

    void progressCanCancelALoad()
    {
        QByteArray data("id,name,title,manager\n");
        for (int i = 1; i <= 100000; ++i)
            data += QByteArray::number(i) + ",P,T," + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + '\n';
        const LoadResult result = parseOrgChart(data, QStringLiteral("big.csv"), [](int) { return false; });
        QVERIFY(result.cancelled);
        QVERIFY(!result.chart);
    }

    void jsonElementOffsetsPointAtEachElement()
    {
        const QByteArray json("{ \"title\": \"nodes\", \"x\": [1, {\"nodes\": [9]}],\n \"nodes\": [ {\"id\": \"a,]\"},\n{\"id\": 2} ],\n"
                              " \"links\": [{\"id\": \"l\"}] }");
        const std::vector<qsizetype> offsets = jsonElementOffsets(json, "nodes");
        QCOMPARE(offsets.size(), size_t(2));
        QCOMPARE(json.mid(offsets[0], 4), QByteArray("{\"id"));
        QCOMPARE(json.mid(offsets[1], 8), QByteArray("{\"id\": 2"));
        const std::vector<qsizetype> links = jsonElementOffsets(json, "links");
        QCOMPARE(links.size(), size_t(1));
        QCOMPARE(json.mid(links[0], 11), QByteArray("{\"id\": \"l\"}"));
    }

    void aQuotedFieldAfterManyNamesItsColumn()
    {
        // Columns are counted in characters, not bytes, and only for the message.
        QByteArray data("id,name,title,manager\n1,\"Zoë\",\"Chef\",\n2,\"Ana\",\"Dev\",1\n");
        QByteArray wide;
        for (int i = 0; i < 2000; ++i)
            wide += "\"é\",";
        data += "3,\"B\",\"Dev\",1," + wide + "\"never closed\n";
        const LoadResult result = parseOrgChart(data, QStringLiteral("wide.csv"));
        QVERIFY(!result.chart);
        QCOMPARE(result.error.section(u':', 0, 2), QStringLiteral("wide.csv:4:%1").arg(15 + 4 * 2000));
    }
};

QTEST_APPLESS_MAIN(TestImport)
#include "tst_import.moc"
