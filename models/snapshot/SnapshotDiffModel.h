// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SnapshotDiff.h"

#include <QAbstractItemModel>
#include <QList>

namespace zc {

// The differences of two snapshots as a tree: collection (its title and counts) → record
// added, removed or changed (name and id) → changed field (path, old and new value). Every
// collection is a row, with "no differences" or why it could not be compared.
class SnapshotDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        ItemColumn,
        ChangeColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };
    enum Role
    {
        // RecordChange::Kind as int for record and field rows; -1 for collection rows.
        KindRole = Qt::UserRole + 1,
        CollectionKeyRole, // the collection's key, on every row
        LevelRole,         // 0 collection, 1 record, 2 field
        SearchTextRole,    // what the text filter looks in: id, name, path and values
    };

    explicit SnapshotDiffModel(QObject *parent = nullptr);

    void setDiff(const SnapshotDiff &diff);
    const SnapshotDiff &diff() const { return m_diff; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1; // node index, -1 for collections
        int row = 0;     // among its parent's children
        int collection = 0;
        int change = -1;
        int field = -1;
        QList<int> children;
    };
    int nodeOf(const QModelIndex &index) const;
    QVariant display(const Node &node, int column) const;

    SnapshotDiff m_diff;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace zc
