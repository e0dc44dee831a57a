#include "svgexport.h"

#include "atomicfile.h"
#include "chartpainter.h"
#include "orgchartmodel.h"

#include <QFontInfo>
#include <QIODevice>
#include <QSet>

#include <QStringEncoder>

#include <charconv>
#include <cmath>
#include <functional>

namespace {

bool isXmlChar(char16_t c)
{
    return !(QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD));
}

// XML 1.0 forbids most control characters and lone surrogates even when escaped.
QString xmlSafe(const QString &text)
{
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return isXmlChar(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[++i];
        } else {
            out += isXmlChar(c) ? text[i] : QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

// XML ids from the model's ids, the same in every export of the same file. An id made only of
// letters, digits, '-' and '_' is used as it is; others have the rest replaced by '_' and, should
// that meet another id, a number appended.
class SvgIds
{
public:
    explicit SvgIds(std::function<bool(const QString &)> isModelId) : m_isModelId(std::move(isModelId)) {}

    QString make(const QString &prefix, const QString &id)
    {
        const auto plain = [](QChar c) { return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_'; };
        const bool changed = !std::all_of(id.begin(), id.end(), plain); // looked at before a copy is made
        if (!changed && !m_replaced.contains(id))
            return prefix + id; // model ids are unique among themselves
        QString clean = id;
        for (QChar &c : clean)
            if (!plain(c))
                c = u'_';
        QString unique = clean;
        for (int n = 2; m_replaced.contains(unique) || m_isModelId(unique); ++n)
            unique = clean + u'-' + QString::number(n);
        m_replaced.insert(unique);
        return prefix + unique;
    }

private:
    std::function<bool(const QString &)> m_isModelId;
    QSet<QString> m_replaced;
};

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
    QString description = index.data(OrgChartModel::SummaryRole).toString();
    const auto add = [&description](const QString &part) {
        if (!description.isEmpty())
            description += u' ';
        description += part;
    };
    if (const QString title = index.data(OrgChartModel::TitleRole).toString(); !title.isEmpty())
        add(title + u'.');
    if (const QStringList duties = index.data(OrgChartModel::ResponsibilitiesRole).toStringList(); !duties.isEmpty())
        add(QStringLiteral("Responsibilities: ") + duties.join(QStringLiteral("; ")) + u'.');
    return description;
}

// Coordinates with at most two decimals, without trailing zeros; returns the end of the text.
char *writeNumber(char *out, double value)
{
    const double rounded = std::round(value * 100) / 100;
    if (rounded == std::floor(rounded) && std::abs(rounded) < 1e15)
        return std::to_chars(out, out + 24, qint64(rounded)).ptr;
    char *end = std::to_chars(out, out + 40, rounded, std::chars_format::fixed, 2).ptr;
    while (end[-1] == '0')
        --end;
    return end;
}

QByteArray numberText(double value)
{
    char text[48];
    return QByteArray(text, writeNumber(text, value) - text);
}

QString number(double value)
{
    return QString::fromLatin1(numberText(value));
}

// One CSS class per kind of text and box, so that each element carries only its geometry.
QString textClass(ChartStyle::Text role)
{
    switch (role) {
    case ChartStyle::Text::Title: return QStringLiteral("title");
    case ChartStyle::Text::Legend: return QStringLiteral("legend");
    case ChartStyle::Text::Heading: return QStringLiteral("heading");
    case ChartStyle::Text::Subtitle: return QStringLiteral("subtitle");
    case ChartStyle::Text::Focus: return QStringLiteral("focus");
    case ChartStyle::Text::LinkLabel: return QStringLiteral("link-label");
    case ChartStyle::Text::Badge: return QStringLiteral("badge-text");
    case ChartStyle::Text::Changes: return QStringLiteral("changes-text");
    }
    return {};
}

// A minimal XML writer into UTF-8 bytes, for the few element kinds an SVG chart needs.
// QXmlStreamWriter spends most of a 100,000-person export in per-call overhead; this does the
// same escaping (& < > " in attributes, & < > in text) on whole UTF-8 strings at once.
class XmlOut
{
public:
    explicit XmlOut(std::string &out) : m_out(out) {}

    void start(const char *name)
    {
        closeStartTag();
        m_out += '<';
        m_out += name;
        m_open.push_back(name);
        m_inStartTag = true;
    }
    void attribute(const char *name, const QString &value)
    {
        m_out += ' ';
        m_out += name;
        m_out += "=\"";
        if (!appendAscii(value, true))
            appendEscaped(value, true);
        m_out += '"';
    }
    // A path of straight lines: "M x1 y1 L x2 y2" for each, written straight into the output.
    void pathAttribute(const char *name, const std::vector<QLineF> &lines)
    {
        m_out += ' ';
        m_out += name;
        m_out += "=\"";
        char text[48];
        for (const QLineF &line : lines) {
            m_out += 'M';
            m_out.append(text, size_t(writeNumber(text, line.x1()) - text));
            m_out += ' ';
            m_out.append(text, size_t(writeNumber(text, line.y1()) - text));
            m_out += 'L';
            m_out.append(text, size_t(writeNumber(text, line.x2()) - text));
            m_out += ' ';
            m_out.append(text, size_t(writeNumber(text, line.y2()) - text));
        }
        m_out += '"';
    }
    void attribute(const char *name, double value)
    {
        m_out += ' ';
        m_out += name;
        m_out += "=\"";
        char text[48];
        m_out.append(text, size_t(writeNumber(text, value) - text));
        m_out += '"';
    }
    void characters(const QString &text)
    {
        closeStartTag();
        if (!appendAscii(text, false))
            appendEscaped(xmlSafe(text), false);
    }
    void end()
    {
        const char *name = m_open.back();
        m_open.pop_back();
        if (m_inStartTag) {
            m_out += "/>";
            m_inStartTag = false;
        } else {
            m_out += "</";
            m_out += name;
            m_out += '>';
        }
    }
    void textElement(const char *name, const QString &text)
    {
        start(name);
        characters(text);
        end();
    }
    void newline()
    {
        closeStartTag();
        m_out += '\n';
    }

private:
    void closeStartTag()
    {
        if (m_inStartTag) {
            m_out += '>';
            m_inStartTag = false;
        }
    }
    // Text that is all ASCII and allowed in XML (most names and titles), escaped as it is copied:
    // no encoder, no second pass. False, with nothing written, for any other text.
    bool appendAscii(const QString &text, bool inAttribute)
    {
        const size_t start = m_out.size();
        m_out.resize(start + 6 * size_t(text.size())); // room for every character as "&quot;"
        char *out = m_out.data() + start;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x80 || (u < 0x20 && u != 0x9 && u != 0xA)) { // not ASCII, forbidden, or '\r' (kept as a reference)
                m_out.resize(start);
                return false;
            }
            const char *entity = u == '&' ? "&amp;" : u == '<' ? "&lt;" : u == '>' ? "&gt;" : (inAttribute && u == '"') ? "&quot;" : nullptr;
            if (!entity)
                *out++ = char(u);
            else
                for (; *entity; ++entity)
                    *out++ = *entity;
        }
        m_out.resize(size_t(out - m_out.data()));
        return true;
    }
    void appendEscaped(const QString &text, bool inAttribute)
    {
        m_utf8.resize(text.size() * 3); // UTF-8 takes at most three bytes per UTF-16 unit
        const QByteArray &utf8 = m_utf8;
        const qsizetype size = m_encoder.appendToBuffer(m_utf8.data(), text) - m_utf8.data();
        qsizetype plain = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const char c = utf8[i];
            // A carriage return would be read back as a line feed: it is kept as a reference.
            const char *entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '\r' ? "&#13;"
                                 : (inAttribute && c == '"') ? "&quot;" : nullptr;
            if (!entity)
                continue;
            m_out.append(utf8.constData() + plain, size_t(i - plain));
            m_out += entity;
            plain = i + 1;
        }
        m_out.append(utf8.constData() + plain, size_t(size - plain));
    }
    std::string &m_out;
    QByteArray m_utf8; // reused: no allocation per string
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    std::vector<const char *> m_open;
    bool m_inStartTag = false;
};

