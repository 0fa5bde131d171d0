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
    : NodeTreeModel(ColumnCount, parent)
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
    const Node &node = m_nodes[static_cast<size_t>(nodeOf(index))];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(node, index.column());
    case SortRole:
        return sortValue(node, index.column());
    case RawJsonRole:
        return node.json;
    case RecordIdRole:
        return recordId(node.json);
    case NodeKindRole:
        return static_cast<int>(node.kind);
    case StatusRole:
        return static_cast<int>(node.status);
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
    clearNodes();
    m_nodes.clear();
    const auto add = [this](NodeKind kind, const QJsonObject &json, int parent) {
        const NodeStatus status = kind == NodeKind::Group ? groupStatus(json)
                                  : kind == NodeKind::Vm  ? vmStatus(json)
                                                          : instanceStatus(json);
        m_nodes.push_back({kind, json, status});
        return addNode(parent);
    };
    for (const QJsonValue &group : groups) {
        const int groupNode = add(NodeKind::Group, group.toObject(), -1);
        for (const QJsonValue &vm : group.toObject().value("ecVMs"_L1).toArray()) {
            const int vmNode = add(NodeKind::Vm, vm.toObject(), groupNode);
            for (const QJsonValue &instance : vm.toObject().value("ecInstances"_L1).toArray())
                add(NodeKind::Instance, instance.toObject(), vmNode);
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
