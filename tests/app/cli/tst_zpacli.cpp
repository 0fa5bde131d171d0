// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// `zconsole-cli zpa segments` and `zpa microtenants` end to end: the real binary against an
// in-process simulator.
#include "CliRunner.h"
#include "SimFixture.h"
#include "ZpaData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;

namespace {

zc::sim::SimOptions cliOptions()
{
    zc::sim::SimOptions options;
    options.sizes.zpaSegments = 40;
    options.sizes.zpaMicrotenants = 2;
    // Many short runs in a row; ZPA's 20 GETs / 10 s is not what this test is about.
    options.enforceRateLimits = false;
    return options;
}

} // namespace

class TestZpaCli : public QObject
{
    Q_OBJECT

private:
    // A run with the SDK variables for the simulator's secret client, in a throw-away home.
    CliRun run(const QStringList &args) { return m_cli.run(args); }
    CliRun run(const QStringList &args, const QProcessEnvironment &env)
    {
        return m_cli.run(args, env);
    }
    QProcessEnvironment environment() const { return m_cli.environment(); }

    // The query of the last GET /application the simulator served.
    QUrlQuery lastSegmentsQuery()
    {
        const auto requests = m_sim.server().recordedRequests();
        for (qsizetype i = requests.size() - 1; i >= 0; --i) {
            if (requests.at(i).path.endsWith("/application"_L1))
                return requests.at(i).query;
        }
        return {};
    }

    int segmentRequestCount() { return m_sim.countRequests(u"/application"_s, "GET"); }

