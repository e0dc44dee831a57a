#include "pdffont.h"

#include <QtEndian>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <set>

namespace {

quint16 u16(const QByteArray &data, qsizetype at)
{
    return at + 2 <= data.size() ? qFromBigEndian<quint16>(data.constData() + at) : 0;
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return at + 4 <= data.size() ? qFromBigEndian<quint32>(data.constData() + at) : 0;
}

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8)).append(char(value & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value >> 16));
    put16(out, quint16(value & 0xffff));
}

quint32 checksum(const QByteArray &table)
{
    quint32 sum = 0;
    for (qsizetype at = 0; at < table.size(); at += 4) {
        quint32 word = 0;
        for (int i = 0; i < 4; ++i)
            word = (word << 8) | quint8(at + i < table.size() ? table[at + i] : 0);
        sum += word;
    }
    return sum;
}

// The glyphs a composite glyph is made of.
void addComponents(const QByteArray &glyph, std::vector<quint32> &pending)
{
    if (glyph.size() < 10 || qint16(u16(glyph, 0)) >= 0)
        return;
    qsizetype at = 10;
    for (;;) {
        const quint16 flags = u16(glyph, at);
        pending.push_back(u16(glyph, at + 2));
        at += 4 + ((flags & 0x1) ? 4 : 2);
        if (flags & 0x8)
            at += 2;
        else if (flags & 0x40)
            at += 4;
        else if (flags & 0x80)
            at += 8;
        if (!(flags & 0x20) || at >= glyph.size())
            return;
    }
}

} // namespace

char *PdfFormat::writeHundredths(char *out, qint64 hundredths)
{
    // The whole part by std::to_chars, two digits at a time: a million boxes write some 30 million numbers.
    if (hundredths < 0)
        *out++ = '-';
    const quint64 magnitude = hundredths < 0 ? 0 - quint64(hundredths) : quint64(hundredths);
    out = std::to_chars(out, out + 20, magnitude / 100).ptr;
    if (const int fraction = int(magnitude % 100)) {
        *out++ = '.';
        *out++ = char('0' + fraction / 10);
        if (fraction % 10)
            *out++ = char('0' + fraction % 10);
    }
    return out;
}

