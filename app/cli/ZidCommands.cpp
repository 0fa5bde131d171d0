// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZidCommands.h"

#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "net/ApiClient.h"
#include "zid/ZidListModels.h"
#include "zid/ZidService.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::cli::ZidCommands)
};

int runUsers(CliContext &context, const QStringList &args, GlobalOptions globals)
{
    CommandParser leaf(u"zid users"_s,
                       Tr::tr("Lists ZIdentity users, every page (1,000 a page). --login matches a "
                              "login name exactly (loginname); --like keeps the logins containing "
                              "the text (loginname[like]); both are filters of the API."),
                       false);
    const QCommandLineOption loginOption(u"login"_s, Tr::tr("Exactly this login name."), u"L"_s);
    const QCommandLineOption likeOption(u"like"_s, Tr::tr("Login names containing this text."),
                                        u"TEXT"_s);
    leaf.parser().addOptions({loginOption, likeOption});
    if (const auto done = context.parseLeaf(leaf, args, globals))
        return *done;
    ZidUserFilter filter;
    filter.login = leaf.parser().value(loginOption).trimmed();
    filter.loginLike = leaf.parser().value(likeOption).trimmed();

    context.connectClient([&context, filter](ApiClient *client) {
        auto *service = new ZidService(client, &context);
        // The view's columns, and the id that "zid" scripts pass on.
        context.printAllPages(service->users(filter),
                              RecordColumn::withPlain(UserModel::userColumns(), {u"id"_s}));
    });
    return kRunning;
}

void listGroups(CliContext &context)
{
    context.connectClient([&context](ApiClient *client) {
        auto *service = new ZidService(client, &context);
        context.printAllPages(service->groups(), GroupModel::groupColumns());
    });
}

} // namespace

int runZidCommand(CliContext &context, const QStringList &args)
{
    return routeSubCommand(
        context, args, context.globals(), u"zid"_s, Tr::tr("ZIdentity commands."),
        Tr::tr("users: list users. groups: list groups."),
        {{u"users"_s, runUsers},
         SubCommand::simple(u"groups"_s, u"zid groups"_s,
                            Tr::tr("Lists ZIdentity groups, every page."), listGroups)});
}

} // namespace zc::cli
