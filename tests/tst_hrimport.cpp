#include "testsupport.h"

#include "csvheader.h"

using namespace TestSupport;

namespace {

// Each person as "name <- manager's name", in file order.
QStringList reporting(const OrgChart &chart)
{
    QStringList lines;
    for (const OrgNode &node : chart.nodes)
        lines << node.name + QStringLiteral(" <- ") + (node.parent >= 0 ? chart.nodes[size_t(node.parent)].name : QStringLiteral("(top)"));
    return lines;
}

const QStringList team{QStringLiteral("Ada Lovelace <- (top)"), QStringLiteral("Grace Hopper <- Ada Lovelace"),
                       QStringLiteral("Linus Torvalds <- Grace Hopper")};

LoadResult parse(const QByteArray &csv, const CsvColumnMapping &mapping = {})
{
    return parseOrgChart(csv, QStringLiteral("hr.csv"), {}, mapping);
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes(littleEndian ? "\xFF\xFE" : "\xFE\xFF");
    for (const QChar c : text) {
        const char low = char(c.unicode() & 0xFF), high = char(c.unicode() >> 8);
        bytes += littleEndian ? low : high;
        bytes += littleEndian ? high : low;
    }
    return bytes;
}

} // namespace

// CSV as HR systems and spreadsheets export it: other headers, delimiters and encodings.
class TestHrImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSemicolonExportWithEmployeeIdAndSupervisorIdOpens()
    {
        const LoadResult result = parse("Employee ID;Full Name;Job Title;Supervisor ID;Department\n"
                                        "E1;Ada Lovelace;CEO;;Board\n"
                                        "E2;Grace Hopper;CTO;E1;Engineering\n"
                                        "E3;Linus Torvalds;Engineer;E2;Engineering\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(reporting(*result.chart), team);
        QCOMPARE(result.chart->nodes[1].id, QStringLiteral("E2"));
        QCOMPARE(result.chart->nodes[1].title, QStringLiteral("CTO"));
        QCOMPARE(result.chart->fieldNames, QStringList{QStringLiteral("Department")});
        QCOMPARE(result.chart->field(2, 0), QStringLiteral("Engineering"));
    }

    void firstAndLastNamesAreJoinedAndReportsToNamesTheManager()
    {
        const LoadResult result = parse(" employee number ,FIRST NAME,Last Name,Position,Reports To\n"
                                        "101,Ada,Lovelace,CEO,\n"
                                        "102,Grace,Hopper,CTO,Ada Lovelace\n"
                                        "103,Linus,Torvalds,Engineer,Grace Hopper\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        QCOMPARE(reporting(*result.chart), team);
        QCOMPARE(result.chart->nodes[2].id, QStringLiteral("103"));
        QCOMPARE(result.chart->nodes[2].title, QStringLiteral("Engineer"));
        QVERIFY(result.chart->fieldNames.isEmpty()); // first and last name made the name
    }

    void headerNamesAreRecognisedInAnyCaseOrderAndSpacing_data()
    {
        QTest::addColumn<QByteArray>("header"); // in the order the values below follow: id, name, title, manager
        QTest::newRow("the program's own") << QByteArray("id,name,title,manager_id");
        QTest::newRow("upper case, spaces") << QByteArray(" EMPLOYEE ID , FULL NAME , JOB TITLE , MANAGER ID ");
        QTest::newRow("underscores and dashes") << QByteArray("Personnel_Number,Full-Name,Position,Reports_To");
        QTest::newRow("Emp No and Supervisor") << QByteArray("Emp. No.,Employee Name,Title,Supervisor");
        QTest::newRow("Emp # and Supervisor ID") << QByteArray("Emp #,Name,Job Title,Supervisor ID");
        QTest::newRow("ID and Manager") << QByteArray("ID,Name,Position,Manager");
    }

    void headerNamesAreRecognisedInAnyCaseOrderAndSpacing()
    {
        QFETCH(QByteArray, header);
        const LoadResult result = parse(header + "\nE1,Ada Lovelace,CEO,\nE2,Grace Hopper,CTO,E1\nE3,Linus Torvalds,Engineer,E2\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(reporting(*result.chart), team);
        QCOMPARE(result.chart->nodes[2].id, QStringLiteral("E3"));
        QCOMPARE(result.chart->nodes[2].title, QStringLiteral("Engineer"));
        QVERIFY(result.chart->fieldNames.isEmpty());
    }

    void theColumnsMayComeInAnyOrder()
    {
        const LoadResult result = parse("Department,Supervisor ID,Job Title,Full Name,Employee ID\nBoard,,CEO,Ada Lovelace,E1\n"
                                        "Eng,E1,CTO,Grace Hopper,E2\nEng,E2,Engineer,Linus Torvalds,E3\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(reporting(*result.chart), team);
        QCOMPARE(result.chart->fieldNames, QStringList{QStringLiteral("Department")});
    }

    void theDelimiterIsTheOneThatSplitsTheHeaderMost_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("comma") << QByteArray("id,name,title,manager,site\n1,Ada Lovelace,CEO,,\"London; UK\"\n"
                                             "2,Grace Hopper,CTO,1,x\n3,Linus Torvalds,\"Engineer, kernel\",2,y\n");
        QTest::newRow("semicolon") << QByteArray("id;name;title;manager;site\n1;Ada Lovelace;CEO;;\"London; UK\"\n"
                                                 "2;Grace Hopper;CTO;1;x\n3;Linus Torvalds;Engineer, kernel;2;y\n");
        QTest::newRow("tab") << QByteArray("id\tname\ttitle\tmanager\t\"site, city\"\n1\tAda Lovelace\tCEO\t\tLondon; UK\n"
                                           "2\tGrace Hopper\tCTO\t1\tx\n3\tLinus Torvalds\tEngineer, kernel\t2\ty\n");
    }

    void theDelimiterIsTheOneThatSplitsTheHeaderMost()
    {
        QFETCH(QByteArray, csv);
        const LoadResult result = parse(csv);
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(reporting(*result.chart), team);
        QCOMPARE(result.chart->nodes[2].title, QStringLiteral("Engineer, kernel"));
        QCOMPARE(result.chart->field(0, 0), QStringLiteral("London; UK"));
    }

    void aUtf8ByteOrderMarkIsNotPartOfTheFirstColumn()
    {
        const LoadResult result = parse("\xEF\xBB\xBF" "Employee ID,Name,Title,Manager ID\nE1,Zoë,CEO,\nE2,Ana,CTO,E1\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.chart->nodes[0].id, QStringLiteral("E1"));
        QCOMPARE(result.chart->nodes[0].name, QStringLiteral("Zoë"));
        QCOMPARE(result.chart->nodes[1].parent, 0);
    }

    void utf16WithAByteOrderMarkIsDecoded_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("little endian (Excel's Unicode text)") << true;
        QTest::newRow("big endian") << false;
    }

    void utf16WithAByteOrderMarkIsDecoded()
    {
        QFETCH(bool, littleEndian);
        const QString text = QStringLiteral("Personnel Number\tName\tJob Title\tManager\r\n7\tJosé Müller\tChef\t\r\n8\tŁucja 日本\tCook\t7\r\n");
        const LoadResult result = parse(utf16(text, littleEndian));
        QVERIFY2(result.chart, qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.chart->nodes.size(), size_t(2));
        QCOMPARE(result.chart->nodes[0].id, QStringLiteral("7"));
        QCOMPARE(result.chart->nodes[0].name, QStringLiteral("José Müller"));
        QCOMPARE(result.chart->nodes[1].name, QStringLiteral("Łucja 日本"));
        QCOMPARE(result.chart->nodes[1].parent, 0);
    }

    void utf16WithoutAByteOrderMarkIsStillABinaryFile()
    {
        const LoadResult result = parse(utf16(QStringLiteral("id,name,title,manager\n1,A,B,\n"), true).mid(2));
        QVERIFY(!result.chart);
        QVERIFY2(result.error.startsWith(QStringLiteral("hr.csv:1: this is a binary file")), qPrintable(result.error));
    }

    void windows1252IsReadWithAWarning()
    {
        const LoadResult result = parse("id,name,title,manager\n1,Ada,CEO,\n2,Jos\xE9 P\xE9rez,Caf\xE9 \x80 buyer,1\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.chart->nodes[1].name, QStringLiteral("José Pérez"));
        QCOMPARE(result.chart->nodes[1].title, QStringLiteral("Café € buyer"));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.first().startsWith(QStringLiteral("hr.csv:3:6: not UTF-8; read as Windows-1252")), qPrintable(result.warnings.first()));
    }

    void brokenUtf8IsNotTakenForWindows1252()
    {
        const LoadResult result = parse("id,name,title,manager\n1,Zoë,CEO,\n2,Bad \xE9 byte,CTO,1\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.chart->nodes[1].name, QStringLiteral("Bad \uFFFD byte"));
        QVERIFY2(result.warnings.value(0).startsWith(QStringLiteral("hr.csv:3:7: invalid UTF-8")), qPrintable(result.warnings.value(0)));
    }

    void theManagerColumnMayHoldIdsNamesOrAddresses_data()
    {
        QTest::addColumn<QByteArray>("csv");
        const QByteArray header("Emp No,Name,Title,Manager,Email\n");
        QTest::newRow("ids") << header + "1,Ada Lovelace,CEO,,ada@x.org\n2,Grace Hopper,CTO,1,grace@x.org\n3,Linus Torvalds,Dev,2,linus@x.org\n";
        QTest::newRow("names") << header + "1,Ada Lovelace,CEO,,ada@x.org\n2,Grace Hopper,CTO,Ada Lovelace,grace@x.org\n"
                                           "3,Linus Torvalds,Dev, Grace Hopper ,linus@x.org\n";
        QTest::newRow("addresses") << header + "1,Ada Lovelace,CEO,,ada@x.org\n2,Grace Hopper,CTO,ADA@x.org,grace@x.org\n"
                                               "3,Linus Torvalds,Dev,grace@x.org,linus@x.org\n";
    }

    void theManagerColumnMayHoldIdsNamesOrAddresses()
    {
        QFETCH(QByteArray, csv);
        const LoadResult result = parse(csv);
        QVERIFY2(result.chart, qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        QCOMPARE(reporting(*result.chart), team);
    }

    void managersNamedByNameAreFoundInABigFileReadInTwoHalves()
    {
        QByteArray csv("Employee ID;Full Name;Job Title;Reports To\n");
        constexpr int people = 60000;
        for (int i = 1; i <= people; ++i)
            csv += 'E' + QByteArray::number(i) + ";Person " + QByteArray::number(i) + ";Title;" + (i > 1 ? "Person " + QByteArray::number(i / 2) : QByteArray()) + '\n';
        const LoadResult result = parse(csv);
        QVERIFY2(result.chart, qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.chart->nodes.size(), size_t(people));
        for (int i : {2, 3, 31337, people})
            QCOMPARE(result.chart->nodes[size_t(i - 1)].parent, i / 2 - 1);
        QCOMPARE(result.chart->roots, std::vector<int>{0});
    }

    void anAmbiguousManagerNameIsAWarningAndItsReportsGoToTheTop()
    {
        const LoadResult result = parse("Employee Number,First Name,Last Name,Position,Reports To\n"
                                        "1,Ada,Lovelace,CEO,\n"
                                        "2,Sam,Lee,CTO,Ada Lovelace\n"
                                        "3,Sam,Lee,CFO,Ada Lovelace\n"
                                        "4,Linus,Torvalds,Engineer,Sam Lee\n"
                                        "5,Grace,Hopper,Engineer,Ada Lovelace\n"
                                        "6,Ken,Thompson,Engineer,Sam Lee\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.warnings,
                 (QStringList{QStringLiteral("hr.csv:5: \"Linus Torvalds\" reports to \"Sam Lee\", but 2 people have that name (lines 3, 4); shown at the top"),
                              QStringLiteral("hr.csv:7: \"Ken Thompson\" reports to \"Sam Lee\", but 2 people have that name (lines 3, 4); shown at the top")}));
        QCOMPARE(result.chart->roots, (std::vector<int>{0, 3, 5}));
        QCOMPARE(reporting(*result.chart).mid(1, 2), (QStringList{QStringLiteral("Sam Lee <- Ada Lovelace"), QStringLiteral("Sam Lee <- Ada Lovelace")}));
    }

    void anAddressTwoPeopleShareIsAWarningToo()
    {
        const LoadResult result = parse("id,name,title,manager email,email\n1,Ada,CEO,,ada@x.org\n2,Bob,CTO,ada@x.org,team@x.org\n"
                                        "3,Cy,CFO,ada@x.org,team@x.org\n4,Di,Dev,team@x.org,di@x.org\n5,Ed,Dev,ada@x.org,ed@x.org\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.warnings,
                 QStringList{QStringLiteral("hr.csv:5: \"Di\" reports to \"team@x.org\", but 2 people have that address (lines 3, 4); shown at the top")});
        QCOMPARE(result.chart->roots, (std::vector<int>{0, 3}));
        QCOMPARE(result.chart->nodes[0].children, (std::vector<int>{1, 2, 4}));
    }

    void aManagerNameNobodyCarriesIsAWarning()
    {
        const LoadResult result = parse("id,name,title,reports to\n1,Ada Lovelace,CEO,\n2,Grace Hopper,CTO,Ada Lovelace\n3,Linus Torvalds,Dev,Nobody Known\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.warnings, QStringList{QStringLiteral("hr.csv:4: \"3\" reports to \"Nobody Known\", who is not in the chart; shown at the top")});
        QCOMPARE(result.chart->roots, (std::vector<int>{0, 2}));
    }

    void withoutAnIdColumnTheAddressesServeAsIds()
    {
        const LoadResult result = parse("Full Name,E-Mail,Title,Manager Email\nAda Lovelace,ada@x.org,CEO,\n"
                                        "Grace Hopper,grace@x.org,CTO,ada@x.org\nLinus Torvalds,linus@x.org,Dev,grace@x.org\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(reporting(*result.chart), team);
        QCOMPARE(result.chart->nodes[1].id, QStringLiteral("grace@x.org"));
        QCOMPARE(result.chart->fieldNames, QStringList{QStringLiteral("E-Mail")}); // still shown as an address
    }

    void withoutAnIdColumnOrUniqueAddressesTheNamesServe()
    {
        const LoadResult result = parse("Name,Email,Job Title,Supervisor\nAda Lovelace,team@x.org,CEO,\n"
                                        "Grace Hopper,team@x.org,CTO,Ada Lovelace\nLinus Torvalds,,Dev,Grace Hopper\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(reporting(*result.chart), team);
        QCOMPARE(result.chart->nodes[2].id, QStringLiteral("Linus Torvalds"));
    }

    void withoutAnIdColumnTwoPeopleOfOneNameAreAnError()
    {
        const LoadResult result = parse("Name,Title,Manager\nSam Lee,CEO,\nSam Lee,CTO,Sam Lee\n");
        QVERIFY(!result.chart);
        QCOMPARE(result.error, QStringLiteral("hr.csv:3: the id \"Sam Lee\" is used twice (first on line 2); the file has no id column, so the names serve as ids"));
    }

    void aHeaderNotUnderstoodListsWhatItHasAndWhatIsMissing()
    {
        const LoadResult result = parse("Code,Person,Job,Boss\n1,A,B,\n");
        QVERIFY(!result.chart);
        QVERIFY2(result.error.startsWith(QStringLiteral("hr.csv:1: missing the required columns \"id\"")), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("\"name\" (or Full Name, or First Name and Last Name)")));
        QVERIFY2(result.error.endsWith(QStringLiteral("the header has: Code, Person, Job, Boss")), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("\"manager\"")));
        QVERIFY(!result.error.contains(QStringLiteral("\"title\""))); // "Job" is a title
    }

    void aMappingNamesTheColumnsDetectionCannot()
    {
        QString problem;
        const std::optional<CsvColumnMapping> mapping = parseCsvColumnMapping(QStringLiteral("id=Code, name = Person ,MANAGER=boss"), &problem);
        QVERIFY2(mapping, qPrintable(problem));
        QCOMPARE(mapping->name, QStringLiteral("Person"));
        const LoadResult result = parse("Code,Person,Job,Boss,Employee ID\n1,Ada Lovelace,CEO,,x\n2,Grace Hopper,CTO,1,y\n3,Linus Torvalds,Dev,2,z\n", *mapping);
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(reporting(*result.chart), team);
        QCOMPARE(result.chart->nodes[0].id, QStringLiteral("1")); // the mapped id, not the detected one
        QCOMPARE(result.chart->fieldNames, QStringList{QStringLiteral("Employee ID")});
    }

    void aMappedColumnMayHoldACommaBetweenQuotes()
    {
        QString problem;
        const std::optional<CsvColumnMapping> mapping = parseCsvColumnMapping(QStringLiteral("name=\"Name, full\",title=Role"), &problem);
        QVERIFY2(mapping, qPrintable(problem));
        QCOMPARE(mapping->name, QStringLiteral("Name, full"));
        QCOMPARE(mapping->title, QStringLiteral("Role"));
        const LoadResult result = parse("id;\"Name, full\";Role;manager\n1;Ada Lovelace;CEO;\n", *mapping);
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.chart->nodes[0].name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(result.chart->nodes[0].title, QStringLiteral("CEO"));
    }

    void aMappingOfFirstAndLastNameReplacesTheNameColumn()
    {
        CsvColumnMapping mapping;
        mapping.firstName = QStringLiteral("Given");
        mapping.lastName = QStringLiteral("Family");
        const LoadResult result = parse("id,name,Given,Family,title,manager\n1,ada,Ada,Lovelace,CEO,\n", mapping);
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(result.chart->nodes[0].name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(result.chart->fieldNames, QStringList{QStringLiteral("name")});
    }

    void aBadMappingIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown key") << QStringLiteral("id=Code,boss=Boss") << QStringLiteral("\"boss=Boss\"");
        QTest::newRow("no equals sign") << QStringLiteral("id") << QStringLiteral("\"id\"");
        QTest::newRow("no column") << QStringLiteral("title=") << QStringLiteral("\"title=\"");
    }

    void aBadMappingIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        QString problem;
        QVERIFY(!parseCsvColumnMapping(text, &problem));
        QVERIFY2(problem.startsWith(named + QStringLiteral(" is not a column mapping")), qPrintable(problem));
    }

    void aMappedColumnThatIsNotInTheHeaderIsNamed()
    {
        CsvColumnMapping mapping;
        mapping.manager = QStringLiteral("Boss");
        const LoadResult result = parse("id,name,title,manager\n1,A,B,\n", mapping);
        QVERIFY(!result.chart);
        QCOMPARE(result.error, QStringLiteral("hr.csv:1: the column mapping names the column \"Boss\", which is not in the header; "
                                              "the header has: id, name, title, manager"));
    }

    void theProgramsOwnHeaderKeepsItsMeaning()
    {
        // "parent" and "manager" are both the manager's id as ever: the first of them is, the other a field.
        const LoadResult result = parse("ID,Name,Title,Parent,Manager,Role\nx,Xena,Lead,,y,Boss\ny,Yuri,Dev,x,,Dev\n");
        QVERIFY2(result.chart, qPrintable(result.error));
        QCOMPARE(reporting(*result.chart), (QStringList{QStringLiteral("Xena <- (top)"), QStringLiteral("Yuri <- Xena")}));
        QCOMPARE(result.chart->fieldNames, (QStringList{QStringLiteral("Manager"), QStringLiteral("Role")}));
        QCOMPARE(result.chart->nodes[0].title, QStringLiteral("Lead"));
    }
};

QTEST_APPLESS_MAIN(TestHrImport)
#include "tst_hrimport.moc"
