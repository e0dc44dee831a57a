#include "pdfpage.h"

#include <QIODevice>
#include <QRectF>

#include <libdeflate.h>

PdfPage::PdfPage(const QSizeF &points)
    : m_points(points)
{
}

QByteArray PdfPage::compressed(std::string_view data)
{
    // libdeflate's fastest level: the content repeats itself; it takes half the time of zlib's
    // fastest, for a tenth less.
    const std::unique_ptr<libdeflate_compressor, void (*)(libdeflate_compressor *)> compressor(libdeflate_alloc_compressor(1),
                                                                                               libdeflate_free_compressor);
    if (!compressor)
        qFatal("out of memory for a compressor");
    QByteArray out(qsizetype(libdeflate_zlib_compress_bound(compressor.get(), data.size())), Qt::Uninitialized);
    out.truncate(qsizetype(libdeflate_zlib_compress(compressor.get(), data.data(), data.size(), out.data(), size_t(out.size()))));
    return out;
}

int PdfPage::font(const QRawFont &raw)
{
    const QString key = raw.familyName() + QLatin1Char('\n') + raw.styleName() + QLatin1Char('\n') + QString::number(raw.weight())
        + QLatin1Char('\n') + QString::number(int(raw.style()));
    const auto found = m_fontIndex.constFind(key);
    if (found != m_fontIndex.cend())
        return *found;
    auto font = std::make_unique<PdfFont>(raw);
    int index = -1;
    if (font->embeddable()) {
        index = int(m_fonts.size());
        m_fonts.push_back(std::move(font));
    }
    m_fontIndex.insert(key, index);
    return index;
}

int PdfPage::form(const QByteArray &key, const QRectF &box, const QByteArray &content)
{
    const auto found = m_formIndex.constFind(key);
    if (found != m_formIndex.cend())
        return *found;
    if (m_forms.size() >= 256) // sizes all different: drawn in place instead
        return -1;
    QByteArray dictionary("/Type /XObject /Subtype /Form /BBox [");
    for (double value : {box.left(), box.top(), box.right(), box.bottom()}) {
        PdfFormat::appendNumber(dictionary, value);
        dictionary += ' ';
    }
    dictionary += ']';
    m_forms.push_back({dictionary, content, true});
    m_formIndex.insert(key, int(m_forms.size()) - 1);
    return int(m_forms.size()) - 1;
}

bool PdfPage::write(QIODevice &device, const QString &title, const QString &creator)
{
    std::vector<PdfObject> objects; // numbered from 1
    const int pageObjects = 4; // catalog, pages, page, info
    const int firstContent = pageObjects + 1;
    const int firstForm = firstContent + int(m_contents.size());
    const int firstFont = firstForm + int(m_forms.size());
    std::vector<size_t> usedFonts; // fonts made but not drawn with are left out
    for (size_t i = 0; i < m_fonts.size(); ++i)
        if (m_fonts[i]->needed())
            usedFonts.push_back(i);
    QByteArray resources(" /Resources << /ProcSet [/PDF /Text] /Font <<");
    for (size_t n = 0; n < usedFonts.size(); ++n)
        resources += " /F" + QByteArray::number(qulonglong(usedFonts[n])) + ' ' + QByteArray::number(firstFont + int(n) * PdfFont::objectCount) + " 0 R";
    resources += " >> /XObject <<";
    for (size_t i = 0; i < m_forms.size(); ++i)
        resources += " /X" + QByteArray::number(qulonglong(i)) + ' ' + QByteArray::number(firstForm + int(i)) + " 0 R";
    resources += " >> >>";
    QByteArray mediaBox("[0 0 ");
    PdfFormat::appendNumber(mediaBox, m_points.width());
    mediaBox += ' ';
    PdfFormat::appendNumber(mediaBox, m_points.height());
    mediaBox += ']';
    objects.push_back({"<<\n/Type /Catalog\n/Pages 2 0 R\n>>", {}, false});
    objects.push_back({"<<\n/Type /Pages\n/Kids [3 0 R]\n/Count 1\n>>", {}, false});
    QByteArray contents("[");
    for (size_t i = 0; i < m_contents.size(); ++i)
        contents += QByteArray::number(firstContent + int(i)) + " 0 R ";
    contents += ']';
    objects.push_back({"<<\n/Type /Page\n/Parent 2 0 R\n/MediaBox " + mediaBox + "\n/Contents " + contents + "\n" + resources + "\n>>", {}, false});
    objects.push_back({"<<\n/Title " + PdfFormat::utf16Hex(title) + "\n/Creator " + PdfFormat::utf16Hex(creator) + "\n/Producer "
                           + PdfFormat::utf16Hex(QStringLiteral("Org Chart Explorer")) + "\n>>",
                       {}, false});
    for (QByteArray &content : m_contents)
        objects.push_back({{}, std::exchange(content, {}), true}); // compressed already
    for (const PdfObject &form : m_forms)
        objects.push_back(form);
    for (size_t n = 0; n < usedFonts.size(); ++n) {
        QByteArray tag; // a subset's name starts with six capitals of its own
        for (int letter = 0, left = int(n); letter < 6; ++letter, left /= 26)
            tag += char('A' + left % 26);
        const QList<PdfObject> font = m_fonts[usedFonts[n]]->objects(firstFont + int(n) * PdfFont::objectCount, tag);
        objects.insert(objects.end(), font.begin(), font.end());
    }

    QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    std::vector<qint64> offsets;
    qint64 written = 0;
    const auto flush = [&](const QByteArray &part) {
        written += part.size();
        return device.write(part) == part.size();
    };
    bool ok = true;
    for (size_t i = 0; i < objects.size() && ok; ++i) {
        const PdfObject &object = objects[i];
        offsets.push_back(written + out.size());
        out += QByteArray::number(qulonglong(i + 1)) + " 0 obj\n";
        if (!object.isStream) {
            out += object.dictionary + "\nendobj\n";
            continue;
        }
        const bool isContent = int(i) + 1 >= firstContent && int(i) + 1 < firstForm;
        const QByteArray data = isContent ? object.stream : compressed({object.stream.constData(), size_t(object.stream.size())});
        out += "<< " + object.dictionary + " /Length " + QByteArray::number(data.size()) + " /Filter /FlateDecode >>\nstream\n";
        ok = flush(out) && flush(data);
        out = "\nendstream\nendobj\n";
    }
    const qint64 xref = written + out.size();
    out += "xref\n0 " + QByteArray::number(qulonglong(objects.size() + 1)) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(qulonglong(objects.size() + 1)) + " /Root 1 0 R /Info 4 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return ok && flush(out);
}
