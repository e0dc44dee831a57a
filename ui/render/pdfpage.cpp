#include "pdfpage.h"

#include <QIODevice>
#include <QRectF>

#include <zlib.h>

namespace {

constexpr qsizetype compressAbove = 1 << 20;

QByteArray deflated(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()),
                  Z_DEFAULT_COMPRESSION)
        != Z_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

} // namespace

PdfPage::PdfPage(const QSizeF &points)
    : m_points(points)
    , m_zip(std::make_unique<z_stream_s>())
{
    *m_zip = {};
    // The fastest level: the content repeats itself, and level 6 took three times as long for a
    // tenth less.
    deflateInit(m_zip.get(), Z_BEST_SPEED);
    m_content.reserve(compressAbove + 4096);
}

PdfPage::~PdfPage()
{
    deflateEnd(m_zip.get());
}

void PdfPage::deflate(bool finish)
{
    m_zip->next_in = reinterpret_cast<Bytef *>(m_content.data());
    m_zip->avail_in = uInt(m_content.size());
    int result = Z_OK;
    do {
        const qsizetype at = m_compressed.size();
        const qsizetype room = std::max<qsizetype>(65536, m_content.size() / 2);
        m_compressed.resize(at + room);
        m_zip->next_out = reinterpret_cast<Bytef *>(m_compressed.data() + at);
        m_zip->avail_out = uInt(room);
        result = ::deflate(m_zip.get(), finish ? Z_FINISH : Z_NO_FLUSH);
        m_compressed.resize(at + room - qsizetype(m_zip->avail_out));
    } while (result == Z_OK && (m_zip->avail_in > 0 || m_zip->avail_out == 0 || finish));
    m_content.clear();
}

void PdfPage::compressSome()
{
    if (m_content.size() >= compressAbove)
        deflate(false);
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
    deflate(true);
    std::vector<PdfObject> objects; // numbered from 1
    const int pageObjects = 5; // catalog, pages, page, content, info
    const int firstForm = pageObjects + 1;
    const int firstFont = firstForm + int(m_forms.size());
    QByteArray resources(" /Resources << /ProcSet [/PDF /Text] /Font <<");
    for (size_t i = 0; i < m_fonts.size(); ++i)
        resources += " /F" + QByteArray::number(qulonglong(i)) + ' ' + QByteArray::number(firstFont + int(i) * PdfFont::objectCount) + " 0 R";
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
    objects.push_back({"<<\n/Type /Page\n/Parent 2 0 R\n/MediaBox " + mediaBox + "\n/Contents 4 0 R\n" + resources + "\n>>", {}, false});
    objects.push_back({{}, {}, true}); // the content, compressed already
    objects.push_back({"<<\n/Title " + PdfFormat::utf16Hex(title) + "\n/Creator " + PdfFormat::utf16Hex(creator) + "\n/Producer "
                           + PdfFormat::utf16Hex(QStringLiteral("Org Chart Explorer")) + "\n>>",
                       {}, false});
    for (const PdfObject &form : m_forms)
        objects.push_back(form);
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        QByteArray tag; // a subset's name starts with six capitals of its own
        for (int letter = 0, n = int(i); letter < 6; ++letter, n /= 26)
            tag += char('A' + n % 26);
        const QList<PdfObject> font = m_fonts[i]->objects(firstFont + int(i) * PdfFont::objectCount, tag);
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
        const bool isContent = i + 1 == 4;
        const QByteArray data = isContent ? m_compressed : deflated(object.stream);
        out += "<< " + object.dictionary + " /Length " + QByteArray::number(data.size()) + " /Filter /FlateDecode >>\nstream\n";
        ok = flush(out) && flush(data);
        out = "\nendstream\nendobj\n";
    }
    const qint64 xref = written + out.size();
    out += "xref\n0 " + QByteArray::number(qulonglong(objects.size() + 1)) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(qulonglong(objects.size() + 1)) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return ok && flush(out);
}
