#pragma once

#include "chartdetail.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QPointF>
#include <QRawFont>
#include <QRectF>
#include <QVarLengthArray>

#include <vector>

class QPainter;

// The name a box shows first: OrgChartModel's heading, else the item's display text, so that any
// tree model's people are drawn with their names.
QString boxHeading(const QModelIndex &index);

// Names and initials of boxes drawn at a pixel size of their own, for zooms at which a card would be
// unreadable. A box's glyphs and their advances are looked up once per pixel size and kept (up to a
// bound), so that a frame only places them: cutting a name to a box's width is a walk over numbers.
// The glyphs of a frame are drawn together, in one call per pixel size.
class BoxLabels
{
public:
    enum class Kind { Name, Initials };

    // What one frame draws, gathered by add() and drawn by draw().
    struct Frame
    {
        struct Run
        {
            int pixelSize = 0;
            QList<quint32> glyphs;
            QList<QPointF> positions;
        };
        struct Line
        {
            int pixelSize = 0;
            QPointF baseline; // the start
            QString text;
        };
        bool asText = false;     // every line as text, for paint devices that keep text (pictures, SVG, PDF)
        std::vector<Run> runs;
        std::vector<Line> lines; // text that needs shaping or other fonts, or all if asText
    };

    // Puts the box's name or initials in `rect` (device pixels) at the fit: centred, cut to fit.
    void add(Frame &frame, int box, const QModelIndex &index, const QRectF &rect, const ChartDetail::NameFit &fit, Kind kind);
    void draw(QPainter &painter, const Frame &frame, const QColor &color);
    void setFont(const QFont &font); // before add(); forgets everything kept if the font differs

    static QString initials(const QString &name); // "AL" for "Ada Lovelace"

private:
    struct Glyphs
    {
        int pixelSize = 0;
        bool simple = false;           // one glyph per character, all from the font itself
        QString text;                  // the name, on one line
        QList<quint32> glyphs;
        std::vector<float> advances;
        QString shown;                 // text that is not simple, cut to shownWidth
        int shownWidth = -1;
    };
    struct Piece
    {
        qsizetype from = 0, to = 0;
        bool ellipsis = false;
        double width = 0;
    };

    // A character's glyph in the font (0 if none) and its advance, looked up once per pixel size.
    struct CharGlyph
    {
        quint32 glyph = 0;
        float advance = 0;
        bool known = false;
    };

    const Glyphs &glyphsFor(int box, const QModelIndex &index, int pixelSize, Kind kind);
    const CharGlyph &charGlyph(int pixelSize, QChar c);
    static CharGlyph lookUp(const QRawFont &font, QChar c);
    const QRawFont &rawFont(int pixelSize);
    QFont fontAt(int pixelSize) const;
    double ellipsisAdvance(int pixelSize);
    Piece cut(const Glyphs &glyphs, qsizetype from, qsizetype to, double width, double ellipsis) const;
    using Pieces = QVarLengthArray<Piece, 2>; // a name's lines: one or two, no allocation
    Pieces lines(const Glyphs &glyphs, const ChartDetail::NameFit &fit, double ellipsis) const;
    void place(Frame &frame, const Glyphs &glyphs, const Pieces &pieces, const QRectF &rect, int pixelSize);

    QFont m_font;
    QHash<int, QRawFont> m_rawFonts;   // by pixel size: a handful
    QHash<int, CharGlyph> m_ellipsis;  // "…" by pixel size
    QHash<int, std::vector<CharGlyph>> m_charGlyphs; // by pixel size, for the characters that need no shaping
    QHash<int, Glyphs> m_names;        // by box, at the pixel size last asked for
    QHash<int, Glyphs> m_initials;
};
