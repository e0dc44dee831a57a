#include "chartpdf.h"

#include "chartpainter.h"
#include "inorder.h"
#include "pdfpage.h"
#include "pdfshared.h"

#include <QMutex>
#include <QTextLayout>
#include <QThread>

#include <array>
#include <cmath>
#include <cstring>
#include <span>
#include <string>

namespace {

using PdfText::notLookedUp;
using PdfText::roleCount;

// The pen QPainter strokes with (see chartpainter.cpp): flat caps, dashes of 7 and 5 scene units.
struct Stroke
{
    QColor color;
    double width = 0;
    bool dashed = false;
    bool operator==(const Stroke &) const = default;
};

// A shape's size and look, which a form draws.
struct FormKey
{
    double width, height, radius;
    QRgb fill, stroke;
    double strokeWidth;
    bool dashed;
    bool operator==(const FormKey &) const = default;
};

size_t qHash(const FormKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.width, key.height, key.radius, key.fill, key.stroke, key.strokeWidth, key.dashed);
}

// A thread's own look-ups, kept from piece to piece: box text measurers, the glyphs and forms it met.
struct PdfWorker
{
    std::unique_ptr<SceneMeasurers> measure;
    std::string operators; // a piece's, its memory used again
    std::array<std::string, roleCount> roleTexts;
    std::array<std::vector<quint32>, roleCount> glyphs; // as RoleFont::glyphs, made when first needed
    std::array<const RoleFont *, roleCount> fonts{};     // as looked up, once
    QHash<FormKey, int> forms;
    std::vector<ChartScene::Text> texts;
};

// A role's texts not yet in the content, each placed from the one before (hundredths of a unit):
// texts do not overlap, so each role's go together, its font and colour set once.
struct RoleTexts
{
    std::string ops;
    bool placed = false;
    qint64 x = 0, y = 0;
};

// One piece of the page's content: its operators, drawn from a graphics state of its own (colours,
// pen and origin unknown at its start, all it changes undone at its end but the colour).
class PdfContent
{
public:
    // Texts that need shaping go to `deferred` if given, for the page's thread to draw.
    PdfContent(const ChartScene &scene, const ChartStyle &style, PdfShared &shared, PdfWorker &worker,
               std::vector<ChartScene::Text> *deferred = nullptr)
        : m_scene(scene), m_style(style), m_shared(shared), m_worker(worker), m_out(worker.operators), m_deferred(deferred)
    {
        m_out.clear();
        for (size_t role = 0; role < m_texts.size(); ++role) // their memory used again
            m_texts[role].ops = std::move(m_worker.roleTexts[role]);
    }
    ~PdfContent()
    {
        for (size_t role = 0; role < m_texts.size(); ++role)
            m_worker.roleTexts[role] = std::move(m_texts[role].ops);
    }
    PdfContent(const PdfContent &) = delete;
    PdfContent &operator=(const PdfContent &) = delete;

    bool header();
    void connectors(size_t first, size_t last);
    bool links();
    bool boxes(size_t first, size_t last);
    bool texts(const std::vector<ChartScene::Text> &texts)
    {
        return std::all_of(texts.begin(), texts.end(), [this](const ChartScene::Text &each) { return text(each); });
    }
    void finish()
    {
        flushAllTexts();
        endShapes();
    }

private:
    void setFill(const QColor &color);
    void setStroke(const Stroke &stroke);
    void roundedRect(std::string &out, const QRectF &rect, double radius) const;
    void shape(const QRectF &rect, double radius, const QColor &fill, const std::optional<Stroke> &stroke);
    void lines(std::span<const QLineF> lines, const Stroke &stroke);
    bool text(const ChartScene::Text &text);
    bool shapedText(const ChartScene::Text &text, double left, const RoleFont &font, RoleTexts &texts);
    const RoleFont &font(ChartStyle::Text role)
    {
        const RoleFont *&font = m_worker.fonts[size_t(role)];
        if (!font)
            font = &m_shared.font(role);
        return *font;
    }
    void flushTexts(ChartStyle::Text role);
    void flushAllTexts();
    void beginShapes();
    void endShapes();

    const ChartScene &m_scene;
    const ChartStyle &m_style;
    PdfShared &m_shared;
    PdfWorker &m_worker;
    std::string &m_out;
    std::vector<ChartScene::Text> *m_deferred;
    QColor m_fill;
    std::optional<Stroke> m_stroke;
    bool m_inShapes = false; // in a "q" whose origin moves from shape to shape
    qint64 m_originX = 0, m_originY = 0; // hundredths
    std::array<RoleTexts, roleCount> m_texts;
};

