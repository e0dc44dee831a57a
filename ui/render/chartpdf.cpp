#include "chartpdf.h"

#include "chartpainter.h"
#include "pdfpage.h"

#include <QTextLayout>
#include <QVarLengthArray>

#include <array>
#include <cmath>

namespace {

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

// A text's font as the page has it: its glyphs by character, looked up once.
struct RoleFont
{
    QRawFont raw;
    int pdfFont = -1;
    // By character: its glyph, 0 if none in this font (the text needs Qt's shaping), or not yet
    // looked up. A table, not a hash: a million boxes look up 25 million characters.
    static constexpr quint32 notLookedUp = ~0u;
    std::vector<quint32> glyphs = std::vector<quint32>(65536, notLookedUp);
    // The role's texts not yet on the page, each placed from the one before (hundredths of a
    // unit): texts do not overlap, so each role's go together, its font and colour set once.
    QByteArray ops;
    bool placed = false;
    qint64 x = 0, y = 0;
};

class ChartPdf
{
public:
    ChartPdf(const ChartScene &scene, const ChartStyle &style, PdfPage &page)
        : m_scene(scene), m_style(style), m_page(page)
    {
    }

    bool draw();

private:
    void setFill(const QColor &color);
    void setStroke(const Stroke &stroke);
    void roundedRect(QByteArray &out, const QRectF &rect, double radius) const;
    void shape(const QRectF &rect, double radius, const QColor &fill, const std::optional<Stroke> &stroke);
    void lines(const std::vector<QLineF> &lines, const Stroke &stroke);
    bool text(const ChartScene::Text &text);
    bool shapedText(const ChartScene::Text &text, double left, RoleFont &font);
    void flushTexts(ChartStyle::Text role);
    void flushAllTexts();
    void beginShapes();
    void endShapes();
    RoleFont &roleFont(ChartStyle::Text role);
    void boxShapes();
    bool boxTexts();
    bool header();
    bool links();