// Whether a text is the id of a node of the model: a hash look-up for our model, else a set
// of every id, made when first needed.
std::function<bool(const QString &)> idLookup(const QAbstractItemModel *model)
{
    if (const auto *org = qobject_cast<const OrgChartModel *>(model))
        return [org](const QString &id) { return org->indexForId(id).isValid(); };
    auto ids = std::make_shared<std::optional<QSet<QString>>>();
    return [model, ids](const QString &id) {
        if (!*ids) {
            ids->emplace();
            std::vector<QModelIndex> stack{QModelIndex()};
            while (model && !stack.empty()) {
                const QModelIndex parent = stack.back();
                stack.pop_back();
                for (int row = 0; row < model->rowCount(parent); ++row) {
                    const QModelIndex index = model->index(row, 0, parent);
                    (*ids)->insert(index.data(OrgChartModel::IdRole).toString());
                    stack.push_back(index);
                }
            }
        }
        return (*ids)->contains(id);
    };
}

// Writes the SVG in pieces of about a megabyte, each passed on to the device as it fills: a chart of
// 1,000,000 people makes some 400 MB of SVG, which is never held whole.
class SvgWriter
{
public:
    SvgWriter(std::string &out, const ChartStyle &style, const QAbstractItemModel *model, QIODevice *device)
        : m_out(out), m_xml(out), m_style(style), m_ids(idLookup(model)), m_device(device)
    {
        m_out.reserve(pieceSize + 64 * 1024); // a piece and the box that fills it, as a rule
    }

