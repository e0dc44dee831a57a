#include "testsupport.h"

#include <QFile>

using namespace TestSupport;

// The program as a user runs it from a shell with no display.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment noDisplay() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        return environment;
    }

    ToolRun run(const QStringList &arguments) const
    {
        return runTool(QStringLiteral(ORGCHART_EXECUTABLE), arguments, noDisplay());
    }

private Q_SLOTS:
    void exportsWithoutADisplay_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("cpoSubtitle");
        QTest::newRow("small") << QStringLiteral("small") << QStringLiteral("Product Manager — acting CPO");
        QTest::newRow("large") << QStringLiteral("large") << QStringLiteral("Chief Product Officer");
    }

    void exportsWithoutADisplay()
    {
        QFETCH(QString, size);
        QFETCH(QString, cpoSubtitle);
        const QString file = m_home.filePath(size + QStringLiteral(".svg"));
        const ToolRun result = run({QStringLiteral("--company"), size, QStringLiteral("--export"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(svg.readAll());
        QVERIFY(content.contains(QStringLiteral(">") + cpoSubtitle + QStringLiteral("</text>")));
        QVERIFY(content.contains(QStringLiteral("Leadership chart — ") + size + QStringLiteral(" company")));
        const ToolRun lint = runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), file});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
    }

    void unwritableTargetFailsWithOneLine()
    {
        const QString file = m_home.filePath(QStringLiteral("missing/folder/chart.svg"));
        const ToolRun result = run({QStringLiteral("-e"), file});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("orgchart-explorer: cannot write ") + file), qPrintable(result.err));
    }

    void unknownCompanySizeIsRefused()
    {
        const ToolRun result = run({QStringLiteral("--company"), QStringLiteral("medium"), QStringLiteral("--export"),
                                    m_home.filePath(QStringLiteral("x.svg"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("\"medium\"")), qPrintable(result.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("x.svg"))));
    }

    void helpAndVersionWorkWithoutADisplay()
    {
        const ToolRun version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("orgchart-explorer " ORGCHART_VERSION));
        const ToolRun help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--export <file>")));
        QVERIFY(help.out.contains(QStringLiteral("--company <size>")));
    }

    void exportsAnOpenedFileWithoutADisplay()
    {
        const QString file = m_home.filePath(QStringLiteral("staff.svg"));
        const ToolRun result = run({dataFile(QStringLiteral("rfc4180.csv")), QStringLiteral("--export"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(svg.readAll());
        QVERIFY(content.contains(QStringLiteral(">Hopper, Grace</text>")));
        // The first extra column is the box's third line; its line break (CR LF) becomes one space.
        QVERIFY(content.contains(QStringLiteral(">Engineering and Research</text>")));
        QCOMPARE(content.count(QStringLiteral("<g id=\"role-")), 4);
    }

    void aBadFileFailsNamingFileAndLine()
    {
        const QString file = m_home.filePath(QStringLiteral("never.svg"));
        const ToolRun result = run({dataFile(QStringLiteral("wrong-field-count.csv")), QStringLiteral("-e"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("orgchart-explorer: ") + dataFile(QStringLiteral("wrong-field-count.csv"))
                                       + QStringLiteral(":4: expected 4 fields")), qPrintable(result.err));
        QVERIFY(!QFile::exists(file));
    }

    void warningsGoToStandardErrorAndTheExportGoesOn()
    {
        const QString file = m_home.filePath(QStringLiteral("warned.svg"));
        const ToolRun result = run({dataFile(QStringLiteral("unknown-manager.csv")), QStringLiteral("--export"), file});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("warning: ") + dataFile(QStringLiteral("unknown-manager.csv")) + QStringLiteral(":4:")),
                 qPrintable(result.err));
        QVERIFY(QFile::exists(file));
    }

    void aMapNamesTheColumnsOfAnHrExport()
    {
        const QString csv = writeFile(m_home, QStringLiteral("hr-map.csv"),
                                      "Code;Person;Role;Boss\nA1;Ada Lovelace;CEO;\nA2;Grace Hopper;CTO;A1\nA3;Linus Torvalds;Dev;A2\n");
        const QString file = m_home.filePath(QStringLiteral("hr-map.svg"));
        const ToolRun refused = run({csv, QStringLiteral("--export"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(csv + QStringLiteral(":1: missing the required columns")), qPrintable(refused.err));
        const ToolRun result = run({csv, QStringLiteral("--map"), QStringLiteral("id=Code,name=Person,title=Role,manager=Boss"), QStringLiteral("--export"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(svg.readAll());
        QVERIFY(content.contains(QStringLiteral(">Grace Hopper</text>")));
        QCOMPARE(content.count(QStringLiteral("<g id=\"role-")), 3);
    }

    void exportsTheOrganisationAsJsonOrCsv_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("CSV to JSON") << dataFile(QStringLiteral("rfc4180.csv")) << QStringLiteral("staff.json");
        QTest::newRow("CSV to CSV") << dataFile(QStringLiteral("rfc4180.csv")) << QStringLiteral("staff.csv");
        QTest::newRow("built-in to JSON") << QString() << QStringLiteral("leadership.json");
        QTest::newRow("built-in to CSV") << QString() << QStringLiteral("leadership.CSV");
    }

    void exportsTheOrganisationAsJsonOrCsv()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        const QString file = m_home.filePath(output);
        const ToolRun result = run(input.isEmpty() ? QStringList{QStringLiteral("--export"), file} : QStringList{input, QStringLiteral("-e"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.err, QString());
        const OrgChart original = loadChart(input.isEmpty() ? QStringLiteral(":/charts/leadership.json") : input);
        const OrgChart written = loadChart(file);
        const bool json = output.endsWith(QLatin1String(".json"));
        QCOMPARE(describeChart(written, json), describeChart(original, json));
    }

    // An HR export, its columns named with --map and its managers by name, comes out as a clean
    // file: the program's own columns, managers by id, RFC 4180 quoting, the other columns kept.
    void aMapTurnsAnHrExportIntoACleanCsv()
    {
        const QString hr = writeFile(m_home, QStringLiteral("hr-clean.csv"),
                                     "Code;Person;Role;Boss;Site\r\n"
                                     "A1;Ada Lovelace;CEO;;London\r\n"
                                     "A2;Hopper, Grace;CTO;Ada Lovelace;\"New York, NY\"\r\n"
                                     "A3;Linus \"Penguin\" Torvalds;Dev;Hopper, Grace;Portland\r\n");
        const QString clean = m_home.filePath(QStringLiteral("clean.csv"));
        const ToolRun result = run({QStringLiteral("--map"), QStringLiteral("id=Code,name=Person,title=Role,manager=Boss"), QStringLiteral("--export"), clean, hr});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(clean);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("id,name,title,manager,Site\n"
                                            "A1,Ada Lovelace,CEO,,London\n"
                                            "A2,\"Hopper, Grace\",CTO,A1,\"New York, NY\"\n"
                                            "A3,\"Linus \"\"Penguin\"\" Torvalds\",Dev,A2,Portland\n"));
        // Read without any mapping, it is the chart the HR export was.
        CsvColumnMapping mapping;
        mapping.id = QStringLiteral("Code");
        mapping.name = QStringLiteral("Person");
        mapping.title = QStringLiteral("Role");
        mapping.manager = QStringLiteral("Boss");
        LoadResult hrChart = loadOrgChartFile(hr, {}, mapping);
        QVERIFY2(hrChart.chart, qPrintable(hrChart.error));
        QCOMPARE(describeChart(loadChart(clean), false), describeChart(*hrChart.chart, false));
    }

    void anOrganisationThatCannotBeWrittenSaysWhyAndWhere()
    {
        const QString file = m_home.filePath(QStringLiteral("missing/folder/staff.csv"));
        ToolRun result = run({QStringLiteral("-e"), file});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err, QStringLiteral("orgchart-explorer: cannot write %1: No such file or directory\n").arg(file));
        const QString text = m_home.filePath(QStringLiteral("staff.txt"));
        result = run({QStringLiteral("-e"), text});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("orgchart-explorer: cannot write ") + text), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral(".json or .csv")), qPrintable(result.err));
        const QString json = m_home.filePath(QStringLiteral("scoped.json"));
        result = run({QStringLiteral("-e"), json, QStringLiteral("--scope"), QStringLiteral("visible")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("--scope")), qPrintable(result.err));
        QVERIFY(!QFile::exists(json) && !QFile::exists(text));
    }

    void aBadMapIsRefusedNamingTheProblem_data()
    {
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("expected"); // after the file's path, or alone
        QTest::newRow("unknown key") << QStringLiteral("id=Code,boss=Boss") << QStringLiteral("--map: \"boss=Boss\" is not a column mapping");
        QTest::newRow("column not in the header")
            << QStringLiteral("id=Code,name=Person,title=Role,manager=Chief")
            << QStringLiteral(":1: the column mapping names the column \"Chief\", which is not in the header; the header has: Code, Person, Role, Boss");
    }

    void aBadMapIsRefusedNamingTheProblem()
    {
        QFETCH(QString, map);
        QFETCH(QString, expected);
        const QString csv = writeFile(m_home, QStringLiteral("hr-bad-map.csv"), "Code,Person,Role,Boss\nA1,Ada,CEO,\n");
        const QString file = m_home.filePath(QStringLiteral("hr-bad-map.svg"));
        const ToolRun result = run({csv, QStringLiteral("--map"), map, QStringLiteral("--export"), file});
        QCOMPARE(result.exitCode, 1);
        const QString reason = expected.startsWith(u':') ? csv + expected : expected;
        QVERIFY2(result.err.startsWith(QStringLiteral("orgchart-explorer: ") + reason), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(file));
    }

    void expandChoosesTheLevelsOfAVisibleExport_data()
    {
        QTest::addColumn<QString>("expand");
        QTest::addColumn<int>("roles");
        QTest::newRow("one level") << QStringLiteral("1") << 1;
        QTest::newRow("two levels") << QStringLiteral("2") << 3;
        QTest::newRow("all") << QStringLiteral("all") << 4;
    }

    void expandChoosesTheLevelsOfAVisibleExport()
    {
        QFETCH(QString, expand);
        QFETCH(int, roles);
        const QString file = m_home.filePath(QStringLiteral("levels-%1.svg").arg(expand));
        const ToolRun result = run({dataFile(QStringLiteral("rfc4180.csv")), QStringLiteral("--scope"), QStringLiteral("visible"),
                                    QStringLiteral("--expand"), expand, QStringLiteral("--export"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QCOMPARE(int(svg.readAll().count("<g id=\"role-")), roles);
    }

    void aBadExpandIsRefused()
    {
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("some"), QStringLiteral("-2")}) {
            const ToolRun result = run({QStringLiteral("--expand"), bad, QStringLiteral("--export"), m_home.filePath(QStringLiteral("bad.svg"))});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QStringLiteral("--expand takes all or a number")) && result.err.contains(bad), qPrintable(result.err));
            QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("bad.svg"))));
        }
    }

    void windowWithoutADisplayExplainsWhatToDo()
    {
        const ToolRun result = run({});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("--export")), qPrintable(result.err));
    }
};

QTEST_APPLESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
