// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RecordSortKey.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QAbstractItemModel;

namespace zc {

// One sort of a flat table's rows by a column (RecordTableModel::SortRole values ordered as
// RecordSortKey says, equal values in the rows' order), made without stalling the UI thread,
// for RecordTableProxyModel: the 100,000 rows of a header click took it 200-320 ms at once.
//
// The column's values are read on the UI thread a few milliseconds at a time (a model's
// data() is only safe there); then a worker of the global thread pool makes their keys, with
// a collator of its own (one QCollator must not be used by two threads), and sorts the rows;
// finished() says when result() holds them. Given the keys (setKeys()), the worker only
// sorts. The worker touches only what it was handed, so deleting the sorter abandons the
// sort at any time: the worker stops at its next look and drops what it made. Rows the model
// gets after start() are not in the result: the caller merges them.
class RecordSorter : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        std::vector<RecordSortKey> keys; // per row, by the column
        std::vector<int> rows;           // the rows in sorted order
    };

    RecordSorter(const QAbstractItemModel *model, int column, Qt::SortOrder order,
                 const QLocale &locale, QObject *parent = nullptr);
    ~RecordSorter() override;

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    // The rows sorted: 0 to rowCount() - 1, the model's rows when it started.
    int rowCount() const;
    // The rows whose values it has read (or was given keys for): 0 to readCount() - 1. A value
    // that changes there is not in the result; one that changes after it is.
    int readCount() const;

    // The column's keys, made already (the same column sorted the other way round): nothing
    // is read. Before start().
    void setKeys(std::vector<RecordSortKey> keys);
    void start();
    // Whether it still reads the values on this thread (after that the worker has them).
    bool isReading() const { return m_read.isActive(); }
    // Gives the sort up: nothing more is read, finished() does not come, and the worker stops
    // at its next look.
    void cancel();
    // Once finished(): the keys and the order, moved out.
    Result result();

Q_SIGNALS:
    void finished();

private:
    struct Job;
    void readSlice();
    void startWorker();
    static void work(const std::shared_ptr<Job> &job);

    QPointer<const QAbstractItemModel> m_model;
    int m_column;
    Qt::SortOrder m_order;
    std::shared_ptr<Job> m_job;
    QTimer m_read; // reads the values a slice at a time
    QFutureWatcher<void> m_watcher;
    bool m_started = false;
};

} // namespace zc
