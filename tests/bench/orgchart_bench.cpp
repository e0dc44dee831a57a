// Figures, not a test: how fast Org Chart Explorer opens, lays out, paints and exports generated
// organisations, next to what a user would otherwise pick (d3-hierarchy's tree, Graphviz dot), and
// what shape the compact layout gives the drawing.
//   build/tests/orgchart-bench [--no-peers] [--runs N] [people ...]
//   (default: 200 1000 10000 100000 1000000 people, N = 5; fewer than 5 runs are not allowed)
// Each size also runs the command-line export of everyone (orgchart-explorer --scope all --layout
// compact --export) as processes of their own, next to d3's whole process: the figures.
//   build/tests/orgchart-bench --write N FOLDER   (the generated organisation's CSV, JSON and dot)
// Each size is measured in a child process of its own, so that its peak memory is its own. Every
// time is the median of N runs, ours and the peers' alike. Frames are painted by the view itself,
// shown with a 1920×1080 viewport on the offscreen platform, everyone expanded, compact layout.
//
//   build/tests/orgchart-bench --shapes [--runs N] [part of a shape's name ...]
// Every user operation on shapes that push it to its limits: a chain 100,000 deep (CSV, and JSON
// with a role that differs by company size), 100,000 reports to one person, 10,000 people at the
// top, names of 100,000 characters, 1,000 columns, and a generated organisation of 1,000,000. The
// real window, 1920×1080 on the offscreen platform, is driven as a user would (actions, keys, the
// outline, Compare, the accessible tree, exports), each operation timed until the window has
// painted again; any over 1 s is marked FAIL. Each shape runs in a child process of its own (its
// peak memory is printed); times are medians of N runs, except the 1,000,000-person shape, run
// once (five runs would take minutes), as its rows say.
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

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWindow>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Bench;

namespace {

constexpr double frameTargetMs = 8;


// Counts the paints the viewport really receives, so that a repaint() that paints nothing (a
// hidden or unexposed window) cannot pass for a fast frame.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_paints;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_paints = 0;
};

// The view on screen with a 1920×1080 viewport. Its scroll bars stay shown, so that the viewport
// keeps that size at every zoom, and boxes do not glide: frames are of a chart at rest.
void showFullHd(ChartView &view)
{
    QApplication::setEffectEnabled(Qt::UI_General, false);
    view.setChartLayout(ChartLayout::Compact);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view.show();
    QApplication::processEvents();
    view.resize(frameSize + (view.size() - view.viewport()->size()));
    QApplication::processEvents();
    const QSize viewport = view.viewport()->size();
    if (viewport != frameSize || !view.windowHandle() || !view.windowHandle()->isExposed())
        qFatal("the viewport is %dx%d and %s, not 1920x1080 on screen", viewport.width(), viewport.height(),
               view.windowHandle() && view.windowHandle()->isExposed() ? "exposed" : "not exposed");
}

// Paints the viewport now, as for a frame on screen: the view's paintEvent, into the window's
// backing store, and the flush.
double paintMs(ChartView &view, const PaintCounter &counter)
{
    const int before = counter.paints();
    QElapsedTimer timer;
    timer.start();
    view.viewport()->repaint();
    const double ms = msSince(timer);
    if (counter.paints() != before + 1)
        qFatal("the viewport was not painted");
    return ms;
}

// Opens the CSV as the window does once a file is chosen: reads and parses it, hands the chart to
// the model, lays it out (fitted, or at a readable zoom at the top), paints the first frame. The
// window is already on screen, showing no chart; with everyone, Expand All comes before the frame.
void openRun(OrgChartModel &model, ChartView &view, const PaintCounter &paints, const QString &csvPath, bool everyone, QJsonObject &out)
{
    model.setChart(OrgChart());
    view.doItemsLayout();
    paintMs(view, paints);
    QApplication::processEvents(); // the event loop runs between the user's actions
    const QString prefix = everyone ? QStringLiteral("openEveryone") : QStringLiteral("openTop");

    QElapsedTimer timer;
    timer.start();
    LoadResult csv = loadOrgChartFile(csvPath);
    if (!csv.chart)
        qFatal("%s", qPrintable(csv.error));
    const double loaded = msSince(timer);
    model.setChart(std::move(*csv.chart));
    if (everyone)
        view.expandAll();
    view.doItemsLayout();
    const double laidOut = msSince(timer);
    const double paint = paintMs(view, paints);
    addSample(out, prefix + QStringLiteral("Ms"), msSince(timer));
    addSample(out, prefix + QStringLiteral("LoadMs"), loaded);
    addSample(out, prefix + QStringLiteral("SceneMs"), laidOut - loaded);
    addSample(out, prefix + QStringLiteral("PaintMs"), paint);
    out[prefix + QStringLiteral("Zoom")] = view.zoom();
    out[prefix + QStringLiteral("Boxes")] = double(view.scene().boxes.size());
}