    const ChartScene &m_scene;
    const ChartStyle &m_style;
    PdfPage &m_page;
    QColor m_fill;
    std::optional<Stroke> m_stroke;
    bool m_inShapes = false; // in a "q" whose origin moves from shape to shape
    qint64 m_originX = 0, m_originY = 0; // hundredths
    std::array<std::optional<RoleFont>, 8> m_roleFonts;
    QHash<QRgb, QByteArray> m_colors;
    QHash<FormKey, int> m_forms;
};

QByteArray colorOperands(const QColor &color)
{
    QByteArray out;
    for (int part : {color.red(), color.green(), color.blue()})
        out += QByteArray::number(part / 255.0, 'f', 3) + ' ';
    return out;
}

void ChartPdf::setFill(const QColor &color)
{
    if (color == m_fill)
        return;
    m_fill = color;
    auto found = m_colors.find(color.rgb());
    if (found == m_colors.end())
        found = m_colors.insert(color.rgb(), colorOperands(color));
    m_page.content() += *found + "rg\n";
}

void ChartPdf::setStroke(const Stroke &stroke)
{
    if (m_stroke == stroke)
        return;
    m_stroke = stroke;
    m_page.content() += colorOperands(stroke.color) + "RG ";
    m_page.number(stroke.width) << "w 0 J 2 j " << (stroke.dashed ? "[7 5] 0 d\n" : "[] 0 d\n");
}

// QPainter's rounded rectangle: quarter circles as Béziers (see qt_find_ellipse_coords).
void ChartPdf::roundedRect(QByteArray &out, const QRectF &rect, double radius) const
{
    radius = std::min({radius, rect.width() / 2, rect.height() / 2});
    const double k = radius * (1 - 0.55228475);
    const double l = rect.left(), t = rect.top(), r = rect.right(), b = rect.bottom();
    const auto put = [&](std::initializer_list<double> values, const char *op) {
        for (double value : values) {
            PdfFormat::appendNumber(out, value);
            out += ' ';
        }
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
void ChartPdf::shape(const QRectF &rect, double radius, const QColor &fill, const std::optional<Stroke> &stroke)
{
    const FormKey key{rect.width(), rect.height(), radius, fill.rgb(), stroke ? stroke->color.rgb() : 0, stroke ? stroke->width : -1,
                      stroke && stroke->dashed};
    auto found = m_forms.find(key);
    if (found == m_forms.end()) {
        QByteArray form = colorOperands(fill) + "rg ";
        if (stroke) {
            form += colorOperands(stroke->color) + "RG ";
            PdfFormat::appendNumber(form, stroke->width);
            form += stroke->dashed ? " w 0 J 2 j [7 5] 0 d " : " w 0 J 2 j [] 0 d ";
        }
        const QRectF local(QPointF(0, 0), rect.size());
        roundedRect(form, local, radius);
        form += stroke ? "B*" : "f*";
        const double reach = stroke ? stroke->width : 0;
        found = m_forms.insert(key, m_page.form(form, local.adjusted(-reach, -reach, reach, reach), form));
    }
    beginShapes();
    if (*found < 0) { // too many looks for forms: in place
        setFill(fill);
        if (stroke)
            setStroke(*stroke);
        roundedRect(m_page.content(), rect.translated(-m_originX / 100.0, -m_originY / 100.0), radius);
        m_page << (stroke ? "B*\n" : "f*\n");
        return;
    }
    // The origin moves by whole hundredths, so that a million moves add up to no drift.
    const qint64 dx = std::llround(rect.left() * 100) - m_originX, dy = std::llround(rect.top() * 100) - m_originY;
    m_originX += dx;
    m_originY += dy;
    m_page << "1 0 0 1 ";
    PdfFormat::appendHundredths(m_page.content(), dx);
    m_page << " ";
    PdfFormat::appendHundredths(m_page.content(), dy);
    m_page << " cm /X";
    m_page.content() += QByteArray::number(*found) + " Do\n";
}

void ChartPdf::beginShapes()
{
    if (m_inShapes)
        return;
    m_page << "q\n";
    m_inShapes = true;
}

void ChartPdf::endShapes()
{
    if (!m_inShapes)
        return;
    m_page << "Q\n";
    m_inShapes = false;
    m_originX = m_originY = 0;
    m_fill = QColor(); // the colours and pen set since "q" are gone
    m_stroke.reset();
}

void ChartPdf::lines(const std::vector<QLineF> &lines, const Stroke &stroke)
{
    if (lines.empty())
        return;
    beginShapes();
    setStroke(stroke);
    const QPointF origin(m_originX / 100.0, m_originY / 100.0);
    for (const QLineF &each : lines) {
        const QLineF line = each.translated(-origin);
        m_page.number(line.x1()).number(line.y1()) << "m ";
        m_page.number(line.x2()).number(line.y2()) << "l\n";
        m_page.compressSome();
    }
    m_page << "S\n";
}

RoleFont &ChartPdf::roleFont(ChartStyle::Text role)
{
    std::optional<RoleFont> &font = m_roleFonts[size_t(role)];
    if (!font) {
        font.emplace();
        font->raw = QRawFont::fromFont(m_style.font(role));
        font->pdfFont = font->raw.isValid() ? m_page.font(font->raw) : -1;
    }
    return *font;
}

bool ChartPdf::text(const ChartScene::Text &text)
{
    const double left = text.centred ? text.anchor.x() - text.width / 2 : text.anchor.x();
    RoleFont &font = roleFont(text.role);
    if (font.pdfFont < 0)
        return false;
    // Two bytes a glyph in a literal string: half of the hexadecimal digits to write and compress.
    QVarLengthArray<char, 256> glyphs;
    glyphs.append('(');
    for (QChar c : text.text) {
        quint32 &glyph = font.glyphs[c.unicode()];
        if (glyph == RoleFont::notLookedUp) {
            int count = 1;
            // One glyph per character, from the font itself: else Qt shapes the text.
            if (!c.isSurrogate() && !c.isMark() && font.raw.supportsCharacter(c) && font.raw.glyphIndexesForChars(&c, 1, &glyph, &count)
                && count == 1 && glyph != 0 && glyph <= 0xffff)
                m_page.fontAt(font.pdfFont).use(glyph, QStringView(&c, 1));
            else
                glyph = 0;
        }
        if (glyph == 0)
            return shapedText(text, left, font);
        for (const char byte : {char(glyph >> 8), char(glyph & 0xff)}) {
            switch (byte) {
            case '(': case ')': case '\\': glyphs.append('\\'); glyphs.append(byte); break;
            case '\r': glyphs.append("\\r", 2); break; // a reader would take a raw one for a line end
            case '\n': glyphs.append("\\n", 2); break;
            default: glyphs.append(byte);
            }
        }
    }
    glyphs.append(") Tj\n", 5);
    const qint64 x = std::llround(left * 100), y = std::llround(text.anchor.y() * 100);
    if (!font.placed) {
        font.ops += "1 0 0 -1 ";
        PdfFormat::appendHundredths(font.ops, x);
        font.ops += ' ';
        PdfFormat::appendHundredths(font.ops, y);
        font.ops += " Tm ";
        font.placed = true;
    } else { // text space is upside down
        PdfFormat::appendHundredths(font.ops, x - font.x);
        font.ops += ' ';
        PdfFormat::appendHundredths(font.ops, font.y - y);
        font.ops += " Td ";
    }
    font.x = x;
    font.y = y;
    font.ops.append(glyphs.constData(), glyphs.size());
    if (font.ops.size() > (1 << 20))
        flushTexts(text.role);
    return true;
}

void ChartPdf::flushTexts(ChartStyle::Text role)
{
    std::optional<RoleFont> &font = m_roleFonts[size_t(role)];
    if (!font || font->ops.isEmpty())
        return;
    endShapes(); // text is placed in scene units, not from a shape's origin
    setFill(m_style.color(role));
    m_page << "BT\n/F";
    m_page.content() += QByteArray::number(font->pdfFont) + ' ';
    m_page.number(font->raw.pixelSize()) << "Tf\n";
    m_page.content() += font->ops;
    m_page << "ET\n";
    font->ops.clear();
    font->placed = false;
    m_page.compressSome();
}

void ChartPdf::flushAllTexts()
{
    for (size_t role = 0; role < m_roleFonts.size(); ++role)
        flushTexts(ChartStyle::Text(role));
}

// Text that needs shaping or other fonts: Qt lays it out, the page gets its glyphs one by one, and
// an ActualText says what they read.
bool ChartPdf::shapedText(const ChartScene::Text &text, double left, RoleFont &roleFont)
{
    QTextLayout layout(text.text, m_style.font(text.role));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return true;
    QByteArray &ops = roleFont.ops;
    ops += "/Span << /ActualText " + PdfFormat::utf16Hex(text.text) + " >> BDC\n";
    const QPointF origin(left, text.anchor.y() - line.ascent());
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const int font = m_page.font(run.rawFont());
        if (font < 0)
            return false;
        ops += "/F" + QByteArray::number(font) + ' ';
        PdfFormat::appendNumber(ops, run.rawFont().pixelSize());
        ops += " Tf\n";
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i) {
            m_page.fontAt(font).use(glyphs[i], {});
            ops += "1 0 0 -1 ";
            PdfFormat::appendNumber(ops, origin.x() + positions[i].x());
            ops += ' ';
            PdfFormat::appendNumber(ops, origin.y() + positions[i].y());
            ops += " Tm <" + QByteArray::number(glyphs[i] & 0xffff, 16).rightJustified(4, '0') + "> Tj\n";
        }
    }
    // Back to the role's own font, placed afresh.
    ops += "EMC\n/F" + QByteArray::number(roleFont.pdfFont) + ' ';
    PdfFormat::appendNumber(ops, roleFont.raw.pixelSize());
    ops += " Tf\n";
    roleFont.placed = false;
    return true;
}

bool ChartPdf::header()
{
    using Kind = ChartScene::LegendSample::Kind;
    for (const ChartScene::LegendSample &sample : m_scene.legend) { // under the texts: the Δ goes on its badge
        if (sample.kind == Kind::Acting)
            shape(sample.rect, 4, m_style.actingFill, Stroke{m_style.actingBorder, ChartStroke::box, true});
        else if (sample.kind == Kind::Changes)
            shape(sample.rect, sample.rect.height() / 2, m_style.changesFill, std::nullopt);
        else
            lines({sample.line}, sample.dashed() ? Stroke{m_style.link, ChartStroke::link, true} : Stroke{m_style.connector, ChartStroke::connector, false});
    }
    for (int index : m_scene.headerTexts)
        if (!text(m_scene.texts[size_t(index)]))
            return false;
    return true;
}

bool ChartPdf::links()
{
    for (const ChartScene::Link &link : m_scene.links) {
        lines({link.line}, {m_style.link, ChartStroke::link, true});
        shape(link.labelRect, link.labelRect.height() / 2, m_style.linkLabelFill, Stroke{m_style.link, 1, false});
        if (link.labelText >= 0 && !text(m_scene.texts[size_t(link.labelText)]))
            return false;
    }
    return true;
}

// Boxes do not overlap: all their shapes first, then all their texts.
void ChartPdf::boxShapes()
{
    const Stroke plain{m_style.boxBorder, ChartStroke::box, false}, acting{m_style.actingBorder, ChartStroke::box, true};
    for (size_t i = 0; i < m_scene.boxes.size(); ++i) {
        const ChartScene::Box &box = m_scene.boxes[i];
        const bool isActing = m_scene.isActing(int(i));
        shape(box.rect, m_style.cornerRadius, isActing ? m_style.actingFill : m_style.boxFill, isActing ? acting : plain);
        if (box.changes)
            shape(box.changesRect(), 10, m_style.changesFill, std::nullopt);
        if (box.collapsed && box.badgeWidth > 0) // exports leave out the "−" of expanded boxes
            shape(box.badgeRect(), 10, m_style.badgeFill, std::nullopt);
        m_page.compressSome();
    }
}

bool ChartPdf::boxTexts()
{
    for (size_t i = 0; i < m_scene.boxes.size(); ++i) {
        const bool collapsed = m_scene.boxes[i].collapsed;
        for (const ChartScene::Text &each : m_scene.makeBoxTexts(int(i)))
            if ((each.role != ChartStyle::Text::Badge || collapsed) && !text(each))
                return false;
        m_page.compressSome();
    }
    return true;
}

bool ChartPdf::draw()
{
    if (!header())
        return false;
    lines(m_scene.connectors, {m_style.connector, ChartStroke::connector, false});
    if (!links())
        return false;
    boxShapes();
    if (!boxTexts())
        return false;
    flushAllTexts(); // every text above every shape, as no text is under another box
    endShapes();
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
    for (double value : {scale, 0.0, 0.0, -scale, origin.x() - scene.bounds.left() * scale, full.height() - origin.y() + scene.bounds.top() * scale})
        pdf.content() += QByteArray::number(value, 'f', 10) + ' ';
    pdf << "cm\n";
    ChartPdf chartPdf(scene, style, pdf);
    if (!chartPdf.draw())
        return false;
    pdf.write(device, scene.title, QStringLiteral("Org Chart Explorer")); // a device that failed is told by the caller
    return true;
}
