// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Issue 12, finding 8: when the OS keychain cannot be used (there is none, or it is locked and
// nobody can answer its password prompt), zconsole-cli says so and exits 6 — not 2, which
// means the command or its input is wrong.
#include "CliRunner.h"
#include "KeychainSession.h"
#include "SimFixture.h"
#include "profiles/Profile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;
using zc::test::describe;

class TestCliKeychain : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_sim;
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim, 90000};
    QProcessEnvironment m_env;

    CliRun authTest(const QProcessEnvironment &env)
    {
        return m_cli.run({u"--profile"_s, u"lab sim"_s, u"auth"_s, u"test"_s}, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qUtf8Printable(error));
        // A stored profile whose secret is in this session's keychain.
        zc::Profile profile;
        profile.name = u"lab sim"_s;
        profile.settings = m_sim.settings();
        QVERIFY(m_cli.storeProfile(profile, m_sim.clientSecret()));
        m_env = zc::test::CliRunner::withoutSdkVariables(m_cli.environment());
        const CliRun r = authTest(m_env);
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
    }

    void noKeychainAtAll()
    {
        QProcessEnvironment noBus = m_env;
        noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/zconsole-bus"_s);
        const CliRun r = authTest(noBus);
        QVERIFY2(r.finished && r.exitCode == 6, describe(r).constData());
        QVERIFY2(r.err.contains("keychain"), describe(r).constData());
        QVERIFY(!r.all().contains(QString::fromLatin1(m_sim.clientSecret())));
    }

    // Last: nothing in this session can unlock the keychain again.
    void lockedKeychain()
    {
        QProcess lock;
        lock.start(u"dbus-send"_s,
                   {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                    u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                    u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
        QVERIFY(lock.waitForFinished(20000));
        QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());
        const CliRun r = authTest(m_env);
        QVERIFY2(r.finished && r.exitCode == 6, describe(r).constData());
        QVERIFY2(r.err.contains("keychain"), describe(r).constData());
    }
};

int main(int argc, char **argv)
{
    // A keychain session of its own even when the suite already runs in one: this test locks
    // the keychain, which would fail every keychain test after it.
    if (!qEnvironmentVariableIsSet("ZC_OWN_KEYCHAIN_SESSION")) {
        qputenv("ZC_OWN_KEYCHAIN_SESSION", "1");
        qunsetenv("ZC_KEYCHAIN_INNER");
    }
    zc::test::ensureKeychainSession(argv);
    QCoreApplication app(argc, argv);
    TestCliKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clikeychain.moc"
