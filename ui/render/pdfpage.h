#pragma once

#include "pdffont.h"

#include <QByteArray>
#include <QHash>
#include <QSizeF>

#include <memory>
#include <vector>

class QIODevice;
struct z_stream_s;

// A one-page PDF written straight from drawing operators: a chart of 100,000 boxes through
// QPdfWriter took 3.5 s, as Qt's engine writes every glyph with its own position and every
// shape with its whole state. The page's content is compressed as it grows.
class PdfPage
{
public:
    explicit PdfPage(const QSizeF &points);
    ~PdfPage();
    PdfPage(const PdfPage &) = delete;
    PdfPage &operator=(const PdfPage &) = delete;

    // The content stream: operators appended by the caller, numbers through number().
    QByteArray &content() { return m_content; }
    PdfPage &number(double value)
    {
        PdfFormat::appendNumber(m_content, value);
        m_content += ' ';
        return *this;
    }
    PdfPage &operator<<(const char *text)
    {
        m_content += text;
        return *this;
    }
    void compressSome(); // call now and then: compresses the content gathered once it is big

    // The font's number for "/F<n>", or -1 if it cannot be embedded.
    int font(const QRawFont &raw);
    PdfFont &fontAt(int index) { return *m_fonts[size_t(index)]; }
    // A form drawn by "/X<n> Do": one per distinct key, drawn many times; -1 if there are too many.
    int form(const QByteArray &key, const QRectF &box, const QByteArray &content);

    bool write(QIODevice &device, const QString &title, const QString &creator);

private:
    void deflate(bool finish);

    QSizeF m_points;
    QByteArray m_content, m_compressed;
    std::unique_ptr<z_stream_s> m_zip;
    std::vector<std::unique_ptr<PdfFont>> m_fonts;
    QHash<QString, int> m_fontIndex;
    QHash<QByteArray, int> m_formIndex;
    std::vector<PdfObject> m_forms;
};
