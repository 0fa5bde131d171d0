// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator's published rate limits: windows, headers and 429 bodies per product.

#include "SimServer.h"
#include "SimTestHttp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;
using namespace zc::sim::test;

class TstSimRateLimit : public QObject
{
    Q_OBJECT

private:
    SimServer m_server;
    Http m_http;

    QByteArray signIn(const QString &clientId)
    {
        m_server.addClient({clientId, "pw", {}, {}, 3600});
        return m_http.signIn(m_server, clientId, u"pw"_s);
    }
    QUrl url(const QString &path) const { return apiUrl(m_server, path); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void ziaPostOnePerSecond()
    {
        const QByteArray token = signIn(u"zia-post"_s);
        m_server.clearRecordedRequests();
        const Reply first = m_http.postJson(url(u"/zia/api/v1/status/activate"_s), {}, token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("x-ratelimit-limit"), "1");
        QCOMPARE(first.header("x-ratelimit-remaining"), "0");
        QCOMPARE(first.header("x-ratelimit-reset"), "1");

        const Reply second = m_http.postJson(url(u"/zia/api/v1/status/activate"_s), {}, token);
        QCOMPARE(second.status, 429);
        QCOMPARE(second.header("retry-after"), "1");
        const QByteArray expected =
            R"({"message":"Rate Limit (1/SECOND) exceeded","Retry-After":"1 seconds"})";
        QCOMPARE(second.json(), QJsonDocument::fromJson(expected).object());
        QCOMPARE(second.header("x-ratelimit-remaining"), "0");
        QVERIFY(!second.header("x-oneapi-request-id").isEmpty());

        const QList<RecordedRequest> recorded = m_server.recordedRequests();
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded[1].status, 429);

        // Reads have their own window; a new second allows the next write.
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), token).status, 200);
        QElapsedTimer timer;
        timer.start();
        int status = 0;
        while (
            (status = m_http.postJson(url(u"/zia/api/v1/status/activate"_s), {}, token).status) ==
                429 &&
            timer.elapsed() < 2500)
            QTest::qWait(100);
        QCOMPARE(status, 200);
        QVERIFY(timer.elapsed() >= 500);
    }

    void ziaGetTwoPerSecond()
    {
        const QByteArray token = signIn(u"zia-get"_s);
        const Reply a = m_http.get(url(u"/zia/api/v1/status"_s), token);
        const Reply b = m_http.get(url(u"/zia/api/v1/status"_s), token);
        const Reply c = m_http.get(url(u"/zia/api/v1/status"_s), token);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("x-ratelimit-limit"), "2");
        QCOMPARE(a.header("x-ratelimit-remaining"), "1");
        QCOMPARE(b.status, 200);
        QCOMPARE(b.header("x-ratelimit-remaining"), "0");
        QCOMPARE(c.status, 429);
        QCOMPARE(c.json().value(u"message"_s).toString(), u"Rate Limit (2/SECOND) exceeded"_s);
        QCOMPARE(c.header("retry-after"), "1");

        // Limits are per client: another client is not affected.
        const QByteArray other = signIn(u"zia-get-other"_s);
        QCOMPARE(m_http.get(url(u"/zia/api/v1/status"_s), other).status, 200);
    }

    void ziaDeleteOnePerMinute()
    {
        const QByteArray token = signIn(u"zia-delete"_s);
        const Reply a =
            m_http.send("DELETE", url(u"/zia/api/v1/users/1"_s), {}, Http::bearer(token));
        QCOMPARE(a.status, 404); // no such route yet, but counted
        QCOMPARE(a.header("x-ratelimit-limit"), "1");
        const Reply b =
            m_http.send("DELETE", url(u"/zia/api/v1/users/1"_s), {}, Http::bearer(token));
        QCOMPARE(b.status, 429);
        QCOMPARE(b.json().value(u"message"_s).toString(), u"Rate Limit (1/MINUTE) exceeded"_s);
        const int retry = b.header("retry-after").toInt();
        QVERIFY2(retry > 50 && retry <= 60, b.header("retry-after").constData());
    }

    void zpaWindow()
    {
        const QByteArray token = signIn(u"zpa"_s);
        const QUrl segments = url(u"/zpa/mgmtconfig/v1/admin/customers/1/application"_s);
        for (int i = 0; i < 20; ++i) {
            const Reply reply = m_http.get(segments, token);
            QVERIFY(reply.status != 429);
            QVERIFY(!reply.hasHeader("x-ratelimit-limit"));
        }
        const Reply refused = m_http.get(segments, token);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json(), (QJsonObject{{u"id"_s, u"invalid.toomanyrequests"_s}}));
        const QRegularExpression seconds(u"^([0-9]+)s$"_s);
        const auto match = seconds.match(QString::fromLatin1(refused.header("retry-after")));
        QVERIFY2(match.hasMatch(), refused.header("retry-after").constData());
        QVERIFY(match.captured(1).toInt() >= 1 && match.captured(1).toInt() <= 10);
        // Writes have their own 10 / 10 s window.
        for (int i = 0; i < 10; ++i)
            QVERIFY(m_http.postJson(url(u"/zpa/mgmtconfig/v1/x"_s), "{}", token).status != 429);
        QCOMPARE(m_http.postJson(url(u"/zpa/mgmtconfig/v1/x"_s), "{}", token).status, 429);
    }

    void zdxHeaders()
    {
        const QByteArray token = signIn(u"zdx"_s);
        const Reply first = m_http.get(url(u"/zdx/v1/devices"_s), token);
        QCOMPARE(first.header("RateLimit-Limit"), "5");
        QCOMPARE(first.header("RateLimit-Remaining"), "4");
        const qint64 reset = first.header("RateLimit-Reset").toLongLong();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(reset >= now && reset <= now + 2);
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_http.get(url(u"/zdx/v1/devices"_s), token).status != 429);
        QCOMPARE(m_http.get(url(u"/zdx/v1/devices"_s), token).status, 429);
    }

    void zccHeaders()
    {
        const QByteArray token = signIn(u"zcc"_s);
        const Reply reply = m_http.get(url(u"/zcc/papi/public/v1/getDevices"_s), token);
        QCOMPARE(reply.header("x-ratelimit-limit"), "100");
        QCOMPARE(reply.header("x-ratelimit-remaining"), "99");
        QCOMPARE(reply.header("x-rate-limit-remaining"), "99");
        QCOMPARE(reply.header("x-ratelimit-reset"), "3600");
    }

    void disabled()
    {
        SimServer server;
        SimOptions options;
        options.enforceRateLimits = false;
        QVERIFY(server.start(options));
        server.addClient({u"bench"_s, "pw", {}, {}, 3600});
        const QByteArray token = m_http.signIn(server, u"bench"_s, u"pw"_s);
        for (int i = 0; i < 5; ++i) {
            const Reply reply =
                m_http.postJson(apiUrl(server, u"/zia/api/v1/status/activate"_s), {}, token);
            QCOMPARE(reply.status, 200);
            // A server without limits announces no budget: a client obeying one would be held
            // to the limits all the same.
            QVERIFY(!reply.hasHeader("x-ratelimit-limit"));
            QVERIFY(!reply.hasHeader("x-ratelimit-remaining"));
            QVERIFY(!reply.hasHeader("x-ratelimit-reset"));
        }
        // Nor for ZIdentity past its assumed 10 a second, nor ZDX's RateLimit-* headers.
        const QByteArray zidToken = m_http.signIn(server, u"bench"_s, u"pw"_s);
        for (int i = 0; i < 15; ++i) {
            const Reply reply = m_http.get(apiUrl(server, u"/ziam/admin/api/v1/users"_s), zidToken);
            QCOMPARE(reply.status, 200);
            QVERIFY(!reply.hasHeader("x-ratelimit-remaining"));
        }
    }
};

QTEST_GUILESS_MAIN(TstSimRateLimit)
#include "tst_simratelimit.moc"
