#pragma once

#include "pdffont.h"

#include <QByteArray>
#include <QHash>
#include <QSizeF>

#include <memory>
#include <string_view>
#include <vector>

class QIODevice;

// A one-page PDF written straight from drawing operators: a chart of 100,000 boxes through
// QPdfWriter took 3.5 s, as Qt's engine writes every glyph with its own position and every
// shape with its whole state. The page's content comes in pieces, each compressed on its own (on
// any thread) and drawn in the order added, as one content stream.
class PdfPage
{
public:
    explicit PdfPage(const QSizeF &points);

    // Compressed as a content stream is (zlib format): safe on any thread.
    static QByteArray compressed(std::string_view data);
    void addContent(const QByteArray &operators) { m_contents.push_back(compressed({operators.constData(), size_t(operators.size())})); }
    void addCompressedContent(QByteArray content) { m_contents.push_back(std::move(content)); }

    // The font's number for "/F<n>", or -1 if it cannot be embedded.
    int font(const QRawFont &raw);
    PdfFont &fontAt(int index) { return *m_fonts[size_t(index)]; }
    // A form drawn by "/X<n> Do": one per distinct key, drawn many times; -1 if there are too many.
    int form(const QByteArray &key, const QRectF &box, const QByteArray &content);

    bool write(QIODevice &device, const QString &title, const QString &creator);

private:
    QSizeF m_points;
    std::vector<QByteArray> m_contents; // compressed
    std::vector<std::unique_ptr<PdfFont>> m_fonts;
    QHash<QString, int> m_fontIndex;
    QHash<QByteArray, int> m_formIndex;
    std::vector<PdfObject> m_forms;
};
