#include "pdfshared.h"

#include "pdfpage.h"

PdfShared::PdfShared(const ChartStyle &style, PdfPage &page) : m_style(style), m_page(page)
{
    for (int role = 0; role < PdfText::roleCount; ++role)
        roleFont(ChartStyle::Text(role));
}

quint32 PdfShared::glyph(ChartStyle::Text role, QChar c)
{
    const QMutexLocker lock(&m_mutex);
    RoleFont &font = roleFont(role);
    quint32 &glyph = font.glyphs[c.unicode()];
    if (glyph == PdfText::notLookedUp) {
        int count = 1;
        // One glyph per character, from the font itself: else Qt shapes the text.
        if (!c.isSurrogate() && !c.isMark() && font.raw.supportsCharacter(c) && font.raw.glyphIndexesForChars(&c, 1, &glyph, &count)
            && count == 1 && glyph != 0 && glyph <= 0xffff)
            m_page.fontAt(font.pdfFont).use(glyph, QStringView(&c, 1));
        else
            glyph = 0;
    }
    return glyph;
}

int PdfShared::form(const QByteArray &key, const QRectF &box, const QByteArray &content)
{
    const QMutexLocker lock(&m_mutex);
    return m_page.form(key, box, content);
}

void PdfShared::reference(int pdfFont)
{
    const QMutexLocker lock(&m_mutex);
    m_page.fontAt(pdfFont).reference();
}

RoleFont &PdfShared::roleFont(ChartStyle::Text role)
{
    std::optional<RoleFont> &font = m_roleFonts[size_t(role)];
    if (!font) {
        font.emplace();
        font->raw = QRawFont::fromFont(m_style.font(role));
        font->pdfFont = font->raw.isValid() ? m_page.font(font->raw) : -1;
        font->pixelSize = font->raw.pixelSize();
    }
    return *font;
}
