// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Issue 12's fault matrix, the keychain that refuses: a Secret Service is running, unlocked,
// but the session bus's policy rejects every call to it (as a sandbox or a hardened desktop
// does). zconsole-cli says the keychain refused access and exits 6, the code of an unusable
// keychain, and says nothing of a missing one. The absent and the locked keychain are
// tst_clikeychain's.
#include "CliRunner.h"
#include "SimFixture.h"
#include "profiles/Profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;
using zc::test::describe;

class TestCliKeychainRefusal : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_sim;
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim, 90000};

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        zc::Profile profile;
        profile.name = u"lab sim"_s;
        profile.settings = m_sim.settings();
        // No secret stored: with a usable keychain the CLI would say so (exit 2), not 6.
        QVERIFY(m_cli.storeProfile(profile));
    }

    void refusingKeychain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString busConfig = dir.filePath(u"session-bus.conf"_s);
        QFile config(busConfig);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
            "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n<busconfig>"
            "<type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
            "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
            "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
            "<deny send_destination=\"org.freedesktop.secrets\"/></policy></busconfig>\n");
        config.close();

        QProcessEnvironment env = zc::test::CliRunner::withoutSdkVariables(m_cli.environment());
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"GNOME_KEYRING_CONTROL"_s);
        env.insert(u"ZC_CLI"_s, QStringLiteral(ZC_CLI_PATH));
        // The keyring daemon, unlocked, on the private bus; then the CLI on the same bus.
        const QString script =
            u"eval \"$(echo -n zc | gnome-keyring-daemon --unlock --components=secrets "
            "--daemonize)\"; \"$ZC_CLI\" --profile 'lab sim' auth test; status=$?; "
            "kill \"$GNOME_KEYRING_PID\" 2>/dev/null; exit $status"_s;
        QProcess run;
        run.setProcessEnvironment(env);
        run.start(u"dbus-run-session"_s,
                  {u"--config-file="_s + busConfig, u"--"_s, u"sh"_s, u"-c"_s, script});
        QVERIFY(run.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return run.state() == QProcess::NotRunning; }, 90000));
        CliRun r;
        r.finished = true;
        r.exitStatus = run.exitStatus();
        r.exitCode = run.exitCode();
        r.out = run.readAllStandardOutput();
        r.err = run.readAllStandardError();
        QVERIFY2(r.exitCode == 6, describe(r).constData());
        QVERIFY2(r.err.contains("The system keychain is locked or refused access."),
                 describe(r).constData());
        QVERIFY2(!r.err.contains("No system keychain is available"), describe(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliKeychainRefusal)
#include "tst_clikeychainrefusal.moc"
