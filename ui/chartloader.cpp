#include "chartloader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

ChartLoader::ChartLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &ChartLoader::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ChartLoader::handleFinished);
}

ChartLoader::~ChartLoader()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ChartLoader::load(const QString &path, const CsvColumnMapping &mapping)
{
    m_watcher.future().cancel(); // setFuture() below stops the watcher reporting on the old one
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run([path, mapping](QPromise<std::shared_ptr<LoadResult>> &promise) {
        promise.setProgressRange(0, 100);
        LoadResult result = loadOrgChartFile(path, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        }, mapping);
        promise.addResult(std::make_shared<LoadResult>(std::move(result)));
    }));
}

void ChartLoader::cancel()
{
    if (isLoading())
        m_watcher.cancel();
}

void ChartLoader::handleFinished()
{
    const QFuture<std::shared_ptr<LoadResult>> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0 || future.result()->cancelled) {
        Q_EMIT cancelled(m_path);
        return;
    }
    Q_EMIT finished(m_path, future.result());
}
