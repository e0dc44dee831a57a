#include "orgchartfile.h"

#include "orgchartcsv.h"
#include "orgchartjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace LoadSupport {

namespace {

// The length of the UTF-8 sequence that starts at bytes[i], a byte from 0x80 up; 0 if it is not one.
int sequenceLength(const unsigned char *bytes, qsizetype i, qsizetype size)
{
    const unsigned char c = bytes[i];
    int length = 0;
    unsigned int codePoint = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        codePoint = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        codePoint = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        codePoint = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((bytes[i + k] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
    }
    static constexpr unsigned int smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < smallest[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

qsizetype firstInvalidUtf8(const QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        // ASCII, eight bytes at a time: nearly all of a CSV file (60 MB: 10 ms rather than 80).
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(bytes, i, size);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

bool containsUtf8Sequence(const QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    for (qsizetype i = 0; i < data.size(); ++i)
        if (bytes[i] >= 0x80 && sequenceLength(bytes, i, data.size()) > 0)
            return true;
    return false;
}

QByteArray utf16ToUtf8(const QByteArrayView data)
{
    const bool littleEndian = data.startsWith("\xFF\xFE");
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
    const QString text = decoder(data.sliced(2));
    return text.toUtf8();
}

QByteArray windows1252ToUtf8(const QByteArrayView data)
{
    // 0x80–0x9F; the five bytes Windows-1252 leaves undefined stand for the control characters.
    static constexpr char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                          0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                          0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = QChar(byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char16_t(byte));
    }
    return text.toUtf8();
}

std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    const QByteArrayView before(data.constData(), std::min(offset, data.size()));
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace LoadSupport

namespace {

bool startsWithUtf16Bom(const QByteArray &data)
{
    return data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
}

// Bytes that are not UTF-8: in CSV without a single UTF-8 character, read as Windows-1252 (Excel's
// "CSV" on Western systems); otherwise replaced (U+FFFD). Either is said once, where it first occurs.
QByteArray asUtf8(const QByteArray &data, bool json, const QString &fileName, QStringList &warnings)
{
    const qsizetype bad = LoadSupport::firstInvalidUtf8(data);
    if (bad < 0)
        return data;
    const auto [line, column] = LoadSupport::lineAndColumn(data, bad);
    if (!json && !LoadSupport::containsUtf8Sequence(data)) {
        warnings << QCoreApplication::translate("OrgChart", "%1:%2:%3: not UTF-8; read as Windows-1252 (Western European)").arg(fileName).arg(line).arg(column);
        return LoadSupport::windows1252ToUtf8(data);
    }
    warnings << QCoreApplication::translate("OrgChart", "%1:%2:%3: invalid UTF-8; such bytes are shown as \uFFFD").arg(fileName).arg(line).arg(column);
    return QString::fromUtf8(data).toUtf8();
}

} // namespace

LoadResult parseOrgChart(const QByteArray &data, const QString &fileName, const LoadProgress &progress, const CsvColumnMapping &mapping)
{
    // UTF-16 (Excel's "Unicode text") is made UTF-8 once, up front; only then are its zero bytes gone.
    const QByteArray decoded = startsWithUtf16Bom(data) ? LoadSupport::utf16ToUtf8(data) : data;
    LoadResult result;
    // Looked at in place: trimmed() copies a file that ends in a line break (55 MB at 1,000,000 people).
    if (std::all_of(decoded.cbegin(), decoded.cend(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); })) {
        result.error = fileName + QCoreApplication::translate("OrgChart", ": the file is empty");
        return result;
    }
    const QByteArray head = decoded.left(8192);
    if (head.contains('\0')) {
        result.error = fileName + QCoreApplication::translate("OrgChart", ":1: this is a binary file, not JSON or CSV text");
        return result;
    }

    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool json = suffix == QLatin1String("json")
                      || (suffix != QLatin1String("csv") && decoded.trimmed().startsWith('{'));
    QStringList warnings;
    const QByteArray text = asUtf8(decoded, json, fileName, warnings);
    result = json ? parseOrgChartJson(text, fileName, progress) : parseOrgChartCsv(text, fileName, progress, mapping);
    result.warnings = warnings + result.warnings;
    return result;
}

LoadResult loadOrgChartFile(const QString &path, const LoadProgress &progress, const CsvColumnMapping &mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    return parseOrgChart(file.readAll(), path, progress, mapping);
}
