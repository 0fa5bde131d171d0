// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliOptions.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace zc::cli {

class CliContext;

// A command below a routing level: its word and what runs it with the remaining arguments
// (args[0] is the word itself) and the global options merged so far.
struct SubCommand
{
    QString word;
    std::function<int(CliContext &, const QStringList &, GlobalOptions)> run;

    // A command without options of its own ("zid groups"): parsed for --help and the global
    // options (`words` and `description` for --help), then `start` runs it.
    static SubCommand simple(const QString &word, const QString &words, const QString &description,
                             std::function<void(CliContext &)> start);
};

// One routing level of the command line ("zcc", "zdx trace"): parses `args`, then runs the
// sub-command named by the first word; a missing or unknown word is a usage error (exit 2)
// that names the level. `help` describes the sub-commands for --help.
int routeSubCommand(CliContext &context, const QStringList &args, GlobalOptions globals,
                    const QString &words, const QString &description, const QString &help,
                    const QList<SubCommand> &commands);

// "<words> status" and "<words> activate" (e.g. "zia activation"): parses the level and the
// leaf. Returns an exit code when the run ends here (help shown, or a mistake reported);
// otherwise *activate says which was asked for and *globals holds the options.
std::optional<int> parseActivation(const QStringList &args, GlobalOptions *globals,
                                   const QString &words, const QString &description,
                                   const QString &statusHelp, const QString &activateHelp,
                                   bool *activate);

} // namespace zc::cli
