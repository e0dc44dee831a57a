#include "boxlabels.h"

#include "orgchartmodel.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>

#include <cmath>

namespace {

const QChar ellipsisChar(0x2026);
constexpr qsizetype minimumShown = 2;  // letters of a cut name, else its initials
constexpr qsizetype keptBoxes = 20000; // a long pan across a huge chart starts afresh past this

// Characters that need no shaping: Latin, Greek and Cyrillic without combining marks.
constexpr char16_t unshapedEnd = 0x500;
bool needsNoShaping(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x20 && u < 0x300) || (u >= 0x370 && u < unshapedEnd);
}

// A box at these levels is narrower than a card and shows two lines of 10 px or more at most: no
// more characters than this can show, and a name of 100,000 characters was looked up glyph by
// glyph at every first paint. Longer names are cut here, with "…", before any work.
constexpr qsizetype shownAtMost = 1024;

QString oneLine(QString text)
{
    if (text.size() > shownAtMost)
        text = text.left(text[shownAtMost - 1].isHighSurrogate() ? shownAtMost - 1 : shownAtMost) + ellipsisChar;
    return text.replace(u'\n', u' ').replace(u'\r', u' ').trimmed();
}

} // namespace

QString BoxLabels::initials(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1)
        return words.first().size() <= 3 ? words.first() : words.first().left(1).toUpper(); // "CEO" stays
    QString result = words.first().left(1);
    for (qsizetype i = words.size() - 1; i > 0; --i) // the last word that starts with a letter
        if (words[i].front().isLetter()) {
            result += words[i].front();
            break;
        }
    return result.toUpper();
}

void BoxLabels::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    m_rawFonts.clear();
    m_ellipsis.clear();
    m_charGlyphs.clear();
    m_names.clear();
    m_initials.clear();
}

QFont BoxLabels::fontAt(int pixelSize) const
{
    QFont font = m_font;
    font.setPixelSize(pixelSize);
    return font;
}

const QRawFont &BoxLabels::rawFont(int pixelSize)
{
    auto found = m_rawFonts.find(pixelSize);
    if (found == m_rawFonts.end())
        found = m_rawFonts.insert(pixelSize, QRawFont::fromFont(fontAt(pixelSize)));
    return *found;
}

BoxLabels::CharGlyph BoxLabels::lookUp(const QRawFont &font, QChar c)
{
    CharGlyph found;
    found.known = true;
    int count = 1;
    if (!font.supportsCharacter(c) || !font.glyphIndexesForChars(&c, 1, &found.glyph, &count) || count != 1)
        return {0, 0, true};
    QPointF advance;
    font.advancesForGlyphIndexes(&found.glyph, &advance, 1);
    found.advance = float(advance.x());
    return found;
}

const BoxLabels::CharGlyph &BoxLabels::charGlyph(int pixelSize, QChar c)
{
    auto table = m_charGlyphs.find(pixelSize);
    if (table == m_charGlyphs.end())
        table = m_charGlyphs.insert(pixelSize, std::vector<CharGlyph>(unshapedEnd));
    CharGlyph &glyph = (*table)[c.unicode()];
    if (!glyph.known)
        glyph = lookUp(rawFont(pixelSize), c);
    return glyph;
}

double BoxLabels::ellipsisAdvance(int pixelSize)
{
    auto glyph = m_ellipsis.find(pixelSize);
    if (glyph == m_ellipsis.end())
        glyph = m_ellipsis.insert(pixelSize, lookUp(rawFont(pixelSize), ellipsisChar));
    return glyph->advance;
}

QString boxHeading(const QModelIndex &index)
{
    const QVariant heading = index.data(OrgChartModel::HeadingRole);
    return heading.isValid() ? heading.toString() : index.data(Qt::DisplayRole).toString();
}

const BoxLabels::Glyphs &BoxLabels::glyphsFor(int box, const QModelIndex &index, int pixelSize, Kind kind)
{
    QHash<int, Glyphs> &kept = kind == Kind::Name ? m_names : m_initials;
    auto found = kept.find(box);
    if (found != kept.end() && found->pixelSize == pixelSize)
        return *found;
    if (found == kept.end()) {
        if (kept.size() >= keptBoxes)
            kept.clear();
        found = kept.insert(box, {});
    }
    Glyphs &glyphs = *found;
    glyphs = {};
    glyphs.pixelSize = pixelSize;
    glyphs.text = oneLine(boxHeading(index));
    if (kind == Kind::Initials)
        glyphs.text = initials(glyphs.text);
    // One glyph per character, from a table: no string of glyphs to look up for each box.
    glyphs.glyphs.reserve(glyphs.text.size());
    glyphs.advances.reserve(size_t(glyphs.text.size()));
    for (QChar c : std::as_const(glyphs.text)) {
        const CharGlyph *glyph = needsNoShaping(c) ? &charGlyph(pixelSize, c) : nullptr;
        if (!glyph || glyph->glyph == 0) {
            glyphs.glyphs.clear();
            glyphs.advances.clear();
            return glyphs;
        }
        glyphs.glyphs.push_back(glyph->glyph);
        glyphs.advances.push_back(glyph->advance);
    }
    glyphs.simple = true;
    return glyphs;
}