    // Passes what is written on to the device; false, from then on, once the device took less.
    bool flush()
    {
        if (m_ok && !m_out.empty())
            m_ok = m_device->write(m_out.data(), qint64(m_out.size())) == qint64(m_out.size());
        m_out.clear();
        return m_ok;
    }

    bool write(const ChartScene &scene)
    {
        const QString width = number(scene.bounds.width());
        const QString height = number(scene.bounds.height());
        m_out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        m_xml.start("svg");
        m_xml.attribute("xmlns", QStringLiteral("http://www.w3.org/2000/svg"));
        m_xml.attribute("version", QStringLiteral("1.1"));
        m_xml.attribute("width", width);
        m_xml.attribute("height", height);
        m_xml.attribute("viewBox", QStringLiteral("0 0 %1 %2").arg(width, height));
        m_xml.attribute("role", QStringLiteral("img"));
        m_xml.attribute("aria-labelledby", QStringLiteral("chart-title"));
        m_xml.newline();
        m_xml.start("title");
        m_xml.attribute("id", QStringLiteral("chart-title"));
        m_xml.characters(scene.title);
        m_xml.end();
        m_xml.newline();
        m_xml.textElement("style", styleSheet());
        m_xml.newline();
        m_xml.start("rect");
        m_xml.attribute("width", width);
        m_xml.attribute("height", height);
        m_xml.attribute("fill", m_style.background.name());
        m_xml.end();

        writeHeader(scene);
        writeConnectors(scene);
        writeLinks(scene);
        if (!writeBoxes(scene))
            return false;
        m_xml.newline();
        m_xml.end();
        m_xml.newline();
        return flush();
    }

private:
    QString styleSheet() const
    {
        const QString family = QFontInfo(m_style.subtitleFont).family();
        QString css = QStringLiteral("\ntext{font-family:'%1',sans-serif}\n").arg(family);
        for (ChartStyle::Text role : {ChartStyle::Text::Title, ChartStyle::Text::Legend, ChartStyle::Text::Heading, ChartStyle::Text::Subtitle,
                                      ChartStyle::Text::Focus, ChartStyle::Text::LinkLabel, ChartStyle::Text::Badge,
                                      ChartStyle::Text::Changes}) {
            const QFont &font = m_style.font(role);
            const bool centred = role != ChartStyle::Text::Title && role != ChartStyle::Text::Legend;
            css += QStringLiteral(".%1{font-size:%2px;font-weight:%3;fill:%4%5}\n")
                       .arg(textClass(role))
                       .arg(font.pixelSize())
                       .arg(font.weight())
                       .arg(m_style.color(role).name(), centred ? QStringLiteral(";text-anchor:middle") : QString());
        }
        const auto stroke = [](const QColor &colour, double width, bool dashed) {
            return QStringLiteral("stroke:%1;stroke-width:%2%3")
                .arg(colour.name(), number(width),
                     dashed ? QStringLiteral(";stroke-dasharray:%1 %2").arg(number(ChartStroke::dash[0]), number(ChartStroke::dash[1])) : QString());
        };
        css += QStringLiteral(".box{fill:%1;%2}\n").arg(m_style.boxFill.name(), stroke(m_style.boxBorder, ChartStroke::box, false));
        css += QStringLiteral(".acting{fill:%1;%2}\n").arg(m_style.actingFill.name(), stroke(m_style.actingBorder, ChartStroke::box, true));
        css += QStringLiteral(".reports{fill:none;%1}\n").arg(stroke(m_style.connector, ChartStroke::connector, false));
        css += QStringLiteral(".link{fill:none;%1}\n").arg(stroke(m_style.link, ChartStroke::link, true));
        css += QStringLiteral(".link-pill{fill:%1;%2}\n").arg(m_style.linkLabelFill.name(), stroke(m_style.link, 1, false));
        css += QStringLiteral(".badge{fill:%1}\n").arg(m_style.badgeFill.name());
        css += QStringLiteral(".changes{fill:%1}\n").arg(m_style.changesFill.name());
        return css;
    }

    void startGroup(const QString &id)
    {
        m_xml.newline();
        m_xml.start("g");
        m_xml.attribute("id", id);
    }

    void writeTitleAndDesc(const QString &title, const QString &description)
    {
        m_xml.textElement("title", title);
        if (!description.isEmpty())
            m_xml.textElement("desc", description);
    }

