// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CommandRouter.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

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

} // namespace zc::cli
