// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Sign-in over real HTTP against the tenant simulator: both secret styles, both key types,
// both assertion audiences, wrong credentials, refresh, re-authentication on 401, one shared
// token request for concurrent callers, TLS, and nothing secret in logs.
#include "SimFixture.h"
#include "auth/TokenProvider.h"
#include "auth/TokenResponse.h"
#include "net/ApiJob.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

namespace {
QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

QByteArray headerOf(const sim::RecordedRequest &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiJob *ziaStatus(ApiClient &client)
{
    ApiRequest r = ApiRequest::get(Product::Zia, {u"status"_s});
    r.expect = ApiRequest::Expect::JsonObject;
    return client.send(r);
}
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"zconsole.*=true"_s);
        qInstallMessageHandler(captureMessages);
    }

    void clientSecretBasic()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::None);
        QCOMPARE(job->json().object().value("status"_L1).toString(), u"ACTIVE"_s);

        const auto requests = sim.server().recordedRequests();
        QCOMPARE(requests.size(), 2);
        const auto &token = requests.at(0);
        QCOMPARE(token.path, u"/oauth2/v1/token"_s);
        QVERIFY(headerOf(token, "authorization").startsWith("Basic "));
        QVERIFY(headerOf(token, "content-type").startsWith("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(token.body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"client_credentials"_s);
        QCOMPARE(form.queryItemValue(u"audience"_s, QUrl::FullyDecoded),
                 u"https://api.zscaler.com"_s);
        QVERIFY(!form.hasQueryItem(u"client_secret"_s));

        const auto &api = requests.at(1);
        QCOMPARE(api.path, u"/zia/api/v1/status"_s);
        QVERIFY(headerOf(api, "authorization").startsWith("Bearer "));
        QVERIFY(!job->requestId().isEmpty()); // every answer names its request
    }

    void clientSecretForm()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        ConnectionSettings s = sim.settings();
        s.secretStyle = SecretStyle::Form;
        auto client = sim.makeClient(s, sim.secretCredentials());
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::None);
        const auto token = sim.server().recordedRequests().at(0);
        QVERIFY(headerOf(token, "authorization").isEmpty());
        const QUrlQuery form(QString::fromUtf8(token.body));
        QCOMPARE(form.queryItemValue(u"client_id"_s),
                 QString::fromLatin1(SimFixture::kSecretClient));
        QVERIFY(form.hasQueryItem(u"client_secret"_s));
    }

    void privateKeyJwt_data()
    {
        QTest::addColumn<KeyType>("keyType");
        QTest::addColumn<AssertionAudience>("audience");
        QTest::newRow("RS256, ZIdentity base URL")
            << KeyType::Rsa << AssertionAudience::ZIdentityBase;
        QTest::newRow("RS256, API audience") << KeyType::Rsa << AssertionAudience::ApiAudience;
        QTest::newRow("ES256, ZIdentity base URL")
            << KeyType::EcP256 << AssertionAudience::ZIdentityBase;
        QTest::newRow("ES256, API audience") << KeyType::EcP256 << AssertionAudience::ApiAudience;
    }
    void privateKeyJwt()
    {
        QFETCH(KeyType, keyType);
        QFETCH(AssertionAudience, audience);
        SimFixture sim;
        QVERIFY(sim.start());
        const QString id = QString::fromLatin1(keyType == KeyType::Rsa ? SimFixture::kRsaClient
                                                                       : SimFixture::kEcClient);
        ConnectionSettings s = sim.settings(id, AuthMethod::PrivateKey);
        s.assertionAudience = audience;
        auto client = sim.makeClient(s, sim.keyCredentials(keyType));
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        const auto token = sim.server().recordedRequests().at(0);
        const QUrlQuery form(QString::fromUtf8(token.body));
        QCOMPARE(form.queryItemValue(u"client_assertion_type"_s, QUrl::FullyDecoded),
                 u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
        QVERIFY(headerOf(token, "authorization").isEmpty());
    }

    void wrongSecretIsAnAuthenticationError()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        Credentials wrong;
        wrong.clientSecret = "not-the-secret";
        auto client = sim.makeClient(sim.settings(), wrong);
        QSignalSpy failedSignIn(client->tokenProvider(), &TokenProvider::signInFailed);
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        const ApiError e = job->error();
        QCOMPARE(e.kind, ApiError::Kind::Authentication);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.serverCode, u"invalid_client"_s);
        QVERIFY(!e.message().contains(u"not-the-secret"_s));
        QCOMPARE(failedSignIn.count(), 1);
        QCOMPARE(sim.countRequests(u"/status"_s), 0); // no API call without a token
    }

    void unreachableTokenEndpointNamesZIdentity()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        // A loopback port nobody listens on: the API is fine, sign-in cannot happen.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ConnectionSettings s = sim.settings();
        s.tokenUrlOverride = QUrl(u"http://127.0.0.1:%1/oauth2/v1/token"_s.arg(port));
        auto client = sim.makeClient(s, sim.secretCredentials());
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QVERIFY(job->error().duringSignIn);
        const QString message = job->error().message();
        QVERIFY2(message.contains(u"ZIdentity"_s) && message.contains(u"token URL"_s),
                 qPrintable(message));
        QCOMPARE(sim.countRequests(u"/status"_s), 0);
    }

    // Issue 12, finding 8: a 429, a 5xx or an unreadable answer of the token endpoint is a
    // server failure: retried like any other (and announced as ZIdentity's), then reported as
    // what it is, never as refused credentials.
    void signInFailuresOfTheServerAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reason");
        QTest::newRow("429") << int(sim::SimFault::Kind::TooManyRequests) << 429
                             << int(WaitReason::ServerRateLimit);
        QTest::newRow("503") << int(sim::SimFault::Kind::ServiceUnavailable) << 503
                             << int(WaitReason::ServiceUnavailable);
        QTest::newRow("500") << int(sim::SimFault::Kind::ServerError) << 500
                             << int(WaitReason::ServerError);
        QTest::newRow("unreadable")
            << int(sim::SimFault::Kind::MalformedJson) << 200 << int(WaitReason::ServerError);
    }
    void signInFailuresOfTheServerAreRetried()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, reason);
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        RetryPolicy quick;
        quick.baseBackoffMs = 100;
        quick.maxAttempts = 3;
        client->setRetryPolicy(quick);
        sim::SimFault fault;
        fault.kind = static_cast<sim::SimFault::Kind>(kind);
        fault.signIn = true;
        fault.count = 1;
        fault.retryAfter = kind == int(sim::SimFault::Kind::ServerError) ? QByteArray() : "1";
        sim.server().injectFault(fault);
        QSignalSpy waits(client.get(), &ApiClient::waiting);

        // Once: the retry signs in.
        ApiJob *job = ziaStatus(*client);
        job->setAutoDelete(false);
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(sim.server().tokenRequestCount(), 2);
        QCOMPARE(waits.count(), 1);
        QCOMPARE(waits.at(0).at(0).value<Product>(), Product::Zid);
        QCOMPARE(int(waits.at(0).at(2).value<WaitReason>()), reason);
        delete job;

        // Always: given up after the policy's attempts, as a server failure.
        client->tokenProvider()->reset();
        fault.count = -1;
        sim.server().injectFault(fault);
        job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        const ApiError e = job->error();
        QVERIFY(e.duringSignIn);
        QVERIFY2(e.kind != ApiError::Kind::Authentication, qPrintable(e.message()));
        QCOMPARE(e.kind, status == 429   ? ApiError::Kind::RateLimited
                         : status == 200 ? ApiError::Kind::BadResponse
                                         : ApiError::Kind::Server);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message().contains(u"ZIdentity"_s), qPrintable(e.message()));
        QCOMPARE(sim.server().tokenRequestCount(), 2 + quick.maxAttempts);
        QCOMPARE(sim.countRequests(u"/status"_s), 1); // only the call of the first round
    }

    void signInRateLimitOfHoursFailsFast()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::TooManyRequests;
        fault.signIn = true;
        fault.retryAfter = "7200";
        sim.server().injectFault(fault);
        QElapsedTimer timer;
        timer.start();
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(job->error().retryAfterSeconds, 7200);
        QVERIFY(job->error().message().contains(u"7200"_s));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(sim.server().tokenRequestCount(), 1);
    }

    // Issue 12, finding 10: expires_in is read without overflow, as a number or a string.
    void tokenAnswerNumbersAreReadSafely_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<int>("expires");
        QTest::newRow("seed")
            << R"({"access_token":"a.b.c","token_type":"Bearer","expires_in":3600})"_ba << true
            << 3600;
        QTest::newRow("string") << R"({"access_token":"t","expires_in":"83999"})"_ba << true
                                << 83999;
        QTest::newRow("double") << R"({"access_token":"t","expires_in":3600.0})"_ba << true << 3600;
        QTest::newRow("huge") << R"({"access_token":"t","expires_in":1e300})"_ba << true
                              << TokenResponse::kMaxLifetimeSeconds;
        QTest::newRow("huge string")
            << R"({"access_token":"t","expires_in":"99999999999999999999"})"_ba << true
            << TokenResponse::kMaxLifetimeSeconds;
        QTest::newRow("negative") << R"({"access_token":"t","expires_in":-1e300})"_ba << false << 0;
        QTest::newRow("zero") << R"({"access_token":"t","expires_in":0})"_ba << false << 0;
        QTest::newRow("missing") << R"({"access_token":"t"})"_ba << false << 0;
        QTest::newRow("not bearer")
            << R"({"access_token":"t","token_type":"mac","expires_in":60})"_ba << false << 0;
        QTest::newRow("header injection")
            << "{\"access_token\":\"t\\r\\nX-Evil: 1\",\"expires_in\":60}"_ba << false << 0;
        QTest::newRow("not json") << "<html>"_ba << false << 0;
    }
    void tokenAnswerNumbersAreReadSafely()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, usable);
        QFETCH(int, expires);
        const TokenResponse response = TokenResponse::parse(body);
        QCOMPARE(response.isUsable(), usable);
        QCOMPARE(response.expiresInSeconds, expires);
    }

    void wrongKeyIsAnAuthenticationError()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        // The RSA client's registered key is not this EC key.
        auto client = sim.makeClient(
            sim.settings(QString::fromLatin1(SimFixture::kRsaClient), AuthMethod::PrivateKey),
            sim.keyCredentials(KeyType::EcP256));
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Authentication);
        QVERIFY(!job->error().serverCode.isEmpty());
    }

    void refreshesAShortLivedTokenBeforeItExpires()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().setTokenLifetime(QString::fromLatin1(SimFixture::kSecretClient), 5);
        auto client = sim.makeClient();
        QVERIFY(waitForJob(ziaStatus(*client)));
        QCOMPARE(client->tokenProvider()->lifetimeSeconds(), 5);
        QCOMPARE(sim.server().tokenRequestCount(), 1);
        QVERIFY(waitForJob(ziaStatus(*client)));
        QCOMPARE(sim.server().tokenRequestCount(), 1); // still fresh: reused
        QTest::qWait(4200);                            // inside the last second of the token's life
        ApiJob *late = ziaStatus(*client);
        QVERIFY(waitForJob(late));
        QVERIFY(!late->error());
        QCOMPARE(sim.server().tokenRequestCount(), 2);
        for (const auto &r : sim.server().recordedRequests())
            QVERIFY(r.status != 401); // refreshed ahead, never refused
    }

    void reauthenticatesOnceOn401()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        QVERIFY(waitForJob(ziaStatus(*client)));
        sim.server().revokeAllTokens();
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(sim.server().tokenRequestCount(), 2);
        QCOMPARE(job->attempts(), 2);

        // Refused again after the fresh sign-in: an authentication error, not a loop.
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::Unauthorized;
        fault.count = 2;
        sim.server().injectFault(fault);
        ApiJob *refused = ziaStatus(*client);
        QVERIFY(waitForJob(refused));
        QCOMPARE(refused->error().kind, ApiError::Kind::Authentication);
        QCOMPARE(refused->attempts(), 2);
    }

    void concurrentRequestsShareOneSignIn()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        QList<ApiJob *> jobs;
        for (int i = 0; i < 3; ++i)
            jobs.append(ziaStatus(*client));
        jobs.append(client->send(ApiRequest::post(Product::Zia, {u"status"_s, u"activate"_s})));
        for (ApiJob *job : jobs)
            job->setAutoDelete(false); // waited for one after the other
        for (ApiJob *job : jobs) {
            QVERIFY(waitForJob(job));
            QVERIFY2(!job->error(), qPrintable(job->error().message()));
        }
        QCOMPARE(sim.server().tokenRequestCount(), 1);
    }

    void notEntitledIsForbidden()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().addClient({u"zia-only"_s, sim.clientSecret(), {}, {Product::Zia}, 3600});
        auto client = sim.makeClient(sim.settings(u"zia-only"_s), sim.secretCredentials());
        ApiJob *job = client->send(ApiRequest::get(Product::Zdx, {u"devices"_s}));
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(job->error().product, std::optional<Product>(Product::Zdx));
    }

    void httpsWithTheSimulatorsCaFile()
    {
        sim::SimOptions options;
        options.https = true;
        SimFixture sim(options);
        QVERIFY(sim.start());
        QCOMPARE(sim.server().baseUrl().scheme(), u"https"_s);
        auto client = sim.makeClient();
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));

        // Without the CA file the self-signed certificate is refused, never ignored.
        ConnectionSettings untrusted = sim.settings();
        untrusted.caFile.clear();
        auto refused = sim.makeClient(untrusted, sim.secretCredentials());
        ApiJob *tls = ziaStatus(*refused);
        QVERIFY(waitForJob(tls));
        QCOMPARE(tls->error().kind, ApiError::Kind::Tls);
    }

    void unreadableCaFileFailsBeforeSending()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        ConnectionSettings s = sim.settings();
        s.caFile = u"/nonexistent/ca.pem"_s;
        auto client = sim.makeClient(s, sim.secretCredentials());
        QCOMPARE(client->setupError().kind, ApiError::Kind::InvalidInput);
        ApiJob *job = ziaStatus(*client);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::InvalidInput);
        QVERIFY(job->error().message().contains(u"/nonexistent/ca.pem"_s));
        QCOMPARE(sim.server().recordedRequests().size(), 0);
    }

    void neverSendsCredentialsOverPlainHttpToARemoteHost()
    {
        ConnectionSettings s;
        s.cloud = Cloud::Custom;
        s.clientId = u"c"_s;
        s.tokenUrlOverride = QUrl(u"http://login.example.invalid/oauth2/v1/token"_s);
        s.apiUrlOverride = QUrl(u"https://api.example.invalid"_s);
        Credentials c;
        c.clientSecret = "s";
        ApiClient client(s, c);
        QCOMPARE(client.setupError().kind, ApiError::Kind::InvalidInput);
        ApiJob *job = ziaStatus(client);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(client.tokenProvider()->tokenRequestCount(), 0);
    }

    void pathAndQueryAreUtf8PercentEncoded()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ApiRequest r = ApiRequest::get(Product::Zia, {u"users"_s, u"a/b é?"_s},
                                       {{u"search"_s, u"Zoë & co=1+2"_s}});
        const QUrl url = client->urlFor(r);
        QCOMPARE(url.path(QUrl::FullyEncoded), u"/zia/api/v1/users/a%2Fb%20%C3%A9%3F"_s);
        QCOMPARE(url.query(QUrl::FullyEncoded), u"search=Zo%C3%AB%20%26%20co%3D1%2B2"_s);
        ApiJob *job = client->send(r);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::NotFound); // the simulator has no such user
        const auto recorded = sim.server().recordedRequests().last();
        QCOMPARE(recorded.query.queryItemValue(u"search"_s, QUrl::FullyDecoded), u"Zoë & co=1+2"_s);
    }

    void nothingSecretReachesTheLog()
    {
        g_log.clear();
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        QVERIFY(waitForJob(ziaStatus(*client)));
        auto keyClient = sim.makeClient(
            sim.settings(QString::fromLatin1(SimFixture::kEcClient), AuthMethod::PrivateKey),
            sim.keyCredentials(KeyType::EcP256));
        QVERIFY(waitForJob(ziaStatus(*keyClient)));
        QVERIFY(!g_log.isEmpty()); // the categories did log
        QStringList secrets{QString::fromLatin1(sim.clientSecret())};
        for (const auto &r : sim.server().recordedRequests()) {
            const QByteArray auth = headerOf(r, "authorization");
            if (auth.startsWith("Bearer "))
                secrets.append(QString::fromLatin1(auth.mid(7)));
            const QUrlQuery form(QString::fromUtf8(r.body));
            if (form.hasQueryItem(u"client_assertion"_s))
                secrets.append(form.queryItemValue(u"client_assertion"_s));
        }
        QVERIFY(secrets.size() >= 4);
        for (const QString &line : std::as_const(g_log)) {
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!line.contains(secret), qPrintable(u"leaked in: "_s + line.left(80)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