    void writeLine(const QLineF &line, const QString &cssClass)
    {
        m_xml.start("line");
        m_xml.attribute("class", cssClass);
        m_xml.attribute("x1", line.x1());
        m_xml.attribute("y1", line.y1());
        m_xml.attribute("x2", line.x2());
        m_xml.attribute("y2", line.y2());
        m_xml.end();
    }

    void writeRect(const QRectF &rect, double radius, const QString &cssClass)
    {
        m_xml.start("rect");
        m_xml.attribute("class", cssClass);
        m_xml.attribute("x", rect.x());
        m_xml.attribute("y", rect.y());
        m_xml.attribute("width", rect.width());
        m_xml.attribute("height", rect.height());
        m_xml.attribute("rx", radius);
        m_xml.end();
    }

    void writeText(const ChartScene::Text &text)
    {
        m_xml.start("text");
        m_xml.attribute("class", textClass(text.role));
        m_xml.attribute("x", text.anchor.x());
        m_xml.attribute("y", text.anchor.y());
        m_xml.characters(text.text);
        m_xml.end();
    }

    void writeHeader(const ChartScene &scene)
    {
        startGroup(QStringLiteral("header"));
        for (int index : scene.headerTexts)
            writeText(scene.texts[size_t(index)]);
        for (const ChartScene::LegendSample &sample : scene.legend)
            writeLine(sample.line, sample.dashed ? QStringLiteral("link") : QStringLiteral("reports"));
        m_xml.end();
    }

    void writeConnectors(const ChartScene &scene)
    {
        if (scene.connectors.empty())
            return;
        startGroup(QStringLiteral("reporting-lines"));
        m_xml.start("path");
        m_xml.attribute("class", QStringLiteral("reports"));
        m_xml.pathAttribute("d", scene.connectors);
        m_xml.end();
        m_xml.end();
    }

    bool pieceFull() const { return m_out.size() >= pieceSize; }

    void writeLinks(const ChartScene &scene)
    {
        for (const ChartScene::Link &link : scene.links) {
            if (pieceFull())
                flush();
            startGroup(m_ids.make(QStringLiteral("link-"), link.id));
            writeTitleAndDesc(link.title, link.description);
            writeLine(link.line, QStringLiteral("link"));
            writeRect(link.labelRect, link.labelRect.height() / 2, QStringLiteral("link-pill"));
            writeText(scene.texts[size_t(link.labelText)]);
            m_xml.end();
        }
    }

    bool writeBoxes(const ChartScene &scene)
    {
        const QString boxClass = QStringLiteral("box"), actingClass = QStringLiteral("acting"), badgeClass = QStringLiteral("badge");
        for (size_t i = 0; i < scene.boxes.size(); ++i) {
            if (pieceFull() && !flush())
                return false; // the device's error says why
            const ChartScene::Box &box = scene.boxes[i];
            startGroup(m_ids.make(QStringLiteral("role-"), box.index.data(OrgChartModel::IdRole).toString()));
            writeTitleAndDesc(boxTitle(box.index), boxDescription(box.index));
            writeRect(box.rect, m_style.cornerRadius, scene.isActing(int(i)) ? actingClass : boxClass);
            for (const ChartScene::Text &text : scene.makeBoxTexts(int(i))) {
                if (text.role == ChartStyle::Text::Changes) {
                    writeRect(box.changesRect(), box.changesRect().height() / 2, QStringLiteral("changes"));
                    writeText(text);
                } else if (text.role != ChartStyle::Text::Badge) {
                    writeText(text);
                } else if (box.collapsed) { // how many people the box stands for
                    writeRect(box.badgeRect(), box.badgeRect().height() / 2, badgeClass);
                    writeText(text);
                }
            }
            m_xml.end();
        }
        return true;
    }

    static constexpr size_t pieceSize = 1 << 20;

    std::string &m_out;
    XmlOut m_xml;
    const ChartStyle &m_style;
    SvgIds m_ids;
    QIODevice *m_device;
    bool m_ok = true;
};

} // namespace

bool writeSvg(const ChartScene &scene, const ChartStyle &style, QIODevice *device)
{
    // Built in memory a piece at a time and written in large writes: QXmlStreamWriter's many small
    // writes cost more.
    std::string svg;
    const QAbstractItemModel *model = scene.boxes.empty() ? nullptr : scene.boxes.front().index.model();
    return SvgWriter(svg, style, model, device).write(scene);
}

QString exportSvg(const ChartScene &scene, const ChartStyle &style, const QString &fileName)
{
    return writeAtomically(fileName, [&](QIODevice &device) { return writeSvg(scene, style, &device); });
}
