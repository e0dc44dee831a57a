// Figures, not a test: how fast Org Chart Explorer opens, lays out, paints and exports generated
// organisations, next to what a user would otherwise pick (d3-hierarchy's tree, Graphviz dot).
//   build/tests/orgchart-bench [--no-peers] [people ...]     (default: 1000 10000 100000 1000000)
// Each size is measured in a child process of its own, so that its peak memory is its own.
#include "chartpainter.h"
#include "chartview.h"
#include "orgchartfile.h"
#include "orgchartmodel.h"
#include "svgexport.h"
#include "tidytree.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <random>

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024;
}

// A random organisation with a fixed seed: spans of control 2–12, about log₃ N levels deep
// (6–12 for these sizes), people with realistic names and titles.
struct Person
{
    int manager = 0; // 0: nobody
    int depth = 0;
    QByteArray name, title, department, location;
};

std::vector<Person> generate(int people)
{
    static const char *firstNames[] = {"Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Ken", "Dennis", "Frances",
                                       "Edsger", "Donald", "Radia", "Tim", "Guido", "Bjarne", "Anita", "Hedy", "Katherine",
                                       "John", "Sophie", "Siti", "Budi", "Dewi", "Agus", "Wei", "Mei", "Hiroshi", "Yuki",
                                       "Amara", "Kwame", "Lucía", "Mateo", "Zoë", "Lars", "Ingrid", "Priya", "Arjun", "Fatima",
                                       "Omar", "Noah"};
    static const char *lastNames[] = {"Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Thompson", "Ritchie",
                                      "Allen", "Dijkstra", "Knuth", "Perlman", "Berners-Lee", "van Rossum", "Stroustrup",
                                      "Borg", "Lamarr", "Johnson", "McCarthy", "Wilson", "Santoso", "Wijaya", "Pratama",
                                      "Nugroho", "Chen", "Wang", "Tanaka", "Sato", "Okafor", "Mensah", "García", "Fernández",
                                      "Müller", "Nielsen", "Larsen", "Sharma", "Patel", "Haddad", "Khalil", "O'Brien"};
    static const char *departments[] = {"Engineering", "Product", "Marketing", "Sales", "Finance", "People", "Support", "Research"};
    static const char *locations[] = {"Jakarta", "Oslo", "Lagos", "Lima", "Tokyo", "Berlin", "Austin", "Pune"};
    static const char *byDepth[] = {"Chief Executive Officer", "Vice President", "Director", "Senior Manager", "Manager", "Team Lead"};
    static const char *individual[] = {"Software Engineer", "Senior Engineer", "Product Designer", "Data Analyst",
                                       "Account Executive", "Recruiter", "Accountant", "Support Specialist", "Researcher"};
    std::mt19937 random(20261128);
    const auto pick = [&](const auto &list) { return QByteArray(list[random() % std::size(list)]); };

    std::vector<Person> org(static_cast<size_t>(people));
    std::vector<int> managers{1};
    org[0] = {0, 0, {}, {}, {}, {}};
    int next = 2;
    for (size_t m = 0; m < managers.size() && next <= people; ++m) {
        const int manager = managers[m];
        const int span = 2 + int(random() % 11);
        for (int i = 0; i < span && next <= people; ++i, ++next) {
            org[size_t(next - 1)].manager = manager;
            org[size_t(next - 1)].depth = org[size_t(manager - 1)].depth + 1;
            if (random() % 100 < 45 || managers.size() - m < 2)
                managers.push_back(next);
        }
    }
    for (Person &person : org) {
        person.name = pick(firstNames) + ' ' + pick(lastNames);
        person.title = person.depth < 6 && random() % 3 ? QByteArray(byDepth[person.depth]) : pick(individual);
        person.department = pick(departments);
        person.location = pick(locations);
    }
    return org;
}

struct Files
{
    QString csv, json, dot;
};

