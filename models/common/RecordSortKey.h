// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCollator>
#include <QVariant>

#include <optional>
#include <vector>

namespace zc {

// How record tables sort a column's values (RecordTableModel::SortRole): numbers as numbers,
// dates as dates, text by a case-insensitive collator that reads digits as numbers ("host2"
// before "host10") and then letter by letter; empty values last in ascending order.

// The collator those comparisons use, for `locale` (the process's by default). A sort on a
// worker makes its own: one QCollator must not be used by two threads.
QCollator recordCollator(const QLocale &locale = QLocale());

// -1, 0 or 1: how two sort values order.
int compareSortValues(const QCollator &collator, const QVariant &l, const QVariant &r);

// A sort value made ready for many comparisons: text keeps its collation key (where the
// locale has one), which compares as fast as bytes do, where the collator compares letter by
// letter each time. Orders exactly as compareSortValues() does.
class RecordSortKey
{
public:
    RecordSortKey(const QCollator &collator, const QVariant &value);

    int compare(const RecordSortKey &other, const QCollator &collator) const;

private:
    QVariant m_value;
    std::optional<QCollatorSortKey> m_key; // text only
    bool m_text = false;
};

// Whether row l of a table goes before row r, by the rows' keys (`keys` indexed by row):
// descending reverses the values' order, and equal values keep the rows' order either way.
class RecordRowOrder
{
public:
    RecordRowOrder(const std::vector<RecordSortKey> &keys, const QCollator &collator,
                   Qt::SortOrder order)
        : m_keys(&keys)
        , m_collator(&collator)
        , m_order(order)
    {}

    bool operator()(int l, int r) const;

private:
    const std::vector<RecordSortKey> *m_keys;
    const QCollator *m_collator;
    Qt::SortOrder m_order;
};

} // namespace zc
