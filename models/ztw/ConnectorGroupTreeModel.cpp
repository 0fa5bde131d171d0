// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectorGroupTreeModel.h"

#include "net/Pager.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

struct ColumnInfo
{
    const char *key;
    const char *header;
};

constexpr std::array<ColumnInfo, ConnectorGroupTreeModel::ColumnCount> kColumns{{
    {"name", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "Name")},
    {"status", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "Status")},
    {"platform", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "Platform")},
    {"zone", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "Zone")},
    {"location", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "Location")},
    {"natIp", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "NAT IP")},
    {"ziaGateway", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "ZIA gateway")},
    {"zpaBroker", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "ZPA broker")},
    {"buildVersion", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "Build")},
    {"formFactor", QT_TRANSLATE_NOOP("zc::ConnectorGroupTreeModel", "Form factor")},
}};

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(text(item));
        return parts.join(u", "_s);
    }
    if (value.isObject())
        return value.toObject().value("name"_L1).toString();
    return {};
}

QStringList words(const QJsonValue &value)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString().toUpper());
    } else {
        static const QRegularExpression separators(u"[\\s,;|]+"_s);
        list = value.toString().toUpper().split(separators, Qt::SkipEmptyParts);
    }
    return list;
}

QString zoneOf(const QJsonObject &group)
{
    for (const auto key : {"awsAvailabilityZone"_L1, "azureAvailabilityZone"_L1,
                           "gcpAvailabilityZone"_L1, "availabilityZone"_L1}) {
        const QString zone = text(group.value(key));
        if (!zone.isEmpty())
            return zone;
    }
    return {};
}

} // namespace

ConnectorGroupTreeModel::ConnectorGroupTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString ConnectorGroupTreeModel::columnKey(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return QString::fromLatin1(kColumns[static_cast<size_t>(column)].key);
}

ConnectorGroupTreeModel::NodeStatus ConnectorGroupTreeModel::vmStatus(const QJsonObject &vm)
{
    const QString status = vm.value("operationalStatus"_L1).toString().toUpper();
    if (status.isEmpty())
        return NodeStatus::Unknown;
    return status == "ACTIVE"_L1 ? NodeStatus::Up : NodeStatus::Down;
}

ConnectorGroupTreeModel::NodeStatus
ConnectorGroupTreeModel::instanceStatus(const QJsonObject &instance)
{
    const QStringList flags = words(instance.value("flags"_L1));
    for (const auto down :
         {"UNREGISTERED"_L1, "DEREGISTERED"_L1, "INACTIVE"_L1, "DISABLED"_L1, "DOWN"_L1}) {
        if (flags.contains(down))
            return NodeStatus::Down;
    }
    if (flags.contains("REGISTERED"_L1) || flags.contains("ACTIVE"_L1) || flags.contains("UP"_L1))
        return NodeStatus::Up;
    return NodeStatus::Unknown;
}

ConnectorGroupTreeModel::NodeStatus ConnectorGroupTreeModel::groupStatus(const QJsonObject &group)
{
    bool anyDown = false;
    bool anyUnknown = false;
    for (const QJsonValue &vm : group.value("ecVMs"_L1).toArray()) {
        switch (vmStatus(vm.toObject())) {
        case NodeStatus::Up:
            return NodeStatus::Up;
        case NodeStatus::Down:
            anyDown = true;
            break;
        case NodeStatus::Unknown:
            anyUnknown = true;
            break;
        }
    }
    return anyDown && !anyUnknown ? NodeStatus::Down : NodeStatus::Unknown;
}

const ConnectorGroupTreeModel::Node *ConnectorGroupTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex ConnectorGroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> *siblings = &m_topLevel;
    if (parent.isValid()) {
        if (parent.column() != 0)
            return {};
        const Node *p = nodeOf(parent);
        if (!p)
            return {};
        siblings = &p->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings->at(row)));
}

QModelIndex ConnectorGroupTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &p = m_nodes[static_cast<size_t>(node->parent)];
    return createIndex(p.row, 0, static_cast<quintptr>(node->parent));
}

int ConnectorGroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int ConnectorGroupTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConnectorGroupTreeModel::display(const Node &node, int column) const
{
    const QJsonObject &o = node.json;
    switch (static_cast<Column>(column)) {
    case NameColumn:
        return text(o.value("name"_L1));
    case StatusColumn:
        switch (node.kind) {
        case NodeKind::Group: {
            // deployType, and the status list when it says more ("CLOUD", "CLOUD / X, Y").
            const QString deploy = text(o.value("deployType"_L1));
            const QString status = text(o.value("status"_L1));
            if (status.isEmpty() || status == deploy)
                return deploy;
            if (deploy.isEmpty())
                return status;
            return u"%1 / %2"_s.arg(deploy, status);
        }
        case NodeKind::Vm: {
            // "INACTIVE (REGISTERED, PKG_REPO_REGISTERED)"
            const QString operational = text(o.value("operationalStatus"_L1));
            const QString status = text(o.value("status"_L1));
            if (status.isEmpty())
                return operational;
            if (operational.isEmpty())
                return status;
            return u"%1 (%2)"_s.arg(operational, status);
        }
        case NodeKind::Instance:
            return text(o.value("flags"_L1));
        }
        return {};
    case PlatformColumn:
        return node.kind == NodeKind::Group ? text(o.value("platform"_L1)) : QString();
    case ZoneColumn:
        return node.kind == NodeKind::Group ? zoneOf(o) : QString();
    case LocationColumn:
        return node.kind == NodeKind::Group ? text(o.value("location"_L1)) : QString();
    case NatIpColumn:
        return node.kind == NodeKind::Group ? QString() : text(o.value("natIp"_L1));
    case ZiaGatewayColumn:
        return node.kind == NodeKind::Vm ? text(o.value("ziaGateway"_L1)) : QString();
    case ZpaBrokerColumn:
        return node.kind == NodeKind::Vm ? text(o.value("zpaBroker"_L1)) : QString();
    case BuildVersionColumn:
        return node.kind == NodeKind::Vm ? text(o.value("buildVersion"_L1)) : QString();
    case FormFactorColumn:
        return node.kind == NodeKind::Vm ? text(o.value("formFactor"_L1)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConnectorGroupTreeModel::sortValue(const Node &node, int column) const
{
    if (column == BuildVersionColumn) {
        bool ok = false;
        const qlonglong build = display(node, column).toString().toLongLong(&ok);
        return ok ? QVariant(build) : QVariant(display(node, column));
    }
    if (column == StatusColumn)
        return static_cast<int>(node.status); // Unknown, Up, Down together
    return display(node, column);
}

QVariant ConnectorGroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(*node, index.column());
    case SortRole:
        return sortValue(*node, index.column());
    case RawJsonRole:
        return node->json;
    case RecordIdRole:
        return recordId(node->json);
    case NodeKindRole:
        return static_cast<int>(node->kind);
    case StatusRole:
        return static_cast<int>(node->status);
    default:
        return {};
    }
}

QVariant ConnectorGroupTreeModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("zc::ConnectorGroupTreeModel",
                                           kColumns[static_cast<size_t>(section)].header);
    if (role == ColumnKeyRole)
        return columnKey(section);
    return {};
}

QHash<int, QByteArray> ConnectorGroupTreeModel::roleNames() const
{
    QHash<int, QByteArray> names =
        RecordTableModel::withRecordRoleNames(QAbstractItemModel::roleNames());
    names.insert(NodeKindRole, "nodeKind");
    names.insert(StatusRole, "status");
    return names;
}

void ConnectorGroupTreeModel::setGroups(const QJsonArray &groups)
{
    beginResetModel();
    m_groups = groups;
    m_nodes.clear();
    m_topLevel.clear();
    const auto add = [this](NodeKind kind, const QJsonObject &json, int parent, int row) {
        Node node;
        node.kind = kind;
        node.json = json;
        node.parent = parent;
        node.row = row;
        node.status = kind == NodeKind::Group ? groupStatus(json)
                      : kind == NodeKind::Vm  ? vmStatus(json)
                                              : instanceStatus(json);
        m_nodes.push_back(node);
        const int id = static_cast<int>(m_nodes.size() - 1);
        if (parent < 0)
            m_topLevel.append(id);
        else
            m_nodes[static_cast<size_t>(parent)].children.append(id);
        return id;
    };
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QJsonObject group = groups.at(g).toObject();
        const int groupId = add(NodeKind::Group, group, -1, static_cast<int>(g));
        const QJsonArray vms = group.value("ecVMs"_L1).toArray();
        for (qsizetype v = 0; v < vms.size(); ++v) {
            const QJsonObject vm = vms.at(v).toObject();
            const int vmId = add(NodeKind::Vm, vm, groupId, static_cast<int>(v));
            const QJsonArray instances = vm.value("ecInstances"_L1).toArray();
            for (qsizetype i = 0; i < instances.size(); ++i)
                add(NodeKind::Instance, instances.at(i).toObject(), vmId, static_cast<int>(i));
        }
    }
    endResetModel();
}

void ConnectorGroupTreeModel::clear()
{
    setGroups({});
}

void ConnectorGroupTreeModel::load(PagedFetch *fetch)
{
    connect(fetch, &PagedFetch::progress, this, &ConnectorGroupTreeModel::progress);
    m_jobs.follow(fetch, [this](PagedFetch *done) {
        setGroups(done->records());
        return static_cast<int>(m_groups.size());
    });
}

} // namespace zc
