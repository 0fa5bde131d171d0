// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// An ApiClient through a real loopback proxy (TestProxy) to the simulator over real HTTP and
// HTTPS: the token request and the API request both pass through it; a proxy that wants
// credentials gets the configured ones once per request, and refused or missing ones end in
// ProxyAuthentication, naming the proxy and never its password, without asking again and
// again; NO_PROXY and "none" bypass it.
#include "SimFixture.h"
#include "TestProxy.h"
#include "net/ApiJob.h"
#include "net/NetworkAccess.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::TestProxy;
using zc::test::waitForJob;

namespace {
QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

constexpr auto kUser = "alice.proxy";
constexpr auto kPassword = "pr0xy:p@ss";
} // namespace

class TestNetworkAccess : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimFixture> m_http;
    std::unique_ptr<SimFixture> m_https;
    TestProxy m_proxy;

    // Settings of `sim` through the test proxy with `user` (the password goes in credentials).
    ConnectionSettings through(const SimFixture &sim, const QString &user = {}) const
    {
        ConnectionSettings settings = sim.settings();
        settings.proxy = ProxySettings::manual({m_proxy.host(), m_proxy.port(), user});
        return settings;
    }

    // Signs in and asks for ZIA's status; the finished job's error.
    ApiError status(const SimFixture &sim, const ConnectionSettings &settings,
                    const QByteArray &proxyPassword = {}, int *answers = nullptr)
    {
        Credentials credentials = sim.secretCredentials();
        credentials.proxyPassword = proxyPassword;
        auto client = sim.makeClient(settings, credentials);
        ApiJob *job = client->send(ApiRequest::get(Product::Zia, {u"status"_s}));
        job->setAutoDelete(false);
        [&] { QVERIFY(waitForJob(job)); }();
        const ApiError error = job->error();
        delete job;
        if (answers)
            *answers = client->network()->proxyAnswers();
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"zconsole.*=true"_s);
        qInstallMessageHandler(captureMessages);
        m_http = std::make_unique<SimFixture>();
        sim::SimOptions tls;
        tls.https = true;
        m_https = std::make_unique<SimFixture>(tls);
        QString error;
        QVERIFY2(m_http->start(&error), qPrintable(error));
        QVERIFY2(m_https->start(&error), qPrintable(error));
        QVERIFY2(m_proxy.start(&error), qPrintable(error));
    }

    void init()
    {
        m_proxy.requireCredentials({}, {});
        m_proxy.resetCounts();
        g_log.clear();
    }

    // Plain http to the simulator on loopback: absolute-form requests through the proxy (Qt
    // would go direct to loopback with an application-wide proxy; a client's own does not).
    void forwardsPlainHttp()
    {
        const ApiError error = status(*m_http, through(*m_http));
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(m_proxy.forwarded(), 2);
        QCOMPARE(m_proxy.tunnels(), 0);
        const QString base = m_http->settings().tokenUrl().adjusted(QUrl::RemovePath).toString();
        QCOMPARE(m_proxy.requests(), QStringList({u"POST "_s + base + u"/oauth2/v1/token"_s,
                                                  u"GET "_s + base + u"/zia/api/v1/status"_s}));
    }

    // https: one CONNECT tunnel carries the TLS connection, certificate checks included.
    void tunnelsHttps()
    {
        const ApiError error = status(*m_https, through(*m_https));
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(m_proxy.forwarded(), 0);
        QVERIFY(m_proxy.tunnels() >= 1);
        const QUrl api = m_https->settings().apiHost();
        QVERIFY(m_proxy.requests().contains(u"CONNECT "_s + api.host() + u':' +
                                            QString::number(api.port())));
    }

    void rightCredentials_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }
    void rightCredentials()
    {
        QFETCH(bool, https);
        const SimFixture &sim = https ? *m_https : *m_http;
        m_proxy.requireCredentials(QString::fromUtf8(kUser), QString::fromUtf8(kPassword));
        int answers = 0;
        const ApiError error =
            status(sim, through(sim, QString::fromUtf8(kUser)), kPassword, &answers);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(answers >= 1);
        QVERIFY(m_proxy.withCredentials() >= 1);
        QVERIFY(sim.countRequests(u"/zia/api/v1/status"_s) > 0);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromUtf8(kPassword)), qPrintable(line));
    }

    void wrongCredentials_data() { rightCredentials_data(); }
    void wrongCredentials()
    {
        QFETCH(bool, https);
        const SimFixture &sim = https ? *m_https : *m_http;
        m_proxy.requireCredentials(QString::fromUtf8(kUser), u"another password"_s);
        int answers = 0;
        const ApiError error =
            status(sim, through(sim, QString::fromUtf8(kUser)), kPassword, &answers);
        QCOMPARE(error.kind, ApiError::Kind::ProxyAuthentication);
        QVERIFY(error.proxyCredentialsGiven);
        QVERIFY(error.duringSignIn); // the token request never got past the proxy
        const QString label = u"127.0.0.1:"_s + QString::number(m_proxy.port());
        QCOMPARE(error.proxy, label);
        const QString message = error.message();
        QVERIFY2(message.contains(label), qPrintable(message));
        QVERIFY2(message.contains(u"proxy"_s), qPrintable(message));
        QVERIFY(!message.contains(QString::fromUtf8(kPassword)));
        QVERIFY(!message.contains(QString::fromUtf8(kUser)));
        // One answer for the one request sent: no prompt loop, and the API was never asked.
        QCOMPARE(answers, 1);
        QVERIFY2(m_proxy.refused() <= 3, qPrintable(QString::number(m_proxy.refused())));
        QCOMPARE(m_proxy.forwarded() + m_proxy.tunnels(), 0);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromUtf8(kPassword)), qPrintable(line));
    }

    void missingCredentials()
    {
        m_proxy.requireCredentials(QString::fromUtf8(kUser), QString::fromUtf8(kPassword));
        int answers = 0;
        const ApiError error = status(*m_http, through(*m_http), {}, &answers);
        QCOMPARE(error.kind, ApiError::Kind::ProxyAuthentication);
        QVERIFY(!error.proxyCredentialsGiven);
        QCOMPARE(error.httpStatus, 407);
        QCOMPARE(answers, 0);
        QCOMPARE(m_proxy.refused(), 1);
        QCOMPARE(m_proxy.forwarded(), 0);
        QVERIFY(error.message().contains(u"none are set"_s));
    }

    void noProxyListBypasses_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::newRow("address") << u"127.0.0.1"_s;
        QTest::newRow("star") << u"*"_s;
        QTest::newRow("network") << u"example.com, 127.0.0.0/8"_s;
    }
    void noProxyListBypasses()
    {
        QFETCH(QString, noProxy);
        m_proxy.requireCredentials(QString::fromUtf8(kUser), QString::fromUtf8(kPassword));
        ConnectionSettings settings = through(*m_http);
        settings.proxy.noProxy = noProxy;
        const ApiError error = status(*m_http, settings);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(m_proxy.requests().isEmpty());
    }

    void directBypasses()
    {
        ConnectionSettings settings = m_http->settings();
        settings.proxy.mode = ProxySettings::Mode::Direct;
        const ApiError error = status(*m_http, settings);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(m_proxy.requests().isEmpty());
    }

    // A proxy that is not there: a network error that names it.
    void unreachableProxy()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        ConnectionSettings settings = m_http->settings();
        settings.proxy = ProxySettings::manual({u"127.0.0.1"_s, port, {}});
        const ApiError error = status(*m_http, settings);
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.message().contains(u"127.0.0.1:"_s + QString::number(port)),
                 qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestNetworkAccess)
#include "tst_networkaccess.moc"
