#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace TestSupport;

namespace {

// The tree as indented lines, so one comparison shows its whole shape.
QStringList flatten(const QAbstractItemModel &model, int role, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << QString(depth * 2, u' ') + index.data(role).toString();
        lines += flatten(model, role, index, depth + 1);
    }
    return lines;
}

} // namespace

class TestOrgChartModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void staysValidAcrossLoadingAndCompanySizeSwitches()
    {
        OrgChartModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCompanySize(CompanySize::Small);
        model.setChart(builtInChart());
        QVERIFY(!QTest::currentTestFailed());
        model.setCompanySize(CompanySize::Large);
        model.setCompanySize(CompanySize::Small);
        QCOMPARE(model.rowCount(), 1);
    }

    void builtInChartHasCeoOnTopOfCpoAndCmo()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        QCOMPARE(flatten(model, OrgChartModel::HeadingRole), (QStringList{QStringLiteral("CEO"), QStringLiteral("  CPO"), QStringLiteral("  CMO")}));
        QCOMPARE(flatten(model, OrgChartModel::NameRole),
                 (QStringList{QStringLiteral("Chief Executive Officer"), QStringLiteral("  Chief Product Officer"),
                              QStringLiteral("  Chief Marketing Officer")}));
    }

    // The article's seven, and the supervision of everyone on the product, which it states for
    // the CPO in general: at both sizes.
    void cpoHasTheResponsibilitiesOfTheArticleAtBothSizes()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        for (CompanySize size : {CompanySize::Small, CompanySize::Large}) {
            model.setCompanySize(size);
            const QStringList duties = model.indexForId(QStringLiteral("cpo")).data(OrgChartModel::ResponsibilitiesRole).toStringList();
            QCOMPARE(duties.size(), 8);
            QVERIFY(duties.contains(QStringLiteral("Supervise everyone who works on the product")));
            QVERIFY(duties.contains(QStringLiteral("Manage the product team")));
            QVERIFY(duties.contains(QStringLiteral("Run customer service")));
            QVERIFY(duties.contains(QStringLiteral("Keep the products growing")));
        }
    }

    // The outline, the status bar and the panel's lists name whoever holds the role at the size
    // shown, and are told when that changes.
    void displayedNameFollowsTheCompanySize()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        const QModelIndex cpo = model.indexForId(QStringLiteral("cpo"));
        QCOMPARE(cpo.data().toString(), QStringLiteral("CPO — Chief Product Officer"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCompanySize(CompanySize::Small);
        QCOMPARE(cpo.data().toString(), QStringLiteral("Product Manager — acting CPO"));
        const auto told = std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &signal) {
            const QModelIndex from = signal[0].toModelIndex(), to = signal[1].toModelIndex();
            return from.parent() == cpo.parent() && from.row() <= cpo.row() && to.row() >= cpo.row()
                   && signal[2].value<QList<int>>().contains(Qt::DisplayRole);
        });
        QVERIFY(told);
        QCOMPARE(model.indexForId(QStringLiteral("cmo")).data().toString(), QStringLiteral("CMO — Chief Marketing Officer"));
    }

    void companySizeChangesHolderStyleAndDuties()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        const QModelIndex cpo = model.indexForId(QStringLiteral("cpo"));
        const QModelIndex ceo = model.indexForId(QStringLiteral("ceo"));

        model.setCompanySize(CompanySize::Small);
        QCOMPARE(cpo.data(OrgChartModel::SubtitleRole).toString(), QStringLiteral("Product Manager — acting CPO"));
        QVERIFY(cpo.data(OrgChartModel::ActingRole).toBool());
        const QString smallCeo = ceo.data(OrgChartModel::ResponsibilitiesRole).toStringList().join(u'\n');
        QVERIFY(smallCeo.contains(QStringLiteral("finances")));
        QVERIFY(smallCeo.contains(QStringLiteral("hiring")));

        model.setCompanySize(CompanySize::Large);
        QCOMPARE(cpo.data(OrgChartModel::SubtitleRole).toString(), QStringLiteral("Chief Product Officer"));
        QVERIFY(!cpo.data(OrgChartModel::ActingRole).toBool());
        const QString largeCeo = ceo.data(OrgChartModel::ResponsibilitiesRole).toStringList().join(u'\n');
        QVERIFY(!largeCeo.contains(QStringLiteral("finances")));
        QVERIFY(largeCeo.contains(QStringLiteral("business policies")));
        QVERIFY(!model.indexForId(QStringLiteral("cmo")).data(OrgChartModel::ActingRole).toBool());
    }

    // What an export reads without a QVariant: a role's texts by company size, a person's from
    // the file's columns, nothing for a node that is not there.
    void textsReadStraightFollowTheCompanySize()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        const int cpo = model.nodeForIndex(model.indexForId(QStringLiteral("cpo")));
        model.setCompanySize(CompanySize::Small);
        QCOMPARE(model.heading(cpo), QStringLiteral("CPO"));
        QCOMPARE(model.displayText(cpo), QStringLiteral("Product Manager — acting CPO")); // who holds it
        QCOMPARE(model.subtitle(cpo), QStringLiteral("Product Manager — acting CPO"));
        QCOMPARE(model.holder(cpo), QStringLiteral("Product Manager — acting CPO"));
        QVERIFY(model.isActing(cpo));
        QCOMPARE(model.responsibilities(cpo).size(), 8);
        QVERIFY(!model.summary(cpo).isEmpty());
        QVERIFY(!model.focus(cpo).isEmpty());
        model.setCompanySize(CompanySize::Large);
        QCOMPARE(model.displayText(cpo), QStringLiteral("CPO — Chief Product Officer"));
        QCOMPARE(model.subtitle(cpo), QStringLiteral("Chief Product Officer"));
        QVERIFY(model.holder(cpo).isEmpty());
        QVERIFY(!model.isActing(cpo));

        model.setChart(loadChart(writeOrganisation(m_dir, 3)));
        QCOMPARE(model.heading(1), QStringLiteral("Person 2"));
        QCOMPARE(model.displayText(1), QStringLiteral("Person 2"));
        QCOMPARE(model.subtitle(1), QStringLiteral("Title 2"));
        QCOMPARE(model.focus(1), QStringLiteral("Dept 2")); // the first extra column
        QVERIFY(model.summary(1).isEmpty() && model.responsibilities(1).isEmpty() && !model.isActing(1));
        for (int outside : {-1, 3}) {
            QVERIFY(model.heading(outside).isNull() && model.displayText(outside).isNull() && model.subtitle(outside).isNull());
            QVERIFY(model.focus(outside).isNull() && model.holder(outside).isNull() && model.summary(outside).isNull());
            QVERIFY(model.responsibilities(outside).isEmpty() && !model.isActing(outside));
        }
    }

    void switchingCompanySizeReportsChangedData()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        model.setCompanySize(CompanySize::Large);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy sized(&model, &OrgChartModel::companySizeChanged);
        model.setCompanySize(CompanySize::Small);
        QCOMPARE(sized.size(), 1);
        // Every box whose text differs between the sizes lies in a range that names its roles.
        QSet<QString> signalled;
        for (const QList<QVariant> &signal : changed) {
            const QModelIndex first = signal[0].value<QModelIndex>(), last = signal[1].value<QModelIndex>();
            QCOMPARE(first.parent(), last.parent());
            QVERIFY(signal[2].value<QList<int>>().contains(OrgChartModel::SubtitleRole));
            for (int row = first.row(); row <= last.row(); ++row)
                signalled << first.siblingAtRow(row).data(OrgChartModel::IdRole).toString();
        }
        QVERIFY(signalled.contains(QStringLiteral("ceo")));
        QVERIFY(!signalled.isEmpty());
        model.setCompanySize(CompanySize::Small);
        QCOMPARE(sized.size(), 1);
    }

    void aSizeSwitchOnAHundredThousandDeepChainSignalsOnlyTheRoleThatVaries()
    {
        // Nothing recurses on the depth: a chain 100,000 deep with one role that has sizes.
        QByteArray json("{\"nodes\": [");
        for (int i = 1; i <= 100000; ++i)
            json += "{\"id\": \"" + QByteArray::number(i) + "\", \"name\": \"P\"" + (i > 1 ? ", \"manager\": \"" + QByteArray::number(i - 1) + '"' : QByteArray())
                    + (i == 100000 ? ", \"variants\": {\"small\": {\"holder\": \"Founder\"}}}" : "},");
        json += "]}";
        LoadResult loaded = parseOrgChart(json, QStringLiteral("chain.json"));
        QVERIFY2(loaded.chart, qPrintable(loaded.error));
        OrgChartModel model;
        model.setChart(std::move(*loaded.chart));
        model.setCompanySize(CompanySize::Large);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCompanySize(CompanySize::Small);
        QCOMPARE(changed.size(), 1);
        const QModelIndex deepest = changed.first().at(0).value<QModelIndex>();
        QCOMPARE(deepest.data(OrgChartModel::IdRole).toString(), QStringLiteral("100000"));
        QCOMPARE(deepest.data(OrgChartModel::SubtitleRole).toString(), QStringLiteral("Founder"));
    }

    void searchSignalsTheRowsWhoseMarksChangeInRanges()
    {
        QByteArray csv("id,name,title,manager\n1,Boss,Lead,\n");
        for (int i = 2; i <= 9; ++i)
            csv += QByteArray::number(i) + (i >= 4 && i <= 6 ? ",Designer " : ",Engineer ") + QByteArray::number(i) + ",Staff,1\n";
        LoadResult loaded = parseOrgChart(csv, QStringLiteral("team.csv"));
        QVERIFY2(loaded.chart, qPrintable(loaded.error));
        OrgChartModel model;
        model.setChart(std::move(*loaded.chart));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSearchText(QStringLiteral("designer"));
        // Rows 2, 3 and 4 under the boss (people 4–6): one range, with the roles of the marks.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 2);
        QCOMPARE(changed[0][1].value<QModelIndex>().row(), 4);
        QCOMPARE(changed[0][2].value<QList<int>>(), (QList<int>{OrgChartModel::MatchRole, OrgChartModel::CollaboratorRole}));
        QVERIFY(changed[0][0].value<QModelIndex>().data(OrgChartModel::MatchRole).toBool());
        changed.clear();
        model.setSearchText(QStringLiteral("Designer 5"));
        QCOMPARE(changed.size(), 2); // people 4 and 6 lose their marks; 5 keeps its own
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 2);
        QCOMPARE(changed[1][0].value<QModelIndex>().row(), 4);
        changed.clear();
        model.setSearchText(QStringLiteral("Designer 5 "));
        QCOMPARE(changed.size(), 0); // the same search
    }

    void everyCitedSourceIsInTheChart()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        const OrgChart &chart = model.chart();
        QStringList cited;
        for (const OrgNode &node : chart.nodes)
            cited += node.detail->sourceIds;
        for (const Link &link : chart.links)
            cited += link.sourceIds;
        for (const QString &id : std::as_const(cited))
            QVERIFY2(chart.source(id), qPrintable(id));
        const QString all = model.indexForId(QStringLiteral("cpo")).data(OrgChartModel::SourcesRole).toStringList().join(u'\n');
        QVERIFY(all.contains(QStringLiteral("TechTarget")));
        QVERIFY(all.contains(QStringLiteral("Productboard")));
    }

    void collaborationJoinsCpoAndCmo()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        QCOMPARE(model.chart().links.size(), size_t(1));
        const Link &link = model.chart().links.front();
        QCOMPARE(model.indexForNode(link.from).data(OrgChartModel::IdRole).toString(), QStringLiteral("cpo"));
        QCOMPARE(model.indexForNode(link.to).data(OrgChartModel::IdRole).toString(), QStringLiteral("cmo"));
        QCOMPARE(link.points.size(), 3);
    }
};

QTEST_APPLESS_MAIN(TestOrgChartModel)
#include "tst_orgchartmodel.moc"
