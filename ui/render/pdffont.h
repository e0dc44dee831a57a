#pragma once

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QString>

#include <cmath>
#include <map>

// One object of a PDF file. A stream's dictionary is written with its /Length and /Filter added.
struct PdfObject
{
    QByteArray dictionary; // "<< ... >>" or, for a stream, the entries alone
    QByteArray stream;
    bool isStream = false;
};

// A TrueType font as a PDF writes it: the glyphs a page used, embedded as a subset with their
// widths, and what characters they stand for, so that readers can copy and search the text.
class PdfFont
{
public:
    explicit PdfFont(const QRawFont &font);

    // False if the font has no TrueType outlines to embed (a CFF font): the caller draws otherwise.
    bool embeddable() const { return m_embeddable; }
    // Notes a glyph as used; `text` is what it stands for, or empty when an ActualText says it.
    void use(quint32 glyph, QStringView text);
    // Notes that the content names the font ("/F<n> … Tf"), whatever glyphs it draws.
    void reference() { m_referenced = true; }
    // Whether the file needs it: named by the content, or drawn with. Others are left out.
    bool needed() const { return m_referenced || m_used.size() > 1; }

    // The objects from `first` on: Type0 font (first), CID font, descriptor, font file, ToUnicode.
    static constexpr int objectCount = 5;
    QList<PdfObject> objects(int first, const QByteArray &subsetTag) const;

private:
    QByteArray fontFile() const;
    QByteArray widths() const;
    QByteArray toUnicode() const;
    QByteArray baseName(const QByteArray &subsetTag) const;

    QRawFont m_font; // at the em size, so that advances are in font units
    bool m_embeddable = false;
    std::map<quint32, QString> m_used; // glyph: its characters (maybe none)
    bool m_referenced = false;
};

// PDF's compact forms of numbers and strings.
namespace PdfFormat {
char *writeHundredths(char *out, qint64 hundredths); // room for 24 bytes; returns the text's end
// Up to two decimals, no exponent; into a QByteArray or a std::string.
template<typename Bytes>
void appendHundredths(Bytes &out, qint64 hundredths)
{
    char text[24];
    out.append(text, writeHundredths(text, hundredths) - text);
}
template<typename Bytes>
void appendNumber(Bytes &out, double value)
{
    // Hundredths: a scene unit is a fraction of a point on a page, and a reader zooms far in.
    appendHundredths(out, std::llround(value * 100));
}
QByteArray utf16Hex(QStringView text);            // <FEFF...>, for ActualText
}
