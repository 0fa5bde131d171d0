// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Which proxy each request of a client takes: none, the manual servers per scheme with their
// NO_PROXY list, loopback included; plain http only through a proxy on this computer.
#include "net/ProxyFactory.h"

#include <QNetworkProxy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

namespace {
// "host:port" of the first proxy for `url`, or "direct".
QString proxyFor(ProxyFactory &factory, const QString &url)
{
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    if (proxies.isEmpty())
        return u"none at all"_s;
    const QNetworkProxy &first = proxies.first();
    if (first.type() == QNetworkProxy::NoProxy)
        return u"direct"_s;
    if (first.type() != QNetworkProxy::HttpProxy)
        return u"other"_s;
    if (!first.user().isEmpty() || !first.password().isEmpty())
        return u"with credentials"_s; // they never travel in the proxy list
    return first.hostName() + u':' + QString::number(first.port());
}
} // namespace

class TestProxyFactory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void direct()
    {
        ProxySettings settings;
        settings.mode = ProxySettings::Mode::Direct;
        ProxyFactory factory(settings);
        QCOMPARE(proxyFor(factory, u"https://api.zsapi.net/zia"_s), u"direct"_s);
    }

    void manual()
    {
        ProxySettings settings = ProxySettings::manual({u"proxy.example.com"_s, 3128, u"u"_s});
        settings.http = {u"127.0.0.1"_s, 8080, {}};
        settings.noProxy = u"internal.example, 10.0.0.0/8"_s;
        ProxyFactory factory(settings);
        QCOMPARE(proxyFor(factory, u"https://api.zsapi.net/zia"_s), u"proxy.example.com:3128"_s);
        // Loopback too: Qt's application-wide rule of going direct there does not apply.
        QCOMPARE(proxyFor(factory, u"https://127.0.0.1:8443/"_s), u"proxy.example.com:3128"_s);
        QCOMPARE(proxyFor(factory, u"https://localhost/"_s), u"proxy.example.com:3128"_s);
        QCOMPARE(proxyFor(factory, u"https://api.internal.example/"_s), u"direct"_s);
        QCOMPARE(proxyFor(factory, u"https://10.1.2.3/"_s), u"direct"_s);
        QCOMPARE(proxyFor(factory, u"http://127.0.0.1:8080/"_s), u"127.0.0.1:8080"_s);
    }

    // A plain http request never crosses the network to a remote proxy in clear text.
    void plainHttpOnlyToALocalProxy()
    {
        ProxyFactory remote(ProxySettings::manual({u"proxy.example.com"_s, 3128, {}}));
        QCOMPARE(proxyFor(remote, u"http://127.0.0.1:8080/oauth2/v1/token"_s), u"direct"_s);
        QCOMPARE(proxyFor(remote, u"https://127.0.0.1:8443/"_s), u"proxy.example.com:3128"_s);
        ProxyFactory local(ProxySettings::manual({u"localhost"_s, 3128, {}}));
        QCOMPARE(proxyFor(local, u"http://127.0.0.1:8080/"_s), u"localhost:3128"_s);
    }

    // Manual without a server for the scheme: direct.
    void schemeWithoutServer()
    {
        ProxySettings settings;
        settings.mode = ProxySettings::Mode::Manual;
        settings.http = {u"127.0.0.1"_s, 8080, {}};
        ProxyFactory factory(settings);
        QCOMPARE(proxyFor(factory, u"https://api.zsapi.net/"_s), u"direct"_s);
    }

    // The system's answer always ends in a usable list (at least "direct"); this computer is
    // reached directly even when the system names a proxy (here through the variables Qt
    // reads on Linux).
    void system()
    {
        ProxyFactory factory({});
        const QString answer = proxyFor(factory, u"https://api.zsapi.net/"_s);
        QVERIFY2(answer != u"none at all"_s, qPrintable(answer));

        const QByteArray saved = qgetenv("https_proxy");
        const QByteArray savedHttp = qgetenv("http_proxy");
        qputenv("https_proxy", "http://127.0.0.1:3128");
        qputenv("http_proxy", "http://127.0.0.1:3128");
        ProxyFactory withVariables({});
        QCOMPARE(proxyFor(withVariables, u"https://127.0.0.1:8443/"_s), u"direct"_s);
        QCOMPARE(proxyFor(withVariables, u"https://localhost/"_s), u"direct"_s);
        QCOMPARE(proxyFor(withVariables, u"http://[::1]:8080/"_s), u"direct"_s);
        if (saved.isNull())
            qunsetenv("https_proxy");
        else
            qputenv("https_proxy", saved);
        if (savedHttp.isNull())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", savedHttp);
    }
};

QTEST_GUILESS_MAIN(TestProxyFactory)
#include "tst_proxyfactory.moc"
