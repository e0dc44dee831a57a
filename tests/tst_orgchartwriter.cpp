#include "testsupport.h"

#include "orgchartwriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <memory>

using namespace TestSupport;

namespace {

using Writer = bool (*)(const OrgChart &, QIODevice &);

QByteArray written(const OrgChart &chart, Writer write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(chart, buffer))
        qFatal("writing to a buffer failed");
    return bytes;
}

// What the reader makes of the bytes, read as a file of that name would be.
LoadResult readBack(const QByteArray &bytes, const QString &fileName)
{
    return parseOrgChart(bytes, fileName);
}

// Values that trip up a writer: delimiters, quotes, line breaks of each kind, characters outside
// ASCII (a surrogate pair among them), spaces at the ends, a control character, a backslash.
const QStringList awkwardValues{QString(), QStringLiteral("plain"), QStringLiteral("comma, inside"), QStringLiteral("\"quoted\" twice \"\""),
                                QStringLiteral("line\nbreak"), QStringLiteral("crlf\r\nbreak"), QStringLiteral("cr\ronly"),
                                QStringLiteral("Ärzteschaft 日本語 🎉"), QStringLiteral("  spaces at the ends  "), QStringLiteral("semi;colon"),
                                QStringLiteral("tab\tinside"), QStringLiteral("back\\slash"), QStringLiteral("ctrl\x01" "char"),
                                QStringLiteral("\""), QStringLiteral(","), QStringLiteral("=1+2")};

// `people` with awkward names, titles and fields, in columns with awkward names; every 97th at
// the top with no manager, the others reporting to one of the people before them.
OrgChart awkwardChart(int people)
{
    OrgChart chart;
    chart.title = QStringLiteral("Ünïcode, \"quoted\"\nchart");
    chart.fieldNames = QStringList{QStringLiteral("department"), QStringLiteral("Notes, misc"), QStringLiteral("Say \"hi\""),
                                   QStringLiteral("a;b;c;d;e;f;g;h;i;j;k"), QStringLiteral("tab\there"), QStringLiteral("email"),
                                   QStringLiteral("Straße 🎉"), QStringLiteral("multi\nline"), QStringLiteral("Manager Email")};
    const auto value = [](int i) { return awkwardValues[i % awkwardValues.size()]; };
    for (int i = 0; i < people; ++i) {
        OrgNode node;
        node.id = i % 10 == 3 ? QStringLiteral("ïd %1, \"x\"\n🎉").arg(i) : QString::number(i + 1);
        node.name = value(i) + QStringLiteral(" Person %1").arg(i);
        node.title = value(i * 7 + 3);
        chart.managerIds.push_back(i % 97 == 0 ? QString() : chart.nodes[size_t((i - 1) / 3)].id);
        chart.nodes.push_back(std::move(node));
        for (qsizetype column = 0; column < chart.fieldNames.size(); ++column)
            chart.appendField(value(i + int(column) * 5));
    }
    QStringList warnings;
    const QString error = buildTree(chart, QStringLiteral("awkward"), warnings);
    if (!error.isEmpty() || !warnings.isEmpty())
        qFatal("the awkward chart is not one: %s", qPrintable(error + warnings.join(u'\n')));
    return chart;
}

// `people` as an HR system has them: eight reports to a manager, a department and an address each.
OrgChart bigChart(int people)
{
    OrgChart chart;
    chart.fieldNames = QStringList{QStringLiteral("department"), QStringLiteral("email")};
    chart.nodes.reserve(size_t(people));
    chart.managerIds.reserve(size_t(people));
    for (int i = 0; i < people; ++i) {
        OrgNode node;
        node.id = QString::number(i + 1);
        node.name = QStringLiteral("Person %1").arg(i + 1);
        node.title = QStringLiteral("Title %1").arg(i % 50);
        chart.managerIds.push_back(i == 0 ? QString() : QString::number(i / 8 + 1));
        chart.nodes.push_back(std::move(node));
        chart.appendField(QStringLiteral("Department %1").arg(i % 20));
        chart.appendField(QStringLiteral("person.%1@example.com").arg(i + 1));
    }
    QStringList warnings;
    if (const QString error = buildTree(chart, QStringLiteral("big"), warnings); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    return chart;
}

} // namespace

