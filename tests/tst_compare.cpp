#include "testsupport.h"

#include "comparedialog.h"
#include "comparemodel.h"
#include "chartview.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QMimeData>
#include <QTableView>

using namespace TestSupport;

class TestCompare : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList row(const CompareModel &model, const QString &aspect)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.headerData(r, Qt::Vertical).toString() == aspect) {
                QStringList cells;
                for (int c = 0; c < model.columnCount(); ++c)
                    cells << model.index(r, c).data().toString();
                return cells;
            }
        return {};
    }

    static bool differs(const CompareModel &model, const QString &aspect)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.headerData(r, Qt::Vertical).toString() == aspect)
                return model.index(r, 0).data(CompareModel::DiffersRole).toBool();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void withNothingChosenItComparesCeoCpoAndCmo()
    {
        OrgChartModel source;
        source.setChart(builtInChart());
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("CEO — Chief Executive Officer"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("CMO — Chief Marketing Officer"));
        QCOMPARE(row(model, QStringLiteral("Reports to")),
                 (QStringList{QStringLiteral("nobody"), QStringLiteral("CEO — Chief Executive Officer"), QStringLiteral("CEO — Chief Executive Officer")}));
        QVERIFY(differs(model, QStringLiteral("Reports to")));
        QCOMPARE(row(model, QStringLiteral("Collaborates with")), (QStringList{QString(), QStringLiteral("CMO"), QStringLiteral("CPO")}));
        QVERIFY(row(model, QStringLiteral("On what"))[1].contains(QStringLiteral("Product launches")));
        QVERIFY(row(model, QStringLiteral("In a small company"))[1].startsWith(QStringLiteral("Product Manager — acting CPO")));
        QCOMPARE(row(model, QStringLiteral("In a small company"))[2], QStringLiteral("not described by the source"));
        QVERIFY(row(model, QStringLiteral("Sources"))[1].contains(QStringLiteral("TechTarget")));

        // The company size changes the responsibilities shown, and the model says so.
        source.setCompanySize(CompanySize::Small);
        QVERIFY(row(model, QStringLiteral("Responsibilities"))[0].contains(QStringLiteral("finances")));
        source.setCompanySize(CompanySize::Large);
        QVERIFY(!row(model, QStringLiteral("Responsibilities"))[0].contains(QStringLiteral("finances")));
    }

    void sameCellsDoNotStandOut()
    {
        OrgChartModel source;
        source.setChart(builtInChart());
        CompareModel model;
        model.setSource(&source);
        model.setNodes({source.chart().nodeOf(QStringLiteral("cpo")), source.chart().nodeOf(QStringLiteral("cmo"))});
        QVERIFY(!differs(model, QStringLiteral("Reports to")));
        QVERIFY(differs(model, QStringLiteral("Responsibilities")));
    }

    void peopleAreComparedByTitleManagerReportsAndColumns()
    {
        OrgChartModel source;
        source.setChart(loadChart(dataFile(QStringLiteral("rfc4180.csv"))));
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        model.setNodes({1, 3});
        QCOMPARE(row(model, QStringLiteral("Title")), (QStringList{QStringLiteral("CTO"), QStringLiteral("Chief Product Officer")}));
        QCOMPARE(row(model, QStringLiteral("Manager")), (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Ada Lovelace")}));
        QCOMPARE(row(model, QStringLiteral("Direct reports")), (QStringList{QStringLiteral("1"), QStringLiteral("0")}));
        QCOMPARE(row(model, QStringLiteral("email")), (QStringList{QStringLiteral("grace@example.com"), QString()}));
        QVERIFY(!differs(model, QStringLiteral("Manager")));
    }

    void textFormatsKeepTheTable()
    {
        OrgChartModel source;
        source.setChart(loadChart(dataFile(QStringLiteral("rfc4180.csv"))));
        CompareModel model;
        model.setSource(&source);
        model.setNodes({1, 2});
        const QStringList tsv = model.toTsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(tsv.first(), QStringLiteral("\tHopper, Grace\tLinus \"The Kernel\" T."));
        QVERIFY(tsv.contains(QStringLiteral("Manager\tAda Lovelace\tHopper, Grace")));
        // CSV reads back through our own CSV reader's rules: quoted commas and quotes.
        QVERIFY(model.toCsv().startsWith(QStringLiteral(",\"Hopper, Grace\",\"Linus \"\"The Kernel\"\" T.\"\r\n")));
        const QString markdown = model.toMarkdown();
        QVERIFY(markdown.startsWith(QStringLiteral("|  | Hopper, Grace | Linus \"The Kernel\" T. |\n| --- | --- | --- |\n")));
        QVERIFY(markdown.contains(QStringLiteral("| Manager | **Ada Lovelace** | **Hopper, Grace** |")));
        QVERIFY(model.toHtml().contains(QStringLiteral("<th>Linus &quot;The Kernel&quot; T.</th>")));
    }

    void ctrlClickTwoBoxesThenCompareCopyAndExport()
    {
        OrgChartModel source;
        source.setChart(loadChart(dataFile(QStringLiteral("rfc4180.csv"))));
        MainWindow window(&source);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartView *chart = window.chartView();
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->visualRect(source.indexForId(QStringLiteral("2"))).center());
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          chart->visualRect(source.indexForId(QStringLiteral("4"))).center());
        QCOMPARE(chart->selectionModel()->selectedIndexes().size(), 2);
        window.action(QStringLiteral("compare"))->trigger();
        CompareDialog *dialog = window.findChild<CompareDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->model()->columnCount(), 2);
        QCOMPARE(dialog->table()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Margaret Hamilton"));

        QApplication::clipboard()->clear();
        QApplication::setActiveWindow(dialog); // the offscreen platform does not hand focus to a second window
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTest::keyClick(dialog->table(), Qt::Key_C, Qt::ControlModifier);
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QVERIFY2(copied->text().startsWith(QStringLiteral("\tHopper, Grace\tMargaret Hamilton")), qPrintable(copied->text()));
        QVERIFY(copied->html().contains(QStringLiteral("<th>Margaret Hamilton</th>")));

        const QString csv = m_dir.filePath(QStringLiteral("compare.csv"));
        const QString markdown = m_dir.filePath(QStringLiteral("compare.md"));
        QVERIFY(dialog->exportTo(csv));
        QVERIFY(dialog->exportTo(markdown));
        QFile csvFile(csv), markdownFile(markdown);
        QVERIFY(csvFile.open(QIODevice::ReadOnly) && markdownFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csvFile.readAll()), dialog->model()->toCsv());
        QVERIFY(markdownFile.readAll().startsWith("|  | Hopper, Grace | Margaret Hamilton |"));
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
