// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "HelpTree.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace zc::test {

namespace {

// "  -f, --file <FILE>  Read URLs..." (option lines start with exactly two spaces).
const QRegularExpression kOptionLine(u"^  (-[^\\s,]+(?:, -[^\\s,]+)*)"_s);
// "Usage: zconsole-cli [options] zdx trace <start|list|show|delete> ..."
const QRegularExpression kCommandChoice(u"<([a-z-]+(?:\\|[a-z-]+)+|[a-z-]+)>(?: \\.\\.\\.)?$"_s);

HelpLevel parseHelp(const QString &words, const QString &text)
{
    HelpLevel level;
    level.words = words;
    level.text = text;
    const QStringList lines = text.split(u'\n');
    bool inOptions = false;
    for (const QString &line : lines) {
        if (line == "Options:"_L1) {
            inOptions = true;
            continue;
        }
        if (inOptions && (line.isEmpty() || !line.startsWith(u' ')))
            inOptions = false;
        if (!inOptions)
            continue;
        const QRegularExpressionMatch match = kOptionLine.match(line);
        if (match.hasMatch())
            level.options += match.captured(1).split(u", "_s);
    }
    const QRegularExpressionMatch choice = kCommandChoice.match(lines.value(0).trimmed());
    if (choice.hasMatch())
        level.commands = choice.captured(1).split(u'|');
    return level;
}

} // namespace

QProcessEnvironment environmentWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return env;
}

CliRun runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                  int timeoutMs)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args);
    if (!process.waitForStarted(timeoutMs))
        return run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitStatus = process.exitStatus();
    run.exitCode = run.exitStatus == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<HelpLevel> readHelpTree(const QString &program, QString *error)
{
    QList<HelpLevel> levels;
    QList<QStringList> pending{QStringList()};
    while (!pending.isEmpty()) {
        const QStringList words = pending.takeFirst();
        const CliRun run =
            runProgram(program, words + QStringList{u"--help"_s}, environmentWithoutDisplay());
        if (!run.finished || run.exitCode != 0) {
            *error = program + u' ' + words.join(u' ') + u" --help: "_s +
                     QString::fromUtf8(describe(run));
            return {};
        }
        levels.append(parseHelp(words.join(u' '), QString::fromUtf8(run.out)));
        for (const QString &command : std::as_const(levels.last().commands))
            pending.append(words + QStringList{command});
    }
    return levels;
}

} // namespace zc::test
