// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RecordTextFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace zc {

// Filter-as-you-type (RecordTextFilter's rule) and sorting (RecordSortKey's order) for a tree
// of records, such as ConnectorGroupTreeModel: a row stays when one of its children matches.
// Flat tables go through RecordTableProxyModel, which loads and sorts 100,000 rows faster
// than QSortFilterProxyModel can.
//
// A new filter resets the proxy rather than removing the rows that no longer match range by
// range (each removal costs the views O(rows)). A reset loses the selection; the view keeps
// the current record.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text(); }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RecordTextFilter m_filter;
    QCollator m_collator;
};

} // namespace zc
