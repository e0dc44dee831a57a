#include "pngwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QIODevice>

#include <png.h>

#include <csetjmp>

namespace {

struct Output
{
    QIODevice *device = nullptr;
    bool failed = false;     // the device refused bytes: its error says why
    char message[200] = {};  // else libpng's own reason
};

void writeBytes(png_structp png, png_bytep data, png_size_t length)
{
    auto *output = static_cast<Output *>(png_get_io_ptr(png));
    if (output->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length)) {
        output->failed = true;
        png_error(png, "write failed");
    }
}

void flushBytes(png_structp) {}

void onError(png_structp png, png_const_charp message)
{
    auto *output = static_cast<Output *>(png_get_error_ptr(png));
    qstrncpy(output->message, message, sizeof output->message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// libpng reports errors by longjmp: nothing here has a destructor to skip. Returns false on error.
bool encode(const QImage &image, Output &output)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &output, onError, onWarning);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : nullptr);
        return false;
    }
    png_set_write_fn(png, &output, writeBytes, flushBytes);
    const bool alpha = image.format() == QImage::Format_ARGB32;
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8, alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_write_info(png, info);
    // Qt keeps a pixel as one 32-bit ARGB word: B, G, R, A in memory on little-endian machines.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(png);
    if (!alpha)
        png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    if (alpha)
        png_set_swap_alpha(png);
    else
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

QString writePngImage(const QImage &image, QIODevice &device)
{
    if (image.isNull())
        return QCoreApplication::translate("ChartExport", "there is no image to write");
    // Two layouts of pixel go to libpng as they are; any other is converted first (a transparent
    // chart, premultiplied, takes a copy the size of the image).
    const bool asIs = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32;
    const QImage converted = asIs ? QImage() : image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (!asIs && converted.isNull())
        return QCoreApplication::translate("ChartExport", "there is not enough memory to convert the image for PNG");
    Output output;
    output.device = &device;
    if (encode(asIs ? image : converted, output))
        return {};
    if (output.failed)
        return device.errorString();
    return output.message[0] ? QString::fromLatin1(output.message) : QCoreApplication::translate("ChartExport", "the PNG writer could not start");
}
