// zconsole-cli's ztw commands end to end: the real binary against an in-process simulator.
#include "SimFixture.h"
#include "ZtwData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\n--- stdout\n" + run.out +
           "\n--- stderr\n" + run.err;
}

} // namespace

class TestZtwCli : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment(zc::test::SimFixture &sim)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith("ZSCALER_"_L1) || key.startsWith("ZPA_"_L1))
                env.remove(key);
        }
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"ZSCALER_CLIENT_ID"_s,
                   QString::fromLatin1(zc::test::SimFixture::kSecretClient));
        env.insert(u"ZSCALER_CLIENT_SECRET"_s, QString::fromLatin1(sim.clientSecret()));
        env.insert(u"ZSCALER_CLOUD"_s, u"custom"_s);
        env.insert(u"ZSCALER_TOKEN_URL"_s, sim.server().tokenUrl().toString());
        env.insert(u"ZSCALER_API_URL"_s, sim.server().apiUrl().toString());
        return env;
    }

    // Runs zconsole-cli to its end while the event loop keeps the simulator serving.
    CliRun run(zc::test::SimFixture &sim, const QStringList &args)
    {
        QProcess process;
        process.setProcessEnvironment(environment(sim));
        process.start(QStringLiteral(ZC_CLI_PATH), args);
        CliRun result;
        if (!process.waitForStarted(10000))
            return result;
        process.closeWriteChannel();
        result.finished =
            QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void groupsJsonIsTheApiRecords()
    {
        zc::sim::SimOptions options;
        options.sizes.ztwGroups = 5;
        zc::test::SimFixture sim(options);
        QVERIFY(sim.start());
        const CliRun r = run(sim, {u"ztw"_s, u"groups"_s, u"--format"_s, u"json"_s});
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
        const CliRun r = run(sim, {u"ztw"_s, u"groups"_s, u"--format"_s, u"csv"_s});
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
        CliRun r = run(sim, {u"ztw"_s, u"groups"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array(), QJsonArray());
        r = run(sim, {u"ztw"_s, u"groups"_s, u"--format"_s, u"table"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY2(r.out.contains("group") && r.out.contains("zpa broker"), describe(r).constData());
    }

    void activationStatusAndActivate()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        sim.server().setZtwActivationPending(true);
        CliRun r = run(sim, {u"ztw"_s, u"activation"_s, u"status"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().object().value("orgEditStatus"_L1).toString(), u"EDITS_PRESENT"_s);
        QVERIFY(r.json().object().contains("adminActivateStatus"_L1));

        r = run(sim, {u"ztw"_s, u"activation"_s, u"activate"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().object().value("orgEditStatus"_L1).toString(), u"EDITS_CLEARED"_s);
        QVERIFY(!sim.server().isZtwActivationPending());
        QCOMPARE(sim.countRequests(u"/ztw/api/v1/ecAdminActivateStatus/activate"_s, "POST"), 1);
    }

    void activateInReadOnlyModeFails()
    {
        zc::test::SimFixture sim;
        QVERIFY(sim.start());
        sim.server().setZtwActivationPending(true);
        sim.server().setReadOnly(true);
        const CliRun r = run(sim, {u"ztw"_s, u"activation"_s, u"activate"_s});
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
        QProcessEnvironment env = environment(sim);
        QProcess process;
        env.insert(u"ZSCALER_CLIENT_ID"_s,
                   QString::fromLatin1(zc::test::SimFixture::kSecretClient) + u"-zia"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ZC_CLI_PATH), {u"ztw"_s, u"groups"_s});
        QVERIFY(process.waitForStarted(10000));
        QVERIFY(
            QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardOutput().isEmpty());
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
        const CliRun r = run(sim, args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(sim.server().recordedRequests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZtwCli)
#include "tst_ztwcli.moc"
