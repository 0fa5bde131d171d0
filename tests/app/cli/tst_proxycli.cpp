// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The real zconsole-cli through a real loopback proxy (TestProxy) that demands credentials:
// from HTTPS_PROXY / https_proxy / HTTP_PROXY, from --proxy, from a stored profile with its
// password in the keychain; right, wrong and missing credentials; NO_PROXY and --proxy none.
// A refused proxy ends in exit 4 and a message naming it, never its password.
#include "CliRunner.h"
#include "KeychainSession.h"
#include "SimFixture.h"
#include "TestProxy.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;
using zc::test::TestProxy;

namespace {
const QString kUser = u"proxy-alice"_s;
const QString kPassword = u"p@ss:w0rd%"_s; // needs percent-encoding in a URL
const QStringList kListing{u"--format"_s, u"json"_s, u"zid"_s, u"groups"_s};
} // namespace

class TestProxyCli : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_https{httpsOptions()};
    zc::test::SimFixture m_http;
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_https, 90000};
    zc::test::CliRunner m_plainCli{QStringLiteral(ZC_CLI_PATH), m_http, 90000};
    TestProxy m_proxy;

    static zc::sim::SimOptions httpsOptions()
    {
        zc::sim::SimOptions options;
        options.https = true;
        return options;
    }

    QString proxyLabel() const { return u"127.0.0.1:"_s + QString::number(m_proxy.port()); }

    // A URL of a proxy nobody listens on.
    static QString deadProxy()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return {};
        return u"http://127.0.0.1:"_s + QString::number(probe.serverPort());
    }

    // The run went through the proxy and listed the groups.
    void verifyListedThroughProxy(const CliRun &r)
    {
        QVERIFY2(r.finished && r.exitCode == 0, zc::test::describe(r).constData());
        QVERIFY(r.json().isArray());
        QVERIFY(!r.json().array().isEmpty());
        QVERIFY(m_proxy.tunnels() >= 1);
        QVERIFY(!r.all().contains(kPassword));
    }

    // The run was refused by the proxy: exit 4, a sentence naming it, no password.
    void verifyRefused(const CliRun &r, const QString &expected)
    {
        QVERIFY2(r.finished && r.exitCode == 4, zc::test::describe(r).constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(proxyLabel()), r.err.constData());
        QVERIFY2(err.contains(expected), r.err.constData());
        QVERIFY2(err.contains(u"proxy"_s), r.err.constData());
        QVERIFY(!r.all().contains(kPassword));
        QVERIFY(r.out.isEmpty());
        // The proxy refused the token request, and was not asked again and again.
        QVERIFY2(m_proxy.refused() >= 1 && m_proxy.refused() <= 3,
                 qPrintable(QString::number(m_proxy.refused())));
        QCOMPARE(m_proxy.tunnels(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_https.start(&error), qUtf8Printable(error));
        QVERIFY2(m_http.start(&error), qUtf8Printable(error));
        QVERIFY2(m_proxy.start(&error), qUtf8Printable(error));
    }

    void init()
    {
        m_proxy.requireCredentials(kUser, kPassword);
        m_proxy.resetCounts();
    }

    void httpsProxyVariable_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("right") << u"HTTPS_PROXY"_s << kPassword << 0;
        QTest::newRow("right, lower case") << u"https_proxy"_s << kPassword << 0;
        QTest::newRow("right, ALL_PROXY") << u"ALL_PROXY"_s << kPassword << 0;
        QTest::newRow("wrong") << u"HTTPS_PROXY"_s << u"not-it"_s << 4;
        QTest::newRow("missing") << u"HTTPS_PROXY"_s << QString() << 4;
    }
    void httpsProxyVariable()
    {
        QFETCH(QString, variable);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QProcessEnvironment env = m_cli.environment();
        env.insert(variable, password.isNull() ? m_proxy.url() : m_proxy.url(kUser, password));
        const CliRun r = m_cli.run(kListing, env);
        if (exitCode == 0)
            return verifyListedThroughProxy(r);
        verifyRefused(r, password.isNull() ? u"none are set"_s : u"refused"_s);
        QVERIFY(!r.all().contains(password.isNull() ? kPassword : password));
    }

    // As with curl, the lower-case variable wins over the upper-case one.
    void lowerCaseWins()
    {
        QProcessEnvironment env = m_cli.environment();
        env.insert(u"HTTPS_PROXY"_s, deadProxy());
        env.insert(u"https_proxy"_s, m_proxy.url(kUser, kPassword));
        verifyListedThroughProxy(m_cli.run(kListing, env));
    }

    // Plain http to this computer: HTTP_PROXY, absolute-form requests.
    void httpProxyVariable()
    {
        QProcessEnvironment env = m_plainCli.environment();
        env.insert(u"HTTPS_PROXY"_s, deadProxy()); // not for http:// URLs
        env.insert(u"HTTP_PROXY"_s, m_proxy.url(kUser, kPassword));
        const CliRun r = m_plainCli.run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 0, zc::test::describe(r).constData());
        QVERIFY(m_proxy.forwarded() >= 2); // the token request and the API calls
        QCOMPARE(m_proxy.tunnels(), 0);
    }

    void proxyOption_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("right") << kPassword << 0;
        QTest::newRow("wrong") << u"not-it"_s << 4;
        QTest::newRow("missing") << QString() << 4;
    }
    void proxyOption()
    {
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QProcessEnvironment env = m_cli.environment();
        env.insert(u"HTTPS_PROXY"_s, deadProxy()); // --proxy wins over the environment
        const QString url = password.isNull() ? m_proxy.url() : m_proxy.url(kUser, password);
        const CliRun r = m_cli.run(QStringList{u"--proxy"_s, url} + kListing, env);
        if (exitCode == 0)
            return verifyListedThroughProxy(r);
        verifyRefused(r, password.isNull() ? u"none are set"_s : u"refused"_s);
    }

    void bypass_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<bool>("direct");
        const QStringList none;
        QTest::newRow("NO_PROXY address") << none << u"NO_PROXY"_s << u"127.0.0.1"_s << true;
        QTest::newRow("NO_PROXY star") << none << u"NO_PROXY"_s << u"*"_s << true;
        QTest::newRow("no_proxy network")
            << none << u"no_proxy"_s << u"example.com, 127.0.0.0/8"_s << true;
        // The simulator is not on port 443: the entry does not match, the proxy is asked.
        QTest::newRow("NO_PROXY other port")
            << none << u"NO_PROXY"_s << u"127.0.0.1:443"_s << false;
        QTest::newRow("NO_PROXY other host")
            << none << u"NO_PROXY"_s << u"localhost,.example.com"_s << false;
        QTest::newRow("--proxy none")
            << QStringList{u"--proxy"_s, u"none"_s} << QString() << QString() << true;
        QTest::newRow("--proxy direct")
            << QStringList{u"--proxy"_s, u"direct"_s} << QString() << QString() << true;
    }
    void bypass()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, variable);
        QFETCH(QString, noProxy);
        QFETCH(bool, direct);
        QProcessEnvironment env = m_cli.environment();
        env.insert(u"HTTPS_PROXY"_s, m_proxy.url()); // no credentials: the proxy refuses
        if (!variable.isEmpty())
            env.insert(variable, noProxy);
        const CliRun r = m_cli.run(options + kListing, env);
        if (!direct) {
            QVERIFY2(r.exitCode == 4, zc::test::describe(r).constData());
            QVERIFY(m_proxy.refused() >= 1);
            return;
        }
        QVERIFY2(r.finished && r.exitCode == 0, zc::test::describe(r).constData());
        QVERIFY(m_proxy.requests().isEmpty());
    }

    // A proxy URL the CLI cannot use: exit 2 and a sentence naming the variable, never the URL.
    void badProxyUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("socks") << u"socks5://alice:s3cret@127.0.0.1:1080"_s;
        QTest::newRow("path") << u"http://alice:s3cret@127.0.0.1:3128/path"_s;
        QTest::newRow("no host") << u"http://alice:s3cret@:3128"_s;
    }
    void badProxyUrl()
    {
        QFETCH(QString, url);
        QProcessEnvironment env = m_cli.environment();
        env.insert(u"HTTPS_PROXY"_s, url);
        CliRun r = m_cli.run(kListing, env);
        QVERIFY2(r.finished && r.exitCode == 2, zc::test::describe(r).constData());
        QVERIFY2(r.err.contains("HTTPS_PROXY"), r.err.constData());
        QVERIFY(!r.all().contains(u"s3cret"_s));

        r = m_cli.run(QStringList{u"--proxy"_s, url} + kListing, m_cli.environment());
        QVERIFY2(r.finished && r.exitCode == 2, zc::test::describe(r).constData());
        QVERIFY2(r.err.contains("--proxy"), r.err.constData());
        QVERIFY(!r.all().contains(u"s3cret"_s));
    }

    // A stored profile with a manual proxy: the user in the settings file, the password in
    // the keychain; the environment does not override the profile's own choice.
    void storedProfile()
    {
        const QString configDir = m_cli.home().filePath(u"config/ZConsole"_s);
        QVERIFY(QDir().mkpath(configDir));
        QSettings settings(configDir + u"/ZConsole.conf"_s, QSettings::IniFormat);
        zc::ProfileStore store(&settings);
        zc::Profile profile;
        profile.name = u"behind proxy"_s;
        profile.settings = m_https.settings();
        profile.settings.proxy = zc::ProxySettings::manual({m_proxy.host(), m_proxy.port(), kUser});
        QVERIFY(store.save(profile));
        settings.sync();

        zc::SecretStore secrets;
        int written = 0;
        const auto check = [&](zc::SecretStore::Error error, const QString &message) {
            QCOMPARE(error, zc::SecretStore::Error::None);
            Q_UNUSED(message);
            ++written;
        };
        secrets.write(profile.name, zc::SecretKind::ClientSecret, m_https.clientSecret(), this,
                      check);
        secrets.write(profile.name, zc::SecretKind::ProxyPassword, kPassword.toUtf8(), this, check);
        QTRY_COMPARE_WITH_TIMEOUT(written, 2, 20000);

        QProcessEnvironment env = zc::test::CliRunner::withoutSdkVariables(m_cli.environment());
        env.insert(u"HTTPS_PROXY"_s, deadProxy());
        verifyListedThroughProxy(
            m_cli.run(QStringList{u"--profile"_s, profile.name} + kListing, env));

        // A wrong password in the keychain: refused, exit 4.
        written = 0;
        secrets.write(profile.name, zc::SecretKind::ProxyPassword, "not-it", this, check);
        QTRY_COMPARE_WITH_TIMEOUT(written, 1, 20000);
        m_proxy.resetCounts();
        verifyRefused(m_cli.run(QStringList{u"--profile"_s, profile.name} + kListing, env),
                      u"refused"_s);

        // Neither password is in the settings file.
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(kUser.toUtf8()));
        QVERIFY(!stored.contains(kPassword.toUtf8()));
        QVERIFY(!stored.contains("not-it"));
    }
};

int main(int argc, char **argv)
{
    zc::test::ensureKeychainSession(argv);
    QCoreApplication app(argc, argv);
    TestProxyCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_proxycli.moc"
