#pragma once

#include <QString>

class QImage;
class QIODevice;

// An image as PNG on a device, with settings for charts: each row filtered by the row above ("Up":
// boxes repeat down the rows) and zlib's fastest level. Qt's PNG writer tries all five filters on
// every row, three quarters of its time on a chart of 33 million pixels. A big image is deflated
// in two bands at once, one stream as pigz makes it (33 million pixels: 150 ms rather than 300).
// Returns why it could not, or "".
QString writePngImage(const QImage &image, QIODevice &device);
