#include "testsupport.h"

#include "breadcrumbbar.h"
#include "chartexport.h"
#include "chartnavigation.h"
#include "chartview.h"
#include "comparedialog.h"
#include "comparemodel.h"
#include "detailpanel.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QAction>
#include <QElapsedTimer>
#include <QImageReader>
#include <QLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace TestSupport;

// Runs a step of a test and returns from the caller when it failed.
#define STEP(call)                                                                                                                         \
    do {                                                                                                                                   \
        call;                                                                                                                              \
        if (QTest::currentTestFailed())                                                                                                    \
            return;                                                                                                                        \
    } while (false)

// Any shape of organisation, every user operation: a chain 100,000 deep (CSV and JSON), 100,000
// reports to one person, 10,000 people at the top, names of 100,000 characters, 1,000 columns.
// Each operation goes through the window as a user would and is checked for what the user sees;
// the time of each is printed. (orgchart-bench --shapes times the same at 1920x1080, and the
// 1,000,000-person organisation.)
class TestShapes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OrgChartModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    QElapsedTimer m_lap;
    QString m_shape;

    ChartView *chart() const { return m_window->chartView(); }
    QModelIndex person(const QString &id) const { return m_model->indexForId(id); }
    QString panelText() const { return m_window->detailPanel()->toPlainText(); }

    void lap(const char *operation)
    {
        qInfo("%-28s %-40s %8.1f ms", qPrintable(m_shape), operation, double(m_lap.nsecsElapsed()) / 1e6);
        m_lap.start();
    }

    void open(const QString &path)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::fileOpened);
        m_window->openFile(path);
        QVERIFY(opened.wait(60000));
        QCoreApplication::processEvents();
    }

    bool inViewport(const QModelIndex &index) const
    {
        const QRect rect = chart()->visualRect(index);
        return rect.isValid() && chart()->viewport()->rect().contains(rect.center());
    }

    QString describe(const QModelIndex &index) const
    {
        return QStringLiteral("%1 (box at %2,%3 in %4x%5)")
            .arg(index.data(OrgChartModel::IdRole).toString().left(40))
            .arg(chart()->visualRect(index).center().x())
            .arg(chart()->visualRect(index).center().y())
            .arg(chart()->viewport()->width())
            .arg(chart()->viewport()->height());
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
        QApplication::setEffectEnabled(Qt::UI_General, false); // boxes jump to their places: times of the work, not of motion
    }

    void init()
    {
        m_model = std::make_unique<OrgChartModel>();
        m_model->setChart(builtInChart());
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        chart()->setFocus();
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
    }

    void everyOperation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("roots");
        QTest::addColumn<int>("levels");
        QTest::addColumn<QString>("deepestId");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("matches");
        QTest::addColumn<bool>("sized");

        using namespace Shapes;
        // "Person 1": 11,112 matches, too many to open at once; Shift+F3 from the first goes round
        // to the last, the deepest. "Person 2": the last match is 29,999 deep.
        QTest::newRow("chain 100,000 deep, CSV") << writeFile(m_dir, QStringLiteral("chain.csv"), chainCsv(100000)) << 100000 << 1
                                                  << 100000 << QStringLiteral("100000") << QStringLiteral("Person 1") << 11112 << false;
        QTest::newRow("chain 100,000 deep, JSON") << writeFile(m_dir, QStringLiteral("chain.json"), chainJson(100000)) << 100000 << 1
                                                   << 100000 << QStringLiteral("100000") << QStringLiteral("Person 2") << 11111 << true;
        QTest::newRow("100,000 reports to one") << writeFile(m_dir, QStringLiteral("star.csv"), starCsv(100000)) << 100001 << 1 << 2
                                                 << QStringLiteral("100001") << QStringLiteral("Person 10000") << 3 << false;
        QTest::newRow("10,000 at the top") << writeFile(m_dir, QStringLiteral("roots.csv"), rootsCsv(10000)) << 10000 << 10000 << 1
                                            << QStringLiteral("10000") << QStringLiteral("Person 999") << 11 << false;
        QTest::newRow("names of 100,000 characters") << writeFile(m_dir, QStringLiteral("long-names.csv"), longNamesCsv(63, 100000)) << 63
                                                      << 1 << 6 << QStringLiteral("63") << QStringLiteral("Person 6") << 5 << false;
        QTest::newRow("1,000 columns") << writeFile(m_dir, QStringLiteral("wide.csv"), wideCsv(1000, 1000)) << 1000 << 1 << 10
                                        << QStringLiteral("1000") << QStringLiteral("c999r100") << 2 << false;
    }

    void everyOperation()
    {
        QFETCH(QString, file);
        m_shape = QString::fromLatin1(QTest::currentDataTag());
        m_lap.start();
        STEP(openTheFile());
        STEP(expandAndCollapseAll());
        STEP(searchAndStep());
        STEP(selectTheDeepestInTheOutline());
        STEP(switchTheCompanySize());
        STEP(keyboardFromTheDeepest());
        STEP(asteriskInTheOutline());
        STEP(compareTheDeepest());
        STEP(walkTheAccessibleTree());
        STEP(exportSvgPngPdf());
    }

    // JSON finds its columns as it reads them: 996 extra ones, each under its own name.
    void aJsonFileOfAThousandColumns()
    {
        m_lap.start();
        open(writeFile(m_dir, QStringLiteral("wide.json"), Shapes::wideJson(1000, 1000)));
        m_shape = QStringLiteral("1,000 columns, JSON");
        lap("open");
        const OrgChart &chart = m_model->chart();
        QCOMPARE(chart.nodes.size(), size_t(1000));
        QCOMPARE(chart.fieldNames.size(), 996);
        const QModelIndex last = person(QStringLiteral("1000"));
        for (const int column : {4, 500, 999}) {
            const qsizetype at = chart.fieldNames.indexOf(QStringLiteral("c%1").arg(column));
            QVERIFY(at >= 0);
            QCOMPARE(chart.field(m_model->nodeForIndex(last), at), QStringLiteral("c%1r1000").arg(column));
        }
        m_window->outline()->setCurrentIndex(last);
        QVERIFY(panelText().contains(QStringLiteral("\nc999: c999r1000"))); // many columns: one line each, below the table
    }

