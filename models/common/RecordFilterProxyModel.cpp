// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordFilterProxyModel.h"

#include "RecordSortKey.h"
#include "RecordTableModel.h"

namespace zc {

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(recordCollator())
{
    setSortRole(RecordTableModel::SortRole);
}

void RecordFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    // Before the base class connects its own handlers, so that the rows' texts are forgotten
    // before it filters changed rows again.
    m_filter.setSource(model);
    // A table's rows have no children: no need to look for a matching child under each row a
    // filter drops (100,000 calls a keystroke). Trees: a matching child keeps its parents.
    setRecursiveFilteringEnabled(!RecordTextFilter::isFlat(model));
    QSortFilterProxyModel::setSourceModel(model);
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int c = compareSortValues(m_collator, left.data(sortRole()), right.data(sortRole()));
    if (c != 0)
        return c < 0;
    // Equal values keep the source's order whichever way the column sorts (as the proxy's
    // stable sort keeps them, and as RecordTableProxyModel does).
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    return ascending ? left.row() < right.row() : left.row() > right.row();
}

void RecordFilterProxyModel::setFilterText(const QString &text)
{
    if (!m_filter.prepare(text))
        return;
    // One reset, not a removal per range of rows that no longer match (see the class comment).
    beginResetModel();
    m_filter.commit();
    endResetModel();
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Children of tree models are searched as they are: few, and their rows move around.
    return sourceParent.isValid() ? m_filter.acceptsChild(sourceRow, sourceParent)
                                  : m_filter.acceptsRow(sourceRow);
}

} // namespace zc
