#pragma once

#include "orgchartfile.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

// Loads an organisation file on a worker thread (QtConcurrent), with progress and cancel.
class ChartLoader : public QObject
{
    Q_OBJECT

public:
    explicit ChartLoader(QObject *parent = nullptr);
    ~ChartLoader() override;

    // A load already running is cancelled first; the mapping names the columns of a CSV file.
    void load(const QString &path, const CsvColumnMapping &mapping = {});
    void cancel();
    bool isLoading() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }

Q_SIGNALS:
    void progressChanged(int percent);
    void finished(const QString &path, std::shared_ptr<LoadResult> result); // loaded, or failed
    void cancelled(const QString &path);

private:
    void handleFinished();

    QFutureWatcher<std::shared_ptr<LoadResult>> m_watcher;
    QString m_path;
};
