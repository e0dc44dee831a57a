// libFuzzer target for the SVG writer: arbitrary names in (one per line of the input), well-formed
// XML out, with every name that XML can hold found again in a <text> or <title>.
#include "chartscene.h"
#include "orgchartmodel.h"
#include "svgexport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QXmlStreamReader>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // fonts, for measuring text
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList names = text.split(u'\n').mid(0, 8);
    OrgChart chart;
    chart.title = names.value(0);
    for (qsizetype i = 0; i < names.size(); ++i) {
        OrgNode node;
        node.id = names[i].isEmpty() ? QString::number(i) : names[i] + QString::number(i); // unique
        node.name = names[i];
        node.title = names.value(names.size() - 1 - i);
        chart.nodes.push_back(std::move(node));
        chart.managerIds.push_back(i ? chart.nodes.front().id : QString());
    }
    QStringList warnings;
    if (!buildTree(chart, QStringLiteral("fuzz"), warnings).isEmpty())
        return 0;
    OrgChartModel model;
    model.setChart(std::move(chart));
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    writeSvg(buildChartScene(model, ChartStyle::light()), ChartStyle::light(), &svg);

    QXmlStreamReader xml(svg.data());
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        std::abort(); // not well-formed
    return 0;
}