    QStringList csvLines(const CliRun &r)
    {
        QStringList lines = QString::fromUtf8(r.out).split(u"\r\n"_s);
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.home().isValid());
        QString error;
        QVERIFY2(m_sim.start(&error), qUtf8Printable(error));
    }

    void segmentsAsJson()
    {
        const int before = segmentRequestCount();
        const CliRun r = run({u"--format"_s, u"json"_s, u"zpa"_s, u"segments"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QVERIFY(r.json().isArray());
        const QJsonArray records = r.json().array();
        QCOMPARE(records.size(), 40);
        // The API's records unchanged, field names and all: the seed's samples first.
        const QJsonArray samples = zc::sim::ZpaData::seedSegments();
        for (int i = 0; i < samples.size(); ++i)
            QCOMPARE(records.at(i).toObject(), samples.at(i).toObject());
        const QJsonObject generated = records.at(10).toObject();
        for (const char *key :
             {"id", "name", "domainNames", "serverGroups", "enabled", "segmentGroupId",
              "segmentGroupName", "microtenantId", "microtenantName", "creationTime"})
            QVERIFY2(generated.contains(QLatin1StringView(key)), key);
        QCOMPARE(segmentRequestCount() - before, 1);
        const QUrlQuery query = lastSegmentsQuery();
        QCOMPARE(query.queryItemValue(u"pagesize"_s), u"500"_s);
        QVERIFY(!query.hasQueryItem(u"microtenantId"_s)); // all microtenants
        QVERIFY(!query.hasQueryItem(u"search"_s));
        // Nobody watches stderr: no progress lines.
        QVERIFY2(!r.err.contains("Page"), r.err.constData());
    }

    void segmentsAsCsvForDefault()
    {
        const CliRun r = run(
            {u"--format"_s, u"csv"_s, u"zpa"_s, u"segments"_s, u"--microtenant"_s, u"default"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QCOMPARE(lastSegmentsQuery().queryItemValue(u"microtenantId"_s), u"0"_s);
        const QStringList lines = csvLines(r);
        QVERIFY(lines.size() > 5);
        QCOMPARE(lines.first(), u"name,domains,tcpPorts,udpPorts,enabled,segmentGroup,"
                                "serverGroups,microtenant,modified"_s);
        QVERIFY2(lines.at(5).startsWith(u"test-wildcard,*.example.com,\"443, 80\",,Yes,ZPA,ZPA,"
                                        "Default,"_s),
                 qUtf8Printable(lines.at(5)));
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.contains(u",Default,"_s), qUtf8Printable(line));
    }

    void microtenantsThenOneMicrotenant()
    {
        CliRun r = run({u"--format"_s, u"json"_s, u"zpa"_s, u"microtenants"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        const QJsonArray microtenants = r.json().array();
        QCOMPARE(microtenants.size(), 2);
        const QString id = microtenants.at(1).toObject().value("id"_L1).toString();
        const QString name = microtenants.at(1).toObject().value("name"_L1).toString();
        QVERIFY(!id.isEmpty());

        r = run({u"--format"_s, u"csv"_s, u"zpa"_s, u"microtenants"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(csvLines(r).first(), u"id,name,enabled,description"_s);
        QCOMPARE(csvLines(r).size(), 3);

        r = run({u"--format"_s, u"json"_s, u"zpa"_s, u"segments"_s, u"--microtenant"_s, id});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QCOMPARE(lastSegmentsQuery().queryItemValue(u"microtenantId"_s), id);
        const QJsonArray records = r.json().array();
        QVERIFY(!records.isEmpty());
        for (const QJsonValue &v : records) {
            QCOMPARE(v.toObject().value("microtenantId"_L1).toString(), id);
            QCOMPARE(v.toObject().value("microtenantName"_L1).toString(), name);
        }
    }

    void microtenantFromTheEnvironmentAndAll()
    {
        QProcessEnvironment env = environment();
        env.insert(u"ZPA_MICROTENANT_ID"_s, u"0"_s);
        CliRun r = run({u"--format"_s, u"json"_s, u"zpa"_s, u"segments"_s}, env);
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(lastSegmentsQuery().queryItemValue(u"microtenantId"_s), u"0"_s);

        r = run({u"--format"_s, u"json"_s, u"zpa"_s, u"segments"_s, u"--microtenant"_s, u"all"_s},
                env);
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(!lastSegmentsQuery().hasQueryItem(u"microtenantId"_s));
        QCOMPARE(r.json().array().size(), 40);
    }

    void searchAndVerboseProgress()
    {
        const CliRun r = run({u"--verbose"_s, u"--format"_s, u"table"_s, u"zpa"_s, u"segments"_s,
                              u"--search"_s, u"example"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QCOMPARE(lastSegmentsQuery().queryItemValue(u"search"_s), u"example"_s);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2 + 5); // header, rule, the seed's five samples
        QVERIFY2(lines.at(0).startsWith(u"Name"_s) && lines.at(0).contains(u"TCP ports"_s),
                 qUtf8Printable(lines.at(0)));
        QVERIFY2(r.err.contains("Page 1 of 1"), r.err.constData());
    }

    void missingCustomerId()
    {
        QProcessEnvironment env = environment();
        env.remove(u"ZPA_CUSTOMER_ID"_s);
        const int tokens = m_sim.server().tokenRequestCount();
        const CliRun r = run({u"zpa"_s, u"segments"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 2, describe(r).constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("customer ID"), r.err.constData());
        QCOMPARE(m_sim.server().tokenRequestCount(), tokens);
    }

    void unknownCustomerId()
    {
        QProcessEnvironment env = environment();
        env.insert(u"ZPA_CUSTOMER_ID"_s, u"42"_s);
        const CliRun r = run({u"zpa"_s, u"microtenants"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 1, describe(r).constData());
        QVERIFY(r.out.isEmpty());
    }

    void endlessListStopsWithExitOneAndValidJson()
    {
        // A tenant that keeps announcing one page more: stopped at --max-pages with exit 1,
        // and what was printed is still one valid JSON array of every page fetched.
        zc::sim::SimFault fault;
        fault.kind = zc::sim::SimFault::Kind::RaiseTotal;
        fault.product = zc::Product::Zpa;
        fault.count = -1;
        m_sim.server().injectFault(fault);
        const CliRun r =
            run({u"--format"_s, u"json"_s, u"--max-pages"_s, u"3"_s, u"zpa"_s, u"segments"_s});
        m_sim.server().clearFaults();
        QVERIFY2(r.finished && r.exitCode == 1, describe(r).constData());
        QVERIFY(r.err.contains("after 3 pages"));
        QVERIFY(r.json().isArray());
        // The 40 real segments, then two pages of 500 made up by the tenant.
        QCOMPARE(r.json().array().size(), 40 + 500 + 500);

        const CliRun csv =
            run({u"--format"_s, u"csv"_s, u"--max-pages"_s, u"0"_s, u"zpa"_s, u"segments"_s});
        QCOMPARE(csv.exitCode, 2);
        QVERIFY(csv.err.contains("--max-pages"));
    }

    void notEntitled()
    {
        m_sim.server().addClient(
            {u"zia-only"_s, m_sim.clientSecret(), {}, {zc::Product::Zia}, 3600});
        QProcessEnvironment env = environment();
        env.insert(u"ZSCALER_CLIENT_ID"_s, u"zia-only"_s);
        const CliRun r = run({u"zpa"_s, u"segments"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 1, describe(r).constData());
        QVERIFY(r.out.isEmpty());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no zpa command") << QStringList{u"zpa"_s};
        QTest::newRow("unknown zpa command") << QStringList{u"zpa"_s, u"bogus"_s};
        QTest::newRow("segments argument") << QStringList{u"zpa"_s, u"segments"_s, u"x"_s};
        QTest::newRow("empty microtenant")
            << QStringList{u"zpa"_s, u"segments"_s, u"--microtenant"_s, u""_s};
        QTest::newRow("microtenants argument") << QStringList{u"zpa"_s, u"microtenants"_s, u"x"_s};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const int tokens = m_sim.server().tokenRequestCount();
        const CliRun r = run(args);
        QVERIFY2(r.finished && r.exitCode == 2, describe(r).constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_sim.server().tokenRequestCount(), tokens);
    }

    void help()
    {
        CliRun r = run({u"--help"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.contains("zpa segments|microtenants"));
        r = run({u"zpa"_s, u"segments"_s, u"--help"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.contains("--microtenant"));
        QVERIFY(r.out.contains("--search"));
    }

private:
    zc::test::SimFixture m_sim{cliOptions()};
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim};
};

QTEST_GUILESS_MAIN(TestZpaCli)
#include "tst_zpacli.moc"
