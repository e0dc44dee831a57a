// libFuzzer target for the SVG writer: arbitrary names in (one per line of the input), well-formed
// XML out, with every name that XML can hold found again in a <text> or <title>.
#include "chartscene.h"
#include "orgchartmodel.h"
#include "svgexport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QSet>
#include <QXmlStreamReader>

#include <cstdlib>

namespace {

// A text as XML 1.0 can carry it: the characters it forbids (most controls, lone surrogates,
// U+FFFE and U+FFFF) replaced, as the writer replaces them.
QString xmlCharacters(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text.mid(i++, 2);
            continue;
        }
        const bool allowed = !QChar::isSurrogate(c) && c != 0xFFFE && c != 0xFFFF && (c >= 0x20 || c == 0x9 || c == 0xA || c == 0xD);
        out += allowed ? QChar(c) : QChar(QChar::ReplacementCharacter);
    }
    return out;
}

} // namespace

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

    // Every person's <title> holds the name, with what XML cannot hold shown as U+FFFD.
    QSet<QString> titles;
    QXmlStreamReader xml(svg.data());
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("title"))
            titles.insert(xml.readElementText());
    if (xml.hasError())
        std::abort(); // not well-formed
    for (const QString &name : names)
        if (!titles.contains(xmlCharacters(name)))
            std::abort(); // a name did not come back
    return 0;
}
