// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/HttpLog.h"

#include <QAbstractTableModel>

#include <deque>

namespace zc {

// The requests a session made, newest last: time, product, method, path (never a query),
// status, duration, x-oneapi-request-id and waits. ActivityEntry holds nothing secret; this
// model keeps only those fields. At most maxRows() rows: the oldest fall off.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ProductColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        RequestIdColumn,
        WaitColumn,
        ColumnCount
    };

    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);

    const ActivityEntry &entry(int row) const { return m_entries.at(size_t(row)); }

public Q_SLOTS:
    void append(const zc::ActivityEntry &entry);
    void clear();

private:
    QString statusText(const ActivityEntry &entry) const;
    QString waitText(const ActivityEntry &entry) const;

    std::deque<ActivityEntry> m_entries;
    int m_maxRows = 2000;
};

} // namespace zc
