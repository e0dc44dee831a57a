#pragma once

#include "chartstyle.h"

#include <QMutex>
#include <QRectF>
#include <QRawFont>

#include <array>
#include <optional>
#include <vector>

class PdfPage;

namespace PdfText {
constexpr quint32 notLookedUp = ~0u;
constexpr int roleCount = 8; // ChartStyle::Text's
}

// A text role's font as the page has it. Made with the PdfShared and only read after, but for the
// glyphs, which its lock guards.
struct RoleFont
{
    QRawFont raw;
    int pdfFont = -1;
    double pixelSize = 0;
    // By character: its glyph, 0 if none in this font (the text needs Qt's shaping), or not yet
    // looked up. A table, not a hash: a million boxes look up 25 million characters.
    std::vector<quint32> glyphs = std::vector<quint32>(65536, PdfText::notLookedUp);
};

// What the pieces of the content share: the page's fonts and forms. Pieces are made on several
// threads at once; each looks these up here, under the lock, once per character or look it meets.
class PdfShared
{
public:
    // Every role's font is made here, on this thread: a QRawFont's font engine belongs to the
    // thread that made it and goes with it.
    PdfShared(const ChartStyle &style, PdfPage &page);

    const RoleFont &font(ChartStyle::Text role)
    {
        const QMutexLocker lock(&m_mutex);
        return roleFont(role);
    }
    // The glyph of `c` in the role's font, 0 if Qt must shape it; the page's font notes it as used.
    quint32 glyph(ChartStyle::Text role, QChar c);
    int form(const QByteArray &key, const QRectF &box, const QByteArray &content);
    // Notes that the content names this font: it is then written, even without a glyph drawn.
    void reference(int pdfFont);
    // Qt's text layout and the page's fonts, for the rare text that needs shaping: on the thread
    // that made the PdfShared, as the fonts it adds must outlive the work.
    template<typename Work>
    auto withPage(const Work &work)
    {
        const QMutexLocker lock(&m_mutex);
        return work(m_page);
    }

private:
    RoleFont &roleFont(ChartStyle::Text role);

    const ChartStyle &m_style;
    PdfPage &m_page;
    QMutex m_mutex;
    std::array<std::optional<RoleFont>, PdfText::roleCount> m_roleFonts;
};

