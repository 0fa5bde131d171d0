// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivationCommand.h"

#include "CliContext.h"
#include "ExitCodes.h"
#include "common/ActivationStatus.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zc::cli::ActivationCommand", text);
}

} // namespace

int runActivationCommand(CliContext &context, const QStringList &args, GlobalOptions globals,
                         const ActivationCommand &command)
{
    CommandParser level(command.words, command.summary, true);
    level.addPositional(u"command"_s,
                        tr("status: show whether changes are pending. activate: activate the "
                           "pending changes."),
                        u"<status|activate>"_s);
    if (const auto done = level.parse(args, &globals))
        return *done;
    const QStringList rest = level.positionalArguments();
    if (rest.isEmpty())
        return level.usageError(tr("Missing command."));
    const QString verb = rest.first();
    if (verb != "status"_L1 && verb != "activate"_L1)
        return level.usageError(tr("Unknown command \"%1 %2\".").arg(command.words, verb));

    const bool activate = verb == "activate"_L1;
    CommandParser leaf(command.words + u' ' + verb,
                       activate ? command.activateHelp : command.statusHelp, false);
    if (const auto done = leaf.parse(rest, &globals))
        return *done;
    if (!leaf.positionalArguments().isEmpty())
        return leaf.usageError(tr("\"%1 %2\" takes no arguments.").arg(command.words, verb));
    context.setGlobals(globals);

    const auto create = command.create;
    context.connectClient([&context, activate, create](ApiClient *client) {
        ActivationStatus *status = create(client, &context);
        QPointer<ActivationStatus> guard(status);
        context.onInterrupt([guard] {
            if (guard)
                guard->cancel();
        });
        QObject::connect(status, &ActivationStatus::changed, &context, [&context, status] {
            if (context.isFinished())
                return;
            context.printResult(context.formatter().object(status->answer()));
            context.finish(Success);
        });
        QObject::connect(status, &ActivationStatus::failed, &context,
                         [&context, activate](const ApiError &error) {
                             if (activate)
                                 context.failActivation(error);
                             else
                                 context.fail(error);
                         });
        if (activate)
            status->activate();
        else
            status->refresh();
    });
    return kRunning;
}

} // namespace zc::cli
