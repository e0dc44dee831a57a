// --shapes: every user operation on organisations of extreme shapes, in the real window.
#include "benchsupport.h"

#include "testsupport.h"

#include "chartexport.h"
#include "chartview.h"
#include "comparedialog.h"
#include "comparemodel.h"
#include "mainwindow.h"
#include "orgchartfile.h"
#include "orgchartmodel.h"
#include "svgexport.h"
#include "tidytree.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QWindow>


#include <algorithm>
#include <cstdio>

using namespace Bench;

namespace {

constexpr double operationBudgetMs = 1000;

// The generated organisation of 1,000,000 as CSV; the id and name of its deepest person (the last
// of those furthest from the top).
QString writeMillion(const QString &folder, QString *deepestId, QString *deepestName)
{
    const std::vector<Person> org = generate(1000000);
    QByteArray csv("id,name,title,manager,department,location\n");
    csv.reserve(qsizetype(org.size()) * 64);
    size_t deepest = 0;
    for (size_t i = 0; i < org.size(); ++i) {
        const Person &p = org[i];
        csv += QByteArray::number(qulonglong(i + 1)) + ',' + p.name + ',' + p.title + ',' + (p.manager ? QByteArray::number(p.manager) : QByteArray())
               + ',' + p.department + ',' + p.location + '\n';
        if (p.depth >= org[deepest].depth)
            deepest = i;
    }
    *deepestId = QString::number(qulonglong(deepest + 1));
    *deepestName = QString::fromUtf8(org[deepest].name);
    const QString path = QDir(folder).filePath(QStringLiteral("million.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// One shape in the real window: every operation a user would do, each timed from the user's
// action until the window has painted again, with the peak memory it reached.
class ShapeSession
{
public:
    ShapeSession(const QString &deepestId)
        : m_deepestId(deepestId)
    {
        m_window.resize(frameSize);
        m_window.show();
        if (!QTest::qWaitForWindowExposed(&m_window))
            qFatal("the window is not exposed");
        m_window.activateWindow();
    }

    void openAndExpand(const QString &file)
    {
        activate();
        time(QStringLiteral("open the file (to the first frame)"), [&] {
            QSignalSpy opened(&m_window, &MainWindow::fileOpened);
            m_window.openFile(file);
            check(opened.wait(3600000), "the file did not open");
        });
        check(deepest().isValid(), "the deepest person is not in the chart");
        time(QStringLiteral("Expand All"), [&] { m_window.action(QStringLiteral("expandAll"))->trigger(); });
        check(chart()->scene().boxes.size() == m_model.chart().nodes.size(), "Expand All did not show everyone");
        time(QStringLiteral("Collapse All"), [&] { m_window.action(QStringLiteral("collapseAll"))->trigger(); });
        check(chart()->scene().boxes.size() == size_t(m_model.rowCount()), "Collapse All left more than the top");
    }

    void searchAndStep(const QString &search)
    {
        QLineEdit *field = m_window.searchField();
        field->setText(search); // typed; the search runs on Return
        time(QStringLiteral("search (Return in the search field)"), [&] { press(field, Qt::Key_Return); });
        check(!m_model.matches().empty() && chart()->currentIndex().isValid(), "the search found nobody");
        time(QStringLiteral("F3 (next match)"), [&] { press(field, Qt::Key_F3); });
        time(QStringLiteral("Shift+F3 (previous match)"), [&] { press(field, Qt::Key_F3, Qt::ShiftModifier); });
        time(QStringLiteral("leave the search (Escape, and the search's pause)"), [&] {
            press(field, Qt::Key_Escape);
            while (!m_model.searchText().isEmpty()) // the search field empties after its pause
                QTest::qWait(10);
        });
    }

    void walkAndCompare()
    {
        ChartView *view = chart();
        m_window.action(QStringLiteral("collapseAll"))->trigger();
        time(QStringLiteral("select the deepest in the outline"), [&] { m_window.outline()->setCurrentIndex(deepest()); });
        check(view->currentIndex() == deepest() && view->viewport()->rect().intersects(view->visualRect(deepest())),
              "the deepest person is not shown");
        time(QStringLiteral("Ctrl+1 (small company)"), [&] { press(view, Qt::Key_1, Qt::ControlModifier); });
        time(QStringLiteral("Ctrl+2 (large company)"), [&] { press(view, Qt::Key_2, Qt::ControlModifier); });
        check(m_model.companySize() == CompanySize::Large, "Ctrl+2 did not go back to a large company");
        time(QStringLiteral("Up from the deepest"), [&] { press(view, Qt::Key_Up); });
        time(QStringLiteral("Down"), [&] { press(view, Qt::Key_Down); });
        time(QStringLiteral("Home"), [&] { press(view, Qt::Key_Home); });
        check(view->currentIndex() == m_model.index(0, 0), "Home did not go to the top");

        view->setCurrentIndex(deepest());
        time(QStringLiteral("Ctrl+K (compare the deepest)"), [&] {
            press(view, Qt::Key_K, Qt::ControlModifier);
            if (auto *dialog = m_window.findChild<CompareDialog *>())
                dialog->repaint();
        });
        auto *dialog = m_window.findChild<CompareDialog *>();
        check(dialog && dialog->isVisible() && dialog->model()->nodes().contains(m_model.nodeForIndex(deepest())),
              "Compare left out the deepest");
        dialog->close();
        activate();
    }

    // With everyone shown, as a screen reader and the exports see the chart.
    void accessibleTreeAndExports(const QString &folder)
    {
        ChartView *view = chart();
        m_window.action(QStringLiteral("expandAll"))->trigger();
        settle();
        view->setCurrentIndex(deepest());
        time(QStringLiteral("accessible tree: the deepest's item"), [&] {
            QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(view);
            check(tree->childCount() == int(m_model.chart().nodes.size()), "the accessible tree lacks boxes");
            QAccessibleInterface *item = tree->child(view->scene().boxOf(deepest()));
            check(item && item->text(QAccessible::Name) == deepest().data().toString() && tree->focusChild() == item,
                  "the deepest's accessible item");
        });
        time(QStringLiteral("accessible tree: every item"), [&] {
            QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(view);
            const int count = tree->childCount();
            for (int i = 0; i < count; ++i) {
                QAccessibleInterface *item = tree->child(i);
                check(item && tree->indexOfChild(item) == i && !item->text(QAccessible::Name).isEmpty(), "an accessible item");
            }
        });
        for (const QString &suffix : {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")}) {
            const QString path = QDir(folder).filePath(QStringLiteral("shape.") + suffix);
            QString error, note;
            time(QStringLiteral("export ") + suffix.toUpper() + QStringLiteral(" (everyone)"),
                 [&] { error = m_window.writeExport(path, ExportRequest(), &note); });
            if (suffix == QLatin1String("png"))
                m_pngOutcome = !error.isEmpty() ? QStringLiteral("refused: ") + error
                                                : note.isEmpty() ? QStringLiteral("written") : QStringLiteral("written, ") + note;
            else
                check(error.isEmpty(), "an export failed");
            QFile::remove(path);
        }
    }

    // Every operation's samples and peak, in the order they ran, and what the shape is.
    QJsonObject figures()
    {
        QJsonObject out = m_out;
        out[QStringLiteral("order")] = m_order;
        out[QStringLiteral("people")] = double(m_model.chart().nodes.size());
        out[QStringLiteral("roots")] = double(m_model.chart().roots.size());
        out[QStringLiteral("levels")] = double(m_model.chart().levels);
        out[QStringLiteral("sized")] = m_model.chart().hasSizeVariants();
        out[QStringLiteral("png")] = m_pngOutcome.left(400);
        out[QStringLiteral("peakMB")] = peakMegabytes();
        return out;
    }

private:
    ChartView *chart() const { return m_window.chartView(); }
    QModelIndex deepest() const { return m_model.indexForId(m_deepestId); }

    static void check(bool ok, const char *what)
    {
        if (!ok)
            qFatal("%s", what);
    }

    void settle()
    {
        QCoreApplication::processEvents();
        m_window.repaint();
        QCoreApplication::processEvents();
    }

    void time(const QString &operation, const std::function<void()> &work)
    {
        settle();
        resetPeakMemory();
        QElapsedTimer timer;
        timer.start();
        work();
        settle();
        addSample(m_out, operation, msSince(timer));
        const QString peakKey = operation + QStringLiteral(" peakMB");
        m_out[peakKey] = std::max(m_out.value(peakKey).toDouble(), peakSinceResetMegabytes());
        if (!m_order.contains(operation))
            m_order.append(operation);
    }

    // Keys go where a user's would: to the widget with the focus, in the active window.
    void activate()
    {
        m_window.activateWindow();
        check(QTest::qWaitForWindowActive(&m_window), "the window is not active");
    }

    void press(QWidget *to, int key, Qt::KeyboardModifiers modifiers = {})
    {
        to->setFocus();
        check(QApplication::focusWidget() == to, "the keyboard focus is elsewhere");
        QTest::keyClick(to, Qt::Key(key), modifiers);
    }

    // Before the window exists: it reads the settings and shows the model as it is.
    struct Settings
    {
        Settings()
        {
            TestSupport::isolateSettings(folder); // never the user's settings
            QApplication::setEffectEnabled(Qt::UI_General, false); // boxes jump to their places: the work, not the motion
        }
        QTemporaryDir folder;
    };

    const QString m_deepestId;
    Settings m_settings;
    OrgChartModel m_model;
    const bool m_started = (m_model.setChart(TestSupport::builtInChart()), true); // as the program starts
    MainWindow m_window{&m_model};
    QJsonObject m_out;
    QJsonArray m_order;
    QString m_pngOutcome;
};

} // namespace

// The child: the window at 1920x1080 on one shape, every operation `runs` times, as one JSON line.
int Bench::measureShape(const QString &file, const QString &deepestId, const QString &search, int runs)
{
    ShapeSession session(deepestId);
    QTemporaryDir exports;
    for (int run = 0; run < runs; ++run) {
        session.openAndExpand(file);
        session.searchAndStep(search);
        session.walkAndCompare();
        session.accessibleTreeAndExports(exports.path());
    }
    std::printf("%s\n", QJsonDocument(session.figures()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// The parent: each shape generated, measured in a child and printed.
int Bench::runShapes(int runs, const QStringList &only)
{
    using namespace TestSupport::Shapes;
    QTemporaryDir folder;
    struct Case
    {
        const char *name;
        std::function<QString(QString *deepestId, QString *search)> write;
        int runs;
    };
    const auto put = [&](const char *name, const QByteArray &data) {
        const QString path = folder.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    const auto shape = [&](const char *file, auto generate, const char *deepest, const char *search) {
        return [=](QString *deepestId, QString *searchText) {
            *deepestId = QLatin1String(deepest);
            *searchText = QLatin1String(search);
            return put(file, generate());
        };
    };
    const Case cases[] = {
        {"chain 100,000 deep, CSV", shape("chain.csv", [] { return chainCsv(100000); }, "100000", "Person 10000"), runs},
        {"chain 100,000 deep, JSON, a size variant on the deepest", shape("chain.json", [] { return chainJson(100000); }, "100000", "Person 10000"), runs},
        {"100,000 reports to one person", shape("star.csv", [] { return starCsv(100000); }, "100001", "Person 10000"), runs},
        {"10,000 people at the top, nobody reports to anyone", shape("roots.csv", [] { return rootsCsv(10000); }, "10000", "Person 999"), runs},
        {"63 people, names of 100,000 characters", shape("long-names.csv", [] { return longNamesCsv(63, 100000); }, "63", "Person 6"), runs},
        {"1,000 people, 1,000 columns", shape("wide.csv", [] { return wideCsv(1000, 1000); }, "1000", "c999r100"), runs},
        {"1,000,000 people (the generated organisation)",
         [&](QString *deepestId, QString *search) { return writeMillion(folder.path(), deepestId, search); }, std::min(runs, 3)},
    };
    std::printf("Every user operation on each shape: the real window, 1920x1080 on the offscreen platform, each operation\n"
                "timed from the user's action until the window has painted again; ms, the median of n runs (fastest-slowest);\n"
                "the process's peak resident memory during the operation (the highest of the runs).\n"
                "Budget: %g ms an operation (ordinary build): a median over it is marked FAIL.\n\n",
                operationBudgetMs);
    int failures = 0;
    for (const Case &each : cases) {
        if (!only.isEmpty() && std::none_of(only.begin(), only.end(), [&](const QString &part) { return QLatin1String(each.name).contains(part); }))
            continue;
        QString deepestId, search;
        const QString path = each.write(&deepestId, &search);
        const QJsonObject ours = runJson(QApplication::applicationFilePath(),
                                         {QStringLiteral("--measure-shape"), path, deepestId, search, QStringLiteral("--runs"), QString::number(each.runs)},
                                         3600000);
        QFile::remove(path);
        if (ours.contains(QStringLiteral("error"))) {
            std::printf("== %s: %s\n\n", each.name, qPrintable(ours.value(QStringLiteral("error")).toString()));
            ++failures;
            continue;
        }
        const auto v = [&](const char *key) { return ours.value(QLatin1String(key)).toDouble(); };
        std::printf("== %s: %.0f people, %.0f at the top, %.0f levels; the deepest is id %s; search \"%s\" ==\n", each.name, v("people"),
                    v("roots"), v("levels"), qPrintable(deepestId), qPrintable(search));
        if (each.runs < runs)
            std::printf("    (%d runs of each operation, not %d: the whole takes a minute as it is)\n", each.runs, runs);
        for (const QJsonValue &operation : ours.value(QStringLiteral("order")).toArray()) {
            const Figure f = figure(ours, operation.toString());
            const bool pass = f.median <= operationBudgetMs;
            failures += !pass;
            QByteArray note = mark(pass);
            if (operation.toString().startsWith(QLatin1String("Ctrl+1")) && !ours.value(QStringLiteral("sized")).toBool())
                note += " (no company sizes in the file: the action is disabled)";
            note = QByteArray::number(ours.value(operation.toString() + QStringLiteral(" peakMB")).toDouble(), 'f', 0) + " MB peak  " + note;
            printRow(qPrintable(operation.toString()), f, note);
        }
        std::printf("    %-56s %s\n", "PNG", qPrintable(ours.value(QStringLiteral("png")).toString()));
        std::printf("    %-56s %9.0f MB\n\n", "peak memory of the process", v("peakMB"));
        std::fflush(stdout);
    }
    std::printf("%d operation(s) over %g ms or failed.\n", failures, operationBudgetMs);
    return 0;
}
