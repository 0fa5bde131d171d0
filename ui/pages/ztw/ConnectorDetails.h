// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/DetailPane.h"
#include "ztw/ConnectorGroupTreeModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zc {

// What the Connector groups page shows about its tree: the detail pane's fields for each
// level (a group's location, template, tunnel mode and counts; a VM's management network;
// an instance's service and virtual networks) and the summary line above the tree.
namespace ConnectorDetails {

QList<DetailPane::Field> fields(ConnectorGroupTreeModel::NodeKind kind);

// The fields of one network object (managementNw, serviceNw, virtualNw), labels prefixed
// with the network's name ("Management"): IP, netmask, gateway, DNS, type.
QList<DetailPane::Field> networkFields(const QString &member, const QString &networkName);

// "10.1.200.178" (or "10.1.200.10 – 10.1.200.20" for a range).
QString networkAddress(const QJsonObject &network);
// The DNS servers of a network, comma-separated.
QString dnsServers(const QJsonObject &network);

// "8 groups · 14 VMs (3 inactive) · 20 instances".
QString summary(const QJsonArray &groups);

} // namespace ConnectorDetails

} // namespace zc
