#pragma once

#include <QString>

#include <functional>

class QIODevice;

// Writes a file all at once: `write` fills a QSaveFile, which takes the file's place only when
// everything went well, so that a failure (a full disk, a folder that went away) leaves an
// existing file as it was and no temporary file behind. Returns "cannot write FILE: reason", or "".
QString writeAtomically(const QString &fileName, const std::function<bool(QIODevice &device)> &write);
// The same for writers that know why they failed (an image writer's error): `write` returns that
// reason, or "" when it succeeded.
QString writeAtomicallyWithReason(const QString &fileName, const std::function<QString(QIODevice &device)> &write);
// Lets `write` fill `target` with every write passed on whole: a nearly full disk takes part of a
// write without an error, and only the next part tells why. Returns the target's reason when it
// failed ("No space left on device"), else the writer's, else "".
QString writeWhole(QIODevice &target, const std::function<QString(QIODevice &device)> &write);
