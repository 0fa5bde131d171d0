// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CommandRouter.h"

#include "CliContext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

SubCommand SubCommand::simple(const QString &word, const QString &words, const QString &description,
                              std::function<void(CliContext &)> start)
{
    return {word, [words, description, start = std::move(start)](
                      CliContext &context, const QStringList &args, GlobalOptions globals) {
                if (const auto done = context.parseLeaf(words, description, args, globals))
                    return *done;
                start(context);
                return kRunning;
            }};
}

int routeSubCommand(CliContext &context, const QStringList &args, GlobalOptions globals,
                    const QString &words, const QString &description, const QString &help,
                    const QList<SubCommand> &commands)
{
    QStringList names;
    for (const SubCommand &command : commands)
        names.append(command.word);
    CommandParser level(words, description, true);
    level.addPositional(u"command"_s, help, u"<"_s + names.join(u'|') + u"> ..."_s);
    if (const auto done = level.parse(args, &globals))
        return *done;
    const QStringList rest = level.positionalArguments();
    if (rest.isEmpty())
        return level.usageError(
            QCoreApplication::translate("zc::cli::CommandRouter", "Missing command."));
    for (const SubCommand &command : commands) {
        if (rest.first() == command.word)
            return command.run(context, rest, globals);
    }
    return level.usageError(
        QCoreApplication::translate("zc::cli::CommandRouter", "Unknown command \"%1 %2\".")
            .arg(words, rest.first()));
}

std::optional<int> parseActivation(const QStringList &args, GlobalOptions *globals,
                                   const QString &words, const QString &description,
                                   const QString &statusHelp, const QString &activateHelp,
                                   bool *activate)
{
    CommandParser level(words, description, true);
    level.addPositional(u"command"_s,
                        QCoreApplication::translate("zc::cli::CommandRouter",
                                                    "status: show whether changes are pending. "
                                                    "activate: activate the pending changes."),
                        u"<status|activate>"_s);
    if (const auto done = level.parse(args, globals))
        return done;
    const QStringList rest = level.positionalArguments();
    if (rest.isEmpty())
        return level.usageError(
            QCoreApplication::translate("zc::cli::CommandRouter", "Missing command."));
    const QString command = rest.first();
    if (command != "status"_L1 && command != "activate"_L1)
        return level.usageError(
            QCoreApplication::translate("zc::cli::CommandRouter", "Unknown command \"%1 %2\".")
                .arg(words, command));
    *activate = command == "activate"_L1;
    CommandParser leaf(words + u' ' + command, *activate ? activateHelp : statusHelp, false);
    return leaf.parseLeaf(rest, globals);
}

} // namespace zc::cli
