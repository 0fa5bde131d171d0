// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SnapshotDiff.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace zc {

// Filters a SnapshotDiffModel: by kind of change (added, removed, changed), by collection,
// and by a text found in a record's id or name or in a field's path or values. A record that
// matches shows all its fields; a collection shows while any of its rows matches, and every
// collection shows when no filter is set.
class SnapshotDiffFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SnapshotDiffFilterModel(QObject *parent = nullptr);

    void setKinds(const QSet<RecordChange::Kind> &kinds);
    QSet<RecordChange::Kind> kinds() const { return m_kinds; }
    // Empty: every collection.
    void setCollection(const QString &key);
    void setText(const QString &text);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<RecordChange::Kind> m_kinds;
    QString m_collection;
    QString m_text;
};

} // namespace zc
