// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <iterator>
#include <utility>

namespace zc {

// Containers of at least this many items are freed on a worker (freeOnWorker()).
inline constexpr qsizetype kFreeOnWorkerItems = 10000;

// The last `count` items of `items` destroyed. Containers whose items are not one each (the
// rows of a table: RecordRows) overload it.
template<typename Container> void dropLast(Container &items, qsizetype count)
{
    items.erase(std::prev(items.end(), static_cast<std::ptrdiff_t>(count)), items.end());
}

// The thread freeOnWorker() frees on, for every kind of container.
inline QThreadPool &freeingPool()
{
    static QThreadPool pool;
    static const bool oneThread = (pool.setMaxThreadCount(1), true);
    Q_UNUSED(oneThread);
    return pool;
}

// Frees `items` on a thread of its own when it holds kFreeOnWorkerItems or more, here
// otherwise. Freeing the 100,000 rows of a table took the UI thread about 100 ms, its 100,000
// sort keys or filter texts about 9 ms each, at the end of a reload. The thread frees a
// thousand items at a time and pauses in between: freeing them all at once took the heap's
// lock and a core from the UI thread for tens of milliseconds, which then waited in its own
// allocations (a 40 ms gap while a sort was being made). One thread for all, so that frees
// never hold up the global pool's work (pages, sorts). Only for values that share their data
// with nothing, or through atomic counts (Qt's implicitly shared classes), so that any thread
// may drop them.
template<typename Container> void freeOnWorker(Container items)
{
    if (static_cast<qsizetype>(std::size(items)) < kFreeOnWorkerItems)
        return;
    freeingPool().start([dying = std::move(items)]() mutable {
        constexpr qsizetype kBatch = 1000;
        for (auto left = static_cast<qsizetype>(std::size(dying)); left > 0; left -= kBatch) {
            dropLast(dying, std::min(left, kBatch));
            QThread::msleep(1);
        }
    });
}

} // namespace zc
