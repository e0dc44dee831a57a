#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

QString writeAtomicallyWithReason(const QString &fileName, const std::function<QString(QIODevice &device)> &write)
{
    QSaveFile file(fileName);
    const auto failed = [&](const QString &reason) {
        file.cancelWriting();
        return QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(fileName, reason);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QString reason = write(file);
    // The device's own error comes first: a writer that failed because the disk is full says less.
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    if (!reason.isEmpty())
        return failed(reason);
    if (!file.commit())
        return QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(fileName, file.errorString());
    return {};
}

QString writeAtomically(const QString &fileName, const std::function<bool(QIODevice &device)> &write)
{
    return writeAtomicallyWithReason(fileName, [&](QIODevice &device) {
        // Without a reason of its own, a failed writer is told by the device's error.
        return write(device) ? QString() : device.errorString();
    });
}
