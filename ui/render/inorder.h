#pragma once

#include <QFuture>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

// Things a thread takes for a while and gives back, made when none is free: as many exist as
// threads worked at once, and what each kept (measured texts, glyphs looked up) serves the next.
template<typename T>
class WorkerPool
{
public:
    explicit WorkerPool(std::function<std::unique_ptr<T>()> make) : m_make(std::move(make)) {}

    std::unique_ptr<T> take()
    {
        {
            const QMutexLocker lock(&m_mutex);
            if (!m_free.empty()) {
                std::unique_ptr<T> item = std::move(m_free.back());
                m_free.pop_back();
                return item;
            }
        }
        return m_make();
    }
    void giveBack(std::unique_ptr<T> item)
    {
        const QMutexLocker lock(&m_mutex);
        m_free.push_back(std::move(item));
    }

private:
    std::function<std::unique_ptr<T>()> m_make;
    QMutex m_mutex;
    std::vector<std::unique_ptr<T>> m_free;
};

// Makes results 0 … count − 1 on `threads` threads, a few ahead, and hands each to `take` on this
// thread in order: the output is the same whatever the number of threads, and the results held at
// once are bounded. `make(i, result)` fills a result whose memory may be used again; stops after
// the first `take` that returns false, once the results under way are done.
template<typename Result, typename Make, typename Take>
bool makeInOrder(size_t count, int threads, const Make &make, const Take &take)
{
    if (threads < 2 || count < 2) {
        Result result;
        for (size_t i = 0; i < count; ++i) {
            make(i, result);
            if (!take(result))
                return false;
        }
        return true;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::deque<QFuture<Result>> pending; // in order
    std::vector<Result> spare;           // handed on, their memory used again
    const size_t ahead = 2 * size_t(threads);
    size_t given = 0;
    for (size_t i = 0; i < count; ++i) {
        for (; given < std::min(count, i + ahead); ++given) {
            Result result;
            if (!spare.empty()) {
                result = std::move(spare.back());
                spare.pop_back();
            }
            pending.push_back(QtConcurrent::run(
                &pool, [&make](size_t which, Result into) {
                    make(which, into);
                    return into;
                },
                given, std::move(result)));
        }
        Result result = pending.front().takeResult();
        pending.pop_front();
        if (!take(result)) {
            for (QFuture<Result> &future : pending)
                future.waitForFinished();
            return false;
        }
        spare.push_back(std::move(result));
    }
    return true;
}
