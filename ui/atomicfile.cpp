#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

QString writeAtomically(const QString &fileName, const std::function<bool(QIODevice &device)> &write)
{
    QSaveFile file(fileName);
    const auto failed = [&] {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(fileName, reason);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (!write(file) || file.error() != QFileDevice::NoError)
        return failed();
    if (!file.commit())
        return QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(fileName, file.errorString());
    return {};
}
