// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The simulator over HTTPS, trusted through its own certificate (no ignored SSL errors).

#include "SimServer.h"
#include "SimTestHttp.h"

#include <QSslCertificate>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim;
using namespace zc::sim::test;

class TstSimHttps : public QObject
{
    Q_OBJECT

private:
    SimServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions options;
        options.https = true;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_server.addClient({u"tls-client"_s, "pw", {}, {}, 3600});
    }

    void urls()
    {
        QCOMPARE(m_server.baseUrl().scheme(), u"https"_s);
        QCOMPARE(m_server.baseUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(m_server.tokenUrl().path(), u"/oauth2/v1/token"_s);
        QVERIFY(m_server.caCertificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    }

    void trustedByItsCertificate()
    {
        const QList<QSslCertificate> ca = QSslCertificate::fromData(m_server.caCertificatePem());
        QCOMPARE(ca.size(), 1);
        Http http;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(ca);
        http.ssl = ssl;
        QSignalSpy sslErrors(&http.nam, &QNetworkAccessManager::sslErrors);

        const QByteArray token = http.signIn(m_server, u"tls-client"_s, u"pw"_s);
        QVERIFY(!token.isEmpty());
        const Reply reply = http.get(apiUrl(m_server, u"/zia/api/v1/status"_s), token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(sslErrors.size(), 0);
    }

    void untrustedWithoutIt()
    {
        Http http;
        const Reply reply = http.get(apiUrl(m_server, u"/zia/api/v1/status"_s));
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    }

    void plainHttpIsNotServed()
    {
        Http http;
        QUrl url = m_server.baseUrl();
        url.setScheme(u"http"_s);
        url.setPath(u"/zia/api/v1/status"_s);
        const Reply reply = http.get(url);
        QVERIFY(reply.status == 0 || reply.status == 400);
    }
};

QTEST_GUILESS_MAIN(TstSimHttps)
#include "tst_simhttps.moc"
