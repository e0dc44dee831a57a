#include "testsupport.h"

#include "chartview.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QStandardItemModel>

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
                                     QStringLiteral("Product Manager — acting CPO"), // who holds it in a small company
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

    // The items are numbered by the scene: when the chart is laid out again, those made before go
    // (a screen reader's handle to one no longer answers) and the new ones follow the new boxes,
    // whatever rows moved in the model.
    void itemsFollowTheBoxesWhenTheChartIsLaidOutAgain()
    {
        QStandardItemModel model;
        for (const char *name : {"Ada", "Grace", "Linus"})
            model.appendRow(new QStandardItem(QString::fromLatin1(name)));
        ChartView chart;
        chart.setModel(&model);
        chart.resize(800, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(&chart);
        QVERIFY(tree);
        const QAccessible::Id grace = QAccessible::uniqueId(tree->child(1));
        QCOMPARE(QAccessible::accessibleInterface(grace)->text(QAccessible::Name), QStringLiteral("Grace"));

        model.insertRow(0, new QStandardItem(QStringLiteral("Barbara"))); // every row moves down one
        QCOMPARE(tree->childCount(), 4);
        QCOMPARE(QAccessible::accessibleInterface(grace), nullptr);
        QStringList names;
        for (int i = 0; i < tree->childCount(); ++i) {
            QAccessibleInterface *box = tree->child(i);
            QVERIFY(box && box->isValid());
            QCOMPARE(tree->indexOfChild(box), i);
            QCOMPARE(tree->child(i), box); // made once per scene
            names << box->text(QAccessible::Name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Barbara"), QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Linus")}));
        chart.setCurrentIndex(model.index(2, 0));
        QCOMPARE(tree->focusChild(), tree->child(2));
    }

    // A screen reader walking every box of a big chart leaves only the latest items registered,
    // and the focused box's: Qt's cache of 1,000,000 items cost 60 MB and 1.5 s to empty at the
    // next layout. An item that went is made again when asked for.
    void aWalkOfManyBoxesKeepsOnlyTheLatestItems()
    {
        QStandardItemModel model;
        constexpr int people = 20000;
        for (int row = 0; row < people; ++row)
            model.appendRow(new QStandardItem(QStringLiteral("Person %1").arg(row)));
        ChartView chart;
        chart.setModel(&model);
        chart.resize(800, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setCurrentIndex(model.index(3, 0));
        QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(&chart);
        QCOMPARE(tree->childCount(), people);
        QAccessibleInterface *focused = tree->focusChild();
        QVERIFY(focused);
        const QAccessible::Id first = QAccessible::uniqueId(tree->child(0));
        const QAccessible::Id focusedId = QAccessible::uniqueId(focused);
        for (int i = 0; i < people; ++i) {
            QAccessibleInterface *box = tree->child(i);
            QVERIFY(box && box->isValid());
            QCOMPARE(tree->indexOfChild(box), i);
            QCOMPARE(box->text(QAccessible::Name), QStringLiteral("Person %1").arg(i));
        }
        QCOMPARE(QAccessible::accessibleInterface(first), nullptr); // the oldest went
        QCOMPARE(QAccessible::accessibleInterface(focusedId), focused); // the focused box's stayed
        QCOMPARE(tree->focusChild(), focused);
        QAccessibleInterface *last = tree->child(people - 1);
        QCOMPARE(tree->child(people - 1), last); // the latest are kept
        QAccessibleInterface *again = tree->child(0);
        QVERIFY(again && again->isValid());
        QCOMPARE(tree->indexOfChild(again), 0);
        QCOMPARE(again->text(QAccessible::Name), QStringLiteral("Person 0"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
