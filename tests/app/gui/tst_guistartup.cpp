// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// How the real zconsole starts: its main window paints before the demo tenant is ready (the
// simulator's data and key are made after it, on a worker thread), and the demo signs in
// afterwards. Offscreen, with a throwaway HOME: nothing of the user's is read.
#include "FirstPaintProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGuiStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoPaintsBeforeTheTenantIsReady()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = zc::test::firstPaintEnvironment(home.path());
        // The session's log line says when the demo tenant listens and the session starts.
        env.insert(u"QT_LOGGING_RULES"_s, u"zconsole.session.info=true"_s);

        QProcess process;
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        // waitForReadyRead() wakes for the read channel only.
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(ZC_GUI_PATH), {u"--demo"_s});
        QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        while (!err.contains("Session started") && process.state() == QProcess::Running &&
               clock.elapsed() < 120000) {
            process.waitForReadyRead(200);
            err += process.readAllStandardError();
        }
        const bool stillRunning = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished(30000);
        QVERIFY2(stillRunning, err.constData());

        const qsizetype painted = err.indexOf("zconsole: first paint\n");
        const qsizetype ready = err.indexOf("Session started for profile");
        QVERIFY2(painted >= 0, err.constData());
        QVERIFY2(ready >= 0, err.constData());
        QVERIFY2(painted < ready, err.constData());
        QCOMPARE(err.count("zconsole: first paint"), 1);
    }
};

QTEST_GUILESS_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"
