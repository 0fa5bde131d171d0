// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole-cli's snapshot commands end to end: the real binary against an in-process
// simulator whose configuration is changed through its control endpoint between snapshots;
// exit statuses 0 (equal), 1 (different), 2 (not a snapshot, damaged, newer format).
#include "CliRunner.h"
#include "SimFixture.h"
#include "SimTestHttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;
using zc::test::smallTenant;

namespace {

int control(zc::test::SimFixture &sim, const QByteArray &json)
{
    zc::sim::test::Http http;
    return http.control(sim.server(), json).status;
}

QJsonObject collectionOf(const QJsonObject &diff, const QString &key)
{
    for (const QJsonValue &c : diff.value("collections"_L1).toArray()) {
        if (c.toObject().value("key"_L1) == key)
            return c.toObject();
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSnapshotCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveChangeAndDiff()
    {
        zc::test::SimFixture sim(smallTenant());
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        QTemporaryDir dir;
        const QString before = dir.filePath(u"before.zcsnap.json"_s);
        const QString after = dir.filePath(u"after.zcsnap.json"_s);

        CliRun r = cli.run({u"snapshot"_s, u"save"_s, before});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY2(r.err.contains("Saved"), describe(r).constData());
        QVERIFY(r.out.isEmpty());
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(before) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
#endif
        QFile saved(before);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(!bytes.contains(sim.clientSecret()));
        const QJsonObject snapshot = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(snapshot.value("format"_L1), u"zconsole-snapshot"_s);
        QCOMPARE(snapshot.value("collections"_L1).toArray().size(), 8);

        r = cli.run({u"snapshot"_s, u"diff"_s, before, before, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value("equal"_L1), true);

        // An administrator renames a ZIdentity group and removes a ZPA server group.
        const QJsonArray groups =
            collectionOf(QJsonObject{{u"collections"_s, snapshot.value("collections"_L1)}},
                         u"zid.groups"_s)
                .value("records"_L1)
                .toArray();
        const QString groupId = groups.first().toObject().value("id"_L1).toString();
        const QString oldName = groups.first().toObject().value("name"_L1).toString();
        QCOMPARE(
            control(sim, QJsonDocument(QJsonObject{{u"change"_s,
                                                    QJsonObject{{u"collection"_s, u"zid.groups"_s},
                                                                {u"action"_s, u"rename"_s},
                                                                {u"id"_s, groupId},
                                                                {u"name"_s, u"Auditors"_s}}}})
                             .toJson()),
            200);
        const QJsonArray servers =
            collectionOf(QJsonObject{{u"collections"_s, snapshot.value("collections"_L1)}},
                         u"zpa.serverGroups"_s)
                .value("records"_L1)
                .toArray();
        const QString serverId = servers.last().toObject().value("id"_L1).toString();
        QCOMPARE(control(sim, QJsonDocument(
                                  QJsonObject{{u"change"_s,
                                               QJsonObject{{u"collection"_s, u"zpa.serverGroups"_s},
                                                           {u"action"_s, u"remove"_s},
                                                           {u"id"_s, serverId}}}})
                                  .toJson()),
                 200);

        r = cli.run({u"snapshot"_s, u"save"_s, after});
        QVERIFY2(r.exitCode == 0, describe(r).constData());

        r = cli.run({u"snapshot"_s, u"diff"_s, before, after, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        const QJsonObject diff = r.json().object();
        QCOMPARE(diff.value("equal"_L1), false);
        QCOMPARE(diff.value("summary"_L1).toObject(),
                 (QJsonObject{{u"added"_s, 0}, {u"removed"_s, 1}, {u"changed"_s, 1}}));
        const QJsonArray changed =
            collectionOf(diff, u"zid.groups"_s).value("changed"_L1).toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().toObject().value("id"_L1).toString(), groupId);
        QCOMPARE(changed.first().toObject().value("fields"_L1).toArray(),
                 (QJsonArray{QJsonObject{
                     {u"path"_s, u"name"_s}, {u"old"_s, oldName}, {u"new"_s, u"Auditors"_s}}}));
        const QJsonArray removed =
            collectionOf(diff, u"zpa.serverGroups"_s).value("removed"_L1).toArray();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().toObject().value("id"_L1).toString(), serverId);
        QCOMPARE(removed.first().toObject().value("record"_L1).toObject(),
                 servers.last().toObject());

        // CSV: one row per removed record and per changed field.
        r = cli.run({u"snapshot"_s, u"diff"_s, before, after, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first(), u"collection,change,id,name,field,old,new"_s);
        QVERIFY(lines.contains(
            u"zid.groups,changed,%1,Auditors,name,%2,Auditors"_s.arg(groupId, oldName)));
        r = cli.run({u"snapshot"_s, u"diff"_s, before, after, u"--format"_s, u"table"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Auditors") && r.out.contains("removed"), describe(r).constData());

        // Live: the tenant now is the "after" snapshot, plus one more change.
        r = cli.run({u"snapshot"_s, u"diff"_s, after, u"--live"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(control(sim, R"({"ziaActivationStatus": "PENDING"})"), 200);
        r = cli.run({u"snapshot"_s, u"diff"_s, after, u"--live"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        QCOMPARE(collectionOf(r.json().object(), u"zia.activation"_s)
                     .value("changed"_L1)
                     .toArray()
                     .size(),
                 1);
    }

    void unreadableFilesExit2_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("id,name\n1,a\n") << u"not a ZConsole snapshot"_s;
        QTest::newRow("other json")
            << QByteArray(R"({"users":[]})") << u"not a ZConsole snapshot"_s;
        QTest::newRow("newer") << QByteArray(R"({"format":"zconsole-snapshot","formatVersion":9})")
                               << u"newer ZConsole (snapshot format 9)"_s;
        QTest::newRow("damaged")
            << QByteArray(R"({"format":"zconsole-snapshot","formatVersion":2,"tenant":{},
                 "takenAt":"2026-12-01T08:00:00Z","collections":[{"key":"zid.users"}]})")
            << u"damaged snapshot"_s;
    }

    void unreadableFilesExit2()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.json"_s);
        const QString good = QStringLiteral(ZC_SOURCE_DIR) +
                             u"/tests/models/snapshot/fixtures/format1.zcsnap.json"_s;
        QVERIFY(writeFile(bad, content));
        for (const QStringList &files : {QStringList{good, bad}, QStringList{bad, good}}) {
            const CliRun r = cli.run(QStringList{u"snapshot"_s, u"diff"_s} + files);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.all().contains(says) && r.all().contains(bad), describe(r).constData());
        }
        // The format 1 fixture compares with itself.
        QCOMPARE(cli.run({u"snapshot"_s, u"diff"_s, good, good}).exitCode, 0);
    }

    void usageMistakes()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        QTemporaryDir dir;
        CliRun r = cli.run({u"snapshot"_s, u"diff"_s, dir.filePath(u"a"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(u"--live"_s), describe(r).constData());
        r = cli.run({u"snapshot"_s, u"diff"_s, dir.filePath(u"missing.json"_s), u"--live"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(u"missing.json"_s), describe(r).constData());
        r = cli.run({u"snapshot"_s, u"save"_s});
        QCOMPARE(r.exitCode, 2);
        // A folder that does not exist: nothing is written, the reason is given.
        r = cli.run({u"snapshot"_s, u"save"_s, dir.filePath(u"no/such/file.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.all().contains(u"no/such/file.json"_s), describe(r).constData());
        QVERIFY(!QDir(dir.filePath(u"no"_s)).exists());
    }
};

QTEST_MAIN(TestSnapshotCli)
#include "tst_snapshotcli.moc"
