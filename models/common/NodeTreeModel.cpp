// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "NodeTreeModel.h"

namespace zc {

NodeTreeModel::NodeTreeModel(int columnCount, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columnCount(columnCount)
{}

void NodeTreeModel::clearNodes()
{
    m_nodes.clear();
    m_topLevel.clear();
}

int NodeTreeModel::addNode(int parentNode)
{
    const int node = static_cast<int>(m_nodes.size());
    QList<int> &siblings = parentNode < 0 ? m_topLevel : m_nodes[parentNode].children;
    const int row = static_cast<int>(siblings.size());
    siblings.append(node);
    // Last: appending may move every node, the parent's list of children with it.
    m_nodes.append({parentNode, row, {}});
    return node;
}

int NodeTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const quintptr node = index.internalId();
    return node < static_cast<quintptr>(m_nodes.size()) ? static_cast<int>(node) : -1;
}

QModelIndex NodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= m_columnCount)
        return {};
    const QList<int> *siblings = &m_topLevel;
    if (parent.isValid()) {
        const int parentNode = nodeOf(parent);
        if (parentNode < 0 || parent.column() != 0)
            return {};
        siblings = &m_nodes.at(parentNode).children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings->at(row)));
}

QModelIndex NodeTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parentNode = m_nodes.at(node).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, static_cast<quintptr>(parentNode));
}

int NodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    const int node = nodeOf(parent);
    if (node < 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes.at(node).children.size());
}

int NodeTreeModel::columnCount(const QModelIndex &) const
{
    return m_columnCount;
}

} // namespace zc
