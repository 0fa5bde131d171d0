// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator's API gateway and ZIA routes over real HTTP: bearer checks, entitlements,
// gateway headers, faults, read-only mode, URL lookup, activation.

#include "SeedSampleFiles.h"
#include "SimServer.h"
#include "SimTestHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;
using namespace zc::sim::test;

namespace {
const QString kClient = u"api-client"_s;
const QString kZiaOnly = u"zia-only"_s;
} // namespace

class TstSimApi : public QObject
{
    Q_OBJECT

private:
    SimServer m_server;
    Http m_http;
    QByteArray m_token;

    QUrl url(const QString &path) const { return apiUrl(m_server, path); }
    Reply get(const QString &path) { return m_http.get(url(path), m_token); }
    Reply post(const QString &path, const QByteArray &json = "{}")
    {
        return m_http.postJson(url(path), json, m_token);
    }
    static QString code(const Reply &reply) { return reply.json().value(u"code"_s).toString(); }

    Reply lookup(const QStringList &urls)
    {
        QJsonArray array;
        for (const QString &u : urls)
            array.append(u);
        return post(u"/zia/api/v1/urlLookup"_s, QJsonDocument(array).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions options;
        options.enforceRateLimits = false; // rate limits have their own test
        QVERIFY(m_server.start(options));
        m_server.addClient({kClient, "pw", {}, {}, 3600});
        m_server.addClient({kZiaOnly, "pw", {}, {zc::Product::Zia}, 3600});
        m_token = m_http.signIn(m_server, kClient, u"pw"_s);
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        m_server.clearFaults();
        m_server.setReadOnly(false);
    }

    void unauthorized_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("unknown") << QByteArray(
            "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("basic") << QByteArray("Basic YTpi");
    }

    void unauthorized()
    {
        QFETCH(QByteArray, authorization);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Reply reply = m_http.send("GET", url(u"/zia/api/v1/status"_s), {}, headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(code(reply), u"UNAUTHORIZED"_s);
        QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());
        QVERIFY(!reply.header("x-oneapi-request-id").isEmpty());
    }

    void revokedTokens()
    {
        const QByteArray token = m_http.signIn(m_server, kClient, u"pw"_s);
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), token).status, 200);
        m_server.revokeAllTokens();
        const Reply reply = m_http.get(url(u"/zia/api/v1/status"_s), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(code(reply), u"UNAUTHORIZED"_s);
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 401); // the shared token too
        m_token = m_http.signIn(m_server, kClient, u"pw"_s);
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 200);
    }

    void expiredToken()
    {
        const QString id = u"brief"_s;
        m_server.addClient({id, "pw", {}, {}, 1});
        const QByteArray token = m_http.signIn(m_server, id, u"pw"_s);
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), token).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.get(url(u"/zia/api/v1/status"_s), token).status, 401,
                                  3000);
    }

    void notEntitled()
    {
        const QByteArray token = m_http.signIn(m_server, kZiaOnly, u"pw"_s);
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), token).status, 200);
        const Reply reply =
            m_http.get(url(u"/zpa/mgmtconfig/v1/admin/customers/1/application"_s), token);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json(),
                 (QJsonObject{{u"code"_s, u"NOT_ENTITLED"_s},
                              {u"message"_s, u"This API client is not entitled to ZPA."_s}}));
        QVERIFY(!reply.hasHeader("x-zscaler-mode"));
        QCOMPARE(m_http.get(url(u"/ziam/admin/api/v1/users"_s), token).json().value(u"message"_s),
                 u"This API client is not entitled to ZIdentity."_s);
    }

    void gatewayHeadersOnEveryResponse()
    {
        QList<Reply> replies;
        replies << get(u"/zia/api/v1/status"_s);
        replies << m_http.get(url(u"/zia/api/v1/status"_s));     // 401
        replies << get(u"/zia/api/v1/noSuchThing"_s);            // 404 inside ZIA
        replies << m_http.get(url(u"/nowhere"_s));               // 404 outside
        replies << m_http.tokenRequest(m_server.tokenUrl(), {}); // 400 token
        const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        QSet<QByteArray> ids;
        for (const Reply &reply : std::as_const(replies)) {
            QVERIFY(reply.status != 0);
            const QByteArray id = reply.header("x-oneapi-request-id");
            QVERIFY2(uuid.match(QString::fromLatin1(id)).hasMatch(), id.constData());
            QVERIFY(!reply.header("x-transaction-id").isEmpty());
            QVERIFY(!reply.header("x-oneapi-version").isEmpty());
            QVERIFY(reply.header("Content-Type").startsWith("application/json"));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), replies.size());
    }

    void notFound()
    {
        Reply reply = get(u"/zia/api/v1/noSuchThing"_s);
        QCOMPARE(reply.status, 404);
        QVERIFY(!code(reply).isEmpty());
        reply = m_http.get(url(u"/nowhere"_s));
        QCOMPARE(reply.status, 404);
        QVERIFY(!code(reply).isEmpty());
        // A product path still needs a token before anything else.
        QCOMPARE(m_http.get(url(u"/zia/api/v1/noSuchThing"_s)).status, 401);
    }

    void faultReplacesAnswer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("faultStatus");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("bodyKey");
        QTest::addColumn<QString>("bodyValue");
        using K = SimFault::Kind;
        QTest::newRow("edit lock") << int(K::EditLock) << u"zia"_s << QByteArray() << 0 << 409
                                   << u"code"_s << u"EDIT_LOCK_NOT_AVAILABLE"_s;
        QTest::newRow("503 zia") << int(K::ServiceUnavailable) << u"zia"_s << QByteArray("13") << 0
                                 << 503 << u"code"_s << u"SERVICE_UNAVAILABLE"_s;
        QTest::newRow("503 zpa") << int(K::ServiceUnavailable) << u"zpa"_s << QByteArray("10s") << 0
                                 << 503 << u"id"_s << u"retryable.server.error"_s;
        QTest::newRow("429 zia") << int(K::TooManyRequests) << u"zia"_s << QByteArray("1 seconds")
                                 << 0 << 429 << u"message"_s << u"Rate Limit (1/SECOND) exceeded"_s;
        QTest::newRow("429 zpa") << int(K::TooManyRequests) << u"zpa"_s << QByteArray("13s") << 0
                                 << 429 << u"id"_s << u"invalid.toomanyrequests"_s;
        QTest::newRow("502") << int(K::ServerError) << u"zia"_s << QByteArray() << 502 << 502
                             << u"code"_s << u"BAD_GATEWAY"_s;
        QTest::newRow("500") << int(K::ServerError) << u"zia"_s << QByteArray() << 500 << 500
                             << u"code"_s << u"INTERNAL_SERVER_ERROR"_s;
        QTest::newRow("401") << int(K::Unauthorized) << u"zia"_s << QByteArray() << 0 << 401
                             << u"code"_s << u"UNAUTHORIZED"_s;
    }

    void faultReplacesAnswer()
    {
        QFETCH(int, kind);
        QFETCH(QString, product);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, faultStatus);
        QFETCH(int, status);
        QFETCH(QString, bodyKey);
        QFETCH(QString, bodyValue);
        SimFault fault;
        fault.kind = SimFault::Kind(kind);
        zc::Product p;
        QVERIFY(zc::parseProduct(product, &p));
        fault.product = p;
        fault.retryAfter = retryAfter;
        if (faultStatus)
            fault.status = faultStatus;
        m_server.injectFault(fault);

        const QString path = p == zc::Product::Zia
                                 ? u"/zia/api/v1/status/activate"_s
                                 : u"/zpa/mgmtconfig/v1/admin/customers/1/application"_s;
        const Reply reply = post(path);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(bodyKey).toString(), bodyValue);
        QCOMPARE(reply.header("Retry-After"), retryAfter);
        QVERIFY(!reply.header("x-oneapi-request-id").isEmpty());
        // Used up: the next request is answered normally.
        QVERIFY(post(path).status != status);
        QVERIFY(m_server.pendingFaults().isEmpty());
    }

    void editLockSparesReads()
    {
        m_server.injectFault({SimFault::Kind::EditLock, 1, {}, {}, {}, 0, 500});
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 200);
        QCOMPARE(post(u"/zia/api/v1/status/activate"_s).status, 409);
        QCOMPARE(post(u"/zia/api/v1/status/activate"_s).status, 200);
    }

    void faultCountProductAndMethod()
    {
        m_server.injectFault({SimFault::Kind::ServerError, 2, zc::Product::Zpa, {}, {}, 0, 500});
        m_server.injectFault({SimFault::Kind::ServerError, 1, {}, "POST", {}, 0, 504});
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 200); // neither ZPA nor POST
        QCOMPARE(post(u"/zia/api/v1/status/activate"_s).status, 504);
        QCOMPARE(post(u"/zia/api/v1/status/activate"_s).status, 200);
        QCOMPARE(get(u"/zpa/mgmtconfig/v1/x"_s).status, 500);
        QCOMPARE(get(u"/zpa/mgmtconfig/v2/x"_s).status, 500);
        QCOMPARE(get(u"/zpa/mgmtconfig/v1/x"_s).status, 404);
    }

    void unlimitedFaultUntilCleared()
    {
        m_server.injectFault({SimFault::Kind::ServerError, -1, {}, {}, {}, 0, 500});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(u"/zia/api/v1/status"_s).status, 500);
        m_server.clearFaults();
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 200);
    }

    void faultsSpareTheTokenEndpoint()
    {
        m_server.injectFault({SimFault::Kind::ServerError, 1, {}, {}, {}, 0, 500});
        QVERIFY(!m_http.signIn(m_server, kClient, u"pw"_s).isEmpty());
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 500);
    }

    void delay()
    {
        SimFault fault{SimFault::Kind::Delay, 1, zc::Product::Zia, {}, {}, 300, 500};
        m_server.injectFault(fault);
        QElapsedTimer timer;
        timer.start();
        const Reply reply = get(u"/zia/api/v1/status"_s);
        QVERIFY(timer.elapsed() >= 290);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"ACTIVE"_s);
    }

    void delayOutlivedByClient()
    {
        // The client gives up before the answer: the server must cope with the gone socket.
        m_server.injectFault({SimFault::Kind::Delay, 1, {}, {}, {}, 400, 500});
        Http impatient;
        QNetworkRequest request(url(u"/zia/api/v1/status"_s));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setTransferTimeout(100);
        QNetworkReply *reply = impatient.nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(3000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        reply->deleteLater();
        QTest::qWait(500); // the delayed answer fires into a closed socket
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 200);
    }

    void drop()
    {
        // QNetworkAccessManager silently re-sends a request once when its connection closes
        // before any answer: a single drop is invisible to it, two in a row are not.
        m_server.clearRecordedRequests();
        m_server.injectFault({SimFault::Kind::Drop, 1, zc::Product::Zia, {}, {}, 0, 500});
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 200);
        QList<RecordedRequest> recorded = m_server.recordedRequests();
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded[0].status, 0);
        QCOMPARE(recorded[1].status, 200);

        m_server.injectFault({SimFault::Kind::Drop, 2, zc::Product::Zia, {}, {}, 0, 500});
        const Reply reply = get(u"/zia/api/v1/status"_s);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        recorded = m_server.recordedRequests();
        QCOMPARE(recorded.size(), 4);
        QCOMPARE(recorded.last().status, 0);
        QVERIFY(m_server.pendingFaults().isEmpty());
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 200);
    }

    void truncate()
    {
        m_server.injectFault({SimFault::Kind::Truncate, 1, zc::Product::Zia, {}, {}, 0, 500});
        const Reply reply = get(u"/zia/api/v1/status"_s);
        QVERIFY(reply.finished);
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply.status, 200);
        QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
        QCOMPARE(get(u"/zia/api/v1/status"_s).status, 200);
    }

    void malformedJson()
    {
        m_server.injectFault({SimFault::Kind::MalformedJson, 1, {}, {}, {}, 0, 500});
        const Reply reply = get(u"/zia/api/v1/status"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void readOnly()
    {
        m_server.setReadOnly(true);
        const Reply refused = post(u"/zia/api/v1/status/activate"_s);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.header("x-zscaler-mode"), "read-only");
        QCOMPARE(refused.json(),
                 (QJsonObject{{u"code"_s, u"STATE_READONLY"_s},
                              {u"message"_s, u"The API service is undergoing a scheduled upgrade "
                                             "and is in read-only mode."_s}}));
        QCOMPARE(lookup({u"bbc.com"_s}).status, 403); // any write, lookups included
        const Reply served = get(u"/zia/api/v1/status"_s);
        QCOMPARE(served.status, 200);
        QVERIFY(!served.hasHeader("x-zscaler-mode"));
        // ZTW is in maintenance too, ZPA is not.
        QCOMPARE(post(u"/ztw/api/v1/ecAdminActivateStatus/activate"_s).status, 403);
        QCOMPARE(post(u"/zpa/mgmtconfig/v1/x"_s).status, 404);
        m_server.setReadOnly(false);
        QCOMPARE(post(u"/zia/api/v1/status/activate"_s).status, 200);
    }

    void urlLookupSeedExamples()
    {
        const Reply reply = lookup({u"viruses.org"_s, u"facebook.com"_s, u"bbc.com"_s});
        QCOMPARE(reply.status, 200);
        const QByteArray seed = zc::test::seedSampleText(u"zia-urllookup.json"_s);
        QCOMPARE(QJsonDocument::fromJson(reply.body), QJsonDocument::fromJson(seed));
        QVERIFY(!QJsonDocument::fromJson(seed).isNull());
    }

    void urlLookupDeterministicAndOrdered()
    {
        QStringList urls;
        for (int i = 0; i < 100; ++i)
            urls << u"host-%1.example.net/path?q=%1"_s.arg(99 - i);
        const Reply first = lookup(urls);
        QCOMPARE(first.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(first.body).array();
        QCOMPARE(items.size(), 100);
        QSet<QString> categories;
        for (int i = 0; i < 100; ++i) {
            const QJsonObject item = items.at(i).toObject();
            QCOMPARE(item.value(u"url"_s).toString(), urls.at(i));
            const QJsonArray classes = item.value(u"urlClassifications"_s).toArray();
            QVERIFY(!classes.isEmpty());
            QVERIFY(item.value(u"urlClassificationsWithSecurityAlert"_s).isArray());
            for (const QJsonValue &c : classes)
                categories.insert(c.toString());
        }
        QVERIFY(categories.size() > 5); // spread over the category list

        // The same answer again, and from another simulator instance.
        QCOMPARE(lookup(urls).body, first.body);
        SimServer other;
        zc::sim::SimOptions otherOptions;
        otherOptions.enforceRateLimits = false;
        otherOptions.seed = 7;
        QVERIFY(other.start(otherOptions));
        other.addClient({kClient, "pw", {}, {}, 3600});
        Http http;
        const QByteArray token = http.signIn(other, kClient, u"pw"_s);
        QJsonArray array;
        for (const QString &u : std::as_const(urls))
            array.append(u);
        const Reply again = http.postJson(apiUrl(other, u"/zia/api/v1/urlLookup"_s),
                                          QJsonDocument(array).toJson(), token);
        QCOMPARE(again.body, first.body);
        // The host decides, not the letter case nor the path.
        const Reply cases = lookup({u"HOST-5.Example.NET"_s, u"https://host-5.example.net/x"_s});
        const QJsonArray two = QJsonDocument::fromJson(cases.body).array();
        QCOMPARE(two.at(0).toObject().value(u"urlClassifications"_s),
                 two.at(1).toObject().value(u"urlClassifications"_s));
    }

    void urlLookupAlertsAndApplications()
    {
        const Reply reply =
            lookup({u"malware.example.com"_s, u"login-phish.example"_s, u"botnet-c2.example"_s,
                    u"crypto-mine.example"_s, u"outlook.office.com"_s, u"www.dropbox.com"_s,
                    u"slack.com"_s, u"bbc.com"_s});
        QCOMPARE(reply.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(reply.body).array();
        const auto alerts = [&](int i) {
            return items.at(i).toObject().value(u"urlClassificationsWithSecurityAlert"_s).toArray();
        };
        const auto app = [&](int i) {
            return items.at(i).toObject().value(u"application"_s).toString();
        };
        QCOMPARE(alerts(0), QJsonArray{u"MALWARE_SITE"_s});
        QCOMPARE(alerts(1), QJsonArray{u"PHISHING"_s});
        QCOMPARE(alerts(2), QJsonArray{u"BOTNET"_s});
        QCOMPARE(alerts(3), QJsonArray{u"CRYPTOMINING"_s});
        QCOMPARE(app(4), u"MICROSOFT_OFFICE365"_s);
        QCOMPARE(app(5), u"DROPBOX"_s);
        QCOMPARE(app(6), u"SLACK"_s);
        QVERIFY(!items.at(7).toObject().contains(u"application"_s));
    }

    void urlLookupRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(u"site%1.example"_s.arg(i));
        const QString longUrl = u"example.com/"_s + QString(1025 - 12, u'a');
        QCOMPARE(longUrl.size(), 1025);
        QTest::newRow("101 URLs") << QJsonDocument(tooMany).toJson() << u"100"_s;
        QTest::newRow("1025 characters")
            << QJsonDocument(QJsonArray{u"bbc.com"_s, longUrl}).toJson() << longUrl;
        QTest::newRow("empty URL") << QByteArray(R"(["bbc.com", ""])") << u"2"_s;
        QTest::newRow("not an array") << QByteArray(R"({"urls": ["bbc.com"]})") << u"array"_s;
        QTest::newRow("a number") << QByteArray(R"(["bbc.com", 42])") << u"string"_s;
        QTest::newRow("not JSON") << QByteArray("bbc.com") << u"array"_s;
    }

    void urlLookupRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const Reply reply = post(u"/zia/api/v1/urlLookup"_s, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(code(reply), u"INVALID_INPUT_ARGUMENT"_s);
        QVERIFY2(reply.json().value(u"message"_s).toString().contains(messagePart),
                 qPrintable(reply.json().value(u"message"_s).toString().left(200)));
    }

    void urlLookupLimitsInclusive()
    {
        const QString longest = u"example.com/"_s + QString(1024 - 12, u'b');
        QCOMPARE(lookup({longest}).status, 200);
    }

    void activation()
    {
        m_server.setZiaActivationStatus(u"PENDING"_s);
        Reply reply = get(u"/zia/api/v1/status"_s);
        QCOMPARE(reply.json(), (QJsonObject{{u"status"_s, u"PENDING"_s}}));
        reply = post(u"/zia/api/v1/status/activate"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), (QJsonObject{{u"status"_s, u"ACTIVE"_s}}));
        QCOMPARE(m_server.ziaActivationStatus(), u"ACTIVE"_s);
        QCOMPARE(get(u"/zia/api/v1/status"_s).json().value(u"status"_s).toString(), u"ACTIVE"_s);
        // Wrong method on a known path.
        QCOMPARE(get(u"/zia/api/v1/status/activate"_s).status, 405);
    }

    void recordedRequests()
    {
        m_server.clearRecordedRequests();
        QSignalSpy served(&m_server, &SimServer::requestServed);
        get(u"/zia/api/v1/status?page=2&pageSize=10"_s);
        QCOMPARE(served.size(), 1);
        const auto request = served.at(0).at(0).value<RecordedRequest>();
        QCOMPARE(request.method, "GET");
        QCOMPARE(request.path, u"/zia/api/v1/status"_s);
        QCOMPARE(request.query.queryItemValue(u"pageSize"_s), u"10"_s);
        QCOMPARE(request.status, 200);
        QCOMPARE(request.product, std::optional<zc::Product>(zc::Product::Zia));
        bool hasAuthorization = false;
        for (const auto &h : request.headers)
            hasAuthorization =
                hasAuthorization || h.first.compare("authorization", Qt::CaseInsensitive) == 0;
        QVERIFY(hasAuthorization);
        QCOMPARE(m_server.recordedRequests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSimApi)
#include "tst_simapi.moc"