// Frames of everyone at fit, 25 % and 100 %: the first paint after zooming there from the zoom
// before, then a repaint unchanged. Each run centres 25 % and 100 % on another box, so that the
// first paint meets boxes whose texts have not been measured yet.
void frameRuns(ChartView &view, const PaintCounter &paints, int runs, QJsonObject &out)
{
    std::vector<QModelIndex> centres;
    const std::vector<ChartScene::Box> &boxes = view.scene().boxes;
    for (int run = 0; run < runs; ++run)
        centres.push_back(boxes[size_t(run + 1) * boxes.size() / size_t(runs + 1)].index);
    for (const QModelIndex &centre : centres) {
        for (const auto &[name, zoom] : {std::pair{QStringLiteral("Fit"), 0.0}, std::pair{QStringLiteral("25"), 0.25}, std::pair{QStringLiteral("100"), 1.0}}) {
            QApplication::processEvents(); // between the user's actions, not between a zoom and its paint
            if (zoom == 0) {
                view.fitToWindow();
            } else {
                view.setZoom(zoom);
                view.scrollTo(centre, QAbstractItemView::PositionAtCenter);
            }
            out[QStringLiteral("zoom") + name] = view.zoom();
            addSample(out, QStringLiteral("frame") + name + QStringLiteral("FirstMs"), paintMs(view, paints));
            addSample(out, QStringLiteral("frame") + name + QStringLiteral("RepaintMs"), paintMs(view, paints));
        }
    }
}

// Layout of everyone, from the loaded model to the finished scene the view paints: the tree of
// boxes that show, the compact layout, the reporting lines, the spatial index (texts are measured
// later, for the boxes painted). Then the tidy-tree algorithm alone on a prepared forest.
void layoutRuns(const OrgChartModel &model, const ChartView &view, int runs, QJsonObject &out)
{
    const SceneOptions options = view.sceneOptions(); // everyone, compact, the viewport's shape
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        const ChartScene scene = buildChartScene(model, view.chartStyle(), options);
        addSample(out, QStringLiteral("sceneMs"), msSince(timer));
    }

    const OrgChart &chart = model.chart();
    TidyTree::Forest forest;
    forest.roots = chart.roots;
    forest.sizes.assign(chart.nodes.size(), view.chartStyle().boxSize);
    forest.children.reserve(chart.nodes.size());
    for (const OrgNode &node : chart.nodes)
        forest.children.push_back(node.children);
    for (int run = 0; run < runs; ++run) {
        timer.start();
        const std::vector<QRectF> rects = TidyTree::layout(forest);
        addSample(out, QStringLiteral("tidyTreeMs"), msSince(timer));
    }
}

// The shape of the drawing of everyone: its bounds, and the share of them that boxes cover.
void drawingShape(const ChartScene &scene, QJsonObject &out)
{
    double boxArea = 0;
    for (const ChartScene::Box &box : scene.boxes)
        boxArea += box.rect.width() * box.rect.height();
    const double area = scene.bounds.width() * scene.bounds.height();
    out[QStringLiteral("drawingWidth")] = scene.bounds.width();
    out[QStringLiteral("drawingHeight")] = scene.bounds.height();
    out[QStringLiteral("coverage")] = area > 0 ? boxArea / area : 0;
}

