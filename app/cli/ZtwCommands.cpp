// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZtwCommands.h"

#include "ActivationCommand.h"
#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "net/Pager.h"
#include "ztw/ZtwActivation.h"
#include "ztw/ZtwService.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::ZtwCommands)
};

// Plain columns: the GUI shows connector groups and their VMs as a tree
// (ConnectorGroupTreeModel), not as a table of records whose columns the CLI could share.
QList<RecordColumn> vmColumns()
{
    return RecordColumn::plainList({{u"group"_s, u"group"_s},
                                    {u"vm"_s, u"vm"_s},
                                    {u"status"_s, u"status"_s},
                                    {u"platform"_s, u"platform"_s},
                                    {u"zone"_s, u"zone"_s},
                                    {u"nat ip"_s, u"natIp"_s},
                                    {u"zia gateway"_s, u"ziaGateway"_s},
                                    {u"zpa broker"_s, u"zpaBroker"_s},
                                    {u"build"_s, u"build"_s},
                                    {u"instances"_s, u"instances"_s}});
}

QString zoneOf(const QJsonObject &group)
{
    for (const auto key :
         {"awsAvailabilityZone"_L1, "azureAvailabilityZone"_L1, "gcpAvailabilityZone"_L1}) {
        const QJsonValue zone = group.value(key);
        if (zone.isString() && !zone.toString().isEmpty())
            return zone.toString();
    }
    return {};
}

// One flat row per VM for CSV and table.
QJsonArray vmRows(const QJsonArray &groups)
{
    QJsonArray rows;
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        const QJsonObject base{
            {u"group"_s, group.value("name"_L1)},
            {u"platform"_s, group.value("platform"_L1)},
            {u"zone"_s, zoneOf(group)},
        };
        const QJsonArray vms = group.value("ecVMs"_L1).toArray();
        if (vms.isEmpty()) {
            rows.append(base);
            continue;
        }
        for (const QJsonValue &v : vms) {
            const QJsonObject vm = v.toObject();
            QJsonObject row = base;
            row.insert(u"vm"_s, vm.value("name"_L1));
            row.insert(u"status"_s, vm.value("operationalStatus"_L1));
            row.insert(u"natIp"_s, vm.value("natIp"_L1));
            row.insert(u"ziaGateway"_s, vm.value("ziaGateway"_L1));
            row.insert(u"zpaBroker"_s, vm.value("zpaBroker"_L1));
            row.insert(u"build"_s, vm.value("buildVersion"_L1));
            row.insert(u"instances"_s, vm.value("ecInstances"_L1).toArray().size());
            rows.append(row);
        }
    }
    return rows;
}

void listGroups(CliContext &context)
{
    context.connectClient([&context](ApiClient *client) {
        auto *service = new ZtwService(client, &context);
        PagedFetch *fetch = service->groups();
        context.printAllPages(fetch, [&context](const QJsonArray &groups) {
            // JSON keeps the API's group records; tables and CSV show one row per VM.
            const OutputFormatter formatter = context.formatter();
            return formatter.format() == OutputFormatter::Format::Json
                       ? formatter.records(groups)
                       : formatter.records(vmRows(groups), vmColumns());
        });
    });
}

int runActivation(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    return runActivationCommand(
        context, args, globals,
        {u"ztw activation"_s, Tr::tr("Cloud & Branch Connector activation."),
         Tr::tr("Prints the Cloud & Branch Connector activation status (orgEditStatus "
                "EDITS_PRESENT means changes are pending)."),
         Tr::tr(
             "Activates the pending Cloud & Branch Connector changes and prints the resulting "
             "status. Sends POST as Zscaler's guide documents, and PUT (as the SDKs do) when the "
             "server answers 405."),
         [](ApiClient *client, QObject *parent) -> ActivationStatus * {
             return new ZtwActivation(client, parent);
         }});
}

} // namespace

int runZtwCommand(CliContext &context, const QStringList &args)
{
    return routeSubCommand(
        context, args, context.globals(), u"ztw"_s,
        Tr::tr("Cloud & Branch Connector (ZTW) commands."),
        Tr::tr("groups: connector groups with their VMs. activation: status or activate."),
        {SubCommand::simple(
             u"groups"_s, u"ztw groups"_s,
             Tr::tr("Lists the Cloud & Branch Connector groups, every page. JSON prints "
                    "the groups as the API sent them, with their VMs and instances; CSV "
                    "and table print one row per VM."),
             listGroups),
         {u"activation"_s, runActivation}});
}

} // namespace zc::cli
