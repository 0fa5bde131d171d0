// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The control endpoint that tests in other processes use to steer the simulator: loopback,
// the run's token and JSON only (issue 12, finding 12).

#include "SimServer.h"
#include "SimTestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;
using namespace zc::sim::test;

class TstSimControl : public QObject
{
    Q_OBJECT

private:
    SimServer m_server;
    Http m_http;
    QByteArray m_token;

    Reply control(const QByteArray &json) { return m_http.control(m_server, json); }
    QUrl url(const QString &path) const { return apiUrl(m_server, path); }

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions options;
        options.enforceRateLimits = false;
        QVERIFY(m_server.start(options));
        m_server.addClient({u"ctl"_s, "top-secret-pw", {}, {}, 3600});
        m_token = m_http.signIn(m_server, u"ctl"_s, u"top-secret-pw"_s);
        QVERIFY(!m_token.isEmpty());
    }

    void readOnly()
    {
        const Reply reply = control(R"({"readOnly": true})");
        QCOMPARE(reply.status, 200);
        QVERIFY(m_server.isReadOnly());
        QCOMPARE(m_http.postJson(url(u"/zia/api/v1/status/activate"_s), {}, m_token).status, 403);
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), m_token).status, 200);
        QCOMPARE(control(R"({"readOnly": false})").status, 200);
        QVERIFY(!m_server.isReadOnly());
    }

    void fault()
    {
        const Reply reply = control(R"({"fault": {"kind": "serviceUnavailable", "count": 2,
            "product": "zia", "method": "get", "retryAfter": "13s"}})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_server.pendingFaults().size(), 1);
        QCOMPARE(m_http.postJson(url(u"/zia/api/v1/status/activate"_s), {}, m_token).status, 200);
        for (int i = 0; i < 2; ++i) {
            const Reply r = m_http.get(url(u"/zia/api/v1/status"_s), m_token);
            QCOMPARE(r.status, 503);
            QCOMPARE(r.header("Retry-After"), "13s");
        }
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), m_token).status, 200);

        QCOMPARE(control(R"({"fault": {"kind": "serverError", "status": 504, "count": 5}})").status,
                 200);
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), m_token).status, 504);
        QCOMPARE(control(R"({"clearFaults": true})").status, 200);
        QVERIFY(m_server.pendingFaults().isEmpty());
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), m_token).status, 200);
    }

    void delayFault()
    {
        QCOMPARE(control(R"({"fault": {"kind": "delay", "delayMs": 200}})").status, 200);
        const QList<SimFault> faults = m_server.pendingFaults();
        QCOMPARE(faults.size(), 1);
        QCOMPARE(faults[0].kind, SimFault::Kind::Delay);
        QCOMPARE(faults[0].delayMs, 200);
        QCOMPARE(faults[0].count, 1);
        QVERIFY(!faults[0].product);
        m_server.clearFaults();
    }

    void tokensAndActivation()
    {
        QCOMPARE(control(R"({"ziaActivationStatus": "PENDING"})").status, 200);
        QCOMPARE(m_server.ziaActivationStatus(), u"PENDING"_s);
        QCOMPARE(control(R"({"tokenLifetime": {"clientId": "ctl", "seconds": 77}})").status, 200);
        const Reply signIn = m_http.tokenRequest(m_server.tokenUrl(),
                                                 {{u"grant_type"_s, u"client_credentials"_s},
                                                  {u"audience"_s, u"https://api.zscaler.com"_s}},
                                                 "ctl:top-secret-pw");
        QCOMPARE(signIn.json().value(u"expires_in"_s).toInt(), 77);

        QCOMPARE(control(R"({"revokeTokens": true})").status, 200);
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), m_token).status, 401);
        m_token = m_http.signIn(m_server, u"ctl"_s, u"top-secret-pw"_s);
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), m_token).json().value(u"status"_s),
                 u"PENDING"_s);
    }

    // Records renamed, edited, added and removed, as the ZPA, ZTW and ZIdentity routes then
    // serve them; what cannot be done is refused and changes nothing.
    void changesData()
    {
        const QString customer = u"/zpa/mgmtconfig/v1/admin/customers/216196257331281920"_s;
        const QJsonObject first =
            m_http.get(url(customer + u"/segmentGroup?pagesize=500"_s), m_token)
                .json()
                .value(u"list"_s)
                .toArray()
                .last()
                .toObject();
        const QString id = first.value(u"id"_s).toString();
        QCOMPARE(control(QJsonDocument(
                             QJsonObject{{u"change"_s,
                                          QJsonObject{{u"collection"_s, u"zpa.segmentGroups"_s},
                                                      {u"action"_s, u"rename"_s},
                                                      {u"id"_s, id},
                                                      {u"name"_s, u"Renamed"_s}}}})
                             .toJson())
                     .status,
                 200);
        const QJsonArray found =
            m_http.get(url(customer + u"/segmentGroup?search=renamed"_s), m_token)
                .json()
                .value(u"list"_s)
                .toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(u"id"_s).toString(), id);
        // Lists serve each record as serialized once: the change is served, not the record
        // as it was when the list was first asked for.
        QCOMPARE(found.first().toObject().value(u"name"_s).toString(), u"Renamed"_s);
        const QJsonArray all = m_http.get(url(customer + u"/segmentGroup?pagesize=500"_s), m_token)
                                   .json()
                                   .value(u"list"_s)
                                   .toArray();
        QCOMPARE(all.last().toObject().value(u"name"_s).toString(), u"Renamed"_s);

        QCOMPARE(control(R"({"change": {"collection": "ztw.connectorGroups", "action": "set",
                                        "id": 63260789, "fields": {"desc": "edited"}}})")
                     .status,
                 200);
        QCOMPARE(
            m_http.get(url(u"/ztw/api/v1/ecgroup/63260789"_s), m_token).json().value(u"desc"_s),
            u"edited"_s);

        QCOMPARE(control(R"({"change": {"collection": "zid.groups", "action": "add",
                                        "record": {"id": "g-new", "name": "Auditors"}}})")
                     .status,
                 200);
        QCOMPARE(
            m_http.get(url(u"/ziam/admin/api/v1/groups/g-new"_s), m_token).json().value(u"name"_s),
            u"Auditors"_s);
        QCOMPARE(control(R"({"change": {"collection": "zid.groups", "action": "remove",
                                        "id": "g-new"}})")
                     .status,
                 200);
        QCOMPARE(m_http.get(url(u"/ziam/admin/api/v1/groups/g-new"_s), m_token).status, 404);

        // A user renamed after a list was served is listed with the new name.
        const auto listedName = [this] {
            const QJsonArray users =
                m_http.get(url(u"/ziam/admin/api/v1/users?loginname=bbb@bbc.com"_s), m_token)
                    .json()
                    .value(u"records"_s)
                    .toArray();
            return users.size() == 1 ? users.first().toObject().value(u"displayName"_s).toString()
                                     : QString();
        };
        QVERIFY(!listedName().isEmpty());
        QVERIFY(m_http.get(url(u"/ziam/admin/api/v1/users?limit=1000"_s), m_token).status == 200);
        QCOMPARE(control(R"({"change": {"collection": "zid.users", "action": "rename",
                                        "id": "ihv1284ang34c", "name": "Renamed User"}})")
                     .status,
                 200);
        QCOMPARE(listedName(), u"Renamed User"_s);

        // A user with devices stays; an unknown record is refused.
        const Reply refused = control(R"({"change": {"collection": "zid.users",
                                         "action": "remove", "id": "ihv1284ang34c"}})");
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json().value(u"message"_s).toString().contains(u"devices"_s));
        QCOMPARE(m_http.get(url(u"/ziam/admin/api/v1/users/ihv1284ang34c"_s), m_token).status, 200);
        QCOMPARE(control(R"({"change": {"collection": "zid.groups", "action": "rename",
                                        "id": "nope", "name": "x"}})")
                     .status,
                 400);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("readOnly=true");
        QTest::newRow("array") << QByteArray("[true]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("unknown field") << QByteArray(R"({"readOnlyy": true})");
        QTest::newRow("wrong type") << QByteArray(R"({"readOnly": "yes"})");
        QTest::newRow("unknown kind") << QByteArray(R"({"fault": {"kind": "meteor"}})");
        QTest::newRow("unknown product")
            << QByteArray(R"({"fault": {"kind": "drop", "product": "zzz"}})");
        QTest::newRow("bad status")
            << QByteArray(R"({"fault": {"kind": "serverError", "status": 42}})");
        QTest::newRow("bad lifetime") << QByteArray(R"({"tokenLifetime": {"clientId": "ctl"}})");
        QTest::newRow("bad activation") << QByteArray(R"({"ziaActivationStatus": "MAYBE"})");
        QTest::newRow("bad change collection")
            << QByteArray(R"({"change": {"collection": "zcc.devices", "action": "remove"}})");
        QTest::newRow("bad change action") << QByteArray(
            R"({"change": {"collection": "zid.users", "action": "explode", "id": "x"}})");
        QTest::newRow("rename without name") << QByteArray(
            R"({"change": {"collection": "zid.users", "action": "rename", "id": "x"}})");
    }

    void rejectsGarbage()
    {
        QFETCH(QByteArray, body);
        const Reply reply = control(body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"code"_s).toString(), u"INVALID_INPUT_ARGUMENT"_s);
        QVERIFY(m_server.pendingFaults().isEmpty());
    }

    void wrongMethods()
    {
        const auto token = Http::controlToken(m_server);
        QCOMPARE(m_http.send("GET", url(u"/__sim/control"_s), {}, {token}).status, 405);
        QCOMPARE(m_http
                     .send("POST", url(u"/__sim/stats"_s), "{}",
                           {token, {"Content-Type", "application/json"}})
                     .status,
                 405);
    }

    // What a web page can send to a loopback port without a preflight, and a caller without
    // this run's token: refused before anything changes.
    void refusesWithoutTokenOrJson_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        const QByteArray token = m_server.controlToken();
        QTest::newRow("no token") << QByteArray() << QByteArray("application/json") << 403;
        QTest::newRow("another run's token")
            << QByteArray(token.size(), 'a') << QByteArray("application/json") << 403;
        QTest::newRow("a prefix of the token")
            << token.left(token.size() - 1) << QByteArray("application/json") << 403;
        QTest::newRow("browser text/plain, no token")
            << QByteArray() << QByteArray("text/plain;charset=UTF-8") << 403;
        QTest::newRow("text/plain") << token << QByteArray("text/plain;charset=UTF-8") << 415;
        QTest::newRow("form") << token << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("no type") << token << QByteArray() << 415;
    }

    void refusesWithoutTokenOrJson()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({QByteArray(ControlEndpoint::tokenHeader), token});
        if (!contentType.isEmpty())
            headers.append({QByteArray("Content-Type"), contentType});
        const Reply reply =
            m_http.send("POST", url(u"/__sim/control"_s), R"({"readOnly": true})", headers);
        QCOMPARE(reply.status, status);
        QVERIFY(!m_server.isReadOnly());
        QVERIFY(!reply.body.contains(m_server.controlToken()));
        // The stats want the token too.
        if (token.isEmpty())
            QCOMPARE(m_http.get(url(u"/__sim/stats"_s)).status, 403);
    }

    // JSON with parameters is JSON; each run has a token of its own.
    void tokenPerRun()
    {
        QCOMPARE(m_http
                     .send("POST", url(u"/__sim/control"_s), R"({"readOnly": false})",
                           {Http::controlToken(m_server),
                            {"Content-Type", "application/json; charset=utf-8"}})
                     .status,
                 200);
        QCOMPARE(m_server.controlToken().size(), 64);
        SimServer other;
        QVERIFY(other.controlToken() != m_server.controlToken());
    }

    void stats()
    {
        m_server.clearRecordedRequests();
        m_http.get(url(u"/zia/api/v1/status?secret=query"_s), m_token);
        m_http.get(url(u"/nowhere"_s));
        const Reply reply = m_http.stats(m_server);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(u"tokenRequests"_s).toInt(), m_server.tokenRequestCount());
        const QJsonArray requests = json.value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 2); // control and stats requests are not recorded
        QCOMPARE(requests[0].toObject(), (QJsonObject{{u"method"_s, u"GET"_s},
                                                      {u"path"_s, u"/zia/api/v1/status"_s},
                                                      {u"status"_s, 200},
                                                      {u"product"_s, u"zia"_s}}));
        QCOMPARE(requests[1].toObject().value(u"product"_s), QJsonValue());
        QCOMPARE(requests[1].toObject().value(u"status"_s).toInt(), 404);
        // Nothing secret leaves through the stats.
        QVERIFY(!reply.body.contains(m_token));
        QVERIFY(!reply.body.contains("top-secret-pw"));
        QVERIFY(!reply.body.contains("secret=query"));
        QVERIFY(!reply.body.contains("Bearer"));
    }
};

QTEST_GUILESS_MAIN(TstSimControl)
#include "tst_simcontrol.moc"
