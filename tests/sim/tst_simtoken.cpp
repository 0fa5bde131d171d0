// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator's token endpoint over real HTTP: client secret (Basic and form), private-key
// JWT (RS256, ES256) and every refusal the notes describe.

#include "SimServer.h"
#include "SimTestHttp.h"
#include "auth/Jwt.h"
#include "auth/PrivateKey.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;
using namespace zc::sim::test;

namespace {
const QString kSecretClient = u"secret-client"_s;
const QByteArray kSecret = "s3cr3t+with/odd=chars&more";
const QString kRsaClient = u"rsa-client"_s;
const QString kEcClient = u"ec-client"_s;
const QString kApiAudience = u"https://api.zscaler.com"_s;
const QString kAssertionType = u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s;
} // namespace

class TstSimToken : public QObject
{
    Q_OBJECT

private:
    SimServer m_server;
    Http m_http;
    zc::PrivateKey m_rsaKey;
    zc::PrivateKey m_ecKey;

    QList<QPair<QString, QString>> secretForm(const QString &clientId, const QString &secret)
    {
        return {{u"grant_type"_s, u"client_credentials"_s},
                {u"client_id"_s, clientId},
                {u"client_secret"_s, secret},
                {u"audience"_s, kApiAudience}};
    }

    Reply assertionRequest(const QString &clientId, const QByteArray &assertion)
    {
        return m_http.tokenRequest(m_server.tokenUrl(),
                                   {{u"grant_type"_s, u"client_credentials"_s},
                                    {u"client_id"_s, clientId},
                                    {u"client_assertion"_s, QString::fromLatin1(assertion)},
                                    {u"client_assertion_type"_s, kAssertionType},
                                    {u"audience"_s, kApiAudience}});
    }