// Writing the organisation as the program's JSON and as CSV: reading what was written gives the
// same chart back.
class TestOrgChartWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBuiltInChartsRoundTripThroughJsonWithEverything_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("English") << QStringLiteral(":/charts/leadership.json");
        QTest::newRow("Indonesian") << QStringLiteral(":/charts/leadership_id.json");
    }

    void theBuiltInChartsRoundTripThroughJsonWithEverything()
    {
        QFETCH(QString, path);
        const OrgChart chart = loadChart(path);
        QVERIFY(chart.hasSizeVariants());
        QVERIFY(!chart.links.empty());
        QVERIFY(!chart.sources.empty());
        const QByteArray json = written(chart, &writeOrgChartJson);
        const LoadResult back = readBack(json, QStringLiteral("leadership.json"));
        QVERIFY2(back.chart, qPrintable(back.error));
        QCOMPARE(back.warnings, QStringList());
        QCOMPARE(describeChart(*back.chart), describeChart(chart));
        QVERIFY(back.chart->hasSizeVariants());
        // Written again, it is the same file: nothing is lost or made up on the way.
        QCOMPARE(written(*back.chart, &writeOrgChartJson), json);
    }

    void theBuiltInChartRoundTripsThroughCsvWithItsPeople()
    {
        const OrgChart chart = builtInChart();
        const QByteArray csv = written(chart, &writeOrgChartCsv);
        QVERIFY2(csv.startsWith("id,name,title,manager\nceo,Chief Executive Officer,,\n"), csv.constData());
        const LoadResult back = readBack(csv, QStringLiteral("leadership.csv"));
        QVERIFY2(back.chart, qPrintable(back.error));
        QCOMPARE(back.warnings, QStringList());
        QCOMPARE(describeChart(*back.chart, false), describeChart(chart, false));
    }

    void anAwkwardOrganisationRoundTrips_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("json") << QStringLiteral("awkward.json");
        QTest::newRow("csv") << QStringLiteral("awkward.csv");
    }

    void anAwkwardOrganisationRoundTrips()
    {
        QFETCH(QString, fileName);
        const bool json = fileName.endsWith(QLatin1String(".json"));
        const OrgChart chart = awkwardChart(1000);
        QVERIFY(chart.roots.size() > 5);
        const QByteArray bytes = written(chart, json ? &writeOrgChartJson : &writeOrgChartCsv);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark
        QCOMPARE(LoadSupport::firstInvalidUtf8(bytes), qsizetype(-1));
        const LoadResult back = readBack(bytes, fileName);
        QVERIFY2(back.chart, qPrintable(back.error));
        QCOMPARE(back.warnings, QStringList());
        QCOMPARE(back.chart->roots, chart.roots);
        QCOMPARE(describeChart(*back.chart, json), describeChart(chart, json));
    }

    void csvQuotesAsRfc4180Says()
    {
        OrgChart chart;
        chart.fieldNames = QStringList{QStringLiteral("note"), QStringLiteral("x;y;z;w;v")};
        const QStringList names{QStringLiteral("Hopper, Grace"), QStringLiteral("Say \"hi\""), QStringLiteral("two\nlines"), QStringLiteral("Zoë")};
        for (int i = 0; i < int(names.size()); ++i) {
            OrgNode node;
            node.id = QString::number(i + 1);
            node.name = names[i];
            node.title = QStringLiteral("T");
            chart.nodes.push_back(std::move(node));
            chart.managerIds.push_back(i == 0 ? QString() : QStringLiteral("1"));
            chart.appendField(i == 1 ? QStringLiteral("cr\rhere") : QString());
            chart.appendField(QStringLiteral("a;b"));
        }
        QStringList warnings;
        QCOMPARE(buildTree(chart, QStringLiteral("quotes"), warnings), QString());
        QCOMPARE(written(chart, &writeOrgChartCsv),
                 QByteArray("id,name,title,manager,note,\"x;y;z;w;v\"\n"
                            "1,\"Hopper, Grace\",T,,,a;b\n"
                            "2,\"Say \"\"hi\"\"\",T,1,\"cr\rhere\",a;b\n"
                            "3,\"two\nlines\",T,1,,a;b\n"
                            "4,Zo\xC3\xAB,T,1,,a;b\n"));
    }

    // A writer that followed the reporting lines would need a stack frame per level: this one
    // writes a chain 100,000 deep on a thread with 64 KB of stack.
    void aChainOfAHundredThousandIsWrittenWithoutRecursion_data()
    {
        anAwkwardOrganisationRoundTrips_data();
    }

    void aChainOfAHundredThousandIsWrittenWithoutRecursion()
    {
        QFETCH(QString, fileName);
        constexpr int depth = 100000;
        const LoadResult loaded = parseOrgChart(Shapes::chainCsv(depth), QStringLiteral("chain.csv"));
        QVERIFY2(loaded.chart, qPrintable(loaded.error));
        const OrgChart &chain = *loaded.chart;
        QCOMPARE(chain.levels, depth);
        QByteArray bytes;
        bool ok = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            ok = fileName.endsWith(QLatin1String(".json")) ? writeOrgChartJson(chain, buffer) : writeOrgChartCsv(chain, buffer);
        }));
        thread->setStackSize(64 * 1024);
        thread->start();
        QVERIFY(thread->wait(60000));
        QVERIFY(ok);
        const LoadResult back = readBack(bytes, fileName);
        QVERIFY2(back.chart, qPrintable(back.error));
        QCOMPARE(back.chart->levels, depth);
        QCOMPARE(describeChart(*back.chart, false), describeChart(chain, false));
    }

    void theFormatComesFromTheFilesEnding()
    {
        QVERIFY(orgChartFormatFor(QStringLiteral("staff.json")) == OrgChartFormat::Json);
        QVERIFY(orgChartFormatFor(QStringLiteral("/a/b/STAFF.CSV")) == OrgChartFormat::Csv);
        QVERIFY(!orgChartFormatFor(QStringLiteral("staff.svg")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("staff.txt"));
        QCOMPARE(saveOrgChart(builtInChart(), file), QStringLiteral("cannot write %1: the name must end in .json or .csv").arg(file));
        QVERIFY(!QFile::exists(file));
    }

    void aMillionPeopleAreWrittenInLinearTime()
    {
        constexpr int people = 1000000;
        const OrgChart chart = bigChart(people);
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("million.csv"), QStringLiteral("million.json")}) {
            const QString file = dir.filePath(name);
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(saveOrgChart(chart, file), QString());
            const qint64 elapsed = timer.elapsed();
            qInfo("%s: %lld ms, %lld MB", qPrintable(name), elapsed, QFileInfo(file).size() >> 20);
            // About a second on an idle machine; the bound leaves room for a busy one and for the
            // sanitizers, and still catches anything quadratic, which would take hours.
            QVERIFY2(elapsed < 30000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        }
        const LoadResult back = loadOrgChartFile(dir.filePath(QStringLiteral("million.csv")));
        QVERIFY2(back.chart, qPrintable(back.error));
        QCOMPARE(back.chart->nodes.size(), size_t(people));
        QCOMPARE(back.chart->levels, chart.levels);
        const QStringList read = describeChart(*back.chart, false), original = describeChart(chart, false);
        QCOMPARE(read.first(), original.first()); // the columns
        for (const int i : {0, 1, 4711, people - 1})
            QCOMPARE(read.at(i + 1), original.at(i + 1));
    }
};

QTEST_APPLESS_MAIN(TestOrgChartWriter)
#include "tst_orgchartwriter.moc"
