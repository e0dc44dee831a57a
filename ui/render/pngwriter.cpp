#include "pngwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QIODevice>

#include <zlib.h>

#include <array>
#include <system_error>
#include <thread>
#include <vector>

namespace {

constexpr qint64 pixelsForTwoThreads = 4'000'000; // fewer: a thread costs more than it saves

void putBigEndian(QByteArray &out, quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    out.append(bytes, 4);
}

bool writeChunk(QIODevice &device, const char type[4], const QByteArray &data)
{
    QByteArray head;
    putBigEndian(head, quint32(data.size()));
    head.append(type, 4);
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type), 4);
    crc = crc32_z(crc, reinterpret_cast<const Bytef *>(data.constData()), size_t(data.size()));
    QByteArray tail;
    putBigEndian(tail, quint32(crc));
    return device.write(head) == head.size() && device.write(data) == data.size() && device.write(tail) == tail.size();
}

// One band of rows, filtered and deflated on its own: a raw deflate stream that the next band's
// continues (ended by a flush to a byte boundary, or finished if it is the last), as pigz does.
struct Band
{
    int first = 0, end = 0; // rows
    bool last = false;
    QByteArray deflated;
    uLong adler = 1;        // of the filtered bytes
    size_t length = 0;      // filtered bytes
    bool failed = false;
};

// A row as PNG's bytes: R, G, B and, with alpha, A; whatever the machine's byte order.
void packRow(const QImage &image, int y, bool alpha, std::vector<uchar> &out)
{
    const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
    uchar *to = out.data();
    for (int x = 0; x < image.width(); ++x) {
        const QRgb p = pixels[x];
        *to++ = uchar(qRed(p));
        *to++ = uchar(qGreen(p));
        *to++ = uchar(qBlue(p));
        if (alpha)
            *to++ = uchar(qAlpha(p));
    }
}

// Each row filtered by the row above ("Up": boxes repeat down the rows), at zlib's fastest level.
void deflateBand(const QImage &image, bool alpha, Band &band)
{
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        band.failed = true;
        return;
    }
    const size_t rowBytes = size_t(image.width()) * (alpha ? 4 : 3);
    std::vector<uchar> above(rowBytes, 0), row(rowBytes), filtered(rowBytes + 1);
    if (band.first > 0)
        packRow(image, band.first - 1, alpha, above);
    std::array<uchar, 65536> out;
    const auto drain = [&](int flush) {
        do {
            z.next_out = out.data();
            z.avail_out = uInt(out.size());
            if (deflate(&z, flush) == Z_STREAM_ERROR)
                return false;
            band.deflated.append(reinterpret_cast<const char *>(out.data()), qsizetype(out.size() - z.avail_out));
        } while (z.avail_out == 0);
        return true;
    };
    bool ok = true;
    for (int y = band.first; ok && y < band.end; ++y) {
        packRow(image, y, alpha, row);
        filtered[0] = 2; // Up
        for (size_t i = 0; i < rowBytes; ++i)
            filtered[i + 1] = uchar(row[i] - above[i]);
        std::swap(row, above);
        band.adler = adler32_z(band.adler, filtered.data(), filtered.size());
        band.length += filtered.size();
        z.next_in = filtered.data();
        z.avail_in = uInt(filtered.size());
        ok = drain(Z_NO_FLUSH);
    }
    ok = ok && drain(band.last ? Z_FINISH : Z_SYNC_FLUSH);
    band.failed = !ok;
    deflateEnd(&z);
}

// The image's IDAT data: a zlib stream of the bands, the second deflated on another thread.
bool compress(const QImage &image, bool alpha, QByteArray &data)
{
    const int height = image.height();
    const bool two = qint64(image.width()) * height >= pixelsForTwoThreads;
    std::vector<Band> bands(two ? 2 : 1);
    bands.front().end = two ? height / 2 : height;
    bands.back().first = two ? height / 2 : 0;
    bands.back().end = height;
    bands.back().last = true;
    std::thread other;
    if (two) {
        try {
            other = std::thread([&] { deflateBand(image, alpha, bands[1]); });
        } catch (const std::system_error &) { // no thread to be had: one after the other
            deflateBand(image, alpha, bands[1]);
        }
    }
    deflateBand(image, alpha, bands[0]);
    if (other.joinable())
        other.join();
    data = QByteArray("\x78\x01", 2); // deflate, 32 KB window, fastest level
    uLong adler = bands[0].adler;
    for (size_t i = 0; i < bands.size(); ++i) {
        if (bands[i].failed)
            return false;
        if (i > 0)
            adler = adler32_combine(adler, bands[i].adler, z_off_t(bands[i].length));
        data += bands[i].deflated;
        bands[i].deflated = QByteArray();
    }
    putBigEndian(data, quint32(adler));
    return true;
}

} // namespace

QString writePngImage(const QImage &image, QIODevice &device)
{
    if (image.isNull())
        return QCoreApplication::translate("ChartExport", "there is no image to write");
    // Two layouts of pixel are read as they are; any other is converted first (a transparent
    // chart, premultiplied, takes a copy the size of the image).
    const bool asIs = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32;
    const QImage converted = asIs ? QImage() : image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (!asIs && converted.isNull())
        return QCoreApplication::translate("ChartExport", "there is not enough memory to convert the image for PNG");
    const QImage &pixels = asIs ? image : converted;
    const bool alpha = pixels.format() == QImage::Format_ARGB32;
    QByteArray data;
    if (!compress(pixels, alpha, data))
        return QCoreApplication::translate("ChartExport", "the PNG writer could not start");
    QByteArray header;
    putBigEndian(header, quint32(pixels.width()));
    putBigEndian(header, quint32(pixels.height()));
    header.append(char(8));                // bits per channel
    header.append(char(alpha ? 6 : 2));    // RGBA or RGB
    header.append(QByteArray(3, '\0'));    // deflate, adaptive filters, no interlace
    const bool written = device.write("\x89PNG\r\n\x1a\n", 8) == 8 && writeChunk(device, "IHDR", header)
                         && writeChunk(device, "IDAT", data) && writeChunk(device, "IEND", {});
    return written ? QString() : device.errorString();
}
