// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the programs' --help says, read by running them: the source of truth that the man
// pages and the shell completions are checked against.

#include "CliRunner.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace zc::test {

// One level of a program's command line, as its --help describes it.
struct HelpLevel
{
    QString words;        // the command words ("zdx trace start"), empty at the top
    QStringList options;  // every option name with its dashes: "-q", "--query", "--help"...
    QStringList commands; // the command words one level down ("start", "list"...), if any
    QString text;         // the whole help text
};

// The environment of the test without a display: no DISPLAY, WAYLAND_DISPLAY or
// QT_QPA_PLATFORM, as over SSH.
QProcessEnvironment environmentWithoutDisplay();

// Runs `program args` to its end (killed after timeoutMs).
CliRun runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                  int timeoutMs = 30000);

// Runs `program --help`, then `program WORDS --help` for every command the usage lines name
// ("<start|list> ..."), down to the leaves. Empty with *error set when a run fails.
QList<HelpLevel> readHelpTree(const QString &program, QString *error);

} // namespace zc::test
