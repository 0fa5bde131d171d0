// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Issue 12, "A fault matrix test", the command line's side: a representative fault for each
// product's command, through the real zconsole-cli against the simulator, asserting the exit
// code and the sentence people read, and that no secret reaches the output. The whole matrix
// (every fault × every product, rows kept after a failed refresh) is
// tests/models/net/tst_faultmatrix.cpp; the keychain's faults are tst_clikeychain's.
#include "CliRunner.h"
#include "SimFixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::Product;
using zc::test::CliRun;
using zc::test::describe;
using Kind = zc::sim::SimFault::Kind;

Q_DECLARE_METATYPE(Kind)

class TestCliFaultMatrix : public QObject
{
    Q_OBJECT
private:
    zc::test::SimFixture m_sim;
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim};

    void checkRun(const CliRun &r, int exitCode, const QString &sentence, const QByteArray &secret)
    {
        QVERIFY2(r.finished, describe(r).constData());
        QVERIFY2(r.exitCode == exitCode, describe(r).constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(sentence), describe(r).constData());
        QVERIFY(!r.all().contains(QString::fromLatin1(secret)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
    }

    void cleanup() { m_sim.restoreTenant(); }

    void faultExitsWithItsCodeAndSentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Product>("product");
        QTest::addColumn<Kind>("fault");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("sentence");
        // A wait longer than the retry policy accepts fails at once (exit 5, gave up).
        QTest::newRow("ZCC, 429 asking for 10 minutes")
            << QStringList{u"zcc"_s, u"devices"_s} << Product::Zcc << Kind::TooManyRequests
            << "600"_ba << 5 << u"ZCC is rate limiting this client and asks to wait 600 s"_s;
        QTest::newRow("ZTW, 503 asking for 10 minutes")
            << QStringList{u"ztw"_s, u"groups"_s} << Product::Ztw << Kind::ServiceUnavailable
            << "600"_ba << 5 << u"ZTW answered with an error (HTTP 503)"_s;
        // A write is not sent twice: a dropped POST is a network failure (exit 4).
        QTest::newRow("ZIA, dropped connection")
            << QStringList{u"zia"_s, u"url-lookup"_s, u"bbc.com"_s} << Product::Zia << Kind::Drop
            << ""_ba << 4 << u"Could not reach ZIA."_s;
        QTest::newRow("ZPA, malformed body")
            << QStringList{u"zpa"_s, u"segments"_s} << Product::Zpa << Kind::MalformedJson << ""_ba
            << 1 << u"ZPA sent an answer that could not be read."_s;
        QTest::newRow("ZIdentity, 401 on every call")
            << QStringList{u"zid"_s, u"users"_s} << Product::Zid << Kind::Unauthorized << ""_ba << 3
            << u"Sign-in at ZIdentity failed."_s;
        QTest::newRow("ZDX, truncated body")
            << QStringList{u"zdx"_s, u"devices"_s} << Product::Zdx << Kind::Truncate << ""_ba << 1
            << u"ZDX sent an answer that could not be read."_s;
    }

    void faultExitsWithItsCodeAndSentence()
    {
        QFETCH(QStringList, args);
        QFETCH(Product, product);
        QFETCH(Kind, fault);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, exitCode);
        QFETCH(QString, sentence);
        zc::sim::SimFault f;
        f.kind = fault;
        f.count = -1;
        f.product = product;
        f.retryAfter = retryAfter;
        m_sim.server().injectFault(f);
        checkRun(m_cli.run(args), exitCode, sentence, m_sim.clientSecret());
    }

    // Read-only maintenance refuses the change with its own sentence (exit 1), not "forbidden".
    void readOnlyTenantRefusesActivation()
    {
        m_sim.server().setReadOnly(true);
        checkRun(m_cli.run({u"zia"_s, u"activation"_s, u"activate"_s}), 1,
                 u"ZIA is in read-only mode for maintenance"_s, m_sim.clientSecret());
    }

    // An untrusted certificate: exit 4, the TLS sentence, and nothing sent but the handshake.
    void untrustedCertificate()
    {
        zc::sim::SimOptions options;
        options.https = true;
        zc::test::SimFixture tls(options);
        QVERIFY(tls.start());
        zc::test::CliRunner cli(QStringLiteral(ZC_CLI_PATH), tls);
        QProcessEnvironment env = cli.environment();
        env.remove(u"ZSCALER_CA_FILE"_s);
        checkRun(cli.run({u"zdx"_s, u"devices"_s}, env), 4,
                 u"The secure connection to ZIdentity failed: its certificate is not trusted."_s,
                 tls.clientSecret());
        QCOMPARE(tls.server().recordedRequests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliFaultMatrix)
#include "tst_clifaultmatrix.moc"