std::string colorOperands(const QColor &color)
{
    std::string out;
    for (int part : {color.red(), color.green(), color.blue()})
        out += QByteArray::number(part / 255.0, 'f', 3).toStdString() + ' ';
    return out;
}

// Copies `text` to `at`, which has room; returns the end.
template<size_t N>
char *put(char *at, const char (&text)[N])
{
    std::memcpy(at, text, N - 1);
    return at + N - 1;
}

// Operators' numbers: in hundredths, a space after each.
std::string &operator<<(std::string &out, double value)
{
    PdfFormat::appendNumber(out, value);
    return out += ' ';
}

void PdfContent::setFill(const QColor &color)
{
    if (color == m_fill)
        return;
    m_fill = color;
    m_out += colorOperands(color) + "rg\n";
}

void PdfContent::setStroke(const Stroke &stroke)
{
    if (m_stroke == stroke)
        return;
    m_stroke = stroke;
    m_out += colorOperands(stroke.color) + "RG ";
    m_out << stroke.width;
    m_out += stroke.dashed ? "w 0 J 2 j [7 5] 0 d\n" : "w 0 J 2 j [] 0 d\n";
}

// QPainter's rounded rectangle: quarter circles as Béziers (see qt_find_ellipse_coords).
void PdfContent::roundedRect(std::string &out, const QRectF &rect, double radius) const
{
    radius = std::min({radius, rect.width() / 2, rect.height() / 2});
    const double k = radius * (1 - 0.55228475);
    const double l = rect.left(), t = rect.top(), r = rect.right(), b = rect.bottom();
    const auto put = [&](std::initializer_list<double> values, const char *op) {
        for (double value : values)
            out << value;
        out += op;
    };
    put({l + radius, t}, "m ");
    put({r - radius, t}, "l ");
    put({r - k, t, r, t + k, r, t + radius}, "c ");
    put({r, b - radius}, "l ");
    put({r, b - k, r - k, b, r - radius, b}, "c ");
    put({l + radius, b}, "l ");
    put({l + k, b, l, b - k, l, b - radius}, "c ");
    put({l, t + radius}, "l ");
    put({l, t + k, l + k, t, l + radius, t}, "c h ");
}

// A filled rounded rectangle, outlined if `stroke`: drawn from a form made once per size and look.
void PdfContent::shape(const QRectF &rect, double radius, const QColor &fill, const std::optional<Stroke> &stroke)
{
    const FormKey key{rect.width(), rect.height(), radius, fill.rgb(), stroke ? stroke->color.rgb() : 0, stroke ? stroke->width : -1,
                      stroke && stroke->dashed};
    auto found = m_worker.forms.find(key);
    if (found == m_worker.forms.end()) {
        std::string form = colorOperands(fill) + "rg ";
        if (stroke) {
            form += colorOperands(stroke->color) + "RG ";
            form << stroke->width;
            form += stroke->dashed ? "w 0 J 2 j [7 5] 0 d " : "w 0 J 2 j [] 0 d ";
        }
        const QRectF local(QPointF(0, 0), rect.size());
        roundedRect(form, local, radius);
        form += stroke ? "B*" : "f*";
        const double reach = stroke ? stroke->width : 0;
        const QByteArray content = QByteArray::fromStdString(form);
        found = m_worker.forms.insert(key, m_shared.form(content, local.adjusted(-reach, -reach, reach, reach), content));
    }
    beginShapes();
    if (*found < 0) { // too many looks for forms: in place
        setFill(fill);
        if (stroke)
            setStroke(*stroke);
        roundedRect(m_out, rect.translated(-m_originX / 100.0, -m_originY / 100.0), radius);
        m_out += stroke ? "B*\n" : "f*\n";
        return;
    }
    // The origin moves by whole hundredths, so that a million moves add up to no drift.
    const qint64 dx = std::llround(rect.left() * 100) - m_originX, dy = std::llround(rect.top() * 100) - m_originY;
    m_originX += dx;
    m_originY += dy;
    m_out += "1 0 0 1 ";
    PdfFormat::appendHundredths(m_out, dx);
    m_out += ' ';
    PdfFormat::appendHundredths(m_out, dy);
    m_out += " cm /X";
    m_out += std::to_string(*found) + " Do\n";
}

void PdfContent::beginShapes()
{
    if (m_inShapes)
        return;
    m_out += "q\n";
    m_inShapes = true;
}

void PdfContent::endShapes()
{
    if (!m_inShapes)
        return;
    m_out += "Q\n";
    m_inShapes = false;
    m_originX = m_originY = 0;
    m_fill = QColor(); // the colours and pen set since "q" are gone
    m_stroke.reset();
}

