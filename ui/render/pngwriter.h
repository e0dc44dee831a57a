#pragma once

#include <QString>

class QImage;
class QIODevice;

// An image as PNG on a device, through libpng with settings for charts: each row filtered by the
// row above ("Up": boxes repeat down the rows) and zlib's fastest level. Qt's PNG writer tries all
// five filters on every row, three quarters of its time on a chart of 33 million pixels.
// Returns why it could not, or "".
QString writePngImage(const QImage &image, QIODevice &device);
