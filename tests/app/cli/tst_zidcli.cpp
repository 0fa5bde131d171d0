// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole-cli zid users / zid groups end to end: the real binary against an in-process
// simulator.
#include "CliRunner.h"
#include "SeedSampleFiles.h"
#include "SimFixture.h"
#include "TenantData.h"
#include "common/RecordExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;

namespace {

zc::sim::SimOptions options()
{
    zc::sim::SimOptions o;
    o.sizes.users = 1200; // two pages of 1,000
    return o;
}

} // namespace

class TestZidCli : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_sim{options()};
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim};

    CliRun run(const QStringList &args) { return m_cli.run(args); }
    const zc::sim::TenantData &tenant() { return m_sim.server().tenantData(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.start()); }

    void allUsers()
    {
        const CliRun r = run({u"--format"_s, u"json"_s, u"zid"_s, u"users"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonArray users = r.json().array();
        QCOMPARE(users.size(), 1200);
        const QJsonObject seed = zc::test::seedUserRecord(); // the seed document's user
        QCOMPARE(users.first().toObject(), seed);
        QCOMPARE(m_sim.countRequests(u"/ziam/admin/api/v1/users"_s), 2);
    }

    void byLogin()
    {
        const QString login = tenant().users.at(7).loginName;
        const CliRun r =
            run({u"--format"_s, u"json"_s, u"zid"_s, u"users"_s, u"--login"_s, login.toUpper()});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().first().toObject().value("id"_L1).toString(),
                 tenant().users.at(7).id);
        const auto last = m_sim.server().recordedRequests().last();
        QCOMPARE(last.query.queryItemValue(u"loginname"_s, QUrl::FullyDecoded), login.toUpper());
    }

    void byLike()
    {
        const CliRun r =
            run({u"--format"_s, u"csv"_s, u"zid"_s, u"users"_s, u"--like"_s, u"smith"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        // The Users view's columns, then the id scripts pass on; status as true/false.
        QCOMPARE(lines.first(),
                 "loginName,displayName,primaryEmail,department,status,source,idp,id\r");
        QVERIFY(lines.size() > 1);
        // Each row is the simulator's user, field for field.
        QStringList expected;
        for (const zc::sim::SimUser &u : tenant().users) {
            if (!u.loginName.contains("smith"_L1, Qt::CaseInsensitive))
                continue;
            QStringList cells;
            for (const QString &cell :
                 {u.loginName, u.displayName, u.primaryEmail, u.department,
                  u.active ? u"true"_s : u"false"_s, u.source, u.idpName, u.id})
                cells << zc::RecordExporter::csvField(cell);
            expected << cells.join(u',');
        }
        QStringList printed;
        for (qsizetype i = 1; i < lines.size(); ++i)
            printed << QString::fromUtf8(lines.at(i)).remove(u'\r');
        QCOMPARE(printed, expected);
        const auto last = m_sim.server().recordedRequests().last();
        bool found = false;
        for (const auto &[k, v] : last.query.queryItems(QUrl::FullyDecoded))
            found = found || (k == "loginname[like]"_L1 && v == "smith"_L1);
        QVERIFY(found);
    }

    void groups()
    {
        const CliRun r = run({u"--format"_s, u"json"_s, u"zid"_s, u"groups"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonArray groups = r.json().array();
        QCOMPARE(groups.size(), tenant().groups.size());
        QCOMPARE(groups.first().toObject().value("name"_L1).toString(),
                 tenant().groups.first().name);

        const CliRun table = run({u"--format"_s, u"table"_s, u"zid"_s, u"groups"_s});
        QVERIFY2(table.exitCode == 0, describe(table).constData());
        QVERIFY(table.out.contains(tenant().groups.first().name.toUtf8()));
    }

    void usage()
    {
        CliRun r = run({u"zid"_s, u"bogus"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"zid"_s, u"users"_s, u"extra"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"--help"_s});
        QVERIFY(r.out.contains("zid users"));
        QVERIFY(r.out.contains("zcc otp"));
    }
};

QTEST_GUILESS_MAIN(TestZidCli)
#include "tst_zidcli.moc"
