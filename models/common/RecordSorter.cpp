// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordSorter.h"

#include "RecordTableModel.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace zc {

namespace {

// A slice of reading stops after this long, whatever the number of rows: the UI thread then
// paints and handles input before the next.
constexpr qint64 kSliceNs = 5'000'000;
constexpr int kRowsBetweenLooks = 64;
// The worker looks whether the sort was given up after each run of this many rows made or
// sorted, and after each merge of two runs.
constexpr size_t kRun = 4096;

} // namespace

// What the worker owns while it runs: the UI thread fills `values` before the worker starts,
// and reads `keys` and `rows` only after it has finished; `cancelled` is the only thing both
// touch meanwhile.
struct RecordSorter::Job
{
    QLocale locale;
    Qt::SortOrder order = Qt::AscendingOrder;
    int rowCount = 0;
    std::vector<QVariant> values;
    std::vector<RecordSortKey> keys;
    std::vector<int> rows;
    std::atomic<bool> cancelled{false};
};

RecordSorter::RecordSorter(const QAbstractItemModel *model, int column, Qt::SortOrder order,
                           const QLocale &locale, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_column(column)
    , m_order(order)
    , m_job(std::make_shared<Job>())
{
    m_job->locale = locale;
    m_job->order = order;
    m_job->rowCount = model ? model->rowCount() : 0;
    m_read.setInterval(0);
    connect(&m_read, &QTimer::timeout, this, &RecordSorter::readSlice);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RecordSorter::finished);
}

RecordSorter::~RecordSorter()
{
    m_job->cancelled = true;
}

int RecordSorter::rowCount() const
{
    return m_job->rowCount;
}

int RecordSorter::readCount() const
{
    // Only the UI thread touches `values`, and only while reading: after that it is the
    // worker's, and every row has been read.
    if (isReading())
        return static_cast<int>(m_job->values.size());
    return m_started ? m_job->rowCount : 0;
}

void RecordSorter::setKeys(std::vector<RecordSortKey> keys)
{
    m_job->keys = std::move(keys);
    m_job->rowCount = static_cast<int>(m_job->keys.size());
}

void RecordSorter::start()
{
    m_started = true;
    if (m_job->keys.size() == static_cast<size_t>(m_job->rowCount)) {
        startWorker();
        return;
    }
    // Only now: with the keys given (setKeys()), nothing is read.
    m_job->values.reserve(static_cast<size_t>(m_job->rowCount));
    m_read.start();
}

void RecordSorter::cancel()
{
    m_job->cancelled = true;
    m_read.stop();
    disconnect(&m_watcher, nullptr, this, nullptr);
}

RecordSorter::Result RecordSorter::result()
{
    return Result{std::move(m_job->keys), std::move(m_job->rows)};
}

void RecordSorter::readSlice()
{
    std::vector<QVariant> &values = m_job->values;
    const auto count = static_cast<size_t>(m_job->rowCount);
    QElapsedTimer clock;
    clock.start();
    while (values.size() < count && clock.nsecsElapsed() < kSliceNs) {
        const size_t end = std::min(count, values.size() + kRowsBetweenLooks);
        for (auto row = static_cast<int>(values.size()); values.size() < end; ++row) {
            values.push_back(m_model
                                 ? m_model->index(row, m_column).data(RecordTableModel::SortRole)
                                 : QVariant());
        }
    }
    if (values.size() < count)
        return;
    m_read.stop();
    startWorker();
}

void RecordSorter::startWorker()
{
    m_watcher.setFuture(
        QtConcurrent::run(QThreadPool::globalInstance(), &RecordSorter::work, m_job));
}

void RecordSorter::work(const std::shared_ptr<Job> &job)
{
    const QCollator collator = recordCollator(job->locale);
    const auto count = static_cast<size_t>(job->rowCount);
    if (job->keys.size() != count) {
        job->keys.reserve(count);
        for (size_t row = 0; row < count; ++row) {
            if (row % kRun == 0 && job->cancelled)
                return;
            job->keys.emplace_back(collator, job->values[row]);
        }
        job->values = {};
    }
    std::vector<int> &rows = job->rows;
    rows.resize(count);
    std::iota(rows.begin(), rows.end(), 0);
    // Runs sorted one at a time, then merged two by two: the same comparisons as one
    // std::sort, but a sort given up stops within a run's time.
    const RecordRowOrder less(job->keys, collator, job->order);
    const auto at = [&rows](size_t i) { return rows.begin() + static_cast<std::ptrdiff_t>(i); };
    for (size_t from = 0; from < count; from += kRun) {
        std::sort(at(from), at(std::min(count, from + kRun)), less);
        if (job->cancelled)
            return;
    }
    for (size_t width = kRun; width < count; width *= 2) {
        for (size_t from = 0; from + width < count; from += 2 * width) {
            std::inplace_merge(at(from), at(from + width), at(std::min(count, from + 2 * width)),
                               less);
            if (job->cancelled)
                return;
        }
    }
}

} // namespace zc
