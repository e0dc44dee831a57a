#include "svgexport.h"

#include "atomicfile.h"
#include "categorypalette.h"
#include "chartpainter.h"
#include "inorder.h"
#include "orgchartmodel.h"
#include "xmlout.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QIODevice>
#include <QSet>
#include <QThread>

#include <functional>
#include <iterator>

namespace {

// XML ids from the model's ids, the same in every export of the same file. An id made only of
// letters, digits, '-' and '_' is used as it is; others have the rest replaced by '_' and, should
// that meet another id, a number appended.
class SvgIds
{
public:
    explicit SvgIds(std::function<bool(const QString &)> isModelId) : m_isModelId(std::move(isModelId)) {}

    static bool isPlain(const QString &id)
    {
        return std::all_of(id.begin(), id.end(), [](QChar c) { return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_'; });
    }
    // Whether make() would give anything but the prefix and the id as they are.
    bool changes(const QString &id) const { return !isPlain(id) || (!m_replaced.isEmpty() && m_replaced.contains(id)); }

    QString make(const QString &prefix, const QString &id)
    {
        if (!changes(id)) // looked at before a copy is made
            return prefix + id; // model ids are unique among themselves
        QString clean = id;
        for (QChar &c : clean)
            if (!((c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_'))
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

// A box's id, title and description. An OrgChartModel's are read from its nodes, without a
// QVariant each; that only reads, so several threads may do it at once. Other models through data().
class BoxSource
{
public:
    explicit BoxSource(const QAbstractItemModel *model) : m_org(qobject_cast<const OrgChartModel *>(model)) {}

    bool readsStraight() const { return m_org; }

    QString id(const QModelIndex &index) const
    {
        if (const OrgNode *node = orgNode(index))
            return node->id;
        return m_org ? QString() : index.data(OrgChartModel::IdRole).toString();
    }

    QString title(const QModelIndex &index) const
    {
        const int n = int(index.internalId());
        QString title = m_org ? m_org->displayText(n) : index.data(Qt::DisplayRole).toString();
        const QString holder = m_org ? m_org->holder(n) : index.data(OrgChartModel::HolderRole).toString();
        if (!holder.isEmpty())
            title += QStringLiteral(" (") + holder + u')';
        return title;
    }

    // The description, ending in `fullStop` when it is to be followed by one: a person's job title
    // is read as it is, not copied with a full stop for each of a million boxes.
    struct Description
    {
        QString text;
        bool fullStop = false;
    };
    Description description(const QModelIndex &index) const
    {
        const int n = int(index.internalId());
        const OrgNode *node = orgNode(index);
        if (m_org && (!node || !node->detail)) // a person, as most are: at most a job title
            return {node ? node->title : QString(), node && !node->title.isEmpty()};
        QString description = m_org ? m_org->summary(n) : index.data(OrgChartModel::SummaryRole).toString();
        const auto add = [&description](const QString &part) {
            if (!description.isEmpty())
                description += u' ';
            description += part;
        };
        if (const QString title = node ? node->title : index.data(OrgChartModel::TitleRole).toString(); !title.isEmpty())
            add(title + u'.');
        const QStringList duties = m_org ? m_org->responsibilities(n) : index.data(OrgChartModel::ResponsibilitiesRole).toStringList();
        if (!duties.isEmpty())
            add(QCoreApplication::translate("SvgExport", "Responsibilities: %1.").arg(duties.join(QStringLiteral("; "))));
        return {description};
    }

    bool acting(const QModelIndex &index) const
    {
        return m_org ? m_org->isActing(int(index.internalId())) : index.data(OrgChartModel::ActingRole).toBool();
    }

private:
    const OrgNode *orgNode(const QModelIndex &index) const
    {
        if (!m_org)
            return nullptr;
        const std::vector<OrgNode> &nodes = m_org->chart().nodes;
        return index.internalId() < nodes.size() ? &nodes[index.internalId()] : nullptr;
    }

    const OrgChartModel *m_org;
};

QString number(double value)
{
    char text[48];
    return QString::fromLatin1(text, writeSvgNumber(text, value) - text);
}

// One CSS class per kind of text and box, so that each element carries only its geometry.
const char *textClass(ChartStyle::Text role)
{
    switch (role) {
    case ChartStyle::Text::Title: return "title";
    case ChartStyle::Text::Legend: return "legend";
    case ChartStyle::Text::Heading: return "heading";
    case ChartStyle::Text::Subtitle: return "subtitle";
    case ChartStyle::Text::Focus: return "focus";
    case ChartStyle::Text::LinkLabel: return "link-label";
    case ChartStyle::Text::Badge: return "badge-text";
    case ChartStyle::Text::Changes: return "changes-text";
    }
    return "";
}

// A box's classes: its kind, then its category's colours (View > Colour By), which come later in
// the style sheet and so win.
const char *boxClass(bool acting, int category)
{
    static const char *const plain[] = {"box cat-0", "box cat-1", "box cat-2", "box cat-3", "box cat-4",
                                        "box cat-5", "box cat-6", "box cat-7", "box cat-8"};
    static const char *const standIn[] = {"acting cat-0", "acting cat-1", "acting cat-2", "acting cat-3", "acting cat-4",
                                          "acting cat-5", "acting cat-6", "acting cat-7", "acting cat-8"};
    static_assert(std::size(plain) == CategoryPalette::size && std::size(standIn) == CategoryPalette::size);
    if (category < 0 || category >= CategoryPalette::size)
        return acting ? "acting" : "box";
    return acting ? standIn[category] : plain[category];
}

void startGroup(XmlOut &xml, const QString &id, const char *prefix = "")
{
    xml.newline();
    xml.start("g");
    xml.attribute("id", id, prefix);
}

void writeTitleAndDesc(XmlOut &xml, const QString &title, const QString &description)
{
    xml.textElement("title", title);
    if (!description.isEmpty())
        xml.textElement("desc", description);
}

void writeLine(XmlOut &xml, const QLineF &line, const char *cssClass)
{
    xml.start("line");
    xml.attribute("class", cssClass);
    xml.attribute("x1", line.x1());
    xml.attribute("y1", line.y1());
    xml.attribute("x2", line.x2());
    xml.attribute("y2", line.y2());
    xml.end();
}

void writeRect(XmlOut &xml, const QRectF &rect, double radius, const char *cssClass)
{
    xml.start("rect");
    xml.attribute("class", cssClass);
    xml.attribute("x", rect.x());
    xml.attribute("y", rect.y());
    xml.attribute("width", rect.width());
    xml.attribute("height", rect.height());
    xml.attribute("rx", radius);
    xml.end();
}

void writeText(XmlOut &xml, const ChartScene::Text &text)
{
    xml.start("text");
    xml.attribute("class", textClass(text.role));
    xml.attribute("x", text.anchor.x());
    xml.attribute("y", text.anchor.y());
    xml.characters(text.text);
    xml.end();
}

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

// Box text measurers, one set per thread at work: their kept results are not to be shared.
using MeasurerSets = WorkerPool<SceneMeasurers>;

// The boxes' SVG, a block of boxes at a time into a text of its own: blocks can be made on several
// threads at once and written in order. Only reads the scene, the model and the ids.
class BoxBlocks
{
public:
    static constexpr size_t boxesPerBlock = 1024; // some 360 KB of SVG

    BoxBlocks(const ChartScene &scene, const ChartStyle &style, const BoxSource &source, const QHash<int, QString> &replacedIds)
        : m_scene(scene), m_style(style), m_source(source), m_replacedIds(replacedIds)
    {
    }

    size_t count() const { return (m_scene.boxes.size() + boxesPerBlock - 1) / boxesPerBlock; }

    // Block `block`'s SVG into `text`, emptied first (its memory reused).
    void make(size_t block, MeasurerSets &sets, std::string &text) const
    {
        std::unique_ptr<SceneMeasurers> measure = sets.take();
        const size_t first = block * boxesPerBlock, last = std::min(m_scene.boxes.size(), first + boxesPerBlock);
        text.clear();
        {
            XmlInPlace xml(text);
            std::vector<ChartScene::Text> texts; // reused from box to box
            for (size_t i = first; i < last; ++i)
                writeBox(xml, i, *measure, texts);
        }
        sets.giveBack(std::move(measure));
    }

private:
    void rect(XmlInPlace &xml, const QRectF &rect, double radius, const char *cssClass) const
    {
        xml.put("<rect class=\"");
        xml.put(cssClass);
        xml.put("\" x=\"");
        xml.number(rect.x());
        xml.put("\" y=\"");
        xml.number(rect.y());
        xml.put("\" width=\"");
        xml.number(rect.width());
        xml.put("\" height=\"");
        xml.number(rect.height());
        xml.put("\" rx=\"");
        xml.number(radius);
        xml.put("\"/>");
    }

    void text(XmlInPlace &xml, const ChartScene::Text &text) const
    {
        xml.put("<text class=\"");
        xml.put(textClass(text.role));
        xml.put("\" x=\"");
        xml.number(text.anchor.x());
        xml.put("\" y=\"");
        xml.number(text.anchor.y());
        xml.put("\">");
        xml.escaped(text.text, false);
        xml.put("</text>");
    }

    void writeBox(XmlInPlace &xml, size_t i, const SceneMeasurers &measure, std::vector<ChartScene::Text> &texts) const
    {
        const ChartScene::Box &box = m_scene.boxes[i];
        const auto replaced = m_replacedIds.constFind(int(i));
        const QString id = replaced != m_replacedIds.cend() ? *replaced : m_source.id(box.index); // plain: as it is
        const QString title = m_source.title(box.index);
        const BoxSource::Description description = m_source.description(box.index);
        m_scene.makeBoxTexts(int(i), measure, texts);
        size_t textSize = size_t(id.size() + title.size() + description.text.size());
        for (const ChartScene::Text &each : texts)
            textSize += size_t(each.text.size());
        xml.room(2048 + 6 * textSize); // its tags and numbers take some 1,200 bytes at most

        xml.put("\n<g id=\"");
        if (replaced == m_replacedIds.cend())
            xml.put("role-");
        xml.escaped(id, true);
        xml.put("\"><title>");
        xml.escaped(title, false);
        xml.put("</title>");
        if (!description.text.isEmpty()) {
            xml.put("<desc>");
            xml.escaped(description.text, false);
            if (description.fullStop)
                xml.put(".");
            xml.put("</desc>");
        }
        rect(xml, box.rect, m_style.cornerRadius, boxClass(m_source.acting(box.index), m_scene.categoryOf(int(i))));
        for (const ChartScene::Text &each : texts) {
            if (each.role == ChartStyle::Text::Changes) {
                rect(xml, box.changesRect(), box.changesRect().height() / 2, "changes");
                text(xml, each);
            } else if (each.role != ChartStyle::Text::Badge) {
                text(xml, each);
            } else if (box.collapsed) { // how many people the box stands for
                rect(xml, box.badgeRect(), box.badgeRect().height() / 2, "badge");
                text(xml, each);
            }
        }
        xml.put("</g>");
    }

    const ChartScene &m_scene;
    const ChartStyle &m_style;
    const BoxSource &m_source;
    const QHash<int, QString> &m_replacedIds;
};

// Writes the SVG in pieces of about a megabyte, each passed on to the device as it fills: a chart of
// 1,000,000 people makes some 400 MB of SVG, which is never held whole.
class SvgWriter
{
public:
    SvgWriter(std::string &out, const ChartStyle &style, const QAbstractItemModel *model, QIODevice *device, int threads)
        : m_out(out), m_xml(out), m_style(style), m_model(model), m_ids(idLookup(model)), m_device(device), m_threads(threads)
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
        m_xml.attribute("xmlns", "http://www.w3.org/2000/svg");
        m_xml.attribute("version", "1.1");
        m_xml.attribute("width", width);
        m_xml.attribute("height", height);
        m_xml.attribute("viewBox", QStringLiteral("0 0 %1 %2").arg(width, height));
        m_xml.attribute("role", "img");
        m_xml.attribute("aria-labelledby", "chart-title");
        m_xml.newline();
        m_xml.start("title");
        m_xml.attribute("id", "chart-title");
        m_xml.characters(scene.title);
        m_xml.end();
        m_xml.newline();
        m_xml.textElement("style", styleSheet(!scene.categories.empty()));
        m_xml.newline();
        m_xml.start("rect");
        m_xml.attribute("width", width);
        m_xml.attribute("height", height);
        m_xml.attribute("fill", m_style.background.name());
        m_xml.end();

        writeHeader(scene);
        if (!writeConnectors(scene))
            return false;
        writeLinks(scene);
        if (!writeBoxes(scene))
            return false;
        m_xml.newline();
        m_xml.end();
        m_xml.newline();
        return flush();
    }

private:
    QString styleSheet(bool categories) const
    {
        const QString family = QFontInfo(m_style.subtitleFont).family();
        QString css = QStringLiteral("\ntext{font-family:'%1',sans-serif}\n").arg(family);
        for (ChartStyle::Text role : {ChartStyle::Text::Title, ChartStyle::Text::Legend, ChartStyle::Text::Heading, ChartStyle::Text::Subtitle,
                                      ChartStyle::Text::Focus, ChartStyle::Text::LinkLabel, ChartStyle::Text::Badge,
                                      ChartStyle::Text::Changes}) {
            const QFont &font = m_style.font(role);
            const bool centred = role != ChartStyle::Text::Title && role != ChartStyle::Text::Legend;
            css += QStringLiteral(".%1{font-size:%2px;font-weight:%3;fill:%4%5}\n")
                       .arg(QLatin1String(textClass(role)))
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
        for (int category = 0; categories && category < CategoryPalette::size; ++category)
            css += QStringLiteral(".cat-%1{fill:%2;stroke:%3;stroke-width:%4}\n")
                       .arg(QString::number(category), m_style.categoryFill[size_t(category)].name(),
                            m_style.categoryBorder[size_t(category)].name(), number(ChartStroke::categoryBox));
        return css;
    }

    void writeHeader(const ChartScene &scene)
    {
        startGroup(m_xml, QStringLiteral("header"));
        using Kind = ChartScene::LegendSample::Kind;
        for (const ChartScene::LegendSample &sample : scene.legend) { // under the texts: the Δ goes on its badge
            if (sample.kind == Kind::Acting)
                writeRect(m_xml, sample.rect, 4, "acting");
            else if (sample.kind == Kind::Changes)
                writeRect(m_xml, sample.rect, sample.rect.height() / 2, "changes");
            else if (sample.kind == Kind::Category)
                writeRect(m_xml, sample.rect, 4, boxClass(false, sample.category));
            else
                writeLine(m_xml, sample.line, sample.dashed() ? "link" : "reports");
        }
        for (int index : scene.headerTexts)
            writeText(m_xml, scene.texts[size_t(index)]);
        m_xml.end();
    }

    // One path of every reporting line: its data made in pieces on the pool's threads (a million
    // people have 30 MB of it), written in order.
    bool writeConnectors(const ChartScene &scene)
    {
        if (scene.connectors.empty())
            return true;
        startGroup(m_xml, QStringLiteral("reporting-lines"));
        m_xml.start("path");
        m_xml.attribute("class", "reports");
        m_xml.attributeStart("d");
        constexpr size_t linesPerPiece = 32768;
        const std::span<const QLineF> lines(scene.connectors);
        const bool written = makeInOrder<std::string>(
            (lines.size() + linesPerPiece - 1) / linesPerPiece, m_threads,
            [&](size_t piece, std::string &text) {
                text.clear();
                const size_t first = piece * linesPerPiece;
                XmlOut::appendPath(text, lines.subspan(first, std::min(linesPerPiece, lines.size() - first)));
            },
            [this](const std::string &text) { return writeBlock(text); });
        m_xml.attributeEnd();
        m_xml.end();
        m_xml.end();
        return written;
    }

    bool pieceFull() const { return m_out.size() >= pieceSize; }

    void writeLinks(const ChartScene &scene)
    {
        for (const ChartScene::Link &link : scene.links) {
            if (pieceFull())
                flush();
            startGroup(m_xml, m_ids.make(QStringLiteral("link-"), link.id));
            writeTitleAndDesc(m_xml, link.title, link.description);
            writeLine(m_xml, link.line, "link");
            writeRect(m_xml, link.labelRect, link.labelRect.height() / 2, "link-pill");
            writeText(m_xml, scene.texts[size_t(link.labelText)]);
            m_xml.end();
        }
    }

    // The boxes whose ids are not written as they are, with the ids they get: made one after
    // another, after the links', before any box is written.
    QHash<int, QString> replacedIds(const ChartScene &scene, const BoxSource &source)
    {
        QHash<int, QString> replaced;
        for (size_t i = 0; i < scene.boxes.size(); ++i)
            if (const QString id = source.id(scene.boxes[i].index); m_ids.changes(id))
                replaced.insert(int(i), m_ids.make(QStringLiteral("role-"), id));
        return replaced;
    }

    bool writeBlock(const std::string &text)
    {
        if (!flush())
            return false;
        m_ok = m_device->write(text.data(), qint64(text.size())) == qint64(text.size());
        return m_ok;
    }

    // The pool's threads make the blocks while this one writes them in order (the system's copying
    // of 36 MB into a file costs a third as much as making them). Other models than ours are read
    // through data(), which need not be safe beside other threads: on this thread alone.
    bool writeBoxes(const ChartScene &scene)
    {
        const BoxSource source(m_model);
        const QHash<int, QString> replaced = replacedIds(scene, source);
        const BoxBlocks blocks(scene, m_style, source, replaced);
        MeasurerSets sets([&scene] { return scene.separateMeasurers(); });
        return makeInOrder<std::string>(
            blocks.count(), source.readsStraight() ? m_threads : 1, [&](size_t block, std::string &text) { blocks.make(block, sets, text); },
            [this](const std::string &text) { return writeBlock(text); }); // false: the device's error says why
    }

    static constexpr size_t pieceSize = 1 << 20;

    std::string &m_out;
    XmlOut m_xml;
    const ChartStyle &m_style;
    const QAbstractItemModel *m_model;
    SvgIds m_ids;
    QIODevice *m_device;
    int m_threads;
    bool m_ok = true;
};

} // namespace

bool writeSvg(const ChartScene &scene, const ChartStyle &style, QIODevice *device, int threads)
{
    // Built in memory a piece at a time and written in large writes: QXmlStreamWriter's many small
    // writes cost more.
    std::string svg;
    const QAbstractItemModel *model = scene.boxes.empty() ? nullptr : scene.boxes.front().index.model();
    return SvgWriter(svg, style, model, device, threads > 0 ? threads : QThread::idealThreadCount()).write(scene);
}

QString exportSvg(const ChartScene &scene, const ChartStyle &style, const QString &fileName)
{
    return writeAtomically(fileName, [&](QIODevice &device) { return writeSvg(scene, style, &device); });
}
