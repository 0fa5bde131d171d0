// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RecordSortKey.h"
#include "RecordSorter.h"
#include "RecordTextFilter.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QList>

#include <algorithm>
#include <climits>
#include <optional>
#include <utility>
#include <vector>

namespace zc {

// Filters and sorts a flat record table (RecordTableModel, any table or list model whose rows
// have no children) for the views: the rule of RecordTextFilter, and each column's
// RecordTableModel::SortRole value ordered as RecordSortKey says, equal values in the
// source's order whichever way the column sorts. Tree models go through
// RecordFilterProxyModel.
//
// Built for 100,000 rows arriving a page at a time into a sorted table, where
// QSortFilterProxyModel inserted a page's rows one place at a time, each insertion costing it
// and the views O(rows) (61 stalls over 50 ms while 100,000 users loaded). This proxy keeps
// every source row in sorted order, with each row's sort key made once; an appended page is
// sorted on its own and merged in, then reaches the views as one insertion at the end and one
// layout change that moves the rows to their places. A new filter does not sort: it shows the
// kept order's rows that pass. Rows removed from the source leave as removals of the rows
// shown (in a few ranges; scattered over more, one reset), so the views keep their place and
// selection. Anything else the source does (rows moved, changed in a way that hides or shows
// rows, a reset) resets this proxy.
//
// A table of many rows sorts by a new column or order in the background (RecordSorter): the
// views keep the order they show, pages appended, filtered and merged into it as before,
// until the new order is ready; it then comes as one layout change, the rows that arrived
// meanwhile merged in. A newer sort() gives up the older one. After a reset or a new source
// (or a layout change of the source's own), a large table shows the source's order until the
// sort asked for comes from the background; a small one is sorted at once. Values of the sort
// column that change in many rows at once (the end of a reload) are sorted again the same
// way: the views show the new values where their rows stood until the new order comes.
class RecordTableProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using QAbstractProxyModel::QAbstractProxyModel;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text(); }
    // The sort last asked for, shown already or still being made.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // Whether a sort asked for is still being made in the background.
    bool isSorting() const { return m_sorter != nullptr; }
    // Tables of at least this many rows sort in the background, by a new column or order and
    // after a reset (5,000 unless set: below that, making the keys and sorting take less than
    // a frame), and so do changes of the sort column's values in this many rows (counted as
    // resortsAtOnce() says). 1 sorts every table and every change there.
    void setBackgroundSortRows(int rows) { m_backgroundRows = std::max(rows, 1); }
    int backgroundSortRows() const { return m_backgroundRows; }

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // A background sort began (true), or its order is shown or it was given up (false).
    void sortingChanged(bool sorting);

private:
    void connectSource(QAbstractItemModel *model);
    bool sorted() const { return m_column >= 0; }
    RecordRowOrder less() const { return {m_keys, m_collator, m_order}; }
    void makeKeys(int first, int last);
    // Rows first..last in sorted order.
    std::vector<int> sortedRange(int first, int last) const;
    // Keys made for rows first..last (new in the source, or changed), the rows merged into the
    // kept order; returns them in sorted order.
    std::vector<int> mergeIntoOrder(int first, int last);
    // The rows the filter passes, in the kept order.
    std::vector<int> passing() const;
    void setRows(std::vector<int> rows);
    // The same rows in another order: one layout change, persistent indexes following them.
    void reorder(std::vector<int> rows);
    // Every row again, sorted as asked; when the table is so large that the views get the
    // source's order, the sort asked for, to start in the background once they have it.
    std::optional<std::pair<int, Qt::SortOrder>> rebuild();
    // rebuild() ending a reset begun: the views get the rows, then the sort starts if due.
    void rebuildAndEndReset();
    RecordSortKey keyOf(int row) const;
    // The rows of `changed` (ranges, which may overlap) out of the kept order, their keys made
    // again, and back in with the rows from `keyedFrom` on (keys made, not in the order yet):
    // one pass over every row, however many ranges.
    void rekey(const std::vector<std::pair<int, int>> &changed, int keyedFrom = INT_MAX);
    // Whether `rows` rows whose sort values changed are sorted again at once, rather than in
    // the background.
    bool resortsAtOnce(int rows);
    // Another background sort, or none: the one before it given up.
    void setSorter(RecordSorter *sorter);
    void startSorter(int column, Qt::SortOrder order);
    // Rows inserted or removed at `first`: a background sort that read rows from there starts
    // again (rows appended are merged in when it is done).
    void restartSorter(int first);
    // The background sort given up, what it was asked for made the sort: the caller then sorts
    // at once.
    void adoptSorter();
    void onSorted();
    // sortingChanged() when whether a sort is being made changed since it last said.
    void signalSorting();
    void onRowsInserted(int first, int last);
    // The shown rows of source rows first..last removed, in a few ranges, or a reset begun.
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    RecordTextFilter m_filter;
    QCollator m_collator = recordCollator();
    QList<QMetaObject::Connection> m_connections;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<RecordSortKey> m_keys; // per source row, by the sort column
    std::vector<int> m_sorted;         // every source row in sorted order; empty unsorted
    std::vector<int> m_rows;           // per proxy row: its source row
    std::vector<int> m_proxyRows;      // per source row: its proxy row, -1 when filtered out
    RecordSorter *m_sorter = nullptr;  // the background sort, if any
    // Rows of the background sort whose value changed after it read them, and how many.
    std::vector<std::pair<int, int>> m_changed;
    qint64 m_changedRows = 0;
    // Some of m_keys are older than their rows' values (m_sorted is in their order): the
    // background sort under way replaces them.
    bool m_staleKeys = false;
    // What the changes since the event loop last ran cost (resortsAtOnce()), forgotten when
    // it runs again (a zero timer started with the first of them: m_burstCounted).
    qint64 m_burstRows = 0;
    bool m_burstCounted = false;
    int m_backgroundRows = 5000;
    bool m_signalledSorting = false;
    // The rows being removed were scattered over too many ranges: the proxy is being reset.
    bool m_removalReset = false;
};

} // namespace zc