void PdfContent::lines(std::span<const QLineF> lines, const Stroke &stroke)
{
    if (lines.empty())
        return;
    beginShapes();
    setStroke(stroke);
    const QPointF origin(m_originX / 100.0, m_originY / 100.0);
    for (const QLineF &each : lines) {
        const QLineF line = each.translated(-origin);
        m_out << line.x1() << line.y1();
        m_out += "m ";
        m_out << line.x2() << line.y2();
        m_out += "l\n";
    }
    m_out += "S\n";
}

bool PdfContent::text(const ChartScene::Text &text)
{
    if (text.text.isEmpty()) // nothing to draw, and no font to name
        return true;
    const double left = text.centred ? text.anchor.x() - text.width / 2 : text.anchor.x();
    const RoleFont &font = this->font(text.role);
    if (font.pdfFont < 0)
        return false;
    RoleTexts &texts = m_texts[size_t(text.role)];
    std::vector<quint32> &glyphs = m_worker.glyphs[size_t(text.role)];
    if (glyphs.empty())
        glyphs.assign(65536, notLookedUp);
    // Written in place, in room made once: a placement, then two bytes a glyph in a literal string
    // (half of the hexadecimal digits to write and compress), four at most with escapes.
    std::string &ops = texts.ops;
    const size_t start = ops.size();
    ops.resize(start + 96 + 4 * size_t(text.text.size()));
    char *at = ops.data() + start;
    const qint64 x = std::llround(left * 100), y = std::llround(text.anchor.y() * 100);
    if (!texts.placed) {
        at = put(at, "1 0 0 -1 ");
        at = PdfFormat::writeHundredths(at, x);
        *at++ = ' ';
        at = PdfFormat::writeHundredths(at, y);
        at = put(at, " Tm (");
    } else { // text space is upside down
        at = PdfFormat::writeHundredths(at, x - texts.x);
        *at++ = ' ';
        at = PdfFormat::writeHundredths(at, texts.y - y);
        at = put(at, " Td (");
    }
    for (QChar c : text.text) {
        quint32 &glyph = glyphs[c.unicode()];
        if (glyph == notLookedUp)
            glyph = m_shared.glyph(text.role, c);
        if (glyph == 0) { // needs shaping: none of this text is kept
            ops.resize(start);
            if (!m_deferred)
                return shapedText(text, left, font, texts);
            m_deferred->push_back(text);
            return true;
        }
        for (const char byte : {char(glyph >> 8), char(glyph & 0xff)}) {
            switch (byte) {
            case '(': case ')': case '\\': *at++ = '\\'; *at++ = byte; break;
            case '\r': at = put(at, "\\r"); break; // a reader would take a raw one for a line end
            case '\n': at = put(at, "\\n"); break;
            default: *at++ = byte;
            }
        }
    }
    at = put(at, ") Tj\n");
    ops.resize(size_t(at - ops.data()));
    texts.placed = true;
    texts.x = x;
    texts.y = y;
    return true;
}

void PdfContent::flushTexts(ChartStyle::Text role)
{
    RoleTexts &texts = m_texts[size_t(role)];
    if (texts.ops.empty())
        return;
    const RoleFont &font = this->font(role);
    m_shared.reference(font.pdfFont); // a piece of shaped texts alone draws no glyph of it
    endShapes(); // text is placed in scene units, not from a shape's origin
    setFill(m_style.color(role));
    m_out += "BT\n/F" + std::to_string(font.pdfFont) + ' ';
    m_out << font.pixelSize;
    m_out += "Tf\n";
    m_out += texts.ops;
    m_out += "ET\n";
    texts.ops.clear();
    texts.placed = false;
}

void PdfContent::flushAllTexts()
{
    for (size_t role = 0; role < m_texts.size(); ++role)
        flushTexts(ChartStyle::Text(role));
}

