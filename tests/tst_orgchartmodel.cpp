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

    void cpoHasTheSevenResponsibilitiesOfTheArticle()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        model.setCompanySize(CompanySize::Small);
        const QStringList duties = model.indexForId(QStringLiteral("cpo")).data(OrgChartModel::ResponsibilitiesRole).toStringList();
        QCOMPARE(duties.size(), 7);
        QVERIFY(duties.contains(QStringLiteral("Manage the product team")));
        QVERIFY(duties.contains(QStringLiteral("Run customer service")));
        QVERIFY(duties.contains(QStringLiteral("Keep the products growing")));
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

    void switchingCompanySizeReportsChangedData()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy sized(&model, &OrgChartModel::companySizeChanged);
        model.setCompanySize(CompanySize::Small);
        QCOMPARE(sized.size(), 1);
        QCOMPARE(changed.size(), 2); // the root row, then the CEO's reports
        model.setCompanySize(CompanySize::Small);
        QCOMPARE(sized.size(), 1);
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
