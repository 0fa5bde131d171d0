// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// URL derivation per cloud and the rules that keep credentials off plain http.
#include "oneapi/ConnectionSettings.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestConnectionSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivesUrlsPerCloud_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("api");
        QTest::newRow("production")
            << Cloud::Production << u"https://acme.zslogin.net/oauth2/v1/token"_s
            << u"https://api.zsapi.net"_s;
        QTest::newRow("beta") << Cloud::Beta << u"https://acme.zsloginbeta.net/oauth2/v1/token"_s
                              << u"https://api.beta.zsapi.net"_s;
        QTest::newRow("gov") << Cloud::Gov << u"https://acme.zidentitygov.net/oauth2/v1/token"_s
                             << u"https://api.zscalergov.net"_s;
        QTest::newRow("govus") << Cloud::GovUs << u"https://acme.zidentitygov.us/oauth2/v1/token"_s
                               << u"https://api.zscalergov.us"_s;
    }
    void derivesUrlsPerCloud()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, token);
        QFETCH(QString, api);
        ConnectionSettings s;
        s.cloud = cloud;
        s.vanityDomain = u"Acme"_s; // vanity domains are case-insensitive DNS labels
        s.clientId = u"client"_s;
        QCOMPARE(s.tokenUrl().toString(), token);
        QCOMPARE(s.apiHost().toString(), api);
        QCOMPARE(s.baseUrl(Product::Zia).toString(), api + u"/zia/api/v1"_s);
        QCOMPARE(s.baseUrl(Product::Zpa).toString(), api + u"/zpa/mgmtconfig/v1"_s);
        QCOMPARE(s.baseUrl(Product::Zcc).toString(), api + u"/zcc/papi/public/v1"_s);
        QCOMPARE(s.baseUrl(Product::Ztw).toString(), api + u"/ztw/api/v1"_s);
        QCOMPARE(s.baseUrl(Product::Zdx).toString(), api + u"/zdx/v1"_s);
        QCOMPARE(s.baseUrl(Product::Zid).toString(), api + u"/ziam/admin/api/v1"_s);
        QVERIFY2(s.validationError().isEmpty(), qPrintable(s.validationError()));
    }

    void identityBaseUrlIsTheTokenEndpointOrigin()
    {
        ConnectionSettings s;
        s.vanityDomain = u"safemarch"_s;
        s.clientId = u"c"_s;
        QCOMPARE(s.identityBaseUrl(), u"https://safemarch.zslogin.net"_s);
        QCOMPARE(s.assertionAudienceValue(), u"https://safemarch.zslogin.net"_s);
        s.assertionAudience = AssertionAudience::ApiAudience;
        QCOMPARE(s.assertionAudienceValue(), u"https://api.zscaler.com"_s);
        s.tokenUrlOverride = QUrl(u"http://127.0.0.1:8123/oauth2/v1/token"_s);
        s.assertionAudience = AssertionAudience::ZIdentityBase;
        QCOMPARE(s.assertionAudienceValue(), u"http://127.0.0.1:8123"_s);
    }

    void overridesWinAndKeepAPrefix()
    {
        ConnectionSettings s;
        s.cloud = Cloud::Custom;
        s.clientId = u"c"_s;
        s.tokenUrlOverride = QUrl(u"https://login.example.test/oauth2/v1/token"_s);
        s.apiUrlOverride = QUrl(u"https://proxy.example.test/gw/?x=1"_s);
        QCOMPARE(s.tokenUrl().toString(), u"https://login.example.test/oauth2/v1/token"_s);
        QCOMPARE(s.baseUrl(Product::Zdx).toString(), u"https://proxy.example.test/gw/zdx/v1"_s);
        QVERIFY(s.validationError().isEmpty());
    }

    void validationNamesTheProblem_data()
    {
        QTest::addColumn<QString>("vanity");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("cloud");
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<QString>("apiUrl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no client")
            << u"acme"_s << QString() << 0 << QString() << QString() << u"client ID"_s;
        QTest::newRow("bad vanity")
            << u"acme.zslogin.net"_s << u"c"_s << 0 << QString() << QString() << u"vanity domain"_s;
        QTest::newRow("custom without token") << QString() << u"c"_s << int(Cloud::Custom)
                                              << QString() << u"https://a.test"_s << u"token URL"_s;
        QTest::newRow("custom without api") << QString() << u"c"_s << int(Cloud::Custom)
                                            << u"https://a.test/t"_s << QString() << u"API URL"_s;
        QTest::newRow("plain http token")
            << QString() << u"c"_s << int(Cloud::Custom) << u"http://login.example.test/t"_s
            << u"https://a.test"_s << u"https"_s;
        QTest::newRow("plain http api")
            << QString() << u"c"_s << int(Cloud::Custom) << u"https://login.example.test/t"_s
            << u"http://10.1.2.3:8080"_s << u"https"_s;
    }
    void validationNamesTheProblem()
    {
        QFETCH(QString, vanity);
        QFETCH(QString, clientId);
        QFETCH(int, cloud);
        QFETCH(QString, tokenUrl);
        QFETCH(QString, apiUrl);
        QFETCH(QString, expected);
        ConnectionSettings s;
        s.cloud = static_cast<Cloud>(cloud);
        s.vanityDomain = vanity;
        s.clientId = clientId;
        s.tokenUrlOverride = QUrl(tokenUrl);
        s.apiUrlOverride = QUrl(apiUrl);
        const QString error = s.validationError();
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void plainHttpOnlyToLoopback()
    {
        QVERIFY(isSafeForCredentials(QUrl(u"https://api.zsapi.net"_s)));
        QVERIFY(isSafeForCredentials(QUrl(u"http://127.0.0.1:9000/x"_s)));
        QVERIFY(isSafeForCredentials(QUrl(u"http://127.8.9.10/x"_s)));
        QVERIFY(isSafeForCredentials(QUrl(u"http://localhost:1/x"_s)));
        QVERIFY(isSafeForCredentials(QUrl(u"http://[::1]:1/x"_s)));
        QVERIFY(!isSafeForCredentials(QUrl(u"http://192.168.1.1/x"_s)));
        QVERIFY(!isSafeForCredentials(QUrl(u"http://localhost.evil.test/x"_s)));
        QVERIFY(!isSafeForCredentials(QUrl(u"ftp://127.0.0.1/x"_s)));
    }

    void parsesCloudNames()
    {
        Cloud c{};
        QVERIFY(parseCloud(u"GOVUS"_s, &c));
        QCOMPARE(c, Cloud::GovUs);
        QVERIFY(parseCloud(u"production"_s, &c));
        QCOMPARE(c, Cloud::Production);
        QVERIFY(!parseCloud(u"mars"_s, &c));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