// Exports and loads: SVG of everyone (scene and writing), then the CSV and JSON readers alone.
void fileRuns(const OrgChartModel &model, const QString &csvPath, const QString &jsonPath, int runs, QJsonObject &out)
{
    const ChartStyle style = ChartStyle::light();
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        timer.start();
        writeSvg(buildChartScene(model, style), style, &svg);
        addSample(out, QStringLiteral("svgMs"), msSince(timer));
        out[QStringLiteral("svgBytes")] = double(svg.size());
    }
    for (const auto &[key, path] : {std::pair{QStringLiteral("csvLoadMs"), csvPath}, std::pair{QStringLiteral("jsonLoadMs"), jsonPath}}) {
        for (int run = 0; run < runs; ++run) {
            timer.start();
            const LoadResult loaded = loadOrgChartFile(path);
            addSample(out, key, msSince(timer));
            if (!loaded.chart)
                qFatal("%s", qPrintable(loaded.error));
        }
    }
}

// The child: our figures for one organisation, as one JSON line.
int measure(const QString &csvPath, const QString &jsonPath, int runs)
{
    QJsonObject out;
    OrgChartModel model;
    ChartView view;
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);
    view.setModel(&model);
    showFullHd(view);
    out[QStringLiteral("viewportWidth")] = view.viewport()->width();
    out[QStringLiteral("viewportHeight")] = view.viewport()->height();
    out[QStringLiteral("devicePixelRatio")] = view.viewport()->devicePixelRatioF();

    for (int run = 0; run < runs; ++run)
        openRun(model, view, paints, csvPath, false, out);
    for (int run = 0; run < runs; ++run)
        openRun(model, view, paints, csvPath, true, out);
    if (view.scene().boxes.size() != model.chart().nodes.size())
        qFatal("%zu boxes on the chart, not everyone", view.scene().boxes.size());
    frameRuns(view, paints, runs, out);
    out[QStringLiteral("peakMB")] = peakMegabytes(); // opened, everyone shown, frames painted
    drawingShape(view.scene(), out);
    layoutRuns(model, view, runs, out);
    // Last, as the JSON parse tree would otherwise set the peak for everything else.
    fileRuns(model, csvPath, jsonPath, runs, out);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}


// A whole process, as the kernel counts it: the time from its start to its exit and its peak
// resident memory, whatever runtime it starts. Its standard output goes to `output`. The peak comes
// from /usr/bin/time, a small process that forks the program: Linux carries the largest resident
// size of a process over an exec, so a program started straight from this one (which holds the
// generated files, 540 MB at 1,000,000 people) would be said to peak at least as high as it.
struct ProcessRun
{
    double ms = 0;
    double peakMB = 0;
    QString error; // "" when it exited with 0
};

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QString &output)
{
    const QString peakFile = output + QStringLiteral(".peak");
    std::vector<QByteArray> words{"/usr/bin/time", "-f", "%M", "-o", QFile::encodeName(peakFile), QFile::encodeName(program)};
    for (const QString &argument : arguments)
        words.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, QFile::encodeName(output).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ProcessRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return {0, 0, QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(spawned)))};
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return {0, 0, QStringLiteral("lost %1").arg(program)};
    run.ms = msSince(timer);
    QFile peak(peakFile);
    bool known = false;
    if (peak.open(QIODevice::ReadOnly))
        run.peakMB = peak.readAll().trimmed().split('\n').last().toDouble(&known) / 1024; // kB
    peak.remove();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !known)
        run.error = QStringLiteral("%1 failed (status %2)%3").arg(program).arg(status).arg(known ? QString() : QStringLiteral(", or no /usr/bin/time (apt-get install time)"));
    return run;
}

// The peer, run as often as we are: each field's samples, parse + stratify + layout per run, the
// same with the SVG string, and the whole process (node's start included, peak of everything).
QJsonObject runD3(const QString &node, const QString &script, const QString &csvPath, int runs)
{
    QJsonObject out;
    const QString output = csvPath + QStringLiteral(".d3.json");
    for (int run = 0; run < runs; ++run) {
        const ProcessRun process = runProcess(node, {script, csvPath}, output);
        if (!process.error.isEmpty())
            return {{QStringLiteral("error"), process.error}};
        QFile file(output);
        const QJsonObject one = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
        if (one.isEmpty())
            return {{QStringLiteral("error"), QStringLiteral("d3 printed no figures")}};
        for (auto it = one.begin(); it != one.end(); ++it)
            addSample(out, it.key(), it.value().toDouble());
        const auto t = [&](const char *key) { return one.value(QLatin1String(key)).toDouble(); };
        addSample(out, QStringLiteral("openMs"), t("parseMs") + t("stratifyMs") + t("layoutMs"));
        addSample(out, QStringLiteral("csvToSvgMs"), t("parseMs") + t("stratifyMs") + t("layoutMs") + t("svgMs"));
        addSample(out, QStringLiteral("processMs"), process.ms);
        addSample(out, QStringLiteral("processPeakMB"), process.peakMB);
    }
    QFile::remove(output);
    return out;
}

