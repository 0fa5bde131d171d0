// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The diagnostic log: the activity lines in a size-capped, rotating, owner-only file, and
// never a client secret, token, OTP or query string in it after real flows that handle each
// (sign-in, device details by user and UDID, OTPs) against the simulator.
#include "SimFixture.h"
#include "TenantData.h"
#include "auth/TokenProvider.h"
#include "net/ApiJob.h"
#include "net/DiagnosticLog.h"
#include "zcc/ZccService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

namespace {

ActivityEntry request(const QString &path, int status)
{
    ActivityEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.product = Product::Zcc;
    entry.method = "GET";
    entry.path = path;
    entry.status = status;
    entry.durationMs = 12;
    entry.requestId = u"req-1"_s;
    return entry;
}

// Every log file in the folder, oldest first, joined.
QByteArray allLogs(const QString &folder)
{
    QByteArray all;
    QStringList names = QDir(folder).entryList({u"zconsole.log*"_s}, QDir::Files);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a > b;
    });
    for (const QString &name : names) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestDiagnosticLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineIsTheRedactedActivity()
    {
        ActivityEntry entry = request(u"/zcc/papi/public/v1/getOtp"_s, 200);
        entry.attempt = 2;
        const QString line = DiagnosticLog::line(entry);
        QVERIFY(line.contains(u" zcc GET /zcc/papi/public/v1/getOtp 200 12 ms attempt 2 "
                              "request-id req-1"_s));
        // A query that slipped into the path is cut all the same.
        entry.path = u"/zcc/papi/public/v1/getOtp?udid=SECRET"_s;
        QVERIFY(!DiagnosticLog::line(entry).contains(u"SECRET"_s));

        ActivityEntry wait;
        wait.kind = ActivityEntry::Kind::Wait;
        wait.time = entry.time;
        wait.product = Product::Zia;
        wait.waitSeconds = 3;
        wait.waitReason = WaitReason::ServerRateLimit;
        QVERIFY(DiagnosticLog::line(wait).contains(u"WAIT 3 s"_s));
    }

    void ownerOnlyFileAndFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"logs"_s);
        DiagnosticLog log(folder);
        log.append(request(u"/a"_s, 200));
        QVERIFY2(log.errorString().isEmpty(), qPrintable(log.errorString()));
        QVERIFY(QFile::exists(log.filePath()));
#ifndef Q_OS_WIN
        QCOMPARE(QFile::permissions(log.filePath()) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFile::permissions(folder) &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                      QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
#endif
    }

    void rotatesWithinTheCap()
    {
        QTemporaryDir dir;
        DiagnosticLog log(dir.path());
        log.setLimits(4096, 3);
        for (int i = 0; i < 1000; ++i)
            log.append(request(u"/line/"_s + QString::number(i), 200));
        QVERIFY(log.errorString().isEmpty());
        const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"zconsole.log"_s, u"zconsole.log.1"_s, u"zconsole.log.2"_s}));
        for (const QString &name : files)
            QVERIFY(QFileInfo(dir.filePath(name)).size() <= 4096);
        // The newest line is in the current file, the oldest kept ones in the last.
        QFile current(log.filePath());
        QVERIFY(current.open(QIODevice::ReadOnly));
        QVERIFY(current.readAll().trimmed().endsWith("/line/999 200 12 ms request-id req-1"));
        const QByteArray all = allLogs(dir.path());
        QVERIFY(!all.contains("/line/0 "));
        // Nothing lost between the kept files: consecutive numbers up to the last.
        const QList<QByteArray> lines = all.trimmed().split('\n');
        QVERIFY(lines.size() > 50);
        int previous = -1;
        for (const QByteArray &line : lines) {
            const int n = line.split('/').last().split(' ').first().toInt();
            if (previous >= 0)
                QCOMPARE(n, previous + 1);
            previous = n;
        }
        QCOMPARE(previous, 999);

        // A reopened log appends to what is there.
        DiagnosticLog again(dir.path());
        again.setLimits(4096, 3);
        again.append(request(u"/line/1000"_s, 200));
        QVERIFY(allLogs(dir.path()).contains("/line/999 200"));
    }

    void noSecretTokenOtpOrQueryAfterRealFlows()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        DiagnosticLog log(dir.path());
        auto client = sim.makeClient();
        connect(client.get(), &ApiClient::activity, &log, &DiagnosticLog::append);

        // Sign-in: the client secret goes to the token endpoint, a token comes back.
        QByteArray token;
        bool signedIn = false;
        client->tokenProvider()->requestToken(this, [&](const QByteArray &t, const ApiError &e) {
            QVERIFY2(!e, qPrintable(e.message()));
            token = t;
            signedIn = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 20000);
        QVERIFY(!token.isEmpty());

        // Device details by user name and UDID (both in the query), then the OTPs.
        ZccService service(client.get());
        const sim::SimDevice &device = sim.server().tenantData().devices.at(0);
        const QString login = sim.server().tenantData().users.at(device.userIndex).loginName;
        ApiJob *details = service.deviceDetails(login, device.udid);
        details->setAutoDelete(false);
        QVERIFY(waitForJob(details));
        QVERIFY2(!details->error(), qPrintable(details->error().message()));
        delete details;
        QList<QByteArray> otps;
        ZccOtpJob *otpJob = service.otp(device.udid);
        otpJob->setAutoDelete(false);
        QVERIFY(waitForJob(otpJob));
        const OtpSet set = otpJob->takeOtps();
        for (const OtpEntry &entry : set.entries()) {
            if (!entry.value.isEmpty())
                otps.append(entry.value);
        }
        delete otpJob;
        QVERIFY(!otps.isEmpty());

        const QByteArray logged = allLogs(dir.path());
        QVERIFY(logged.contains("TOKEN POST"));
        QVERIFY(logged.contains("/getDeviceDetails 200"));
        QVERIFY(logged.contains("/getOtp 200"));
        QVERIFY(!logged.contains(sim.clientSecret()));
        QVERIFY(!logged.contains(token));
        // The token's pieces too: a JWT logged in parts is still a token.
        for (const QByteArray &part : token.split('.'))
            QVERIFY(part.size() < 8 || !logged.contains(part));
        for (const QByteArray &otp : std::as_const(otps))
            QVERIFY2(!logged.contains(otp), otp.constData());
        QVERIFY(!logged.contains(device.udid.toUtf8()));
        QVERIFY(!logged.contains(login.toUtf8()));
        QVERIFY(!logged.contains('?'));
        QVERIFY(!logged.contains("udid="));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticLog)
#include "tst_diagnosticlog.moc"
