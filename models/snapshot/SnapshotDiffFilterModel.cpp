// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotDiffFilterModel.h"

#include "SnapshotDiffModel.h"

namespace zc {

SnapshotDiffFilterModel::SnapshotDiffFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kinds{RecordChange::Kind::Added, RecordChange::Kind::Removed, RecordChange::Kind::Changed}
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void SnapshotDiffFilterModel::setKinds(const QSet<RecordChange::Kind> &kinds)
{
    m_kinds = kinds;
    invalidateFilter();
}

void SnapshotDiffFilterModel::setCollection(const QString &key)
{
    m_collection = key;
    invalidateFilter();
}

void SnapshotDiffFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool SnapshotDiffFilterModel::isFiltering() const
{
    return m_kinds.size() < 3 || !m_collection.isEmpty() || !m_text.isEmpty();
}

bool SnapshotDiffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_collection.isEmpty() &&
        index.data(SnapshotDiffModel::CollectionKeyRole).toString() != m_collection)
        return false;
    const int level = index.data(SnapshotDiffModel::LevelRole).toInt();
    if (level == 0)
        return m_kinds.size() == 3 && m_text.isEmpty(); // else shown for a matching row
    const auto kind =
        static_cast<RecordChange::Kind>(index.data(SnapshotDiffModel::KindRole).toInt());
    if (!m_kinds.contains(kind))
        return false;
    if (m_text.isEmpty())
        return level == 1; // a record brings its fields
    return index.data(SnapshotDiffModel::SearchTextRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

} // namespace zc