// The command-line export of everyone, as a user runs it (QGuiApplication, no widgets), in a
// process of its own each run: its whole time and peak memory; then the same steps in a fresh
// child that times them from reading the CSV to the SVG committed, without the program's start.
QJsonObject runCliExport(const QString &csvPath, int runs)
{
    QJsonObject out;
    const QString svg = csvPath + QStringLiteral(".export.svg");
    for (int run = 0; run < runs; ++run) {
        const ProcessRun process = runProcess(QStringLiteral(ORGCHART_EXECUTABLE),
                                              {QStringLiteral("--scope"), QStringLiteral("all"), QStringLiteral("--layout"), QStringLiteral("compact"),
                                               QStringLiteral("--export"), svg, csvPath},
                                              QStringLiteral("/dev/null"));
        if (!process.error.isEmpty())
            return {{QStringLiteral("error"), process.error}};
        addSample(out, QStringLiteral("processMs"), process.ms);
        addSample(out, QStringLiteral("processPeakMB"), process.peakMB);
        out[QStringLiteral("svgBytes")] = double(QFileInfo(svg).size());
        const QJsonObject inside = runJson(QApplication::applicationFilePath(), {QStringLiteral("--measure-export"), csvPath, svg}, 3600000);
        if (inside.contains(QStringLiteral("error")))
            return inside;
        addSample(out, QStringLiteral("inProcessMs"), inside.value(QStringLiteral("ms")).toDouble());
    }
    QFile::remove(svg);
    return out;
}

// The child: what main.cpp does for --scope all --layout compact --export, timed from reading the
// CSV to the SVG committed.
int measureExport(const QString &csvPath, const QString &svgPath)
{
    QElapsedTimer timer;
    timer.start();
    LoadResult loaded = loadOrgChartFile(csvPath);
    if (!loaded.chart)
        qFatal("%s", qPrintable(loaded.error));
    OrgChartModel model;
    model.setChart(std::move(*loaded.chart));
    SceneOptions options;
    options.layout = ChartLayout::Compact;
    const QString error = exportFile(model, options, svgPath, ExportRequest());
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    std::printf("{\"ms\": %.3f}\n", msSince(timer));
    return 0;
}

enum class Bound { AtMost, Below };

QByteArray ratioNote(double ours, double theirs, double target, Bound bound = Bound::AtMost)
{
    if (theirs <= 0)
        return "ratio -";
    const double ratio = ours / theirs;
    const bool pass = bound == Bound::AtMost ? ratio <= target : ratio < target;
    return QString::asprintf("ratio %.3f, target %s %g: %s", ratio, bound == Bound::AtMost ? "<=" : "<", target, mark(pass)).toUtf8();
}

// Opening to the first frame, ours next to d3's parse + stratify + layout of the same CSV.
void printOpen(const QJsonObject &ours, const QJsonObject &d3)
{
    const auto v = [&](const char *key) { return ours.value(QLatin1String(key)).toDouble(); };
    std::printf("  Open the CSV to the first painted frame (window already on screen; reading and parsing the file,\n"
                "  the model, the scene, fitting, painting):\n");
    printRow(qPrintable(QString::asprintf("top levels, as a chart opens (%.0f boxes, zoom %.3f)", v("openTopBoxes"), v("openTopZoom"))),
             figure(ours, "openTopMs"));
    const Figure everyone = figure(ours, "openEveryoneMs");
    printRow(qPrintable(QString::asprintf("everyone expanded (%.0f boxes, zoom %.3f)", v("openEveryoneBoxes"), v("openEveryoneZoom"))),
             everyone);
    printRow("  of which reading and parsing the CSV", figure(ours, "openEveryoneLoadMs"));
    printRow("  of which model, Expand All, scene of everyone, fit", figure(ours, "openEveryoneSceneMs"));
    printRow("  of which painting the first frame", figure(ours, "openEveryonePaintMs"));
    if (d3.isEmpty())
        return;
    const Figure d3Open = figure(d3, "openMs");
    printRow("d3: parse + stratify + tree() of the same CSV (no paint)", d3Open,
             "everyone / d3: " + ratioNote(everyone.median, d3Open.median, 0.5));
}

