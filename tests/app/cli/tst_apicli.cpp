// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole-cli api end to end: the real binary against an in-process simulator. Every paging
// style with --paginate, every body source, the mistakes caught before any request, unknown
// routes in each product's 404 shape, read-only mode, a 429 wait, and writes sent once.
#include "CliRunner.h"
#include "SimFixture.h"
#include "TenantData.h"
#include "ZpaData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;

class TestApiCli : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_sim;
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim};

    CliRun api(const QStringList &args, const QByteArray &input = {})
    {
        return m_cli.run(QStringList{u"api"_s} + args, m_cli.environment(), input);
    }
    const zc::sim::TenantData &tenant() { return m_sim.server().tenantData(); }
    // The requests to `suffix` with `method` that the tenant carried out: a 429 refusal of
    // the gateway (then retried, as it should be) did not reach the product.
    int carriedOut(const QString &suffix, const QByteArray &method)
    {
        int n = 0;
        for (const auto &r : m_sim.server().recordedRequests())
            n += r.path.endsWith(suffix) && r.method == method && r.status != 429 ? 1 : 0;
        return n;
    }
    int apiRequests()
    {
        int n = 0;
        for (const auto &r : m_sim.server().recordedRequests())
            n += r.product.has_value() ? 1 : 0;
        return n;
    }
    // How many different records there are: fewer than all when a page came twice.
    static int distinct(const QJsonArray &records)
    {
        QSet<QByteArray> seen;
        for (const QJsonValue &v : records)
            seen.insert(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return int(seen.size());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.start()); }

    void init()
    {
        m_sim.restoreTenant();
        m_sim.server().clearRecordedRequests();
    }

    void singleGet()
    {
        const CliRun r = api({u"GET"_s, u"/zia/api/v1/status"_s, u"--include"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.json().object().contains("status"_L1));
        QVERIFY2(r.err.contains("HTTP 200"), describe(r).constData());
        QVERIFY2(r.err.contains("Request ID: "), describe(r).constData());
        QVERIFY(r.err.toLower().contains("content-type: application/json"));
        QVERIFY(!r.err.toLower().contains("authorization"));
        QVERIFY(!r.all().contains(QString::fromLatin1(m_sim.clientSecret())));
    }

    // The routes the simulator knows answer through the command as they do for the pages.
    void knownRoutesAnswer_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/zia/api/v1/status", "/ztw/api/v1/ecgroup", "/ztw/api/v1/ecAdminActivateStatus",
              "/zpa/mgmtconfig/v1/admin/customers/{customerId}/application",
              "/zpa/mgmtconfig/v1/admin/customers/{customerId}/microtenants",
              "/zpa/mgmtconfig/v1/admin/customers/{customerId}/segmentGroup",
              "/zpa/mgmtconfig/v1/admin/customers/{customerId}/serverGroup",
              "/zcc/papi/public/v1/getDevices", "/zdx/v1/devices", "/ziam/admin/api/v1/users",
              "/ziam/admin/api/v1/groups"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }
    void knownRoutesAnswer()
    {
        QFETCH(QString, path);
        const CliRun r = api({u"GET"_s, path});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY2(!r.json().isNull(), describe(r).constData());
    }

    void paginateZpaPages()
    {
        const CliRun r =
            api({u"get"_s, u"/zpa/mgmtconfig/v1/admin/customers/{customerId}/application"_s,
                 u"--paginate"_s, u"-q"_s, u"pagesize=50"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonArray records = r.json().array();
        QCOMPARE(records.size(), zc::sim::SimDataSizes{}.zpaSegments);
        QCOMPARE(distinct(records), records.size());
        QCOMPARE(m_sim.countRequests(u"/application"_s), 3);
    }

    void paginateZiaStyleShortPage()
    {
        const CliRun r = api(
            {u"GET"_s, u"/ztw/api/v1/ecgroup"_s, u"--paginate"_s, u"--query"_s, u"pageSize=3"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array().size(), 8);
        QCOMPARE(carriedOut(u"/ecgroup"_s, "GET"), 3); // 3 + 3 + 2: the short page ends it
    }

    void paginateZidNextLink()
    {
        const CliRun r = api(
            {u"GET"_s, u"/ziam/admin/api/v1/users"_s, u"--paginate"_s, u"-q"_s, u"limit=150"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonArray records = r.json().array();
        QCOMPARE(records.size(), tenant().users.size());
        QCOMPARE(distinct(records), records.size());
        QCOMPARE(m_sim.countRequests(u"/users"_s), 3); // 150 + 150 + 100
    }

    void paginateZdxCursor()
    {
        const CliRun r =
            api({u"GET"_s, u"/zdx/v1/devices"_s, u"--paginate"_s, u"-q"_s, u"limit=250"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonArray records = r.json().array();
        QCOMPARE(records.size(), tenant().devices.size());
        QCOMPARE(distinct(records), records.size());
        QCOMPARE(m_sim.countRequests(u"/devices"_s), 3);
    }

    void paginateZccAsCsv()
    {
        const CliRun r = api({u"GET"_s, u"/zcc/papi/public/v1/getDevices"_s, u"--paginate"_s,
                              u"-q"_s, u"pageSize=250"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), tenant().devices.size() + 1);
        QVERIFY(lines.first().contains("udid"));
        QCOMPARE(m_sim.countRequests(u"/getDevices"_s), 3);
    }

    void bodySources()
    {
        // Inline text.
        CliRun r = api({u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"-d"_s, u"[\"bbc.com\"]"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array().first().toObject().value("url"_L1).toString(), u"bbc.com"_s);
        // A file.
        QTemporaryDir dir;
        QFile file(dir.filePath(u"body.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[\"example.com\", \"cnn.com\"]");
        file.close();
        r = api({u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"--data"_s, u"@"_s + file.fileName()});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array().size(), 2);
        // Standard input.
        r = api({u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"-d"_s, u"-"_s}, "[\"wikipedia.org\"]");
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().array().first().toObject().value("url"_L1).toString(),
                 u"wikipedia.org"_s);
        // Each write went out exactly once.
        QCOMPARE(carriedOut(u"/urlLookup"_s, "POST"), 3);
    }

    void mistakesBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("outside the products") << QStringList{u"GET"_s, u"/oauth2/v1/token"_s};
        QTest::newRow("unknown product") << QStringList{u"GET"_s, u"/zzz/api/v1/status"_s};
        QTest::newRow("bad json") << QStringList{u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"-d"_s,
                                                 u"[\"a.com\","_s};
        QTest::newRow("missing file") << QStringList{u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"-d"_s,
                                                     u"@/nonexistent/body.json"_s};
        QTest::newRow("unknown method") << QStringList{u"FETCH"_s, u"/zia/api/v1/status"_s};
        QTest::newRow("bad query")
            << QStringList{u"GET"_s, u"/zia/api/v1/status"_s, u"-q"_s, u"novalue"_s};
        QTest::newRow("paginate a write")
            << QStringList{u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"--paginate"_s};
        QTest::newRow("unknown placeholder") << QStringList{u"GET"_s, u"/zia/api/v1/x/{id}"_s};
        QTest::newRow("missing path") << QStringList{u"GET"_s};
    }
    void mistakesBeforeAnyRequest()
    {
        QFETCH(QStringList, args);
        const CliRun r = api(args);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(apiRequests(), 0);
    }

    void unknownRoutesInEachProductsShape()
    {
        CliRun r = api({u"GET"_s, u"/zia/api/v1/noSuchThing"_s});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        QCOMPARE(r.json().object().value("code"_L1).toString(), u"RESOURCE_NOT_FOUND"_s);
        // ZPA's own shape, under each of its three trees.
        for (const QString &base :
             {u"/zpa/mgmtconfig/v1"_s, u"/zpa/mgmtconfig/v2"_s, u"/zpa/userconfig/v1"_s}) {
            r = api({u"GET"_s, base + u"/admin/customers/{customerId}/noSuchThing"_s});
            QVERIFY2(r.exitCode == 1, describe(r).constData());
            QCOMPARE(r.json().object().value("id"_L1).toString(), u"resource.not.found"_s);
            const auto last = m_sim.server().recordedRequests().last();
            QCOMPARE(last.path, base + u"/admin/customers/"_s +
                                    QString::fromLatin1(zc::sim::ZpaData::kCustomerId) +
                                    u"/noSuchThing"_s);
        }
    }

    void readOnlyRefusesWrites()
    {
        m_sim.server().setReadOnly(true);
        const CliRun r = api({u"POST"_s, u"/zia/api/v1/status/activate"_s});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        QVERIFY2(r.err.contains("read-only"), describe(r).constData());
        QCOMPARE(carriedOut(u"/status/activate"_s, "POST"), 1);
        const CliRun read = api({u"GET"_s, u"/zia/api/v1/status"_s});
        QVERIFY2(read.exitCode == 0, describe(read).constData());
    }

    void waitsOn429()
    {
        zc::sim::SimFault fault;
        fault.kind = zc::sim::SimFault::Kind::TooManyRequests;
        fault.product = zc::Product::Zia;
        fault.retryAfter = "1";
        m_sim.server().injectFault(fault);
        const CliRun r = api({u"GET"_s, u"/zia/api/v1/status"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY2(r.err.contains("Rate limited by ZIA, retrying in"), describe(r).constData());
        QCOMPARE(m_sim.countRequests(u"/status"_s), 2);
    }

    void failedWriteIsNotRepeated()
    {
        zc::sim::SimFault fault;
        fault.kind = zc::sim::SimFault::Kind::ServerError;
        fault.product = zc::Product::Zia;
        fault.method = "POST";
        m_sim.server().injectFault(fault);
        const CliRun r = api({u"POST"_s, u"/zia/api/v1/urlLookup"_s, u"-d"_s, u"[\"a.com\"]"_s});
        QVERIFY2(r.exitCode == 1, describe(r).constData());
        QCOMPARE(carriedOut(u"/urlLookup"_s, "POST"), 1);
    }

    void help()
    {
        const CliRun r = m_cli.run({u"api"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--paginate"));
        QVERIFY(r.out.contains("--include"));
    }
};

QTEST_GUILESS_MAIN(TestApiCli)
#include "tst_apicli.moc"