// Text that needs shaping or other fonts: Qt lays it out, the page gets its glyphs one by one, and
// an ActualText says what they read. One thread at a time.
bool PdfContent::shapedText(const ChartScene::Text &text, double left, const RoleFont &roleFont, RoleTexts &texts)
{
    std::string &ops = texts.ops;
    enum class Shaped { Failed, Nothing, Drawn };
    const Shaped shaped = m_shared.withPage([&](PdfPage &page) {
        QTextLayout layout(text.text, m_style.font(text.role));
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        if (!line.isValid())
            return Shaped::Nothing;
        ops += "/Span << /ActualText " + PdfFormat::utf16Hex(text.text).toStdString() + " >> BDC\n";
        const QPointF origin(left, text.anchor.y() - line.ascent());
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const int font = page.font(run.rawFont());
            if (font < 0)
                return Shaped::Failed;
            page.fontAt(font).reference();
            ops += "/F" + std::to_string(font) + ' ';
            ops << run.rawFont().pixelSize();
            ops += "Tf\n";
            const QList<quint32> glyphs = run.glyphIndexes();
            const QList<QPointF> positions = run.positions();
            for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i) {
                page.fontAt(font).use(glyphs[i], {});
                ops += "1 0 0 -1 ";
                ops << origin.x() + positions[i].x() << origin.y() + positions[i].y();
                ops += "Tm <" + QByteArray::number(glyphs[i] & 0xffff, 16).rightJustified(4, '0').toStdString() + "> Tj\n";
            }
        }
        page.fontAt(roleFont.pdfFont).reference(); // named again below
        return Shaped::Drawn;
    });
    if (shaped != Shaped::Drawn)
        return shaped == Shaped::Nothing;
    // Back to the role's own font, placed afresh.
    ops += "EMC\n/F" + std::to_string(roleFont.pdfFont) + ' ';
    ops << roleFont.pixelSize;
    ops += "Tf\n";
    texts.placed = false;
    return true;
}

bool PdfContent::header()
{
    using Kind = ChartScene::LegendSample::Kind;
    for (const ChartScene::LegendSample &sample : m_scene.legend) { // under the texts: the Δ goes on its badge
        if (sample.kind == Kind::Acting)
            shape(sample.rect, 4, m_style.actingFill, Stroke{m_style.actingBorder, ChartStroke::box, true});
        else if (sample.kind == Kind::Changes)
            shape(sample.rect, sample.rect.height() / 2, m_style.changesFill, std::nullopt);
        else if (sample.kind == Kind::Category && sample.category >= 0)
            shape(sample.rect, 4, m_style.categoryFill[size_t(sample.category)],
                  Stroke{m_style.categoryBorder[size_t(sample.category)], ChartStroke::categoryBox, false});
        else if (sample.kind == Kind::Category)
            shape(sample.rect, 4, m_style.boxFill, Stroke{m_style.boxBorder, ChartStroke::box, false});
        else
            lines({&sample.line, 1}, sample.dashed() ? Stroke{m_style.link, ChartStroke::link, true} : Stroke{m_style.connector, ChartStroke::connector, false});
    }
    for (int index : m_scene.headerTexts)
        if (!text(m_scene.texts[size_t(index)]))
            return false;
    return true;
}

void PdfContent::connectors(size_t first, size_t last)
{
    lines(std::span(m_scene.connectors).subspan(first, last - first), {m_style.connector, ChartStroke::connector, false});
}

bool PdfContent::links()
{
    for (const ChartScene::Link &link : m_scene.links) {
        lines({&link.line, 1}, {m_style.link, ChartStroke::link, true});
        shape(link.labelRect, link.labelRect.height() / 2, m_style.linkLabelFill, Stroke{m_style.link, 1, false});
        if (link.labelText >= 0 && !text(m_scene.texts[size_t(link.labelText)]))
            return false;
    }
    return true;
}

// Boxes do not overlap: all their shapes first, then all their texts. Whether a box is acting is
// looked up before the threads start (ChartScene keeps it).
bool PdfContent::boxes(size_t first, size_t last)
{
    const Stroke plain{m_style.boxBorder, ChartStroke::box, false}, acting{m_style.actingBorder, ChartStroke::box, true};
    for (size_t i = first; i < last; ++i) {
        const ChartScene::Box &box = m_scene.boxes[i];
        const bool isActing = m_scene.isActing(int(i));
        if (const int category = m_scene.categoryOf(int(i)); category >= 0) // View > Colour By: a form per colour
            shape(box.rect, m_style.cornerRadius, m_style.categoryFill[size_t(category)],
                  Stroke{m_style.categoryBorder[size_t(category)], ChartStroke::categoryBox, isActing});
        else
            shape(box.rect, m_style.cornerRadius, isActing ? m_style.actingFill : m_style.boxFill, isActing ? acting : plain);
        if (box.changes)
            shape(box.changesRect(), 10, m_style.changesFill, std::nullopt);
        if (box.collapsed && box.badgeWidth > 0) // exports leave out the "−" of expanded boxes
            shape(box.badgeRect(), 10, m_style.badgeFill, std::nullopt);
    }
    for (size_t i = first; i < last; ++i) {
        const bool collapsed = m_scene.boxes[i].collapsed;
        m_scene.makeBoxTexts(int(i), *m_worker.measure, m_worker.texts);
        for (const ChartScene::Text &each : m_worker.texts)
            if ((each.role != ChartStyle::Text::Badge || collapsed) && !text(each))
                return false;
    }
    return true;
}