Files write(const std::vector<Person> &org, const QString &folder)
{
    const QString base = QDir(folder).filePath(QStringLiteral("org-%1").arg(org.size()));
    QByteArray csv("id,name,title,manager,department,location\n");
    QByteArray json("{\"format\": \"orgchart-explorer\", \"version\": 1, \"title\": \"Generated\", \"nodes\": [\n");
    QByteArray dot("digraph org {\nnode [shape=box];\n");
    for (size_t i = 0; i < org.size(); ++i) {
        const Person &p = org[i];
        const QByteArray id = QByteArray::number(qulonglong(i + 1));
        const QByteArray manager = p.manager ? QByteArray::number(p.manager) : QByteArray();
        csv += id + ',' + p.name + ',' + p.title + ',' + manager + ',' + p.department + ',' + p.location + '\n';
        json += QByteArray(i ? ",\n" : "") + "{\"id\": \"" + id + "\", \"name\": \"" + p.name + "\", \"title\": \"" + p.title + "\", \"manager\": \""
                + manager + "\", \"fields\": {\"department\": \"" + p.department + "\", \"location\": \"" + p.location + "\"}}";
        dot += id + " [label=\"" + p.name + "\\n" + p.title + "\"];\n";
        if (p.manager)
            dot += manager + " -> " + id + ";\n";
    }
    json += "\n]}\n";
    dot += "}\n";
    Files files{base + QStringLiteral(".csv"), base + QStringLiteral(".json"), base + QStringLiteral(".dot")};
    for (const auto &[path, data] : {std::pair{files.csv, csv}, std::pair{files.json, json}, std::pair{files.dot, dot}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    return files;
}

// One frame as the user sees it while zooming or panning: the view's buffers already exist.
double renderMs(ChartView &view, QImage &frame)
{
    view.viewport()->render(&frame);
    QElapsedTimer timer;
    timer.start();
    view.viewport()->render(&frame);
    return msSince(timer);
}

// The child: our figures for one organisation, as one JSON line.
int measure(const QString &csvPath, const QString &jsonPath)
{
    QJsonObject out;
    QElapsedTimer timer;

    // Opened to its first painted frame, as the window does it.
    QImage frame(1920, 1080, QImage::Format_RGB32);
    timer.start();
    LoadResult csv = loadOrgChartFile(csvPath);
    out[QStringLiteral("csvLoadMs")] = msSince(timer);
    if (!csv.chart) {
        std::fprintf(stderr, "%s\n", qPrintable(csv.error));
        return 1;
    }
    OrgChartModel model;
    model.setChart(std::move(*csv.chart));
    ChartView view;
    view.resize(frame.size());
    view.setModel(&model);
    view.doItemsLayout();
    view.viewport()->render(&frame);
    out[QStringLiteral("firstFrameMs")] = msSince(timer);

    // The layout of everyone, on its own.
    const OrgChart &chart = model.chart();
    TidyTree::Forest forest;
    forest.roots = chart.roots;
    forest.sizes.assign(chart.nodes.size(), view.chartStyle().boxSize);
    forest.children.reserve(chart.nodes.size());
    for (const OrgNode &node : chart.nodes)
        forest.children.push_back(node.children);
    timer.start();
    std::vector<QRectF> rects = TidyTree::layout(forest);
    out[QStringLiteral("layoutMs")] = msSince(timer);
    rects = {};
    forest = {};

    // Everyone on the chart: the scene, then frames at several zooms.
    view.expandAll();
    timer.start();
    view.doItemsLayout();
    out[QStringLiteral("expandedSceneMs")] = msSince(timer);
    view.fitToWindow();
    out[QStringLiteral("frameFitMs")] = renderMs(view, frame);
    view.setZoom(0.2);
    out[QStringLiteral("frameZoom20Ms")] = renderMs(view, frame);
    view.setZoom(1);
    view.setCurrentIndex(model.index(0, 0));
    view.centreOnCurrent();
    out[QStringLiteral("frame100Ms")] = renderMs(view, frame);
    out[QStringLiteral("peakMB")] = peakMegabytes();

    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    const ChartStyle style = ChartStyle::light();
    timer.start();
    writeSvg(buildChartScene(model, style), style, &svg);
    out[QStringLiteral("svgMs")] = msSince(timer);
    out[QStringLiteral("svgBytes")] = double(svg.size());

    // Last, as its parse tree would otherwise set the peak for everything else.
    timer.start();
    const LoadResult json = loadOrgChartFile(jsonPath);
    out[QStringLiteral("jsonLoadMs")] = msSince(timer);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QJsonObject runJson(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {{QStringLiteral("error"), QStringLiteral("timed out")}};
    }
    if (process.exitCode() != 0)
        return {{QStringLiteral("error"), QString::fromUtf8(process.readAllStandardError()).trimmed()}};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString ratio(double ours, double theirs)
{
    return theirs > 0 ? QString::asprintf("%.3f", ours / theirs) : QStringLiteral("-");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = QApplication::arguments().mid(1);
    if (arguments.value(0) == QLatin1String("--measure"))
        return measure(arguments.value(1), arguments.value(2));
    const bool peers = !arguments.removeAll(QStringLiteral("--no-peers"));
    QList<int> sizes;
    for (const QString &argument : std::as_const(arguments))
        sizes << argument.toInt();
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000, 1000000};

    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString d3Script = QStringLiteral(ORGCHART_BENCH_DIR "/d3-tree.mjs");
    const bool haveD3 = peers && !node.isEmpty() && QFile::exists(QStringLiteral(ORGCHART_BENCH_DIR "/node_modules/d3-hierarchy"));
    const QString dot = peers ? QStandardPaths::findExecutable(QStringLiteral("dot")) : QString();
    std::printf("Peers: d3-hierarchy %s, Graphviz dot %s. Times in ms, memory in MB; ratio = ours / theirs.\n\n",
                haveD3 ? "yes" : "no (scripts/bench.sh installs it)", dot.isEmpty() ? "no (apt-get install graphviz)" : "yes");

    QTemporaryDir folder;
    for (int people : sizes) {
        const Files files = write(generate(people), folder.path());
        const QJsonObject ours = runJson(QApplication::applicationFilePath(), {QStringLiteral("--measure"), files.csv, files.json}, 1800000);
        if (ours.contains(QStringLiteral("error"))) {
            std::printf("%d people: %s\n", people, qPrintable(ours.value(QStringLiteral("error")).toString()));
            continue;
        }
        const auto v = [&](const char *key) { return ours.value(QLatin1String(key)).toDouble(); };
        std::printf("== %d people ==\n", people);
        std::printf("  ours: CSV load %.1f, JSON load %.1f, opened to first frame %.1f, layout %.1f, scene of everyone %.1f\n",
                    v("csvLoadMs"), v("jsonLoadMs"), v("firstFrameMs"), v("layoutMs"), v("expandedSceneMs"));
        std::printf("        frame 1920x1080 at fit %.2f, at 20%% %.2f, at 100%% %.2f; SVG %.1f ms, %.1f MB; peak memory %.0f MB\n",
                    v("frameFitMs"), v("frameZoom20Ms"), v("frame100Ms"), v("svgMs"), v("svgBytes") / 1e6, v("peakMB"));
        if (haveD3) {
            const QJsonObject d3 = runJson(node, {d3Script, files.csv}, 1800000);
            const auto t = [&](const char *key) { return d3.value(QLatin1String(key)).toDouble(); };
            if (d3.contains(QStringLiteral("error"))) {
                std::printf("  d3:   %s\n", qPrintable(d3.value(QStringLiteral("error")).toString()));
            } else {
                const double d3Open = t("parseMs") + t("stratifyMs") + t("layoutMs");
                std::printf("  d3:   parse %.1f, stratify %.1f, tree() layout %.1f, SVG string %.1f ms, %.1f MB; peak memory %.0f MB\n",
                            t("parseMs"), t("stratifyMs"), t("layoutMs"), t("svgMs"), t("svgBytes") / 1e6, t("peakMB"));
                std::printf("  ratio: layout %s (target <= 0.1), first frame vs parse+stratify+layout %s (target <= 0.5),\n"
                            "         SVG %s (target <= 1), peak memory %s (target < 1)\n",
                            qPrintable(ratio(v("layoutMs"), t("layoutMs"))), qPrintable(ratio(v("firstFrameMs"), d3Open)),
                            qPrintable(ratio(v("svgMs"), t("svgMs"))), qPrintable(ratio(v("peakMB"), t("peakMB"))));
            }
        }
        if (!dot.isEmpty() && people <= 10000) {
            QElapsedTimer timer;
            timer.start();
            QProcess process;
            process.start(dot, {QStringLiteral("-Tsvg"), files.dot, QStringLiteral("-o"), files.dot + QStringLiteral(".svg")});
            const bool done = process.waitForFinished(1800000) && process.exitCode() == 0;
            const double dotMs = msSince(timer);
            if (done)
                std::printf("  dot -Tsvg: %.0f ms; ratio SVG %s (target <= 0.01 at 10,000)\n", dotMs, qPrintable(ratio(v("svgMs"), dotMs)));
            else
                std::printf("  dot -Tsvg: failed or timed out\n");
        }
        std::fflush(stdout);
    }
    return 0;
}
