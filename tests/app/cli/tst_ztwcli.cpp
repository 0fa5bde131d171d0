// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole-cli's ztw commands end to end: the real binary against an in-process simulator.
#include "CliRunner.h"
#include "SimFixture.h"
#include "ZtwData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;

class TestZtwCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsJsonIsTheApiRecords()
    {
        zc::sim::SimOptions options;
        options.sizes.ztwGroups = 5;
        zc::test::SimFixture sim(options);
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        const CliRun r = cli.run({u"ztw"_s, u"groups"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array(), zc::sim::ZtwData::generateGroups(options.seed, 5));
        // The seed's sample groups, nested VMs and instances included, unchanged.
        QCOMPARE(r.json().array().at(0), zc::sim::ZtwData::seedGroups().at(0));
    }

    void groupsCsvHasOneRowPerVm()
    {
        zc::sim::SimOptions options;
        options.sizes.ztwGroups = 6;
        zc::test::SimFixture sim(options);
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        const CliRun r = cli.run({u"ztw"_s, u"groups"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
        int vms = 0;
        for (const QJsonValue &g : zc::sim::ZtwData::generateGroups(options.seed, 6))
            vms += int(g.toObject().value("ecVMs"_L1).toArray().size());
        QCOMPARE(lines.size(), vms + 1);
        QCOMPARE(lines.first(), u"group,vm,status,platform,zone,nat ip,zia gateway,zpa broker,"
                                "build,instances"_s);
        QCOMPARE(lines.at(1),
                 u"zs-cc-vpc-02de960b4c73a7275-us-west-2a,"
                 "zs-cc-vpc-02de960b4c73a7275-us-west-2a-VM-B5bV5,INACTIVE,AWS,US_WEST_2A,"
                 "52.38.213.147,165.225.50.12,136.226.57.254,346637,1"_s);
    }

    void groupsTableAndEmptyTenant()
    {
        zc::sim::SimOptions options;
        options.sizes.ztwGroups = 0;
        zc::test::SimFixture sim(options);
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        CliRun r = cli.run({u"ztw"_s, u"groups"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array(), QJsonArray());
        r = cli.run({u"ztw"_s, u"groups"_s, u"--format"_s, u"table"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY2(r.out.contains("group") && r.out.contains("zpa broker"), describe(r).constData());
    }

    void activationStatusAndActivate()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        sim.server().setZtwActivationPending(true);
        CliRun r = cli.run({u"ztw"_s, u"activation"_s, u"status"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().object().value("orgEditStatus"_L1).toString(), u"EDITS_PRESENT"_s);
        QVERIFY(r.json().object().contains("adminActivateStatus"_L1));

        r = cli.run({u"ztw"_s, u"activation"_s, u"activate"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().object().value("orgEditStatus"_L1).toString(), u"EDITS_CLEARED"_s);
        QVERIFY(!sim.server().isZtwActivationPending());
        QCOMPARE(sim.countRequests(u"/ztw/api/v1/ecAdminActivateStatus/activate"_s, "POST"), 1);
    }

    void activateInReadOnlyModeFails()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        sim.server().setZtwActivationPending(true);
        sim.server().setReadOnly(true);
        const CliRun r = cli.run({u"ztw"_s, u"activation"_s, u"activate"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Nothing was activated") && r.err.contains("read-only"),
                 describe(r).constData());
        QVERIFY(sim.server().isZtwActivationPending());
    }

    void notEntitledFails()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        sim.server().addClient(
            {QString::fromLatin1(zc::test::SimFixture::kSecretClient) + u"-zia"_s,
             sim.clientSecret(),
             {},
             {zc::Product::Zia},
             3600});
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        QProcessEnvironment env = cli.environment();
        env.insert(u"ZSCALER_CLIENT_ID"_s,
                   QString::fromLatin1(zc::test::SimFixture::kSecretClient) + u"-zia"_s);
        const CliRun r = cli.run({u"ztw"_s, u"groups"_s}, env);
        QVERIFY2(r.finished, describe(r).constData());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList{u"ztw"_s};
        QTest::newRow("unknown subcommand") << QStringList{u"ztw"_s, u"bogus"_s};
        QTest::newRow("unknown activation command")
            << QStringList{u"ztw"_s, u"activation"_s, u"bogus"_s};
        QTest::newRow("extra argument") << QStringList{u"ztw"_s, u"groups"_s, u"extra"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        const zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), sim);
        const CliRun r = cli.run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(sim.server().recordedRequests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZtwCli)
#include "tst_ztwcli.moc"
