#include "atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Gathers small writes into large ones and passes each on to the target until all of it is
// taken, keeping the first failure. (A buffered QFileDevice that meets a short write reports
// "Unknown error": the target is opened unbuffered, and this buffers instead.)
class WholeWrites : public QIODevice
{
public:
    explicit WholeWrites(QIODevice &target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    const QString &failure() const { return m_failure; }
    void flush()
    {
        pass(m_buffer.constData(), m_buffer.size());
        m_buffer.clear();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_buffer.size() + size > bufferSize)
            flush();
        if (size >= bufferSize)
            pass(data, size);
        else
            m_buffer.append(data, size);
        return m_failure.isEmpty() ? size : -1;
    }

private:
    static constexpr qint64 bufferSize = 64 * 1024;
    static constexpr qint64 writeBackStep = 4 * 1024 * 1024;

    void pass(const char *data, qint64 size)
    {
        for (qint64 done = 0; done < size && m_failure.isEmpty();) {
            const qint64 taken = m_target.write(data + done, size - done);
            if (taken <= 0) {
                m_failure = m_target.errorString();
                setErrorString(m_failure);
            }
            done += taken;
        }
        startWriteBack(size);
    }

    // Has the system start writing what the file was given so far to disk, without waiting for it:
    // QSaveFile's commit waits until all of it is on disk, which for the 36 MB of a 100,000-person
    // SVG took 50 ms when it all started there.
    void startWriteBack(qint64 size)
    {
#ifdef Q_OS_LINUX
        m_passed += size;
        const auto *file = qobject_cast<QFileDevice *>(&m_target);
        if (!file || file->handle() < 0 || m_passed - m_writtenBack < writeBackStep || !m_failure.isEmpty())
            return;
        ::sync_file_range(file->handle(), m_writtenBack, m_passed - m_writtenBack, SYNC_FILE_RANGE_WRITE); // a hint: failures do not matter
        m_writtenBack = m_passed;
#else
        Q_UNUSED(size);
#endif
    }

    QIODevice &m_target;
    QByteArray m_buffer;
    QString m_failure;
    qint64 m_passed = 0;      // bytes the target took, from its start
    qint64 m_writtenBack = 0; // of which the system was asked to write these to disk
};

// Why a file cannot be opened for writing, as the system says it: QSaveFile says only "is not
// writable" of a file on a read-only file system.
QString openFailure(const QString &fileName, const QSaveFile &file)
{
    const QFileInfo info(fileName);
    const QByteArray path = QFile::encodeName(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    if (::access(path.constData(), W_OK) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    return file.errorString();
}

} // namespace

QString writeWhole(QIODevice &target, const std::function<QString(QIODevice &device)> &write)
{
    WholeWrites device(target);
    const QString reason = write(device);
    device.flush();
    // The device's own error comes first: a writer that failed because the disk is full says less.
    return !device.failure().isEmpty() ? device.failure() : reason;
}

QString writeAtomicallyWithReason(const QString &fileName, const std::function<QString(QIODevice &device)> &write)
{
    QSaveFile file(fileName);
    const auto failed = [&](const QString &reason) {
        file.cancelWriting();
        return QCoreApplication::translate("ChartExport", "cannot write %1: %2").arg(fileName, reason);
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(openFailure(fileName, file));
    QString reason = writeWhole(file, write);
    if (reason.isEmpty() && file.error() != QFileDevice::NoError)
        reason = file.errorString();
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
