// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ActivationCommand.h"

#include "CliContext.h"
#include "CommandRouter.h"
#include "ExitCodes.h"
#include "common/ActivationStatus.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

int runActivationCommand(CliContext &context, const QStringList &args, GlobalOptions globals,
                         const ActivationCommand &command)
{
    bool activate = false;
    if (const auto done = parseActivation(args, &globals, command.words, command.summary,
                                          command.statusHelp, command.activateHelp, &activate))
        return *done;
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