// Layout: model to finished scene, the pure algorithm, and d3's tree() alone.
void printLayout(const QJsonObject &ours, const QJsonObject &d3)
{
    std::printf("  Layout of everyone:\n");
    const Figure scene = figure(ours, "sceneMs");
    printRow("ours, model to finished scene (tree of visible boxes,", scene);
    std::printf("    %s\n", "  compact layout, lines, spatial index; texts are measured when painted)");
    const Figure tidy = figure(ours, "tidyTreeMs");
    printRow("ours, TidyTree::layout alone (classic tree, forest given)", tidy);
    if (d3.isEmpty())
        return;
    const Figure tree = figure(d3, "layoutMs");
    printRow("d3: tree() alone (hierarchy already stratified)", tree, "scene / d3: " + ratioNote(scene.median, tree.median, 0.1));
    std::printf("    %-56s %-36s TidyTree::layout / d3 tree(): %.3f\n", "", "", tree.median > 0 ? tidy.median / tree.median : 0.0);
}

// Frames of everyone at three zooms, first paint after the zoom change and repaint.
void printFrames(const QJsonObject &ours)
{
    const auto v = [&](const QString &key) { return ours.value(key).toDouble(); };
    std::printf("  Frames of everyone, the %.0fx%.0f viewport (device pixel ratio %g) painted with repaint() (paintEvent,\n"
                "  backing store, flush):\n",
                v(QStringLiteral("viewportWidth")), v(QStringLiteral("viewportHeight")), v(QStringLiteral("devicePixelRatio")));
    const struct
    {
        const char *name;
        const char *label;
    } zooms[] = {{"Fit", "fit"}, {"25", "25 %, centred on another box each run"}, {"100", "100 %, centred on another box each run"}};
    for (const auto &zoom : zooms) {
        const QString name = QLatin1String(zoom.name);
        std::printf("    at %s (zoom %.4f)\n", zoom.label, v(QStringLiteral("zoom") + name));
        for (const auto &[label, suffix] : {std::pair{"  first paint after the zoom change", "FirstMs"}, std::pair{"  repaint, nothing changed", "RepaintMs"}}) {
            const Figure f = figure(ours, QStringLiteral("frame") + name + QLatin1String(suffix));
            printRow(label, f, QString::asprintf("target < %g ms: %s", frameTargetMs, mark(f.median < frameTargetMs)).toUtf8());
        }
    }
}

// The shape the compact layout gives the whole chart.
void printDrawing(const QJsonObject &ours)
{
    const auto v = [&](const char *key) { return ours.value(QLatin1String(key)).toDouble(); };
    const double aspect = v("drawingHeight") > 0 ? v("drawingWidth") / v("drawingHeight") : 0;
    const double coverage = v("coverage");
    std::printf("  Drawing of everyone (compact layout, scene bounds): %.0f x %.0f, aspect %.2f:1 (target 1:1 to 3:1: %s),\n"
                "  boxes cover %.1f %% of it (target >= 25 %%: %s)\n",
                v("drawingWidth"), v("drawingHeight"), aspect, mark(aspect >= 1 && aspect <= 3), 100 * coverage, mark(coverage >= 0.25));
}

