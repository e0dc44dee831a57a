// Prints how long the chart's stages take on generated organisations. Not a test: figures only.
//   build/tests/orgchart-bench [sizes...]   (default: 1000 10000 100000 1000000)
#include "chartpainter.h"
#include "chartscene.h"
#include "orgchartmodel.h"
#include "svgexport.h"
#include "tidytree.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cstdio>
#include <random>

namespace {

// A random organisation with a fixed seed: spans of control 2–12, filled level by level.
OrgChart generate(int people)
{
    std::mt19937 random(20261128);
    OrgChart chart;
    chart.title = QStringLiteral("Generated organisation");
    chart.nodes.resize(size_t(people));
    static const char *titles[] = {"Engineer", "Designer", "Analyst", "Manager", "Director", "Specialist"};
    int manager = 0, reportsLeft = 2 + int(random() % 11);
    for (int i = 0; i < people; ++i) {
        OrgNode &node = chart.nodes[size_t(i)];
        node.id = QString::number(i + 1);
        node.name = QStringLiteral("Person %1").arg(i + 1);
        node.title = QString::fromLatin1(titles[random() % 6]);
        if (i > 0) {
            node.managerId = QString::number(manager + 1);
            if (--reportsLeft == 0) {
                ++manager;
                reportsLeft = 2 + int(random() % 11);
            }
        }
    }
    QStringList warnings;
    buildTree(chart, QStringLiteral("generated"), warnings);
    return chart;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes{1000, 10000, 100000, 1000000};
    if (argc > 1) {
        sizes.clear();
        for (int i = 1; i < argc; ++i)
            sizes << QByteArray(argv[i]).toInt();
    }

    std::printf("%10s %12s %12s %14s %14s %12s %12s\n", "people", "layout ms", "scene ms", "frame 100% ms",
                "frame all ms", "svg ms", "svg MB");
    for (int people : sizes) {
        OrgChartModel model;
        model.setChart(generate(people));
        const ChartStyle style = ChartStyle::light();

        TidyTree::Forest forest;
        forest.children.resize(size_t(people));
        forest.sizes.assign(size_t(people), style.boxSize);
        for (int i = 0; i < people; ++i)
            forest.children[size_t(i)] = model.chart().nodes[size_t(i)].children;
        forest.roots = model.chart().roots;
        QElapsedTimer timer;
        timer.start();
        const std::vector<QRectF> rects = TidyTree::layout(forest);
        const double layoutMs = msSince(timer);

        timer.restart();
        const ChartScene scene = buildChartScene(model, style);
        const double sceneMs = msSince(timer);

        QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&frame);
        const QRectF window(scene.boxes.front().rect.center() - QPointF(960, 100), QSizeF(1920, 1080));
        timer.restart();
        painter.translate(-window.topLeft());
        paintChart(painter, scene, style, window);
        const double frameMs = msSince(timer);

        // The whole chart scaled into the frame, as at fit-to-window.
        painter.resetTransform();
        const double scale = std::min(1920 / scene.bounds.width(), 1080 / scene.bounds.height());
        painter.scale(scale, scale);
        timer.restart();
        paintChart(painter, scene, style, scene.bounds);
        const double fitMs = msSince(timer);
        painter.end();

        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        timer.restart();
        writeSvg(scene, style, &svg);
        const double svgMs = msSince(timer);

        std::printf("%10d %12.1f %12.1f %14.1f %14.1f %12.1f %12.1f\n", people, layoutMs, sceneMs, frameMs, fitMs,
                    svgMs, double(svg.size()) / 1e6);
        std::fflush(stdout);
    }
    return 0;
}