    // A signed assertion with standard claims, adjusted by `edit`.
    QByteArray assertion(const zc::PrivateKey &key, const QString &clientId,
                         const std::function<void(QJsonObject &)> &edit = {})
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims{{u"iss"_s, clientId},
                           {u"sub"_s, clientId},
                           {u"aud"_s, m_server.baseUrl().toString()},
                           {u"iat"_s, now},
                           {u"exp"_s, now + 300},
                           {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        if (edit)
            edit(claims);
        return zc::jwt::sign(claims, key);
    }

    static QString error(const Reply &reply) { return reply.json().value(u"error"_s).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_rsaKey = zc::PrivateKey::generateRsa(2048);
        m_ecKey = zc::PrivateKey::generateEcP256();
        QVERIFY(!m_rsaKey.isNull());
        QVERIFY(!m_ecKey.isNull());
        m_server.addClient({kSecretClient, kSecret, {}, {}, 3600});
        m_server.addClient({kRsaClient, {}, m_rsaKey.publicKeyPem(), {}, 1800});
        m_server.addClient({kEcClient, {}, m_ecKey.publicKeyPem(), {}, 83999});
    }

    void secretByBasic()
    {
        const int before = m_server.tokenRequestCount();
        const Reply reply = m_http.tokenRequest(
            m_server.tokenUrl(),
            {{u"grant_type"_s, u"client_credentials"_s}, {u"audience"_s, kApiAudience}},
            kSecretClient.toUtf8() + ':' + kSecret);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(json.value(u"expires_in"_s).toInt(), 3600);
        const QString token = json.value(u"access_token"_s).toString();
        QCOMPARE(token.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(!token.contains(u'+') && !token.contains(u'/') && !token.contains(u'='));
        QCOMPARE(reply.header("Cache-Control"), "no-store");
        QVERIFY(!reply.header("x-oneapi-request-id").isEmpty());
        QCOMPARE(m_server.tokenRequestCount(), before + 1);
    }

    void secretByForm()
    {
        const Reply reply = m_http.tokenRequest(
            m_server.tokenUrl(), secretForm(kSecretClient, QString::fromUtf8(kSecret)));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json().value(u"access_token"_s).toString().isEmpty());
    }

    void tokensAreUnique()
    {
        const QByteArray a = m_http.signIn(m_server, kSecretClient, QString::fromUtf8(kSecret));
        const QByteArray b = m_http.signIn(m_server, kSecretClient, QString::fromUtf8(kSecret));
        QVERIFY(!a.isEmpty());
        QVERIFY(a != b);
    }

    void bothSecretMethodsRefused()
    {
        const Reply reply = m_http.tokenRequest(
            m_server.tokenUrl(), secretForm(kSecretClient, QString::fromUtf8(kSecret)),
            kSecretClient.toUtf8() + ':' + kSecret);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_request"_s);
    }

    void wrongSecret()
    {
        const Reply reply = m_http.tokenRequest(m_server.tokenUrl(),
                                                secretForm(kSecretClient, u"not-the-secret"_s));
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_client"_s);
        QVERIFY(!reply.body.contains("not-the-secret"));
        QVERIFY(!reply.body.contains(kSecret));
    }

    void unknownClient()
    {
        const Reply reply =
            m_http.tokenRequest(m_server.tokenUrl(), secretForm(u"nobody"_s, u"x"_s));
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_client"_s);
    }

    void secretForKeyOnlyClientRefused()
    {
        const Reply reply =
            m_http.tokenRequest(m_server.tokenUrl(), secretForm(kRsaClient, u"anything"_s));
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_client"_s);
    }

    void wrongAudience()
    {
        auto form = secretForm(kSecretClient, QString::fromUtf8(kSecret));
        form[3].second = u"https://api.example.com"_s;
        Reply reply = m_http.tokenRequest(m_server.tokenUrl(), form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_target"_s);

        form.removeAt(3);
        reply = m_http.tokenRequest(m_server.tokenUrl(), form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_request"_s);
    }

    void wrongGrant()
    {
        auto form = secretForm(kSecretClient, QString::fromUtf8(kSecret));
        form[0].second = u"password"_s;
        Reply reply = m_http.tokenRequest(m_server.tokenUrl(), form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"unsupported_grant_type"_s);

        form.removeAt(0);
        reply = m_http.tokenRequest(m_server.tokenUrl(), form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_request"_s);
    }

    void formEncodedOnly()
    {
        const QByteArray json = R"({"grant_type":"client_credentials","client_id":"secret-client",)"
                                R"("audience":"https://api.zscaler.com"})";
        const Reply reply =
            m_http.send("POST", m_server.tokenUrl(), json, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_request"_s);
    }

    void duplicateParameterRefused()
    {
        auto form = secretForm(kSecretClient, QString::fromUtf8(kSecret));
        form.append({u"audience"_s, kApiAudience});
        const Reply reply = m_http.tokenRequest(m_server.tokenUrl(), form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_request"_s);
    }

    void jwtAccepted_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<int>("lifetime");
        QTest::newRow("RS256") << kRsaClient << true << 1800;
        QTest::newRow("ES256") << kEcClient << false << 83999;
    }

    void jwtAccepted()
    {
        QFETCH(QString, clientId);
        QFETCH(bool, rsa);
        QFETCH(int, lifetime);
        const zc::PrivateKey &key = rsa ? m_rsaKey : m_ecKey;
        const QByteArray jws = assertion(key, clientId);
        QCOMPARE(zc::jwt::decode(jws).header.value(u"alg"_s).toString(),
                 rsa ? u"RS256"_s : u"ES256"_s);
        const Reply reply = assertionRequest(clientId, jws);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"expires_in"_s).toInt(), lifetime);
        QVERIFY(!reply.body.contains(jws));
    }

    void jwtWithoutFormClientId()
    {
        const Reply reply = m_http.tokenRequest(
            m_server.tokenUrl(),
            {{u"grant_type"_s, u"client_credentials"_s},
             {u"client_assertion"_s, QString::fromLatin1(assertion(m_ecKey, kEcClient))},
             {u"client_assertion_type"_s, kAssertionType},
             {u"audience"_s, kApiAudience}});
        QCOMPARE(reply.status, 200);
    }

    void jwtBuiltByTheEngineHelper()
    {
        const QByteArray jws = zc::buildClientAssertion(m_ecKey, kEcClient, kApiAudience);
        QCOMPARE(assertionRequest(kEcClient, jws).status, 200);
    }

    void jwtAudiences_data()
    {
        QTest::addColumn<QString>("aud");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("baseUrl") << QString() << QString();
        QTest::newRow("baseUrl with slash") << u"/"_s << QString();
        QTest::newRow("api audience") << kApiAudience << QString();
        QTest::newRow("other host") << u"https://other.zslogin.net"_s << u"invalid_grant"_s;
        QTest::newRow("token url") << u"token"_s << u"invalid_grant"_s;
    }

    void jwtAudiences()
    {
        QFETCH(QString, aud);
        QFETCH(QString, expectedError);
        QString audience = aud;
        if (aud.isEmpty())
            audience = m_server.baseUrl().toString();
        else if (aud == "/"_L1)
            audience = m_server.baseUrl().toString() + u'/';
        else if (aud == "token"_L1)
            audience = m_server.tokenUrl().toString();
        const Reply reply = assertionRequest(
            kEcClient,
            assertion(m_ecKey, kEcClient, [&](QJsonObject &c) { c.insert(u"aud"_s, audience); }));
        if (expectedError.isEmpty()) {
            QCOMPARE(reply.status, 200);
        } else {
            QCOMPARE(reply.status, 400);
            QCOMPARE(error(reply), expectedError);
        }
    }

    void jwtRefused_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("jws");
        QTest::addColumn<QString>("expectedError");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const zc::PrivateKey otherEc = zc::PrivateKey::generateEcP256();

        QTest::newRow("wrong key")
            << kEcClient << assertion(otherEc, kEcClient) << u"invalid_client"_s;
        QTest::newRow("RS256 for an EC key")
            << kEcClient << assertion(m_rsaKey, kEcClient) << u"invalid_client"_s;
        QByteArray tampered = assertion(m_ecKey, kEcClient);
        {
            QList<QByteArray> parts = tampered.split('.');
            QJsonObject claims = zc::jwt::decode(tampered).claims;
            claims.insert(u"exp"_s, now + 3000);
            parts[1] =
                zc::jwt::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
            tampered = parts.join('.');
        }
        QTest::newRow("tampered") << kEcClient << tampered << u"invalid_client"_s;
        QTest::newRow("garbage") << kEcClient << QByteArray("not.a.jwt") << u"invalid_client"_s;
        QTest::newRow("expired") << kEcClient << assertion(m_ecKey, kEcClient, [&](QJsonObject &c) {
            c.insert(u"iat"_s, now - 900);
            c.insert(u"exp"_s, now - 10);
        }) << u"invalid_grant"_s;
        QTest::newRow("future iat") << kEcClient
                                    << assertion(m_ecKey, kEcClient,
                                                 [&](QJsonObject &c) {
                                                     c.insert(u"iat"_s, now + 600);
                                                     c.insert(u"exp"_s, now + 900);
                                                 })
                                    << u"invalid_grant"_s;
        QTest::newRow("lifetime over an hour")
            << kEcClient
            << assertion(m_ecKey, kEcClient,
                         [&](QJsonObject &c) { c.insert(u"exp"_s, now + 7200); })
            << u"invalid_grant"_s;
        QTest::newRow("no jti") << kEcClient << assertion(m_ecKey, kEcClient, [&](QJsonObject &c) {
            c.remove(u"jti"_s);
        }) << u"invalid_grant"_s;
        QTest::newRow("iss is not the client")
            << kEcClient
            << assertion(m_ecKey, kEcClient,
                         [&](QJsonObject &c) { c.insert(u"iss"_s, u"someone-else"_s); })
            << u"invalid_client"_s;
        QTest::newRow("sub is not the client")
            << kEcClient
            << assertion(m_ecKey, kEcClient,
                         [&](QJsonObject &c) { c.insert(u"sub"_s, u"someone-else"_s); })
            << u"invalid_client"_s;
        QTest::newRow("form client_id differs")
            << kRsaClient << assertion(m_ecKey, kEcClient) << u"invalid_client"_s;
        QTest::newRow("client without a key")
            << kSecretClient << assertion(m_ecKey, kSecretClient) << u"invalid_client"_s;
    }

    void jwtRefused()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, jws);
        QFETCH(QString, expectedError);
        const Reply reply = assertionRequest(clientId, jws);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), expectedError);
        QVERIFY(!reply.json().value(u"error_description"_s).toString().isEmpty());
        QVERIFY(!reply.body.contains(jws));
    }

    void jwtTypMustBeJwt()
    {
        // Hand-made header {"alg":"ES256","typ":"JOSE"} signed with the client's key.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray header = zc::jwt::base64UrlEncode(R"({"alg":"ES256","typ":"JOSE"})");
        const QByteArray claims =
            zc::jwt::base64UrlEncode(QJsonDocument(QJsonObject{{u"iss"_s, kEcClient},
                                                               {u"sub"_s, kEcClient},
                                                               {u"aud"_s, kApiAudience},
                                                               {u"iat"_s, now},
                                                               {u"exp"_s, now + 60},
                                                               {u"jti"_s, u"typ-test"_s}})
                                         .toJson(QJsonDocument::Compact));
        const QByteArray input = header + '.' + claims;
        const QByteArray jws = input + '.' + zc::jwt::base64UrlEncode(m_ecKey.sign(input));
        const Reply reply = assertionRequest(kEcClient, jws);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_client"_s);
    }

    void jwtReplayRefused()
    {
        const QByteArray jws = assertion(m_rsaKey, kRsaClient);
        QCOMPARE(assertionRequest(kRsaClient, jws).status, 200);
        const Reply again = assertionRequest(kRsaClient, jws);
        QCOMPARE(again.status, 400);
        QCOMPARE(error(again), u"invalid_grant"_s);
    }

    void assertionAndSecretRefused()
    {
        auto form = secretForm(kEcClient, u"x"_s);
        form.append({u"client_assertion"_s, QString::fromLatin1(assertion(m_ecKey, kEcClient))});
        form.append({u"client_assertion_type"_s, kAssertionType});
        const Reply reply = m_http.tokenRequest(m_server.tokenUrl(), form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_request"_s);
    }

    void wrongAssertionType()
    {
        const Reply reply = m_http.tokenRequest(
            m_server.tokenUrl(),
            {{u"grant_type"_s, u"client_credentials"_s},
             {u"client_id"_s, kEcClient},
             {u"client_assertion"_s, QString::fromLatin1(assertion(m_ecKey, kEcClient))},
             {u"client_assertion_type"_s, u"urn:something:else"_s},
             {u"audience"_s, kApiAudience}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(error(reply), u"invalid_request"_s);
    }

    void getRefused()
    {
        const Reply reply = m_http.get(m_server.tokenUrl());
        QCOMPARE(reply.status, 405);
    }

    void expiresInHonoured()
    {
        const QString id = u"short-lived"_s;
        m_server.addClient({id, "pw", {}, {}, 3600});
        m_server.setTokenLifetime(id, 1);
        const Reply reply = m_http.tokenRequest(m_server.tokenUrl(), secretForm(id, u"pw"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"expires_in"_s).toInt(), 1);
        const QByteArray token = reply.json().value(u"access_token"_s).toString().toLatin1();
        const QUrl status = apiUrl(m_server, u"/zia/api/v1/status"_s);
        QCOMPARE(m_http.get(status, token).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.get(status, token).status, 401, 3000);
        QCOMPARE(m_http.get(status, token).json().value(u"code"_s).toString(), u"UNAUTHORIZED"_s);
    }

    void recordedAndCounted()
    {
        m_server.clearRecordedRequests();
        const int before = m_server.tokenRequestCount();
        m_http.tokenRequest(m_server.tokenUrl(), secretForm(kSecretClient, u"wrong"_s));
        QCOMPARE(m_server.tokenRequestCount(), before + 1);
        const QList<RecordedRequest> recorded = m_server.recordedRequests();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].method, "POST");
        QCOMPARE(recorded[0].path, u"/oauth2/v1/token"_s);
        QCOMPARE(recorded[0].status, 400);
        QVERIFY(!recorded[0].product);
    }
};

QTEST_GUILESS_MAIN(TstSimToken)
#include "tst_simtoken.moc"