// Loads, exports and memory, with the peers'.
void printFiles(const QJsonObject &ours, const QJsonObject &d3)
{
    const auto v = [&](const char *key) { return ours.value(QLatin1String(key)).toDouble(); };
    std::printf("  Files and memory:\n");
    printRow("CSV load (read and parse into a chart)", figure(ours, "csvLoadMs"));
    printRow("JSON load", figure(ours, "jsonLoadMs"));
    const Figure svg = figure(ours, "svgMs");
    printRow(qPrintable(QString::asprintf("SVG export of everyone, scene and writing (%.1f MB)", v("svgBytes") / 1e6)), svg);
    const auto t = [&](const char *key) { return d3.value(QLatin1String(key)).toArray().first().toDouble(); };
    if (!d3.isEmpty())
        printRow(qPrintable(QString::asprintf("d3: SVG string of boxes and lines (%.1f MB)", t("svgBytes") / 1e6)), figure(d3, "svgMs"),
                 "SVG / d3: " + ratioNote(svg.median, figure(d3, "svgMs").median, 1));
    std::printf("    %-56s %9.0f MB\n", "peak memory (opened, everyone shown, frames painted)", v("peakMB"));
    if (!d3.isEmpty()) {
        const Figure peak = figure(d3, "peakMB");
        std::printf("    %-56s %9.0f MB%28s%s\n", "d3: peak memory after tree()", peak.median, "",
                    QByteArray("ours / d3: " + ratioNote(v("peakMB"), peak.median, 1, Bound::Below)).constData());
    }
}

// The two figures: (a) the command-line export of everyone, its peak memory and time next
// to d3's; (b) CSV to SVG of everyone in one process, next to d3's parse, stratify, tree() and
// SVG string. d3's peak is printed as its script measures it (after tree(), before the SVG
// string) and for its whole process; the target is checked against the lower.
void printCliExport(const QJsonObject &cli, const QJsonObject &d3)
{
    std::printf("  Command-line export of everyone (orgchart-explorer --scope all --layout compact --export out.svg,\n"
                "  QGuiApplication, a process of its own each run; peak memory as /usr/bin/time reports it):\n");
    if (cli.contains(QStringLiteral("error"))) {
        std::printf("    %s\n", qPrintable(cli.value(QStringLiteral("error")).toString()));
        return;
    }
    const Figure whole = figure(cli, "processMs"), inside = figure(cli, "inProcessMs"), peak = figure(cli, "processPeakMB");
    printRow(qPrintable(QString::asprintf("ours, whole process, start to exit (%.1f MB of SVG)", cli.value(QStringLiteral("svgBytes")).toDouble() / 1e6)), whole);
    printRow("ours, reading the CSV to the SVG committed (no start-up)", inside);
    printRow("ours, peak memory of the process (MB)", peak);
    if (d3.isEmpty())
        return;
    const Figure d3Whole = figure(d3, "processMs"), d3Steps = figure(d3, "csvToSvgMs");
    const Figure d3Peak = figure(d3, "peakMB"), d3WholePeak = figure(d3, "processPeakMB");
    printRow("d3, whole process (node d3-tree.mjs, start to exit)", d3Whole, "(a) time, whole / whole: " + ratioNote(whole.median, d3Whole.median, 1, Bound::Below));
    printRow("d3, parse + stratify + tree() + SVG string", d3Steps, "(b) ours no start-up / d3: " + ratioNote(inside.median, d3Steps.median, 0.35));
    std::printf("    %-93s %s\n", "", QByteArray("    ours whole process / d3: " + ratioNote(whole.median, d3Steps.median, 0.35)).constData());
    printRow("d3, peak memory after tree() (its script, MB)", d3Peak, "(a) peak: " + ratioNote(peak.median, d3Peak.median, 0.6));
    printRow("d3, peak memory of the whole process (MB)", d3WholePeak, "    peak: " + ratioNote(peak.median, d3WholePeak.median, 0.6));
}

// Graphviz takes minutes at 10,000 people: it runs as often as we do, or for a minute at most
// (at least once); the n printed says how often it ran.
void printDot(const QString &dot, const QString &dotFile, const Figure &svg, int runs)
{
    QJsonObject times;
    QElapsedTimer budget;
    budget.start();
    for (int run = 0; run < runs && (run == 0 || budget.elapsed() < 60000); ++run) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(dot, {QStringLiteral("-Tsvg"), dotFile, QStringLiteral("-o"), dotFile + QStringLiteral(".svg")});
        if (!process.waitForFinished(1800000) || process.exitCode() != 0) {
            std::printf("    dot -Tsvg: failed or timed out\n");
            return;
        }
        addSample(times, QStringLiteral("dotMs"), msSince(timer));
    }
    const Figure f = figure(times, "dotMs");
    printRow("Graphviz dot -Tsvg", f, "SVG / dot: " + ratioNote(svg.median, f.median, 0.01) + " (at 10,000)");
}

