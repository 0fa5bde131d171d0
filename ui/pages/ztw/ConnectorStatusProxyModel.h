// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ztw/ConnectorGroupTreeModel.h"

#include <QIcon>
#include <QIdentityProxyModel>

namespace zc {

// Puts the status of each group, VM and instance of a ConnectorGroupTreeModel on screen: a
// green, red or grey circle in the Name column (Qt::DecorationRole) with the status in words
// as its tooltip ("Active", "Inactive", "Unknown"). The model itself stays free of QtGui.
// Relays the tree model's loadingChanged(bool) so RecordTableView follows the loading.
class ConnectorStatusProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using NodeStatus = ConnectorGroupTreeModel::NodeStatus;
    using NodeKind = ConnectorGroupTreeModel::NodeKind;

    // The status in words ("Inactive") on every column. The Name column's tooltip is
    // "Inactive — <name>", since the column may elide the name.
    static constexpr int StatusTextRole = ConnectorGroupTreeModel::StatusRole + 10;

    explicit ConnectorStatusProxyModel(QObject *parent = nullptr);

    void setTreeModel(ConnectorGroupTreeModel *model);
    ConnectorGroupTreeModel *treeModel() const { return m_tree; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QIcon statusIcon(NodeStatus status) const;
    // "Active", "Inactive", "Unknown".
    static QString statusText(NodeStatus status);
    // A filled circle of this colour with a darker rim, at 16 and 32 pixels.
    static QIcon circleIcon(const QColor &color);

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    ConnectorGroupTreeModel *m_tree = nullptr;
    QMetaObject::Connection m_loading;
    QIcon m_up;
    QIcon m_down;
    QIcon m_unknown;
};

} // namespace zc
