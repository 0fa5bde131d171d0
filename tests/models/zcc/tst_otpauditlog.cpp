// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The local audit list of OTP retrievals: appended newest first, persisted as JSON lines and
// read back, capped, owner-only, never an OTP value, a well-behaved table model.
#include "zcc/OtpAuditLog.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {

OtpAuditEntry entryFor(int i)
{
    OtpAuditEntry entry;
    entry.time = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
    entry.profile = u"helpdesk"_s;
    entry.user = u"user%1@example.com"_s.arg(i);
    entry.hostname = u"LAPTOP-%1"_s.arg(i);
    entry.udid = u"UDID-%1"_s.arg(i, 4, 10, QChar(u'0'));
    entry.client = u"helpdesk-client"_s;
    entry.osUser = u"agent%1"_s.arg(i);
    entry.kinds = QStringList{u"otp"_s, u"exitOtp"_s}.mid(0, 1 + i % 2);
    return entry;
}

QList<QByteArray> fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

class TestOtpAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendNewestFirst()
    {
        QTemporaryDir dir;
        OtpAuditLog log(dir.filePath(u"audit.jsonl"_s));
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(log.rowCount(), 0);
        QCOMPARE(log.columnCount(), int(OtpAuditLog::ColumnCount));
        QSignalSpy appended(&log, &OtpAuditLog::appended);
        QVERIFY(log.append(entryFor(1)));
        QVERIFY(log.append(entryFor(2)));
        QCOMPARE(appended.count(), 2);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.entry(0), entryFor(2));
        QCOMPARE(log.entry(1), entryFor(1));
        QCOMPARE(log.index(0, OtpAuditLog::UserColumn).data().toString(), u"user2@example.com"_s);
        QCOMPARE(log.index(0, OtpAuditLog::HostnameColumn).data().toString(), u"LAPTOP-2"_s);
        QCOMPARE(log.index(0, OtpAuditLog::UdidColumn).data().toString(), u"UDID-0002"_s);
        QCOMPARE(log.index(0, OtpAuditLog::ProfileColumn).data().toString(), u"helpdesk"_s);
        QCOMPARE(log.index(0, OtpAuditLog::TimeColumn).data(OtpAuditLog::TimeRole).toDateTime(),
                 entryFor(2).time);
        QVERIFY(!log.index(0, OtpAuditLog::TimeColumn).data().toString().isEmpty());
        QCOMPARE(log.headerData(OtpAuditLog::HostnameColumn, Qt::Horizontal).toString(),
                 u"Device"_s);
    }

    void timeDefaultsToNow()
    {
        OtpAuditLog log(QString{});
        OtpAuditEntry entry = entryFor(1);
        entry.time = {};
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(log.append(entry));
        QVERIFY(log.entry(0).time >= before.addSecs(-1));
        QCOMPARE(log.entry(0).time.timeSpec(), Qt::UTC);
    }

    void persistAndReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/audit.jsonl"_s); // folders created
        {
            OtpAuditLog log(path);
            for (int i = 1; i <= 3; ++i)
                QVERIFY2(log.append(entryFor(i)), qPrintable(log.lastError()));
        }
        QCOMPARE(fileLines(path).size(), 3);
        // Only the user may read it.
        const QFile::Permissions permissions = QFile::permissions(path);
        QVERIFY(permissions & QFile::ReadOwner);
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));

        OtpAuditLog again(path);
        QAbstractItemModelTester tester(&again,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(again.rowCount(), 3);
        QCOMPARE(again.entry(0), entryFor(3));
        QCOMPARE(again.entry(2), entryFor(1));

        // Switching files shows the other file's entries.
        OtpAuditLog other(QString{});
        QAbstractItemModelTester otherTester(
            &other, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(other.rowCount(), 0);
        other.setFilePath(path);
        QCOMPARE(other.rowCount(), 3);
        QCOMPARE(other.filePath(), path);
    }

    void badLinesAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(OtpAuditLog::toJsonLine(entryFor(1)) + "\nnot json\n\n{\"x\":1}\n" +
                       OtpAuditLog::toJsonLine(entryFor(2)) + '\n');
        }
        OtpAuditLog log(path);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.entry(0), entryFor(2));
    }

    void capped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        OtpAuditLog log(path);
        QCOMPARE(log.maximumEntries(), OtpAuditLog::kDefaultMaximumEntries);
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setMaximumEntries(10);
        for (int i = 1; i <= 25; ++i)
            QVERIFY(log.append(entryFor(i)));
        QCOMPARE(log.rowCount(), 10);
        QCOMPARE(log.entry(0), entryFor(25));
        QCOMPARE(log.entry(9), entryFor(16));
        // The file runs at most a tenth over before it is trimmed.
        QVERIFY(fileLines(path).size() <= 11);

        OtpAuditLog again(path);
        again.setMaximumEntries(10);
        again.reload();
        QCOMPARE(again.rowCount(), 10);
        QCOMPARE(again.entry(0), entryFor(25));
        QCOMPARE(again.entry(9), entryFor(16));

        // Lowering the cap trims the list and the file.
        log.setMaximumEntries(4);
        QCOMPARE(log.rowCount(), 4);
        QCOMPARE(fileLines(path).size(), 4);
        QCOMPARE(OtpAuditLog(path).entry(0), entryFor(25));
    }

    void noSecretsInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        const QStringList otps{u"8f3KqL2mZp"_s, u"Zx91Lm0Qaa"_s};
        OtpAuditLog log(path);
        for (int i = 0; i < otps.size(); ++i)
            QVERIFY(log.append(entryFor(i)));
        const QByteArray content = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!content.isEmpty());
        for (const QString &otp : otps)
            QVERIFY(!content.contains(otp.toUtf8()));
        // Exactly the documented members, nothing else.
        for (const QByteArray &line : fileLines(path)) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QStringList keys = object.keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{u"client"_s, u"hostname"_s, u"kinds"_s, u"osUser"_s,
                                        u"profile"_s, u"time"_s, u"udid"_s, u"user"_s}));
        }
    }

    // The GUI's folder whichever program asks: the CLI ("zconsole-cli") writes to the list the
    // GUI ("ZConsole" of "ZConsole") shows.
    void defaultPath()
    {
        const QString path = OtpAuditLog::defaultFilePath();
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(u"ZConsole"_s);
        QCoreApplication::setApplicationName(u"ZConsole"_s);
        const QString gui = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QCoreApplication::setApplicationName(u"zconsole-cli"_s);
        QCOMPARE(OtpAuditLog::defaultFilePath(), path);
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
        QCOMPARE(path, gui + u"/otp-audit.jsonl"_s);
    }

    // Owner-only on every write, not only when created: a list or folder opened up since (by
    // hand, a backup tool, a lax umask) is narrowed again by the next append and rewrite.
    void ownerOnlyOnEveryWrite()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"audit"_s);
        const QString path = folder + u"/audit.jsonl"_s;
        constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup |
                                              QFile::ExeGroup | QFile::ReadOther |
                                              QFile::WriteOther | QFile::ExeOther;
        OtpAuditLog log(path);
        log.setMaximumEntries(2);
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(
                folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                            QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
            if (QFile::exists(path))
                QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                        QFile::ReadGroup | QFile::ReadOther));
            QVERIFY2(log.append(entryFor(i)), qPrintable(log.lastError())); // 3: a rewrite
            QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
            QCOMPARE(QFile::permissions(folder) & others, QFile::Permissions());
        }
        QCOMPARE(OtpAuditLog(path).entry(0), entryFor(4));
    }

    void unwritableFileIsReported()
    {
        QTemporaryDir dir;
        // A folder where the file should be: the entry is listed, the write fails.
        const QString path = dir.filePath(u"audit.jsonl"_s);
        QVERIFY(QDir().mkpath(path));
        OtpAuditLog log(path);
        QVERIFY(!log.append(entryFor(1)));
        QCOMPARE(log.rowCount(), 1);
        QVERIFY(!log.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOtpAuditLog)
#include "tst_otpauditlog.moc"
