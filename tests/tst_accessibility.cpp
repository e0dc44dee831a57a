#include "testsupport.h"

#include "chartview.h"
#include "mainwindow.h"

#include <QAccessible>

using namespace TestSupport;

// The chart as assistive technology sees it, through the same interfaces that AT-SPI reads.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void theChartIsATreeOfItsVisibleBoxes()
    {
        OrgChartModel model;
        model.setChart(builtInChart());
        model.setCompanySize(CompanySize::Small);
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartView *chart = window.chartView();
        QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(chart);
        QVERIFY(tree);
        QCOMPARE(tree->role(), QAccessible::Tree);
        QCOMPARE(tree->text(QAccessible::Name), QStringLiteral("Organisation chart"));
        QCOMPARE(tree->childCount(), 3);

        QStringList names;
        for (int i = 0; i < tree->childCount(); ++i) {
            QAccessibleInterface *box = tree->child(i);
            QVERIFY(box && box->isValid());
            QCOMPARE(box->role(), QAccessible::TreeItem);
            QCOMPARE(box->parent(), tree);
            QCOMPARE(tree->indexOfChild(box), i);
            names << box->text(QAccessible::Name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("CEO — Chief Executive Officer"),
                                     QStringLiteral("CPO — Chief Product Officer, Product Manager — acting CPO"),
                                     QStringLiteral("CMO — Chief Marketing Officer")}));
        QAccessibleInterface *cpo = tree->child(1);
        QCOMPARE(cpo->text(QAccessible::Description), model.indexForId(QStringLiteral("cpo")).data(OrgChartModel::SummaryRole).toString());
        QVERIFY(tree->child(0)->state().expandable && tree->child(0)->state().expanded);
        QVERIFY(!cpo->state().selected);
        QCOMPARE(tree->childAt(cpo->rect().center().x(), cpo->rect().center().y()), cpo);

        // Moving with the keyboard selects and focuses. (The focus events that follow reach an
        // update handler only where a platform accessibility bridge is active, as AT-SPI is on a
        // desktop; the offscreen platform has none.)
        chart->setFocus();
        QTRY_VERIFY(chart->hasFocus());
        QTest::keyClick(chart, Qt::Key_Home);
        QTest::keyClick(chart, Qt::Key_Down);
        QVERIFY(cpo->state().selected);
        QVERIFY(cpo->state().focused);
        QCOMPARE(tree->focusChild(), cpo);

        // Collapsing the top changes what the tree holds.
        QTest::keyClick(chart, Qt::Key_Up);
        QTest::keyClick(chart, Qt::Key_Minus);
        QCOMPARE(tree->childCount(), 1);
        QVERIFY(tree->child(0)->state().collapsed);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