// The glyphs from `from` to `to`, or as many as fit followed by "…".
BoxLabels::Piece BoxLabels::cut(const Glyphs &glyphs, qsizetype from, qsizetype to, double width, double ellipsis) const
{
    Piece piece{from, from, false, 0};
    double sum = 0, fitting = 0;
    for (qsizetype i = from; i < to; ++i) {
        sum += glyphs.advances[size_t(i)];
        if (sum + ellipsis <= width) {
            piece.to = i + 1;
            fitting = sum;
        }
    }
    if (sum <= width)
        return {from, to, false, sum};
    while (piece.to > from && glyphs.text[piece.to - 1] == u' ') // no "Ada …"
        fitting -= glyphs.advances[size_t(--piece.to)];
    piece.ellipsis = true;
    piece.width = fitting + ellipsis;
    return piece;
}

// One line if the name fits; else two, broken after the last word that fits, if the fit allows.
BoxLabels::Pieces BoxLabels::lines(const Glyphs &glyphs, const ChartDetail::NameFit &fit, double ellipsis) const
{
    const qsizetype size = glyphs.text.size();
    const Piece whole = cut(glyphs, 0, size, fit.width, ellipsis);
    if (!whole.ellipsis || fit.lines < 2)
        return {whole};
    qsizetype space = -1;
    double sum = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (glyphs.text[i] == u' ' && (space < 0 || sum <= fit.width))
            space = i;
        sum += glyphs.advances[size_t(i)];
        if (sum > fit.width && space >= 0)
            break;
    }
    if (space < 0)
        return {whole};
    return {cut(glyphs, 0, space, fit.width, ellipsis), cut(glyphs, space + 1, size, fit.width, ellipsis)};
}

void BoxLabels::place(Frame &frame, const Glyphs &glyphs, const Pieces &pieces, const QRectF &rect, int pixelSize)
{
    auto run = std::find_if(frame.runs.begin(), frame.runs.end(), [&](const Frame::Run &r) { return r.pixelSize == pixelSize; });
    if (run == frame.runs.end()) {
        constexpr qsizetype glyphsOfAFrame = 8192; // a few hundred names: grown once or not at all
        run = frame.runs.insert(frame.runs.end(), Frame::Run{pixelSize, {}, {}});
        run->glyphs.reserve(glyphsOfAFrame);
        run->positions.reserve(glyphsOfAFrame);
    }
    const QRawFont &font = rawFont(pixelSize);
    const int lineHeight = ChartDetail::lineHeight(pixelSize);
    const double top = rect.center().y() - double(lineHeight * int(pieces.size())) / 2;
    // The glyphs' ink, not the line's, centred: ascent and descent differ.
    const double inset = (lineHeight + font.ascent() - font.descent()) / 2;
    for (qsizetype line = 0; line < pieces.size(); ++line) {
        const Piece &piece = pieces[line];
        double x = std::round(rect.center().x() - piece.width / 2);
        const double y = std::round(top + double(lineHeight) * double(line) + inset);
        if (frame.asText) {
            frame.lines.push_back({pixelSize, QPointF(x, y), glyphs.text.mid(piece.from, piece.to - piece.from) + (piece.ellipsis ? QString(ellipsisChar) : QString())});
            continue;
        }
        for (qsizetype i = piece.from; i < piece.to; ++i) {
            run->glyphs.push_back(glyphs.glyphs[i]);
            run->positions.push_back(QPointF(x, y));
            x += glyphs.advances[size_t(i)];
        }
        if (piece.ellipsis) {
            run->glyphs.push_back(m_ellipsis.value(pixelSize).glyph);
            run->positions.push_back(QPointF(x, y));
        }
    }
}

void BoxLabels::add(Frame &frame, int box, const QModelIndex &index, const QRectF &rect, const ChartDetail::NameFit &fit, Kind kind)
{
    const Glyphs &glyphs = glyphsFor(box, index, fit.pixelSize, kind);
    if (glyphs.text.isEmpty())
        return;
    if (!glyphs.simple) { // rare: one line, cut by Qt, kept for this width
        Glyphs &kept = (kind == Kind::Name ? m_names : m_initials)[box];
        const QFontMetricsF metrics(fontAt(fit.pixelSize));
        if (kept.shownWidth != int(fit.width)) {
            kept.shown = metrics.elidedText(kept.text, Qt::ElideRight, fit.width);
            kept.shownWidth = int(fit.width);
        }
        const double y = std::round(rect.center().y() + (metrics.ascent() - metrics.descent()) / 2);
        frame.lines.push_back({fit.pixelSize, QPointF(std::round(rect.center().x() - metrics.horizontalAdvance(kept.shown) / 2), y), kept.shown});
        return;
    }
    const double ellipsis = ellipsisAdvance(fit.pixelSize);
    if (kind == Kind::Initials) {
        place(frame, glyphs, {cut(glyphs, 0, glyphs.text.size(), 1e9, 0)}, rect, fit.pixelSize);
        return;
    }
    const Pieces pieces = lines(glyphs, fit, ellipsis);
    if (pieces.front().ellipsis && pieces.front().to - pieces.front().from < minimumShown) // "AL" says more than "A…"
        add(frame, box, index, rect, fit, Kind::Initials);
    else
        place(frame, glyphs, pieces, rect, fit.pixelSize);
}

void BoxLabels::draw(QPainter &painter, const Frame &frame, const QColor &color)
{
    painter.setPen(color);
    for (const Frame::Run &run : frame.runs) {
        if (run.glyphs.isEmpty())
            continue;
        QGlyphRun glyphs;
        glyphs.setRawFont(rawFont(run.pixelSize));
        glyphs.setGlyphIndexes(run.glyphs);
        glyphs.setPositions(run.positions);
        painter.drawGlyphRun(QPointF(0, 0), glyphs);
    }
    for (const Frame::Line &line : frame.lines) {
        painter.setFont(fontAt(line.pixelSize));
        painter.drawText(line.baseline, line.text);
    }
}