QByteArray PdfFormat::utf16Hex(QStringView text)
{
    QByteArray hex("<FEFF");
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

PdfFont::PdfFont(const QRawFont &font)
    : m_font(font)
{
    m_font.setPixelSize(font.unitsPerEm());
    // A "head" table is 54 bytes: shorter, the font is not one to embed (its offsets are read below).
    m_embeddable = !m_font.fontTable("glyf").isEmpty() && !m_font.fontTable("loca").isEmpty() && m_font.fontTable("head").size() >= 54;
    m_used.emplace(0, QString()); // .notdef, which every TrueType font needs
}

void PdfFont::use(quint32 glyph, QStringView text)
{
    auto [at, added] = m_used.emplace(glyph, text.toString());
    if (!added && at->second.isEmpty() && !text.isEmpty())
        at->second = text.toString();
}

// The font with every unused glyph emptied: the tables a PDF reader needs, glyph numbers unchanged.
QByteArray PdfFont::fontFile() const
{
    QByteArray head = m_font.fontTable("head");
    const QByteArray loca = m_font.fontTable("loca"), glyf = m_font.fontTable("glyf");
    const bool longOffsets = u16(head, 50) == 1;
    const int glyphCount = u16(m_font.fontTable("maxp"), 4);
    const auto offset = [&](quint32 glyph) { return longOffsets ? u32(loca, glyph * 4) : quint32(u16(loca, glyph * 2)) * 2; };
    std::set<quint32> kept;
    std::vector<quint32> pending;
    for (const auto &used : m_used)
        pending.push_back(used.first);
    while (!pending.empty()) {
        const quint32 glyph = pending.back();
        pending.pop_back();
        if (int(glyph) < glyphCount && kept.insert(glyph).second)
            addComponents(glyf.mid(offset(glyph), offset(glyph + 1) - offset(glyph)), pending);
    }
    QByteArray newGlyf, newLoca;
    for (int glyph = 0; glyph < glyphCount; ++glyph) {
        put32(newLoca, quint32(newGlyf.size()));
        if (kept.count(quint32(glyph))) {
            newGlyf += glyf.mid(offset(glyph), offset(glyph + 1) - offset(glyph));
            while (newGlyf.size() % 4)
                newGlyf.append('\0');
        }
    }
    put32(newLoca, quint32(newGlyf.size()));
    head.replace(8, 4, QByteArray(4, '\0')); // checkSumAdjustment: left out, readers do not check it
    head[50] = 0;
    head[51] = 1; // long offsets in loca

    std::vector<std::pair<QByteArray, QByteArray>> tables; // in tag order
    for (const char *tag : {"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"}) {
        const QByteArray name(tag);
        const QByteArray data = name == "glyf" ? newGlyf : name == "loca" ? newLoca : name == "head" ? head : m_font.fontTable(tag);
        if (!data.isEmpty())
            tables.emplace_back(name, data);
    }
    QByteArray file;
    const auto count = quint16(tables.size());
    quint16 power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    put32(file, 0x00010000);
    put16(file, count);
    put16(file, quint16(power * 16));
    put16(file, log2);
    put16(file, quint16(count * 16 - power * 16));
    quint32 at = 12 + 16 * quint32(count);
    for (const auto &[tag, data] : tables) {
        file += tag;
        put32(file, checksum(data));
        put32(file, at);
        put32(file, quint32(data.size()));
        at += quint32((data.size() + 3) / 4 * 4);
    }
    for (const auto &[tag, data] : tables) {
        file += data;
        while (file.size() % 4)
            file.append('\0');
    }
    return file;
}

// /W: each used glyph's advance in thousandths of an em.
QByteArray PdfFont::widths() const
{
    QByteArray out("[");
    for (const auto &used : m_used) {
        const quint32 glyph = used.first;
        QPointF advance;
        m_font.advancesForGlyphIndexes(&glyph, &advance, 1, QRawFont::UseDesignMetrics);
        out += QByteArray::number(glyph) + " [";
        PdfFormat::appendNumber(out, advance.x() * 1000 / m_font.unitsPerEm());
        out += "] ";
    }
    return out + ']';
}

QByteArray PdfFont::toUnicode() const
{
    std::vector<std::pair<quint32, QString>> mapped;
    for (const auto &used : m_used)
        if (!used.second.isEmpty())
            mapped.emplace_back(used.first, used.second);
    QByteArray out("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                   "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                   "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (size_t from = 0; from < mapped.size(); from += 100) {
        const size_t to = std::min(mapped.size(), from + 100);
        out += QByteArray::number(qulonglong(to - from)) + " beginbfchar\n";
        for (size_t i = from; i < to; ++i) {
            out += '<' + QByteArray::number(mapped[i].first, 16).rightJustified(4, '0').toUpper() + "> ";
            out += PdfFormat::utf16Hex(mapped[i].second).replace("<FEFF", "<") + '\n';
        }
        out += "endbfchar\n";
    }
    return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

QByteArray PdfFont::baseName(const QByteArray &subsetTag) const
{
    QByteArray name = subsetTag + '+';
    for (QChar c : QString(m_font.familyName() + QLatin1Char('-') + m_font.styleName()))
        if (c.unicode() > 32 && c.unicode() < 127 && !std::strchr("()<>[]{}/%#", char(c.unicode())))
            name += char(c.unicode());
    return name;
}

QList<PdfObject> PdfFont::objects(int first, const QByteArray &subsetTag) const
{
    const QByteArray name = baseName(subsetTag);
    const auto ref = [&](int offset) -> QByteArray { return QByteArray::number(first + offset) + " 0 R"; };
    const double em = 1000.0 / m_font.unitsPerEm();
    const QByteArray head = m_font.fontTable("head");
    QByteArray box;
    for (int i = 0; i < 4; ++i) {
        PdfFormat::appendNumber(box, qint16(u16(head, 36 + 2 * i)) * em);
        box += ' ';
    }
    QByteArray descriptor = "<< /Type /FontDescriptor /FontName /" + name + " /Flags 32 /FontBBox [" + box.trimmed() + "] /ItalicAngle 0";
    const auto metric = [&](const char *key, double value) {
        descriptor += key;
        PdfFormat::appendNumber(descriptor, value * em);
    };
    metric(" /Ascent ", m_font.ascent());
    metric(" /Descent ", -m_font.descent());
    metric(" /CapHeight ", m_font.capHeight());
    descriptor += " /StemV 80 /FontFile2 " + ref(3) + " >>";
    const QByteArray file = fontFile();
    return {
        {"<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts [" + ref(1) + "] /ToUnicode "
             + ref(4) + " >>",
         {}, false},
        {"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name
             + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " + ref(2)
             + " /CIDToGIDMap /Identity /W " + widths() + " >>",
         {}, false},
        {descriptor, {}, false},
        {"/Length1 " + QByteArray::number(file.size()), file, true},
        {{}, toUnicode(), true},
    };
}