private:
    QModelIndex deepest() const
    {
        QFETCH(QString, deepestId);
        return person(deepestId);
    }

    void openTheFile()
    {
        QFETCH(QString, file);
        QFETCH(int, people);
        QFETCH(int, roots);
        QFETCH(int, levels);
        open(file);
        lap("open");
        QCOMPARE(m_model->chart().nodes.size(), size_t(people));
        QCOMPARE(m_model->rowCount(), roots);
        QCOMPARE(m_model->chart().levels, levels);
        QCOMPARE(m_window->currentFile(), file);
        QVERIFY2(m_window->statusSummary().startsWith(QLocale().toString(people) + QStringLiteral(" people")), qPrintable(m_window->statusSummary()));
        // It opens at its top, which shows on screen.
        const QModelIndex top = m_model->index(0, 0);
        QVERIFY(chart()->scene().boxOf(top) >= 0);
        QVERIFY(chart()->viewport()->rect().intersects(chart()->visualRect(top)));
        // As many boxes as fill the window, or the top and all its reports, not everyone.
        const int shown = int(chart()->scene().boxes.size());
        QVERIFY2(shown <= std::max(chart()->openingBoxBudget(), roots + m_model->rowCount(top)), qPrintable(QString::number(shown)));
        chart()->viewport()->repaint();
        lap("first frame");
    }

    void expandAndCollapseAll()
    {
        QFETCH(int, people);
        QFETCH(int, roots);
        m_window->action(QStringLiteral("expandAll"))->trigger();
        QCOMPARE(chart()->scene().boxes.size(), size_t(people));
        QVERIFY(chart()->scene().boxOf(deepest()) >= 0);
        lap("expand all");
        chart()->viewport()->repaint();
        lap("frame of everyone");
        m_window->action(QStringLiteral("collapseAll"))->trigger();
        const ChartScene &scene = chart()->scene();
        QCOMPARE(scene.boxes.size(), size_t(roots));
        // A top with reports says how many it hides.
        const ChartScene::Box &top = scene.boxes.front();
        if (top.hasReports) {
            QVERIFY(top.collapsed);
            QCOMPARE(scene.badgeText(top), u'+' + QLocale().toString(people - 1));
        }
        lap("collapse all");
        chart()->viewport()->repaint();
        lap("frame collapsed");
    }

    // Ctrl+F, the text typed, Return, then F3 and Shift+F3 a few times: each match is selected,
    // opened on the chart and brought into view.
    void searchAndStep()
    {
        QFETCH(QString, search);
        QFETCH(int, matches);
        chart()->setFocus();
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->searchField());
        QTest::keyClicks(m_window->searchField(), search);
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        lap("search");
        QCOMPARE(int(m_model->matches().size()), matches);
        const QModelIndexList found = m_model->matchIndexes();
        const auto check = [&](int at) {
            QCOMPARE(m_window->searchStatus(), QStringLiteral("%1 of %2").arg(at + 1).arg(matches));
            QCOMPARE(chart()->currentIndex(), found[at]);
            QVERIFY2(inViewport(found[at]), qPrintable(describe(found[at])));
        };
        STEP(check(0));
        // Forwards round to the first again (or three steps), then back past it to the last.
        const int forwards = std::min(matches, 3);
        for (int step = 1; step <= forwards; ++step) {
            press(Qt::Key_F3);
            STEP(check(step % matches));
        }
        lap("F3");
        for (int step = forwards - 1; step >= -1; --step) {
            press(Qt::Key_F3, Qt::ShiftModifier);
            STEP(check((step + matches) % matches));
        }
        lap("Shift+F3");
        // The breadcrumb was rebuilt at each step: only the last path's steps are laid out.
        BreadcrumbBar *bar = m_window->navigation()->breadcrumbBar();
        int stale = 0;
        for (int i = 0; i < bar->layout()->count(); ++i)
            if (auto *button = qobject_cast<QToolButton *>(bar->layout()->itemAt(i)->widget());
                button && !bar->stepButtons().contains(button) && button != bar->elision() && button != bar->wholeChartButton())
                ++stale;
        QCOMPARE(stale, 0);
        press(Qt::Key_Escape); // leaves the search field for the chart
        QCOMPARE(QApplication::focusWidget(), chart());
        QTRY_VERIFY(m_model->matches().empty());
        lap("leave the search");
    }

    // The deepest person, chosen in the outline, is opened and shown on the chart.
    void selectTheDeepestInTheOutline()
    {
        m_window->action(QStringLiteral("collapseAll"))->trigger();
        const QModelIndex target = deepest();
        if (target.parent().isValid()) // hidden below the top, before it is chosen
            QVERIFY(chart()->scene().boxOf(target) < 0);
        m_lap.start();
        m_window->outline()->setCurrentIndex(target);
        QCoreApplication::processEvents();
        lap("select the deepest (outline)");
        QCOMPARE(chart()->currentIndex(), target);
        for (QModelIndex up = target.parent(); up.isValid(); up = up.parent())
            if (chart()->isCollapsed(up))
                QFAIL(qPrintable(QStringLiteral("%1 above the deepest is collapsed").arg(up.data(OrgChartModel::IdRole).toString())));
        QVERIFY2(chart()->viewport()->rect().contains(chart()->visualRect(target)), qPrintable(describe(target)));
        // The breadcrumb ends with the person; the panel names them.
        const QList<QToolButton *> steps = m_window->navigation()->breadcrumbBar()->stepButtons();
        QVERIFY(!steps.isEmpty() && steps.size() <= BreadcrumbBar::trailingSteps + 2);
        QVERIFY(steps.last()->toolTip().startsWith(target.data().toString()));
        const QString step = steps.last()->text();
        QVERIFY2(step.size() < 100 && target.data().toString().startsWith(step.endsWith(QChar(0x2026)) ? step.chopped(1) : step), qPrintable(step));
        const QString name = target.data(OrgChartModel::NameRole).toString();
        QVERIFY2(panelText().remove(QChar(0x200B)).contains(name), qPrintable(panelText().left(200))); // long words may break
        lap("check the reveal");
    }

    // '*' in the outline opens everyone below the row, as deep as the outline goes; the window
    // keeps its size.
    void asteriskInTheOutline()
    {
        QFETCH(int, levels);
        QTreeView *outline = m_window->outline();
        const QModelIndex top = m_model->index(0, 0);
        QCOMPARE(outline->currentIndex(), top);
        const QSize window = m_window->size();
        outline->setFocus();
        m_lap.start();
        press(Qt::Key_Asterisk);
        QCoreApplication::processEvents();
        outline->viewport()->repaint();
        lap("'*' in the outline");
        QCOMPARE(m_window->size(), window);
        if (!m_model->hasChildren(top))
            return;
        // Down the first reports: open to the outline's depth, closed below it.
        QModelIndex below = top;
        int depth = 1;
        for (; m_model->hasChildren(below) && depth <= 1000; ++depth) {
            if (!outline->isExpanded(below))
                QFAIL(qPrintable(QStringLiteral("level %1 is closed").arg(depth)));
            below = m_model->index(0, 0, below);
        }
        QCOMPARE(depth, std::min(levels, 1001));
        if (levels > 1000)
            QVERIFY(!outline->isExpanded(below));
        QVERIFY(outline->visualRect(m_model->index(0, 0, top)).isValid());
    }

    // Ctrl+1 and Ctrl+2: where the file describes roles by company size, the chart follows.
    void switchTheCompanySize()
    {
        QFETCH(bool, sized);
        const QModelIndex target = deepest();
        chart()->setFocus();
        press(Qt::Key_1, Qt::ControlModifier);
        lap("Ctrl+1");
        if (!sized) {
            QVERIFY(!m_window->companySizeAction(CompanySize::Small)->isEnabled());
            QCOMPARE(m_model->companySize(), CompanySize::Large);
            return;
        }
        QCOMPARE(m_model->companySize(), CompanySize::Small);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("small company")));
        QCOMPARE(target.data(OrgChartModel::SubtitleRole).toString(), QStringLiteral("X"));
        const ChartScene &scene = chart()->scene();
        const int box = scene.boxOf(target);
        QVERIFY(box >= 0);
        QCOMPARE(scene.boxTexts(box).at(1).text, QStringLiteral("X"));
        QVERIFY2(inViewport(target), qPrintable(describe(target)));
        QVERIFY(panelText().contains(QStringLiteral("Held by (small company)\nX")));
        press(Qt::Key_2, Qt::ControlModifier);
        lap("Ctrl+2");
        QCOMPARE(m_model->companySize(), CompanySize::Large);
        QCOMPARE(chart()->scene().boxTexts(chart()->scene().boxOf(target)).at(1).text, QStringLiteral("Title"));
        QVERIFY2(inViewport(target), qPrintable(describe(target)));
    }

    // Arrows from the deepest: up to the manager, down to the first report, along the colleagues,
    // Home to the top; each step in view.
    void keyboardFromTheDeepest()
    {
        const QModelIndex target = deepest();
        chart()->setFocus();
        chart()->setCurrentIndex(target);
        m_lap.start();
        const QModelIndex manager = target.parent();
        press(Qt::Key_Up);
        QCOMPARE(chart()->currentIndex(), manager.isValid() ? manager : target);
        QVERIFY2(inViewport(chart()->currentIndex()), qPrintable(describe(chart()->currentIndex())));
        press(Qt::Key_Down);
        const QModelIndex first = m_model->index(0, 0, manager);
        QCOMPARE(chart()->currentIndex(), manager.isValid() ? first : target);
        QVERIFY2(inViewport(chart()->currentIndex()), qPrintable(describe(chart()->currentIndex())));
        press(Qt::Key_Right);
        const QModelIndex next = first.siblingAtRow(first.row() + 1);
        QCOMPARE(chart()->currentIndex(), manager.isValid() ? (next.isValid() ? next : first) : target);
        QVERIFY2(inViewport(chart()->currentIndex()), qPrintable(describe(chart()->currentIndex())));
        press(Qt::Key_Left);
        QCOMPARE(chart()->currentIndex(), manager.isValid() ? first : target.siblingAtRow(target.row() - 1));
        press(Qt::Key_Home);
        QCOMPARE(chart()->currentIndex(), m_model->index(0, 0));
        QVERIFY2(inViewport(m_model->index(0, 0)), qPrintable(describe(m_model->index(0, 0))));
        lap("arrows and Home");
    }

    // Ctrl+K with the deepest selected compares them side by side with up to three colleagues,
    // or their manager when they have none; with nothing selected, the top and a few reports.
    void compareTheDeepest()
    {
        const QModelIndex target = deepest();
        m_window->outline()->setCurrentIndex(target);
        chart()->setFocus();
        m_lap.start();
        press(Qt::Key_K, Qt::ControlModifier);
        lap("Ctrl+K");
        auto *dialog = m_window->findChild<CompareDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        const CompareModel *compare = dialog->model();
        const int column = int(compare->nodes().indexOf(m_model->nodeForIndex(target)));
        QVERIFY2(column >= 0, "the deepest person is compared");
        QVERIFY2(compare->columnCount() >= 2 && compare->columnCount() <= 4, qPrintable(QString::number(compare->columnCount())));
        // Its name heads a column, cut short if it is very long; a copy of the table has it whole.
        const QString title = target.data().toString(), header = compare->headerData(column, Qt::Horizontal).toString();
        if (title.size() <= 1000)
            QCOMPARE(header, title);
        else
            QVERIFY2(header.size() <= 1001 && header.endsWith(QChar(0x2026)) && title.startsWith(header.chopped(1)), qPrintable(header.left(100)));
        QVERIFY(compare->toTsv().contains(u'\t' + title));
        const int extra = int(m_model->chart().fieldNames.size());
        QCOMPARE(compare->rowCount(), 4 + extra);
        if (extra > 0) // the last column's value, in the row of its name
            QCOMPARE(compare->index(3 + extra, column).data().toString(),
                     m_model->chart().field(m_model->nodeForIndex(target), extra - 1));
        dialog->close();

        chart()->selectionModel()->clear();
        m_lap.start();
        press(Qt::Key_K, Qt::ControlModifier);
        lap("Ctrl+K, nothing selected");
        QVERIFY(dialog->isVisible());
        QCOMPARE(compare->nodes().first(), m_model->nodeForIndex(m_model->index(0, 0)));
        QVERIFY2(compare->columnCount() >= 1 && compare->columnCount() <= 4, qPrintable(QString::number(compare->columnCount())));
        dialog->close();
    }

    // Everyone on the chart, as assistive technology reads it: one tree item per box.
    void walkTheAccessibleTree()
    {
        QFETCH(int, people);
        const QModelIndex target = deepest();
        m_window->action(QStringLiteral("expandAll"))->trigger();
        chart()->setCurrentIndex(target);
        m_lap.start();
        QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(chart());
        QVERIFY(tree);
        QCOMPARE(tree->childCount(), people);
        for (int i = 0; i < people; ++i) {
            QAccessibleInterface *box = tree->child(i);
            if (!box || box->role() != QAccessible::TreeItem || tree->indexOfChild(box) != i)
                QFAIL(qPrintable(QStringLiteral("child %1 of the tree").arg(i)));
        }
        lap("accessible: every child");
        const int box = chart()->scene().boxOf(target);
        QAccessibleInterface *item = tree->child(box);
        QVERIFY(item);
        QCOMPARE(item->text(QAccessible::Name), target.data().toString());
        QCOMPARE(item->parent(), tree);
        QVERIFY(item->state().selected);
        QCOMPARE(tree->focusChild(), item);
        const QPoint centre = item->rect().center();
        QCOMPARE(tree->childAt(centre.x(), centre.y()), item);
        lap("accessible: the deepest");
    }

    // SVG, PNG and PDF of everyone, written as the window writes them.
    void exportSvgPngPdf()
    {
        const QModelIndex target = deepest();
        const QString svg = m_dir.filePath(QStringLiteral("shape.svg"));
        QString note;
        m_lap.start();
        QCOMPARE(exportFile(*m_model, chart()->sceneOptions(), svg, ExportRequest(), &note), QString());
        lap("export SVG");
        {
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            bool found = false;
            int roles = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("g") && xml.attributes().value(QLatin1String("id")).startsWith(QLatin1String("role-")))
                    ++roles;
                else if (xml.name() == QLatin1String("title") && xml.readElementText() == target.data().toString())
                    found = true;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY2(found, "the deepest person's <title>");
            QCOMPARE(roles, int(m_model->chart().nodes.size()));
        }
        lap("read the SVG");

        const QString png = m_dir.filePath(QStringLiteral("shape.png"));
        QFile::remove(png);
        const QString error = exportFile(*m_model, chart()->sceneOptions(), png, ExportRequest(), &note);
        lap("export PNG");
        if (!error.isEmpty()) {
            // Refused before any pixel is allocated, saying why and what to do instead.
            QVERIFY2(error.contains(QStringLiteral("under a pixel")) && error.contains(QStringLiteral("PDF or SVG")), qPrintable(error));
            QVERIFY(!QFile::exists(png));
        } else {
            QImageReader reader(png);
            reader.setAllocationLimit(0);
            const QSize size = reader.size();
            QVERIFY2(size.width() <= PngLimits::maxSide && size.height() <= PngLimits::maxSide, qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
            QVERIFY(qint64(size.width()) * size.height() <= PngLimits::maxPixels);
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.size(), size);
            QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
            if (!note.isEmpty()) // lowered to fit: the note says why
                QVERIFY2(note.contains(QStringLiteral("instead")), qPrintable(note));
            lap("read the PNG");
        }

        const QString pdf = m_dir.filePath(QStringLiteral("shape.pdf"));
        m_lap.start();
        QCOMPARE(exportFile(*m_model, chart()->sceneOptions(), pdf, ExportRequest(), &note), QString());
        lap("export PDF");
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QCOMPARE(int(bytes.count("/Type /Page\n")) + int(bytes.count("/Type /Page ")) - int(bytes.count("/Type /Pages ")), 1);
    }
};

QTEST_MAIN(TestShapes)
#include "tst_shapes.moc"
