// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZpaCommands.h"

#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "net/ApiClient.h"
#include "net/Pager.h"
#include "zpa/AppSegmentModel.h"
#include "zpa/MicrotenantModel.h"
#include "zpa/ZpaService.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::ZpaCommands)
};

// Every page of a ZPA list; a list the service could not even ask for (no customer ID) comes
// as no fetch and the error that says why.
void printList(CliContext &context, PagedFetch *fetch, const ApiError &error,
               const QList<RecordColumn> &columns)
{
    if (fetch)
        context.printAllPages(fetch, columns);
    else
        context.fail(error);
}

int runSegments(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(u"zpa segments"_s,
                       Tr::tr("Lists the ZPA application segments, every page (500 a request). "
                              "Without --microtenant, the connection's microtenant "
                              "(ZPA_MICROTENANT_ID) is used, or all of them."),
                       false);
    const QCommandLineOption microtenantOption(
        u"microtenant"_s,
        Tr::tr("Only this microtenant: an ID from \"zpa microtenants\", \"0\" or \"default\" for "
               "the Default microtenant, \"all\" for every microtenant."),
        u"ID"_s);
    const QCommandLineOption searchOption(
        u"search"_s, Tr::tr("Only segments whose name or a domain contains TEXT (ZPA's search)."),
        u"TEXT"_s);
    leaf.parser().addOptions({microtenantOption, searchOption});
    if (const auto done = context.parseLeaf(leaf, args, globals))
        return *done;

    const bool microtenantSet = leaf.parser().isSet(microtenantOption);
    QString microtenant = leaf.parser().value(microtenantOption).trimmed();
    if (microtenantSet && microtenant.isEmpty())
        return leaf.usageError(Tr::tr("--microtenant needs an ID, \"default\" or \"all\"."));
    if (microtenant.compare("all"_L1, Qt::CaseInsensitive) == 0)
        microtenant = ZpaService::kAllMicrotenants;
    else if (microtenant.compare("default"_L1, Qt::CaseInsensitive) == 0)
        microtenant = ZpaService::kDefaultMicrotenant;
    const QString search = leaf.parser().value(searchOption);

    context.connectClient([&context, microtenantSet, microtenant, search](ApiClient *client) {
        auto *service = new ZpaService(client, &context);
        const QString choice =
            microtenantSet ? microtenant : client->settings().zpaMicrotenantId.trimmed();
        ApiError error;
        PagedFetch *fetch = service->applicationSegments(choice, search, &error);
        printList(context, fetch, error, AppSegmentModel::segmentColumns());
    });
    return kRunning;
}

void listMicrotenants(CliContext &context)
{
    context.connectClient([&context](ApiClient *client) {
        auto *service = new ZpaService(client, &context);
        ApiError error;
        PagedFetch *fetch = service->microtenants(&error);
        printList(context, fetch, error, MicrotenantModel::microtenantColumns(true));
    });
}

} // namespace

int runZpaCommand(CliContext &context, const QStringList &args)
{
    return routeSubCommand(
        context, args, context.globals(), u"zpa"_s, Tr::tr("ZPA commands."),
        Tr::tr("segments: application segments. microtenants: the microtenants."),
        {{u"segments"_s, runSegments},
         SubCommand::simple(
             u"microtenants"_s, u"zpa microtenants"_s,
             Tr::tr("Lists the ZPA microtenants (the Default microtenant, ID 0, is not "
                    "listed). Their IDs go to \"zpa segments --microtenant\"."),
             listMicrotenants)});
}

} // namespace zc::cli
