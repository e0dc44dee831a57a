#include "testsupport.h"

#include "csvpreview.h"
#include "importdialog.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeView>

using namespace TestSupport;

namespace {

// Picks a column in a closed combo box as a user does: focus, and the column's first letter.
void choose(QComboBox *combo, const QString &column)
{
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    for (int tries = 0; tries < combo->count() && combo->currentText() != column; ++tries)
        QTest::keyClick(combo, column.front().toLatin1());
    QCOMPARE(combo->currentText(), column);
}

QPushButton *openButton(const ImportDialog *dialog)
{
    for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons())
        if (button->text() == QStringLiteral("&Open"))
            return qobject_cast<QPushButton *>(button);
    return nullptr;
}

} // namespace

class TestImportDialog : public QObject
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

    // A header no one could guess: the window asks which column holds what instead of refusing the
    // file, shows its first rows and the tree the choice makes, and opens it with those columns.
    // The next window opens a file with the same header straight away.
    void anUnknownHeaderAsksForTheColumnsAndTheChoiceIsRemembered()
    {
        const QString path = writeFile(m_dir, QStringLiteral("staff.csv"),
                                       "Staff;Who;Boss;Job\n7;Ada Stone;;Director\n8;Ben Tull;7;Engineer\n9;Cy Ward;7;Designer\n");
        OrgChartModel model;
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy failed(&window, &MainWindow::fileFailed);
        window.openFile(path);
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) && dialog->isVisible());
        QVERIFY(failed.isEmpty());
        QCOMPARE(dialog->header(), (QStringList{QStringLiteral("Staff"), QStringLiteral("Who"), QStringLiteral("Boss"), QStringLiteral("Job")}));
        const auto *rows = dialog->findChild<QTableWidget *>();
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->item(1, 1)->text(), QStringLiteral("Ben Tull"));
        QPushButton *open = openButton(dialog);
        QVERIFY(open && !open->isEnabled()); // no id or name found yet

        const QList<QComboBox *> roles = dialog->findChildren<QComboBox *>(); // id, name, first, last, title, manager
        QCOMPARE(roles.size(), 6);
        choose(roles[0], QStringLiteral("Staff"));
        choose(roles[1], QStringLiteral("Who"));
        choose(roles[4], QStringLiteral("Job"));
        choose(roles[5], QStringLiteral("Boss"));
        const QAbstractItemModel *tree = dialog->findChild<QTreeView *>()->model();
        QCOMPARE(tree->rowCount(), 1);
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("Ada Stone"));
        QCOMPARE(tree->rowCount(tree->index(0, 0)), 2);
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("--map \"id=Staff,name=Who,title=Job,manager=Boss\""));
        }));
        QVERIFY(open->isEnabled());
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(model.chart().nodes.size(), size_t(3));
        QCOMPARE(model.chart().nodes[model.chart().roots.front()].name, QStringLiteral("Ada Stone"));

        OrgChartModel again;
        MainWindow another(&again);
        QSignalSpy openedAgain(&another, &MainWindow::fileOpened);
        another.openFile(path);
        QTRY_COMPARE(openedAgain.size(), 1);
        QCOMPARE(again.chart().nodes.size(), size_t(3));
        QVERIFY(!another.findChild<ImportDialog *>());
    }

    // A file read with columns chosen before, whose header has changed since: the window asks
    // again instead of failing, and leaving every column to the header (an empty mapping) opens it.
    void aMappingThatNoLongerFitsIsAskedAgainAndCanBeDropped()
    {
        const QString path = writeFile(m_dir, QStringLiteral("renamed.csv"), "Nr;Wer;Rolle;Chef\n1;Ada;CEO;\n2;Ben;CTO;1\n");
        CsvColumnMapping mapping;
        mapping.id = QStringLiteral("Nr");
        mapping.name = QStringLiteral("Wer");
        mapping.title = QStringLiteral("Rolle");
        mapping.manager = QStringLiteral("Chef");
        OrgChartModel model;
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        window.openFile(path, mapping);
        QTRY_COMPARE(opened.size(), 1);
        writeFile(m_dir, QStringLiteral("renamed.csv"), "id,name,title,manager\n1,Ada,CEO,\n2,Ben,CTO,1\n3,Cy,CMO,1\n");
        window.openFile(path); // as Reload does: with the mapping kept for the file
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->mapping().isEmpty()); // the columns named before are gone
        QPushButton *open = openButton(dialog);
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(model.chart().nodes.size(), size_t(3));
        QVERIFY(!window.findChild<ImportDialog *>());
    }

    // File > Import… on a file that opens by itself: the dialog starts from what the header says,
    // and cancelling it leaves the chart shown as it was.
    void cancellingTheImportKeepsTheChart()
    {
        const QString path = writeOrganisation(m_dir, 20, QStringLiteral("plain.csv"));
        OrgChartModel model;
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const size_t before = model.chart().nodes.size();
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        window.showImportDialog(path);
        ImportDialog *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(openButton(dialog)->isEnabled());
        QCOMPARE(dialog->findChild<QTreeView *>()->model()->rowCount(), 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<ImportDialog *>());
        QTest::qWait(200); // a load would have begun by now
        QCOMPARE(opened.size(), 0);
        QCOMPARE(model.chart().nodes.size(), before);
    }

    // The preview reads what the reader reads: UTF-16 with tabs, at most the rows asked for.
    void thePreviewDecodesAsTheReaderAndStopsAtTheRowsAsked()
    {
        QByteArray utf16("\xFF\xFE");
        const QString text = QStringLiteral("Nummer\tNaam\tChef\n1\tZoë\t\n2\tJosé\t1\n3\tÅsa\t1\n");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const CsvPreview preview = previewCsv(utf16, QStringLiteral("u.csv"), 2);
        QCOMPARE(preview.header, (QStringList{QStringLiteral("Nummer"), QStringLiteral("Naam"), QStringLiteral("Chef")}));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.rows[1][1], QStringLiteral("José"));
        QVERIFY(preview.text.endsWith("José\t1\n"));
    }

    // What the dialog shows for the command line is what --map reads, a comma in a name too.
    void theMappingTextIsWhatMapReads()
    {
        CsvColumnMapping mapping;
        mapping.id = QStringLiteral("Emp No");
        mapping.name = QStringLiteral("Name, full");
        mapping.manager = QStringLiteral("Boss");
        const std::optional<CsvColumnMapping> read = parseCsvColumnMapping(csvColumnMappingText(mapping), nullptr);
        QVERIFY(read);
        QCOMPARE(read->id, mapping.id);
        QCOMPARE(read->name, mapping.name);
        QCOMPARE(read->manager, mapping.manager);
        QVERIFY(read->title.isEmpty());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
