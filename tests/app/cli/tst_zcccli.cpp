// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole-cli zcc devices / zcc otp end to end: the real binary against an in-process
// simulator. OTP values appear on stdout only.
#include "CliRunner.h"
#include "SimFixture.h"
#include "TenantData.h"
#include "platform/UserAccount.h"
#include "zcc/OtpAuditLog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;

namespace {

int otpRequests(zc::test::SimFixture &sim)
{
    return sim.countRequests(u"/zcc/papi/public/v1/getOtp"_s);
}

constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

class TestZccCli : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_sim;
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim};

    CliRun run(const QStringList &args) { return m_cli.run(args); }
    const zc::sim::TenantData &tenant() { return m_sim.server().tenantData(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.start()); }

    void devicesAsJson()
    {
        const CliRun r = run({u"--format"_s, u"json"_s, u"zcc"_s, u"devices"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonArray devices = r.json().array();
        QCOMPARE(devices.size(), tenant().devices.size());
        const QJsonObject first = devices.first().toObject();
        QCOMPARE(first.value("udid"_L1).toString(), tenant().devices.at(0).udid);
        QVERIFY(first.contains("machineHostname"_L1));
        QVERIFY(first.contains("last_seen_time"_L1)); // the API's names, unchanged
    }

    void devicesFilters()
    {
        CliRun r =
            run({u"--format"_s, u"json"_s, u"zcc"_s, u"devices"_s, u"--user"_s, u"bbb@bbc.com"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array().size(), 2);

        r = run({u"--format"_s, u"json"_s, u"zcc"_s, u"devices"_s, u"--os"_s, u"iOS"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(!r.json().array().isEmpty());
        for (const QJsonValue &d : r.json().array())
            QCOMPARE(d.toObject().value("type"_L1).toInt(), 1);

        r = run({u"--format"_s, u"csv"_s, u"zcc"_s, u"devices"_s, u"--os"_s, u"windows"_s,
                 u"--hostname"_s, u"desktop-"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        // The Devices view's columns, the hostname first.
        QCOMPARE(lines.first(),
                 "machineHostname,user,type,agentVersion,registrationState,last_seen_time,udid\r");
        QVERIFY(lines.size() > 1);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).startsWith("DESKTOP-"), lines.at(i).constData());

        r = run({u"zcc"_s, u"devices"_s, u"--os"_s, u"beos"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("beos"));
    }

    void otpByUdid()
    {
        const zc::sim::SimDevice &device = tenant().devices.at(2);
        const CliRun r = run({u"--format"_s, u"json"_s, u"--verbose"_s, u"zcc"_s, u"otp"_s,
                              u"--udid"_s, device.udid});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonObject otps = r.json().object();
        QCOMPARE(otps.keys().size(), device.otpKinds.size());
        for (const QString &kind : device.otpKinds) {
            QVERIFY(otps.contains(kind));
            const QString value = otps.value(kind).toString();
            if (device.emptyOtpKinds.contains(kind)) {
                QVERIFY(value.isEmpty());
                continue;
            }
            QCOMPARE(value.size(), 10);
            QVERIFY2(!r.err.contains(value.toUtf8()), "an OTP reached stderr");
        }
        QVERIFY(r.err.contains("getOtp")); // --verbose did log the request, without values

        const CliRun table =
            run({u"--format"_s, u"table"_s, u"zcc"_s, u"otp"_s, u"--udid"_s, device.udid});
        QVERIFY2(table.exitCode == 0, describe(table).constData());
        QVERIFY(table.out.contains("One-time password"));
        QVERIFY(table.err.isEmpty());
    }

    void otpByUserWithOneDevice()
    {
        const QString login = tenant().users.at(1).loginName; // exactly one device
        const zc::sim::SimDevice &device = tenant().devices.at(tenant().devicesOfUser(1).first());
        const CliRun r = run({u"--format"_s, u"json"_s, u"zcc"_s, u"otp"_s, u"--user"_s, login});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.json().object().contains("otp"_L1));
        const auto requests = m_sim.server().recordedRequests();
        QCOMPARE(requests.last().query.queryItemValue(u"udid"_s), device.udid);
    }

    void otpByUserWithSeveralDevicesRefuses()
    {
        const int before = otpRequests(m_sim);
        const CliRun r = run({u"zcc"_s, u"otp"_s, u"--user"_s, u"bbb@bbc.com"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        for (int index : tenant().devicesOfUser(0))
            QVERIFY2(r.err.contains(tenant().devices.at(index).udid.toUtf8()), r.err.constData());
        QCOMPARE(otpRequests(m_sim), before); // nothing fetched

        // --hostname narrows it to one.
        const zc::sim::SimDevice &laptop = tenant().devices.at(0);
        const CliRun narrowed = run({u"--format"_s, u"json"_s, u"zcc"_s, u"otp"_s, u"--user"_s,
                                     u"bbb@bbc.com"_s, u"--hostname"_s, laptop.hostname});
        QVERIFY2(narrowed.exitCode == 0, describe(narrowed).constData());
        QCOMPARE(otpRequests(m_sim), before + 1);
    }

    // Each retrieval of the CLI lands in the GUI's audit list (who, device, when, which kinds,
    // never a value); the list and its folder end owner-only on every write, even when they
    // were opened up since and the CLI runs under umask 000.
    void otpRetrievalsAreAudited()
    {
        const QString shell = QStandardPaths::findExecutable(u"sh"_s);
        if (shell.isEmpty())
            QSKIP("needs a POSIX shell to run the CLI under umask 000");
        QTemporaryDir scripts;
        QVERIFY(scripts.isValid());
        const QString wrapper = scripts.filePath(u"cli-umask-000.sh"_s);
        QFile script(wrapper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!" + shell.toLocal8Bit() + "\numask 000\nexec \"" + QByteArray(ZC_CLI_PATH) +
                     "\" \"$@\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const zc::test::CliRunner loose(wrapper, m_sim);
        const QProcessEnvironment env = m_cli.environment();

        const QString folder = m_cli.home().filePath(u"data/ZConsole/ZConsole"_s);
        const QString path = folder + u"/otp-audit.jsonl"_s;
        QVERIFY(QDir().mkpath(folder));
        zc::OtpAuditEntry old;
        old.time = QDateTime::currentDateTimeUtc().addDays(-1);
        old.profile = u"gui profile"_s;
        old.udid = u"older-device"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zc::OtpAuditLog::toJsonLine(old) + '\n');
        file.close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::ExeOther));

        const zc::sim::SimDevice &device = tenant().devices.at(2);
        const CliRun byUdid = loose.run(
            {u"--format"_s, u"json"_s, u"zcc"_s, u"otp"_s, u"--udid"_s, device.udid}, env);
        QVERIFY2(byUdid.exitCode == 0, describe(byUdid).constData());
        QCOMPARE(QFile::permissions(path) & kOthers, QFile::Permissions());
        QCOMPARE(QFile::permissions(folder) & kOthers, QFile::Permissions());

        const QString login = tenant().users.at(1).loginName;
        const zc::sim::SimDevice &single = tenant().devices.at(tenant().devicesOfUser(1).first());
        const CliRun byUser =
            loose.run({u"--format"_s, u"json"_s, u"zcc"_s, u"otp"_s, u"--user"_s, login}, env);
        QVERIFY2(byUser.exitCode == 0, describe(byUser).constData());
        // A failed retrieval is no retrieval.
        const CliRun unknown = loose.run(
            {u"zcc"_s, u"otp"_s, u"--udid"_s, u"00000000-0000-0000-0000-000000000000"_s}, env);
        QCOMPARE(unknown.exitCode, 1);

        QCOMPARE(QFile::permissions(path) & kOthers, QFile::Permissions());
        zc::OtpAuditLog log(path); // as the GUI reads it
        QCOMPARE(log.rowCount(), 3);
        const zc::OtpAuditEntry second = log.entry(0);
        const zc::OtpAuditEntry first = log.entry(1);
        QCOMPARE(log.entry(2), old);
        for (const zc::OtpAuditEntry &entry : {first, second}) {
            QVERIFY(entry.profile.isEmpty()); // from the environment, not a profile
            QCOMPARE(entry.client, QString::fromLatin1(zc::test::SimFixture::kSecretClient));
            QCOMPARE(entry.osUser, zc::platform::currentUserName());
            QVERIFY(qAbs(entry.time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }
        QCOMPARE(first.udid, device.udid);
        QCOMPARE(QSet<QString>(first.kinds.begin(), first.kinds.end()),
                 QSet<QString>(device.otpKinds.begin(), device.otpKinds.end()));
        QCOMPARE(second.udid, single.udid);
        QCOMPARE(second.user, login);
        QCOMPARE(second.hostname, single.hostname);
        QCOMPARE(log.index(0, zc::OtpAuditLog::ProfileColumn).data().toString(),
                 QString::fromLatin1(zc::test::SimFixture::kSecretClient));

        // Never a value.
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        file.close();
        for (const CliRun &run : {byUdid, byUser}) {
            const QJsonObject otps = run.json().object();
            for (auto it = otps.begin(); it != otps.end(); ++it) {
                const QByteArray value = it.value().toString().toUtf8();
                QVERIFY2(value.isEmpty() || !written.contains(value), "an OTP in the audit list");
            }
        }
    }

    void otpUsageAndErrors()
    {
        CliRun r = run({u"zcc"_s, u"otp"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"zcc"_s, u"otp"_s, u"--udid"_s, u"x"_s, u"--user"_s, u"y"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"zcc"_s, u"otp"_s, u"--user"_s, u"nobody@nowhere.example"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("nobody@nowhere.example"));
        r = run({u"zcc"_s, u"otp"_s, u"--udid"_s, u"00000000-0000-0000-0000-000000000000"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        r = run({u"zcc"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("otp"));
    }
};

QTEST_GUILESS_MAIN(TestZccCli)
#include "tst_zcccli.moc"
