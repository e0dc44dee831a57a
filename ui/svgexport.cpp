#include "svgexport.h"

#include "chartpainter.h"
#include "orgchartmodel.h"

#include <QFontInfo>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

namespace {

// XML 1.0 forbids most control characters and lone surrogates even when escaped.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[++i];
        } else if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD)) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += text[i];
        }
    }
    return out;
}

// An XML id that stays the same across exports of the same file.
QString svgId(const QString &prefix, const QString &id, QSet<QString> &used)
{
    QString clean = prefix;
    for (QChar c : id)
        clean += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : QChar(u'_');
    QString unique = clean;
    for (int n = 2; used.contains(unique); ++n)
        unique = clean + u'-' + QString::number(n);
    used.insert(unique);
    return unique;
}

QString boxTitle(const QModelIndex &index)
{
    QString title = index.data(Qt::DisplayRole).toString();
    const QString holder = index.data(OrgChartModel::HolderRole).toString();
    if (!holder.isEmpty())
        title += QStringLiteral(" (") + holder + u')';
    return title;
}

QString boxDescription(const QModelIndex &index)
{
    QStringList parts;
    const QString summary = index.data(OrgChartModel::SummaryRole).toString();
    if (!summary.isEmpty())
        parts << summary;
    const QString title = index.data(OrgChartModel::TitleRole).toString();
    if (!title.isEmpty())
        parts << title + u'.';
    const QStringList duties = index.data(OrgChartModel::ResponsibilitiesRole).toStringList();
    if (!duties.isEmpty())
        parts << QStringLiteral("Responsibilities: ") + duties.join(QStringLiteral("; ")) + u'.';
    return parts.join(u' ');
}

