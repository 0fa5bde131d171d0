// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace zc {

// The shape of a tree model, written once: every row is a node in one list, numbered from 0
// in the order it was added (the number is the index's internalId), each node knows its parent
// and its row, each parent its children; only column 0 has children. A subclass adds the nodes
// while it resets the model, keeps what each node shows in a list of its own at the same
// number, and answers data() and headerData() for nodeOf(index).
class NodeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    NodeTreeModel(int columnCount, QObject *parent);

    // Both between beginResetModel() and endResetModel(). clearNodes() forgets every node;
    // addNode() adds one as the last child of `parentNode` (-1: the last top-level row) and
    // returns its number.
    void clearNodes();
    int addNode(int parentNode);
    // The node an index of this model stands for; -1 for an invalid index or another model's.
    int nodeOf(const QModelIndex &index) const;

private:
    struct Node
    {
        int parent = -1; // -1 for a top-level row
        int row = 0;     // among its parent's children
        QList<int> children;
    };

    int m_columnCount;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace zc
