// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The shell completions (resources/completions) know every command and option of the real
// zconsole-cli: at each level of its --help, the completion offers exactly its sub-commands,
// and after a dash exactly its options. The completion functions run in a real bash and zsh
// (zsh's completion builtins replaced by ones that print what they are given).
#include "HelpTree.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString completionPath(const QString &name)
{
    return QStringLiteral(ZC_SOURCE_DIR) + u"/resources/completions/"_s + name;
}

// What bash's completion offers after `zconsole-cli WORDS CURRENT`.
QSet<QString> bashOffers(const QStringList &words, const QString &current, QString *error)
{
    const QString script =
        u"source \"$0\"; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _zconsole_cli; "
        "printf '%s\\n' \"${COMPREPLY[@]}\""_s;
    const zc::test::CliRun run = zc::test::runProgram(
        u"bash"_s,
        QStringList{u"--norc"_s, u"--noprofile"_s, u"-c"_s, script,
                    completionPath(u"zconsole-cli.bash"_s), u"zconsole-cli"_s} +
            words + QStringList{current},
        QProcessEnvironment::systemEnvironment());
    if (!run.finished || run.exitCode != 0 || !run.err.isEmpty())
        *error = QString::fromUtf8(zc::test::describe(run));
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    return QSet<QString>(lines.begin(), lines.end());
}

// What zsh's completion offers after `zconsole-cli WORDS CURRENT`: _describe and _values print
// the candidates ("word:description" for _describe).
QSet<QString> zshOffers(const QString &zsh, const QStringList &words, const QString &current,
                        QString *error)
{
    const QString script =
        u"_describe() { print -rl -- \"${(@P)4}\" }; _values() { shift; print -rl -- \"$@\" }; "
        "_files() { print -- FILES }; file=$1; shift; words=(\"$@\"); CURRENT=$#words; "
        "PREFIX=$words[CURRENT]; source $file"_s;
    const zc::test::CliRun run =
        zc::test::runProgram(zsh,
                             QStringList{u"-f"_s, u"-c"_s, script, u"zsh"_s,
                                         completionPath(u"_zconsole-cli"_s), u"zconsole-cli"_s} +
                                 words + QStringList{current},
                             QProcessEnvironment::systemEnvironment());
    if (!run.finished || !run.err.isEmpty())
        *error = QString::fromUtf8(zc::test::describe(run));
    QSet<QString> offers;
    for (const QString &line : QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts))
        offers.insert(line.section(u':', 0, 0));
    return offers;
}

QString listed(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(u' ');
}

} // namespace

class TestCompletions : public QObject
{
    Q_OBJECT
private:
    QList<zc::test::HelpLevel> m_levels;

    using Offers = std::function<QSet<QString>(const QStringList &, const QString &, QString *)>;

    // At every level of the help: the sub-commands when nothing is typed yet, the options
    // after "-".
    void checkEveryLevel(const Offers &offers)
    {
        QVERIFY(m_levels.size() > 20);
        for (const zc::test::HelpLevel &level : std::as_const(m_levels)) {
            const QStringList words = level.words.split(u' ', Qt::SkipEmptyParts);
            QString error;
            if (!level.commands.isEmpty()) {
                const QSet<QString> got = offers(words, QString(), &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                const QSet<QString> want(level.commands.begin(), level.commands.end());
                QVERIFY2(got == want,
                         qPrintable(u"after \""_s + level.words + u"\": "_s + listed(got) +
                                    u", --help lists "_s + listed(want)));
            }
            const QSet<QString> got = offers(words, u"-"_s, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QSet<QString> want(level.options.begin(), level.options.end());
            QVERIFY2(got == want, qPrintable(u"options of \""_s + level.words + u"\": "_s +
                                             listed(got) + u", --help lists "_s + listed(want)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_levels = zc::test::readHelpTree(QStringLiteral(ZC_CLI_PATH), &error);
        QVERIFY2(!m_levels.isEmpty(), qPrintable(error));
    }

    void bashKnowsEveryCommandAndOption()
    {
        QVERIFY(!QStandardPaths::findExecutable(u"bash"_s).isEmpty());
        checkEveryLevel(bashOffers);
    }

    void bashSkipsOptionValuesAndCompletesThem()
    {
        QString error;
        // The value of --format is not taken for a command word.
        QCOMPARE(bashOffers({u"--format"_s, u"csv"_s, u"zdx"_s}, QString(), &error),
                 (QSet<QString>{u"devices"_s, u"trace"_s}));
        QCOMPARE(bashOffers({u"--format"_s}, QString(), &error),
                 (QSet<QString>{u"json"_s, u"csv"_s, u"table"_s}));
        QCOMPARE(bashOffers({u"zdx"_s, u"trace"_s, u"start"_s, u"--minutes"_s}, QString(), &error),
                 (QSet<QString>{u"5"_s, u"15"_s, u"30"_s, u"60"_s}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void zshKnowsEveryCommandAndOption()
    {
        const QString zsh = QStandardPaths::findExecutable(u"zsh"_s);
        QVERIFY2(!zsh.isEmpty(), "zsh is not installed (scripts/install-deps.sh installs it)");
        checkEveryLevel([&zsh](const QStringList &words, const QString &current, QString *error) {
            return zshOffers(zsh, words, current, error);
        });
        QString error;
        QCOMPARE(zshOffers(zsh, {u"zcc"_s, u"devices"_s, u"--os"_s}, QString(), &error),
                 (QSet<QString>{u"windows"_s, u"macos"_s, u"linux"_s, u"ios"_s, u"android"_s}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCompletions)
#include "tst_completions.moc"
