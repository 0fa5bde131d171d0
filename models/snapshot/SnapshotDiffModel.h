// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SnapshotDiff.h"
#include "common/NodeTreeModel.h"

#include <QList>

namespace zc {

// The differences of two snapshots as a tree: collection (its title and counts) → record
// added, removed or changed (name and id) → changed field (path, old and new value). Every
// collection is a row, with "no differences" or why it could not be compared.
class SnapshotDiffModel : public NodeTreeModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // What a node of the tree shows: a collection (change -1), one of its records (field -1)
    // or one of a record's fields, by their positions in m_diff.
    struct Node
    {
        int collection = 0;
        int change = -1;
        int field = -1;
    };
    QVariant display(const Node &node, int column) const;

    SnapshotDiff m_diff;
    QList<Node> m_nodes; // at NodeTreeModel's node numbers
};

} // namespace zc