// The content in pieces: the header, the reporting lines, the links, then the boxes, each a few
// thousand at a time; made on every core and compressed where made.
struct Piece
{
    enum class Kind { Header, Connectors, Links, Boxes } kind;
    size_t first = 0, last = 0;
};

std::vector<Piece> planPieces(const ChartScene &scene)
{
    constexpr size_t linesPerPiece = 65536, boxesPerPiece = 4096; // about a megabyte of operators each
    std::vector<Piece> pieces{{Piece::Kind::Header}};
    for (size_t first = 0; first < scene.connectors.size(); first += linesPerPiece)
        pieces.push_back({Piece::Kind::Connectors, first, std::min(scene.connectors.size(), first + linesPerPiece)});
    pieces.push_back({Piece::Kind::Links});
    for (size_t first = 0; first < scene.boxes.size(); first += boxesPerPiece)
        pieces.push_back({Piece::Kind::Boxes, first, std::min(scene.boxes.size(), first + boxesPerPiece)});
    return pieces;
}

struct MadePiece
{
    QByteArray compressed;
    std::vector<ChartScene::Text> shaped; // drawn on the page's thread, after the piece
    bool ok = true;
};

bool drawPiece(const Piece &piece, PdfContent &content)
{
    switch (piece.kind) {
    case Piece::Kind::Header: return content.header();
    case Piece::Kind::Connectors: content.connectors(piece.first, piece.last); return true;
    case Piece::Kind::Links: return content.links();
    case Piece::Kind::Boxes: return content.boxes(piece.first, piece.last);
    }
    return true;
}

} // namespace

bool writeFittedChartPdf(const ChartScene &scene, const ChartStyle &style, const QPageLayout &page, QIODevice &device)
{
    const QSizeF full = page.fullRectPoints().size();
    PdfPage pdf(full);
    // As paintChartPages() places the chart: centred in the printable area, fitted to it.
    const QRectF printable = page.paintRect(QPageLayout::Point);
    const QSizeF chart(std::max(1.0, scene.bounds.width()), std::max(1.0, scene.bounds.height()));
    const double scale = std::min(printable.width() / chart.width(), printable.height() / chart.height());
    const QPointF origin = printable.center() - QPointF(scene.bounds.width(), scene.bounds.height()) * scale / 2;
    // The one place where hundredths would not do: the scale may be a ten-thousandth.
    QByteArray placement;
    for (double value : {scale, 0.0, 0.0, -scale, origin.x() - scene.bounds.left() * scale, full.height() - origin.y() + scene.bounds.top() * scale})
        placement += QByteArray::number(value, 'f', 10) + ' ';
    pdf.addContent(placement + "cm\n");

    for (size_t i = 0; i < scene.boxes.size(); ++i)
        scene.isActing(int(i)); // kept by the scene: the threads below only read it
    PdfShared shared(style, pdf);
    WorkerPool<PdfWorker> workers([&scene] {
        auto worker = std::make_unique<PdfWorker>();
        worker->measure = scene.separateMeasurers();
        return worker;
    });
    PdfWorker pageThread;
    pageThread.measure = scene.separateMeasurers();
    const std::vector<Piece> pieces = planPieces(scene);
    const bool drawn = makeInOrder<MadePiece>(
        pieces.size(), QThread::idealThreadCount(),
        [&](size_t which, MadePiece &made) {
            std::unique_ptr<PdfWorker> worker = workers.take();
            made.shaped.clear();
            {
                PdfContent content(scene, style, shared, *worker, &made.shaped);
                made.ok = drawPiece(pieces[which], content);
                content.finish();
            }
            made.compressed = made.ok ? PdfPage::compressed(worker->operators) : QByteArray();
            workers.giveBack(std::move(worker));
        },
        [&](MadePiece &made) {
            if (!made.ok)
                return false;
            pdf.addCompressedContent(std::exchange(made.compressed, {}));
            if (made.shaped.empty())
                return true;
            {
                PdfContent content(scene, style, shared, pageThread);
                made.ok = content.texts(made.shaped);
                content.finish();
            }
            pdf.addCompressedContent(PdfPage::compressed(pageThread.operators));
            return made.ok;
        });
    if (!drawn)
        return false;
    pdf.write(device, scene.title, QStringLiteral("Org Chart Explorer")); // a device that failed is told by the caller
    return true;
}