void printHeader(bool haveD3, const QString &dot, int runs)
{
    std::printf("Peers: d3-hierarchy %s, Graphviz dot %s.\n", haveD3 ? "yes" : "no (scripts/bench.sh installs it)",
                dot.isEmpty() ? "no (apt-get install graphviz)" : "yes");
    std::printf("Times in ms: the median of %d runs (fastest-slowest, n = runs), ours and the peers' alike; ratio = ours / theirs.\n"
                "Ours: a ChartView shown on the offscreen platform with a 1920x1080 viewport (scroll bars shown), the compact\n"
                "layout, everyone expanded unless said. The targets are those for 100,000 people (the drawing's shape: 200 to\n"
                "100,000); at other sizes their marks are for information.\n\n",
                runs);
}



} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = QApplication::arguments().mid(1);
    int runs = 5;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--runs")); at >= 0) {
        runs = std::max(1, arguments.value(at + 1).toInt());
        arguments.remove(at, std::min<qsizetype>(2, arguments.size() - at));
    }
    if (arguments.value(0) != QLatin1String("--measure-shape")) // only the 1,000,000-person shape runs once
        runs = std::max(5, runs);
    if (arguments.value(0) == QLatin1String("--measure"))
        return measure(arguments.value(1), arguments.value(2), runs);
    if (arguments.value(0) == QLatin1String("--measure-export"))
        return measureExport(arguments.value(1), arguments.value(2));
    if (arguments.value(0) == QLatin1String("--write")) { // --write N FOLDER: the generated organisation's files, for runs by hand
        write(generate(arguments.value(1).toInt()), arguments.value(2));
        return 0;
    }
    if (arguments.value(0) == QLatin1String("--measure-shape"))
        return measureShape(arguments.value(1), arguments.value(2), arguments.value(3), runs);
    if (arguments.removeAll(QStringLiteral("--shapes")))
        return runShapes(runs, arguments); // any other arguments: only the shapes whose names contain them
    const bool peers = !arguments.removeAll(QStringLiteral("--no-peers"));
    QList<int> sizes;
    for (const QString &argument : std::as_const(arguments))
        sizes << argument.toInt();
    if (sizes.isEmpty())
        sizes = {200, 1000, 10000, 100000, 1000000};

    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString d3Script = QStringLiteral(ORGCHART_BENCH_DIR "/d3-tree.mjs");
    const bool haveD3 = peers && !node.isEmpty() && QFile::exists(QStringLiteral(ORGCHART_BENCH_DIR "/node_modules/d3-hierarchy"));
    const QString dot = peers ? QStandardPaths::findExecutable(QStringLiteral("dot")) : QString();
    printHeader(haveD3, dot, runs);

    QTemporaryDir folder;
    for (int people : sizes) {
        const Files files = write(generate(people), folder.path());
        const QJsonObject ours = runJson(QApplication::applicationFilePath(),
                                         {QStringLiteral("--measure"), files.csv, files.json, QStringLiteral("--runs"), QString::number(runs)}, 3600000);
        if (ours.contains(QStringLiteral("error"))) {
            std::printf("%d people: %s\n", people, qPrintable(ours.value(QStringLiteral("error")).toString()));
            continue;
        }
        QJsonObject d3 = haveD3 ? runD3(node, d3Script, files.csv, runs) : QJsonObject();
        std::printf("== %d people (compact layout, 1920x1080 viewport) ==\n", people);
        if (d3.contains(QStringLiteral("error"))) {
            std::printf("  d3: %s\n", qPrintable(d3.value(QStringLiteral("error")).toString()));
            d3 = {};
        }
        printOpen(ours, d3);
        printLayout(ours, d3);
        printFrames(ours);
        printDrawing(ours);
        printFiles(ours, d3);
        printCliExport(runCliExport(files.csv, runs), d3);
        if (!dot.isEmpty() && people <= 10000)
            printDot(dot, files.dot, figure(ours, "svgMs"), runs);
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