QString number(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

class SvgWriter
{
public:
    SvgWriter(QIODevice *device, const ChartStyle &style)
        : m_xml(device), m_style(style)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void write(const ChartScene &scene)
    {
        const QString width = number(scene.bounds.width());
        const QString height = number(scene.bounds.height());
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QStringLiteral("svg"));
        m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
        m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
        m_xml.writeAttribute(QStringLiteral("width"), width);
        m_xml.writeAttribute(QStringLiteral("height"), height);
        m_xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(width, height));
        m_xml.writeAttribute(QStringLiteral("font-family"), QFontInfo(m_style.subtitleFont).family() + QStringLiteral(", sans-serif"));
        m_xml.writeAttribute(QStringLiteral("role"), QStringLiteral("img"));
        m_xml.writeAttribute(QStringLiteral("aria-labelledby"), QStringLiteral("chart-title"));
        m_xml.writeStartElement(QStringLiteral("title"));
        m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("chart-title"));
        m_xml.writeCharacters(xmlSafe(scene.title));
        m_xml.writeEndElement();

        m_xml.writeEmptyElement(QStringLiteral("rect"));
        m_xml.writeAttribute(QStringLiteral("width"), width);
        m_xml.writeAttribute(QStringLiteral("height"), height);
        m_xml.writeAttribute(QStringLiteral("fill"), m_style.background.name());

        writeHeader(scene);
        writeConnectors(scene);
        writeLinks(scene);
        writeBoxes(scene);
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void startGroup(const QString &id)
    {
        m_xml.writeStartElement(QStringLiteral("g"));
        m_xml.writeAttribute(QStringLiteral("id"), id);
    }

    void writeTitleAndDesc(const QString &title, const QString &description)
    {
        m_xml.writeTextElement(QStringLiteral("title"), xmlSafe(title));
        if (!description.isEmpty())
            m_xml.writeTextElement(QStringLiteral("desc"), xmlSafe(description));
    }

    void writeStroke(const QColor &color, double width, bool dashed)
    {
        m_xml.writeAttribute(QStringLiteral("stroke"), color.name());
        m_xml.writeAttribute(QStringLiteral("stroke-width"), number(width));
        if (dashed)
            m_xml.writeAttribute(QStringLiteral("stroke-dasharray"),
                                 number(ChartStroke::dash[0]) + u' ' + number(ChartStroke::dash[1]));
    }

    void writeLine(const QLineF &line)
    {
        m_xml.writeEmptyElement(QStringLiteral("line"));
        m_xml.writeAttribute(QStringLiteral("x1"), number(line.x1()));
        m_xml.writeAttribute(QStringLiteral("y1"), number(line.y1()));
        m_xml.writeAttribute(QStringLiteral("x2"), number(line.x2()));
        m_xml.writeAttribute(QStringLiteral("y2"), number(line.y2()));
    }

    void writeRect(const QRectF &rect, double radius)
    {
        m_xml.writeAttribute(QStringLiteral("x"), number(rect.x()));
        m_xml.writeAttribute(QStringLiteral("y"), number(rect.y()));
        m_xml.writeAttribute(QStringLiteral("width"), number(rect.width()));
        m_xml.writeAttribute(QStringLiteral("height"), number(rect.height()));
        m_xml.writeAttribute(QStringLiteral("rx"), number(radius));
    }

    void writeText(const ChartScene::Text &text)
    {
        const QFont &font = m_style.font(text.role);
        m_xml.writeStartElement(QStringLiteral("text"));
        m_xml.writeAttribute(QStringLiteral("x"), number(text.anchor.x()));
        m_xml.writeAttribute(QStringLiteral("y"), number(text.anchor.y()));
        m_xml.writeAttribute(QStringLiteral("font-size"), number(font.pixelSize()));
        if (font.weight() != QFont::Normal)
            m_xml.writeAttribute(QStringLiteral("font-weight"), QString::number(font.weight()));
        if (font.italic())
            m_xml.writeAttribute(QStringLiteral("font-style"), QStringLiteral("italic"));
        m_xml.writeAttribute(QStringLiteral("fill"), m_style.color(text.role).name());
        if (text.centred)
            m_xml.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
        m_xml.writeCharacters(xmlSafe(text.text));
        m_xml.writeEndElement();
    }

    void writeHeader(const ChartScene &scene)
    {
        startGroup(QStringLiteral("header"));
        for (int index : scene.headerTexts)
            writeText(scene.texts[size_t(index)]);
        for (const ChartScene::LegendSample &sample : scene.legend) {
            writeLine(sample.line);
            if (sample.dashed)
                writeStroke(m_style.link, ChartStroke::link, true);
            else
                writeStroke(m_style.connector, ChartStroke::connector, false);
        }
        m_xml.writeEndElement();
    }

    void writeConnectors(const ChartScene &scene)
    {
        if (scene.connectors.empty())
            return;
        QString path;
        for (const QLineF &line : scene.connectors)
            path += u'M' + number(line.x1()) + u' ' + number(line.y1()) + u'L' + number(line.x2()) + u' ' + number(line.y2());
        startGroup(QStringLiteral("reporting-lines"));
        m_xml.writeEmptyElement(QStringLiteral("path"));
        m_xml.writeAttribute(QStringLiteral("d"), path);
        m_xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        writeStroke(m_style.connector, ChartStroke::connector, false);
        m_xml.writeEndElement();
    }

    void writeLinks(const ChartScene &scene)
    {
        for (const ChartScene::Link &link : scene.links) {
            startGroup(svgId(QStringLiteral("link-"), link.id, m_usedIds));
            writeTitleAndDesc(link.title, link.description);
            writeLine(link.line);
            writeStroke(m_style.link, ChartStroke::link, true);
            m_xml.writeEmptyElement(QStringLiteral("rect"));
            writeRect(link.labelRect, link.labelRect.height() / 2);
            m_xml.writeAttribute(QStringLiteral("fill"), m_style.linkLabelFill.name());
            writeStroke(m_style.link, 1, false);
            writeText(scene.texts[size_t(link.labelText)]);
            m_xml.writeEndElement();
        }
    }

    void writeBoxes(const ChartScene &scene)
    {
        for (const ChartScene::Box &box : scene.boxes) {
            startGroup(svgId(QStringLiteral("role-"), box.index.data(OrgChartModel::IdRole).toString(), m_usedIds));
            writeTitleAndDesc(boxTitle(box.index), boxDescription(box.index));
            m_xml.writeEmptyElement(QStringLiteral("rect"));
            writeRect(box.rect, m_style.cornerRadius);
            m_xml.writeAttribute(QStringLiteral("fill"), (box.acting ? m_style.actingFill : m_style.boxFill).name());
            writeStroke(box.acting ? m_style.actingBorder : m_style.boxBorder, ChartStroke::box, box.acting);
            for (int t = box.firstText; t < box.firstText + box.textCount; ++t)
                writeText(scene.texts[size_t(t)]);
            if (box.collapsed) { // how many people the box stands for
                m_xml.writeEmptyElement(QStringLiteral("rect"));
                writeRect(box.badgeRect, box.badgeRect.height() / 2);
                m_xml.writeAttribute(QStringLiteral("fill"), m_style.badgeFill.name());
                writeText(scene.texts[size_t(box.badgeText)]);
            }
            m_xml.writeEndElement();
        }
    }

    QXmlStreamWriter m_xml;
    const ChartStyle &m_style;
    QSet<QString> m_usedIds;
};

} // namespace

void writeSvg(const ChartScene &scene, const ChartStyle &style, QIODevice *device)
{
    SvgWriter(device, style).write(scene);
}

QString exportSvg(const ChartScene &scene, const ChartStyle &style, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString());
    writeSvg(scene, style, &file);
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString());
    return {};
}
