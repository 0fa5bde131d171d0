// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole's command line where there is no display (over SSH, in a package check): --help,
// --version and mistakes are answered without the GUI, by the real binary.
#include "HelpTree.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using zc::test::CliRun;
using zc::test::describe;
using zc::test::environmentWithoutDisplay;
using zc::test::runProgram;

class TestGuiCommandLine : public QObject
{
    Q_OBJECT
private:
    static CliRun run(const QStringList &args)
    {
        return runProgram(QStringLiteral(ZC_GUI_PATH), args, environmentWithoutDisplay());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QProcessEnvironment env = environmentWithoutDisplay();
        QVERIFY(!env.contains(u"DISPLAY"_s) && !env.contains(u"QT_QPA_PLATFORM"_s));
    }

    void versionNeedsNoDisplay()
    {
        for (const QString &option : {u"--version"_s, u"-v"_s}) {
            const CliRun result = run({option});
            QVERIFY2(result.finished && result.exitCode == 0, describe(result).constData());
            QCOMPARE(QString::fromUtf8(result.out).trimmed(), u"ZConsole " ZCONSOLE_VERSION ""_s);
            QVERIFY2(!result.err.contains("platform plugin"), result.err.constData());
        }
    }

    void helpNeedsNoDisplay()
    {
        for (const QString &option : {u"--help"_s, u"-h"_s}) {
            const CliRun result = run({option});
            QVERIFY2(result.finished && result.exitCode == 0, describe(result).constData());
            const QString text = QString::fromUtf8(result.out);
            QVERIFY2(text.contains(u"Usage:"_s) && text.contains(u"--version"_s), qPrintable(text));
            QVERIFY(text.contains(u"Zscaler OneAPI"_s));
        }
        // Qt's own GUI options before --help change nothing.
        const CliRun withStyle = run({u"-style"_s, u"fusion"_s, u"--help"_s});
        QVERIFY2(withStyle.finished && withStyle.exitCode == 0, describe(withStyle).constData());
        QVERIFY(withStyle.out.contains("Usage:"));
    }

    void mistakesAreReportedWithoutDisplay()
    {
        const CliRun result = run({u"--no-such-option"_s});
        QVERIFY2(result.finished, describe(result).constData());
        // A message and exit status 1, not an abort for want of a display.
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no-such-option"), describe(result).constData());
        QVERIFY2(!result.err.contains("platform plugin"), describe(result).constData());
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
