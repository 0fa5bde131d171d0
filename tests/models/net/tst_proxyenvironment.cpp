// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The CLI's proxy from the environment and --proxy, as curl reads them: the URL with its
// percent-decoded credentials, lower case before upper case, ALL_PROXY as the fallback,
// NO_PROXY kept, and clear errors that never repeat the URL.
#include "net/ProxyEnvironment.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {
QProcessEnvironment environment(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    return env;
}
} // namespace

class TestProxyEnvironment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("label");
        QTest::newRow("full") << u"http://alice:s3cret@proxy.example.com:3128"_s
                              << u"proxy.example.com"_s << 3128 << u"alice"_s
                              << QByteArray("s3cret") << u"proxy.example.com:3128"_s;
        QTest::newRow("percent-encoded")
            << u"http://dom%5Calice:p%40ss%3Aw%25rd@proxy:8080/"_s << u"proxy"_s << 8080
            << u"dom\\alice"_s << QByteArray("p@ss:w%rd") << u"proxy:8080"_s;
        QTest::newRow("no scheme, no port: 1080 as curl")
            << u"proxy.example.com"_s << u"proxy.example.com"_s << 1080 << QString() << QByteArray()
            << u"proxy.example.com:1080"_s;
        QTest::newRow("user only") << u"http://bob@10.0.0.1:3128"_s << u"10.0.0.1"_s << 3128
                                   << u"bob"_s << QByteArray() << u"10.0.0.1:3128"_s;
        QTest::newRow("IPv6") << u"http://[fd00::1]:3128"_s << u"fd00::1"_s << 3128 << QString()
                              << QByteArray() << u"[fd00::1]:3128"_s;
        QTest::newRow("UTF-8 password") << u"http://u:%C3%A9t%C3%A9@p:1"_s << u"p"_s << 1 << u"u"_s
                                        << QByteArray("\xc3\xa9t\xc3\xa9") << u"p:1"_s;
    }
    void parsesUrls()
    {
        QFETCH(QString, url);
        ProxyServer server;
        QByteArray password;
        QCOMPARE(parseProxyUrl(url, u"HTTPS_PROXY"_s, &server, &password), QString());
        QTEST(server.host, "host");
        QTEST(server.port, "port");
        QTEST(server.user, "user");
        QTEST(password, "password");
        QTEST(server.label(), "label");
    }

    void refusesUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https proxy") << u"https://alice:s3cret@proxy:3128"_s;
        QTest::newRow("socks") << u"socks5h://alice:s3cret@proxy:1080"_s;
        QTest::newRow("path") << u"http://alice:s3cret@proxy:3128/pac"_s;
        QTest::newRow("query") << u"http://alice:s3cret@proxy:3128?x=1"_s;
        QTest::newRow("no host") << u"http://alice:s3cret@:3128"_s;
        QTest::newRow("bad port") << u"http://alice:s3cret@proxy:99999"_s;
    }
    void refusesUrls()
    {
        QFETCH(QString, url);
        ProxyServer server;
        QByteArray password;
        const QString problem = parseProxyUrl(url, u"HTTPS_PROXY"_s, &server, &password);
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(u"HTTPS_PROXY"_s), qPrintable(problem));
        QVERIFY2(!problem.contains(u"s3cret"_s), qPrintable(problem));
        QVERIFY2(!problem.contains(u"alice"_s), qPrintable(problem));
    }

    void environmentPrecedence()
    {
        ProxySettings settings;
        Credentials credentials;
        const auto env = environment({{u"HTTPS_PROXY"_s, u"http://upper:1@upper:1"_s},
                                      {u"https_proxy"_s, u"http://lower:2@lower:2"_s},
                                      {u"ALL_PROXY"_s, u"http://all:3@all:3"_s},
                                      {u"NO_PROXY"_s, u"upper.example"_s},
                                      {u"no_proxy"_s, u"lower.example"_s}});
        QVERIFY(environmentNamesProxy(env));
        QCOMPARE(proxyFromEnvironment(env, &settings, &credentials), QString());
        QCOMPARE(settings.mode, ProxySettings::Mode::Manual);
        QCOMPARE(settings.https, (ProxyServer{u"lower"_s, 2, u"lower"_s}));
        QCOMPARE(credentials.proxyPassword, QByteArray("2"));
        // No http_proxy: ALL_PROXY serves http:// URLs.
        QCOMPARE(settings.http, (ProxyServer{u"all"_s, 3, u"all"_s}));
        QCOMPARE(credentials.httpProxyPassword, QByteArray("3"));
        QCOMPARE(settings.noProxy, u"lower.example"_s);
    }

    void httpOnly()
    {
        ProxySettings settings;
        Credentials credentials;
        const auto env = environment({{u"HTTP_PROXY"_s, u"proxy:8080"_s}});
        QCOMPARE(proxyFromEnvironment(env, &settings, &credentials), QString());
        QVERIFY(!settings.https.isSet()); // https:// URLs go direct
        QCOMPARE(settings.http, (ProxyServer{u"proxy"_s, 8080, {}}));
    }

    void noVariables()
    {
        QVERIFY(!environmentNamesProxy(environment({{u"NO_PROXY"_s, u"*"_s}})));
        QVERIFY(!environmentNamesProxy(environment({{u"HTTPS_PROXY"_s, u"  "_s}})));
    }

    void badVariableNamesItself()
    {
        ProxySettings settings;
        Credentials credentials;
        const auto env = environment({{u"http_proxy"_s, u"socks5://u:s3cret@p:1"_s}});
        const QString problem = proxyFromEnvironment(env, &settings, &credentials);
        QVERIFY2(problem.contains(u"http_proxy"_s), qPrintable(problem));
        QVERIFY(!problem.contains(u"s3cret"_s));
        QCOMPARE(settings.mode, ProxySettings::Mode::System); // untouched
    }

    void option()
    {
        const auto env = environment({{u"no_proxy"_s, u"internal.example"_s}});
        ProxySettings settings;
        Credentials credentials;
        for (const QString &word : {u"none"_s, u"direct"_s, u"NONE"_s}) {
            QCOMPARE(proxyFromOption(word, env, &settings, &credentials), QString());
            QCOMPARE(settings.mode, ProxySettings::Mode::Direct);
        }
        QCOMPARE(proxyFromOption(u"system"_s, env, &settings, &credentials), QString());
        QCOMPARE(settings.mode, ProxySettings::Mode::System);

        QCOMPARE(proxyFromOption(u"http://carol:pw@proxy:3128"_s, env, &settings, &credentials),
                 QString());
        QCOMPARE(settings, [] {
            ProxySettings expected = ProxySettings::manual({u"proxy"_s, 3128, u"carol"_s});
            expected.noProxy = u"internal.example"_s; // as curl's --proxy keeps NO_PROXY
            return expected;
        }());
        QCOMPARE(credentials.proxyPassword, QByteArray("pw"));
        QCOMPARE(credentials.httpProxyPassword, QByteArray("pw"));

        const QString problem =
            proxyFromOption(u"ftp://carol:pw@proxy"_s, env, &settings, &credentials);
        QVERIFY2(problem.contains(u"--proxy"_s), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestProxyEnvironment)
#include "tst_proxyenvironment.moc"
