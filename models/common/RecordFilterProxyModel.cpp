// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordFilterProxyModel.h"

#include "RecordTableModel.h"

namespace zc {

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true); // tree models: a matching child keeps its parents
    // "host2" before "host10", "admin" before "Wiki", whatever the process locale.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int c = m_collator.compare(l.toString(), r.toString());
        return c != 0 ? c < 0 : l.toString() < r.toString();
    }
    // Empty values sort last in ascending order.
    if (!l.isValid() || l.isNull())
        return false;
    if (!r.isValid() || r.isNull())
        return true;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

void RecordFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    QString row;
    for (int c = 0; c < columns; ++c) {
        row += model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        row += u'\n';
    }
    for (const QString &word : m_words) {
        if (!row.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace zc
