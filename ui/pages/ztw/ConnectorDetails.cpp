// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectorDetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace zc::ConnectorDetails {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(zc::ConnectorDetails)
};

using Kind = ConnectorGroupTreeModel::NodeKind;
using Status = ConnectorGroupTreeModel::NodeStatus;

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return DetailPane::valueText(o.value(key));
}

QString nameOf(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toObject().value("name"_L1).toString();
}

QString count(qsizetype n)
{
    return QLocale().toString(n);
}

QString zoneOf(const QJsonObject &group)
{
    for (const auto key : {"awsAvailabilityZone"_L1, "azureAvailabilityZone"_L1,
                           "gcpAvailabilityZone"_L1, "availabilityZone"_L1}) {
        const QString zone = str(group, key);
        if (!zone.isEmpty())
            return zone;
    }
    return {};
}

// "3 (1 inactive)", "2 (all active)".
QString vmCounts(const QJsonArray &vms)
{
    qsizetype inactive = 0;
    for (const QJsonValue &vm : vms) {
        if (ConnectorGroupTreeModel::vmStatus(vm.toObject()) == Status::Down)
            ++inactive;
    }
    if (vms.isEmpty())
        return Text::tr("None");
    if (inactive == 0)
        return Text::tr("%1 (all active)").arg(count(vms.size()));
    if (inactive == vms.size())
        return Text::tr("%1 (all inactive)").arg(count(vms.size()));
    return Text::tr("%1 (%2 inactive)").arg(count(vms.size()), count(inactive));
}

qsizetype instanceCount(const QJsonArray &vms)
{
    qsizetype n = 0;
    for (const QJsonValue &vm : vms)
        n += vm.toObject().value("ecInstances"_L1).toArray().size();
    return n;
}

QString epochText(const QJsonValue &value)
{
    const qint64 seconds = value.toInteger();
    if (seconds <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

DetailPane::Field field(const QString &label, std::function<QString(const QJsonObject &)> value)
{
    DetailPane::Field f;
    f.label = label;
    f.value = std::move(value);
    return f;
}

DetailPane::Field member(const QString &label, QLatin1StringView key)
{
    return field(label, [key](const QJsonObject &o) { return str(o, key); });
}

} // namespace

QString networkAddress(const QJsonObject &network)
{
    const QString start = network.value("ipStart"_L1).toString();
    const QString end = network.value("ipEnd"_L1).toString();
    if (end.isEmpty() || end == "0.0.0.0"_L1 || end == start)
        return start;
    return Text::tr("%1 – %2").arg(start, end);
}

QString dnsServers(const QJsonObject &network)
{
    const QJsonObject dns = network.value("dns"_L1).toObject();
    return DetailPane::valueText(dns.value("ips"_L1));
}

QList<DetailPane::Field> networkFields(const QString &member, const QString &networkName)
{
    const auto nw = [member](const QJsonObject &o) { return o.value(member).toObject(); };
    return {
        field(Text::tr("%1 IP").arg(networkName),
              [nw](const QJsonObject &o) { return networkAddress(nw(o)); }),
        field(Text::tr("%1 netmask").arg(networkName),
              [nw](const QJsonObject &o) { return str(nw(o), "netmask"_L1); }),
        field(Text::tr("%1 gateway").arg(networkName),
              [nw](const QJsonObject &o) { return str(nw(o), "defaultGateway"_L1); }),
        field(Text::tr("%1 DNS").arg(networkName),
              [nw](const QJsonObject &o) { return dnsServers(nw(o)); }),
        field(Text::tr("%1 network type").arg(networkName),
              [nw](const QJsonObject &o) { return str(nw(o), "nwType"_L1); }),
    };
}

QList<DetailPane::Field> fields(ConnectorGroupTreeModel::NodeKind kind)
{
    QList<DetailPane::Field> list;
    list << member(Text::tr("Name"), "name"_L1);
    switch (kind) {
    case Kind::Group:
        list << member(Text::tr("Description"), "desc"_L1)
             << member(Text::tr("Deployment"), "deployType"_L1)
             << member(Text::tr("Platform"), "platform"_L1) << field(Text::tr("Zone"), zoneOf)
             << field(Text::tr("Location"),
                      [](const QJsonObject &o) { return nameOf(o, "location"_L1); })
             << field(Text::tr("Template"),
                      [](const QJsonObject &o) { return nameOf(o, "provTemplate"_L1); })
             << member(Text::tr("Tunnel mode"), "tunnelMode"_L1)
             << field(Text::tr("VMs"),
                      [](const QJsonObject &o) { return vmCounts(o.value("ecVMs"_L1).toArray()); })
             << field(Text::tr("Instances"), [](const QJsonObject &o) {
                    return count(instanceCount(o.value("ecVMs"_L1).toArray()));
                });
        break;
    case Kind::Vm:
        list << member(Text::tr("Operational status"), "operationalStatus"_L1)
             << member(Text::tr("Registration"), "status"_L1)
             << member(Text::tr("Form factor"), "formFactor"_L1)
             << member(Text::tr("Build version"), "buildVersion"_L1)
             << field(Text::tr("Last upgrade"),
                      [](const QJsonObject &o) { return epochText(o.value("lastUpgradeTime"_L1)); })
             << member(Text::tr("High availability"), "haStatus"_L1)
             << member(Text::tr("NAT IP"), "natIp"_L1)
             << member(Text::tr("ZIA gateway"), "ziaGateway"_L1)
             << member(Text::tr("ZPA broker"), "zpaBroker"_L1)
             << field(Text::tr("Template"),
                      [](const QJsonObject &o) { return nameOf(o, "provTemplate"_L1); })
             << field(Text::tr("Instances"), [](const QJsonObject &o) {
                    return count(o.value("ecInstances"_L1).toArray().size());
                });
        list << networkFields(u"managementNw"_s, Text::tr("Management"));
        break;
    case Kind::Instance:
        list << member(Text::tr("Flags"), "flags"_L1)
             << member(Text::tr("Instance type"), "ecInstanceType"_L1)
             << member(Text::tr("NAT IP"), "natIp"_L1);
        list << networkFields(u"serviceNw"_s, Text::tr("Service"));
        list << networkFields(u"virtualNw"_s, Text::tr("Virtual"));
        break;
    }
    list << member(Text::tr("ID"), "id"_L1);
    return list;
}

QString summary(const QJsonArray &groups)
{
    qsizetype vms = 0;
    qsizetype inactive = 0;
    qsizetype instances = 0;
    for (const QJsonValue &group : groups) {
        const QJsonArray groupVms = group.toObject().value("ecVMs"_L1).toArray();
        vms += groupVms.size();
        instances += instanceCount(groupVms);
        for (const QJsonValue &vm : groupVms) {
            if (ConnectorGroupTreeModel::vmStatus(vm.toObject()) == Status::Down)
                ++inactive;
        }
    }
    const qsizetype groupCount = groups.size();
    const QString groupText = Text::tr("%Ln group(s)", nullptr, int(groupCount));
    QString vmText = Text::tr("%Ln VM(s)", nullptr, vms);
    if (inactive > 0)
        vmText = Text::tr("%1 (%2 inactive)").arg(vmText, count(inactive));
    const QString instanceText = Text::tr("%Ln instance(s)", nullptr, instances);
    return Text::tr("%1 · %2 · %3").arg(groupText, vmText, instanceText);
}

} // namespace zc::ConnectorDetails
