// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/JobFollower.h"
#include "common/NodeTreeModel.h"
#include "common/RecordTableModel.h"
#include "net/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace zc {

class PagedFetch;

// Cloud & Branch Connector groups as a tree: group -> VMs (ecVMs) -> instances
// (ecInstances), with the same columns on every level; a cell a level does not have stays
// empty. RawJsonRole hands out each node's own JSON object (a group with its ecVMs, a VM with
// its ecInstances, as the API sent them), NodeKindRole says which level a row is and
// StatusRole how it is doing, for the view's icons:
//   VM        operationalStatus ACTIVE -> Up, another value -> Down, absent -> Unknown
//   instance  flags holding UNREGISTERED, DEREGISTERED, INACTIVE or DISABLED -> Down,
//             else REGISTERED or ACTIVE -> Up, else Unknown
//   group     Up when any VM is up (the group still forwards traffic), Down when every VM is
//             down, Unknown without VMs or when no VM's status is known
// Loading replaces the whole tree only when the last page arrived; a failure or a cancel
// leaves the previous tree.
class ConnectorGroupTreeModel : public NodeTreeModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        PlatformColumn,
        ZoneColumn,
        LocationColumn,
        NatIpColumn,
        ZiaGatewayColumn,
        ZpaBrokerColumn,
        BuildVersionColumn,
        FormFactorColumn,
        ColumnCount
    };
    enum Role
    {
        RawJsonRole = RecordTableModel::RawJsonRole, // QJsonObject of the node
        SortRole = RecordTableModel::SortRole,       // the column's sort value
        ColumnKeyRole = RecordTableModel::ColumnKeyRole,
        RecordIdRole = RecordTableModel::RecordIdRole, // the node's "id" as text
        NodeKindRole = Qt::UserRole + 20,              // NodeKind as int
        StatusRole,                                    // NodeStatus as int
    };
    enum class NodeKind
    {
        Group,
        Vm,
        Instance
    };
    Q_ENUM(NodeKind)
    enum class NodeStatus
    {
        Unknown,
        Up,
        Down
    };
    Q_ENUM(NodeStatus)

    explicit ConnectorGroupTreeModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the tree with these groups (records of GET /ecgroup).
    void setGroups(const QJsonArray &groups);
    void clear();
    QJsonArray groups() const { return m_groups; }
    int groupCount() const { return static_cast<int>(m_groups.size()); }
    // The stable key of a column ("name", "status", "natIp"...): settings and CSV headers.
    static QString columnKey(int column);

    // Follows a paged fetch (ZtwService::groups()): progress is relayed, the tree is replaced
    // when it finishes, and a failure leaves it as it was. A fetch under way is cancelled.
    void load(PagedFetch *fetch);
    void cancel() { m_jobs.cancel(); }
    bool isLoading() const { return m_jobs.isLoading(); }
    ApiError lastError() const { return m_jobs.lastError(); }

    static NodeStatus vmStatus(const QJsonObject &vm);
    static NodeStatus instanceStatus(const QJsonObject &instance);
    static NodeStatus groupStatus(const QJsonObject &group);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(int pagesLoaded, int totalPages, int recordsLoaded);
    void loaded(int groups);
    void failed(const zc::ApiError &error);

private:
    struct Node
    {
        NodeKind kind = NodeKind::Group;
        QJsonObject json;
        NodeStatus status = NodeStatus::Unknown;
    };
    QVariant display(const Node &node, int column) const;
    QVariant sortValue(const Node &node, int column) const;

    QJsonArray m_groups;
    std::vector<Node> m_nodes; // at NodeTreeModel's node numbers
    JobFollower<ConnectorGroupTreeModel> m_jobs{this};
};

} // namespace zc
