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
