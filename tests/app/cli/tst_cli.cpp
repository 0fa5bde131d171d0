// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CliRunner.h"
#include "KeychainSession.h"
#include "SeedSampleFiles.h"
#include "SimFixture.h"
#include "profiles/Profile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;

namespace {} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    // A run with the SDK variables for the simulator's secret client, in a throw-away home.
    CliRun run(const QStringList &args) { return m_cli.run(args); }
    CliRun run(const QStringList &args, const QProcessEnvironment &env,
               const QByteArray &input = {})
    {
        return m_cli.run(args, env, input);
    }
    QProcessEnvironment baseEnvironment() const { return m_cli.environment(); }

    // Every bearer token the simulator saw in an API request.
    QList<QByteArray> issuedTokens()
    {
        QList<QByteArray> tokens;
        const auto requests = m_sim.server().recordedRequests();
        for (const auto &request : requests) {
            for (const auto &[name, value] : request.headers) {
                if (name.compare("authorization", Qt::CaseInsensitive) == 0 &&
                    value.startsWith("Bearer ") && value.size() > 16 &&
                    !tokens.contains(value.mid(7)))
                    tokens << value.mid(7);
            }
        }
        return tokens;
    }

    // The URL lists of the successful POST /urlLookup requests, in order.
    QList<QStringList> lookupBatches()
    {
        QList<QStringList> batches;
        const auto requests = m_sim.server().recordedRequests();
        for (const auto &request : requests) {
            if (request.method == "POST" && request.path.endsWith("/zia/api/v1/urlLookup"_L1) &&
                request.status == 200) {
                QStringList urls;
                for (const QJsonValue &v : QJsonDocument::fromJson(request.body).array())
                    urls << v.toString();
                batches << urls;
            }
        }
        return batches;
    }

    static QStringList urlsOf(const QJsonDocument &doc)
    {
        QStringList urls;
        for (const QJsonValue &v : doc.array())
            urls << v.toObject().value("url"_L1).toString();
        return urls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.home().isValid());
        QString error;
        QVERIFY2(m_sim.start(&error), qUtf8Printable(error));
    }

    void init() { m_sim.restoreTenant(); }

    void helpAndUsage()
    {
        CliRun r = run({u"--help"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.contains("Usage:"));
        QVERIFY(r.out.contains("ZSCALER_CLIENT_ID"));

        r = run({u"zia"_s, u"url-lookup"_s, u"--help"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.contains("--file"));

        r = run({u"zia"_s, u"activation"_s, u"--help"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY(r.out.contains("status|activate"));
    }

    // The language of --help and of the messages: the system's, as every Linux program reads
    // it (LANGUAGE first, then LC_ALL, LC_MESSAGES, LANG); English without a catalogue.
    void helpSpeaksTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("language");
        QTest::newRow("LANGUAGE=de:en") << u"LANGUAGE"_s << u"de:en"_s << u"de"_s;
        QTest::newRow("LANG=de_AT") << u"LANG"_s << u"de_AT.UTF-8"_s << u"de"_s;
        QTest::newRow("LC_ALL=ja_JP") << u"LC_ALL"_s << u"ja_JP.UTF-8"_s << u"ja"_s;
        QTest::newRow("LANGUAGE=fr:ja") << u"LANGUAGE"_s << u"fr:ja"_s << u"ja"_s;
        QTest::newRow("LANG=fr_FR") << u"LANG"_s << u"fr_FR.UTF-8"_s << u"en"_s;
    }

    void helpSpeaksTheSystemLanguage()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, language);
        QProcessEnvironment env = baseEnvironment();
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s})
            env.remove(name);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(variable, value);
        QTranslator catalogue;
        QVERIFY(catalogue.load(u":/i18n/zconsole_%1.qm"_s.arg(language)));
        const char *const source = "Show this help.";
        QString expected = catalogue.translate("zc::cli::CliOptions", source);
        if (expected.isEmpty())
            expected = QString::fromLatin1(source);
        if (language != "en"_L1 && expected == QString::fromLatin1(source))
            QSKIP("The catalogue does not translate the --help line yet");
        const CliRun r = run({u"--help"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), describe(r).constData());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"bogus"_s};
        QTest::newRow("unknown zia command") << QStringList{u"zia"_s, u"bogus"_s};
        QTest::newRow("unknown activation command")
            << QStringList{u"zia"_s, u"activation"_s, u"bogus"_s};
        QTest::newRow("unknown auth command") << QStringList{u"auth"_s, u"bogus"_s};
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s, u"auth"_s, u"test"_s};
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"auth"_s, u"test"_s};
        QTest::newRow("no urls") << QStringList{u"zia"_s, u"url-lookup"_s};
        QTest::newRow("missing file")
            << QStringList{u"zia"_s, u"url-lookup"_s, u"--file"_s, u"/nonexistent/urls.txt"_s};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const int tokensBefore = m_sim.server().tokenRequestCount();
        const CliRun r = run(args);
        QVERIFY2(r.finished && r.exitCode == 2, describe(r).constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        // Refused before any sign-in.
        QCOMPARE(m_sim.server().tokenRequestCount(), tokensBefore);
    }

    void unknownCommandPrintsUsage()
    {
        const CliRun r = run({u"bogus"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Unknown command \"bogus\""), describe(r).constData());
        QVERIFY2(r.err.contains("Usage:"), describe(r).constData());
    }

    void missingClientId()
    {
        QProcessEnvironment env = baseEnvironment();
        env.remove(u"ZSCALER_CLIENT_ID"_s);
        const int tokensBefore = m_sim.server().tokenRequestCount();
        const CliRun r = run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("client ID"), describe(r).constData());
        QCOMPARE(m_sim.server().tokenRequestCount(), tokensBefore);
    }

    void missingSecret()
    {
        QProcessEnvironment env = baseEnvironment();
        env.remove(u"ZSCALER_CLIENT_SECRET"_s);
        const CliRun r = run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("ZSCALER_CLIENT_SECRET"), describe(r).constData());
    }

    void badCloud()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"ZSCALER_CLOUD"_s, u"mars"_s);
        const CliRun r = run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("ZSCALER_CLOUD"), describe(r).constData());
    }

    void wrongSecret()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"ZSCALER_CLIENT_SECRET"_s, u"not-the-secret"_s);
        const CliRun r = run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 3, describe(r).constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.all().contains(u"not-the-secret"_s));
    }

    void connectionRefused()
    {
        // A port that was free a moment ago and has nobody listening now.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"ZSCALER_TOKEN_URL"_s, u"http://127.0.0.1:%1/oauth2/v1/token"_s.arg(port));
        env.insert(u"ZSCALER_API_URL"_s, u"http://127.0.0.1:%1"_s.arg(port));
        const CliRun r = run({u"zia"_s, u"activation"_s, u"status"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 4, describe(r).constData());
        QVERIFY(!r.err.isEmpty());
    }

    void lookupJsonShape()
    {
        // stdout is a pipe here, so JSON is the default.
        const CliRun r =
            run({u"zia"_s, u"url-lookup"_s, u"viruses.org"_s, u"facebook.com"_s, u"bbc.com"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, describe(r).constData());
        QVERIFY(doc.isArray());
        // The seed's example answer for [ "viruses.org", "facebook.com", "bbc.com" ], verbatim.
        QCOMPARE(doc, zc::test::seedSample(u"zia-urllookup.json"_s));
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value("url"_L1).isString());
            QVERIFY(o.value("urlClassifications"_L1).isArray());
            QVERIFY(o.value("urlClassificationsWithSecurityAlert"_L1).isArray());
        }
    }

    void lookupCsv()
    {
        const CliRun r = run({u"--format"_s, u"csv"_s, u"zia"_s, u"url-lookup"_s, u"facebook.com"_s,
                              u"https://outlook.office.com/mail"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.value(0),
                 QByteArray("url,urlClassifications,urlClassificationsWithSecurityAlert,"
                            "application\r"));
        QCOMPARE(lines.value(1), QByteArray("facebook.com,SOCIAL_NETWORKING,,\r"));
        QVERIFY2(lines.value(2).startsWith("https://outlook.office.com/mail,"),
                 describe(r).constData());
        QVERIFY2(lines.value(2).endsWith(",MICROSOFT_OFFICE365\r"), describe(r).constData());
    }

    void lookupCsvNeutralisesFormulas()
    {
        // URLs from someone's list come back in the answer: a cell that a spreadsheet would
        // run as a formula is written as text (a leading quote), a plain number stays one.
        const CliRun r = run({u"--format"_s, u"csv"_s, u"zia"_s, u"url-lookup"_s, u"--"_s,
                              u"=HYPERLINK(\"http://evil.example\",\"x\")"_s, u"@SUM(1+1)"_s,
                              u"-2+3"_s, u"+cmd|' /C calc'!A0"_s, u"-42"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.value(0),
                 QByteArray("url,urlClassifications,urlClassificationsWithSecurityAlert,"
                            "application\r"));
        QVERIFY2(
            lines.value(1).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","),
            describe(r).constData());
        QVERIFY2(lines.value(2).startsWith("'@SUM(1+1),"), describe(r).constData());
        QVERIFY2(lines.value(3).startsWith("'-2+3,"), describe(r).constData());
        QVERIFY2(lines.value(4).startsWith("'+cmd|' /C calc'!A0,"), describe(r).constData());
        QVERIFY2(lines.value(5).startsWith("-42,"), describe(r).constData());
        // JSON keeps the values exactly as the API sent them.
        const CliRun json =
            run({u"--format"_s, u"json"_s, u"zia"_s, u"url-lookup"_s, u"@SUM(1+1)"_s});
        QVERIFY2(json.exitCode == 0, describe(json).constData());
        QCOMPARE(urlsOf(json.json()), QStringList{u"@SUM(1+1)"_s});
    }

    void lookupTable()
    {
        // Global options may also follow the command words.
        const CliRun r = run({u"zia"_s, u"url-lookup"_s, u"--format"_s, u"table"_s,
                              u"facebook.com"_s, u"bbc.com"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY2(lines.size() >= 4, describe(r).constData());
        // The URL Lookup view's titles and readable category names (scripts read the codes
        // in CSV).
        QVERIFY(lines.at(0).startsWith("URL "));
        QVERIFY(lines.at(0).contains("Categories"));
        QVERIFY(lines.at(1).startsWith("---"));
        QVERIFY(lines.at(2).startsWith("facebook.com  Social Networking"));
        // Columns line up: the second column starts at the same offset on every row.
        const qsizetype column = lines.at(0).indexOf("Categories");
        QCOMPARE(lines.at(2).indexOf("Social Networking"), column);
        QCOMPARE(lines.at(3).indexOf("News and Media"), column);
    }

    void skippedEntries()
    {
        const QString tooLong = u"https://example.com/"_s + QString(1010, u'a');
        QVERIFY(tooLong.size() > 1024);
        const CliRun r = run({u"zia"_s, u"url-lookup"_s, u"bbc.com"_s, u"  "_s, u" facebook.com "_s,
                              tooLong, u"bbc.com"_s});
        QVERIFY2(r.finished && r.exitCode == 2, describe(r).constData());
        // The rest went on, trimmed and without the duplicate, in input order.
        QCOMPARE(urlsOf(r.json()), (QStringList{u"bbc.com"_s, u"facebook.com"_s}));
        QVERIFY2(r.err.contains("argument 2"), describe(r).constData());
        QVERIFY2(r.err.contains("argument 4"), describe(r).constData());
        QVERIFY2(r.err.contains("1024"), describe(r).constData());
        QVERIFY(!r.err.contains("argument 3"));
    }

    void onlySkippedEntries()
    {
        const CliRun r = run({u"zia"_s, u"url-lookup"_s, u""_s});
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QCOMPARE(r.json(), QJsonDocument(QJsonArray()));
    }

    void lookup250FromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList urls;
        for (int i = 0; i < 250; ++i)
            urls << u"host%1.example.net/page"_s.arg(249 - i, 3, 10, QChar(u'0'));
        QFile file(dir.filePath(u"urls.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(urls.join(u"\r\n"_s).toUtf8() + "\r\n");
        file.close();

        // The last test's lookups must not count, nor trip the 1-per-second limit.
        QTest::qWait(1100);
        m_sim.server().clearRecordedRequests();
        const CliRun r =
            run({u"zia"_s, u"url-lookup"_s, u"--file"_s, file.fileName(), u"--verbose"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QCOMPARE(urlsOf(r.json()), urls);
        const QList<QStringList> batches = lookupBatches();
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches.at(0), urls.mid(0, 100));
        QCOMPARE(batches.at(1), urls.mid(100, 100));
        QCOMPARE(batches.at(2), urls.mid(200, 50));
        // Progress and the request log go to stderr with --verbose.
        QVERIFY2(r.err.contains("Batch 3 of 3"), describe(r).constData());
        QVERIFY2(r.err.contains("POST /zia/api/v1/urlLookup 200"), describe(r).constData());
    }

    void lookupFromStdin_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("dash") << QStringList{u"zia"_s, u"url-lookup"_s, u"-"_s};
        QTest::newRow("--file -") << QStringList{u"zia"_s, u"url-lookup"_s, u"--file"_s, u"-"_s};
    }

    void lookupFromStdin()
    {
        QFETCH(QStringList, args);
        const CliRun r = run(args, baseEnvironment(), "bbc.com\nviruses.org\nbbc.com\n");
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QCOMPARE(urlsOf(r.json()), (QStringList{u"bbc.com"_s, u"viruses.org"_s}));
    }

    void stdinBlankLineIsReported()
    {
        const CliRun r =
            run({u"zia"_s, u"url-lookup"_s, u"-"_s}, baseEnvironment(), "bbc.com\n\nviruses.org\n");
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("line 2 of standard input"), describe(r).constData());
        QCOMPARE(urlsOf(r.json()), (QStringList{u"bbc.com"_s, u"viruses.org"_s}));
    }

    void privateKeySignIn()
    {
        const zc::PrivateKey key = zc::PrivateKey::generateEcP256();
        m_sim.server().addClient({u"cli-ec-client"_s, {}, key.publicKeyPem(), {}, 3600});
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(u"client-key.pem"_s);
        QFile file(keyPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(key.toPem());
        file.close();

        QProcessEnvironment env = baseEnvironment();
        env.remove(u"ZSCALER_CLIENT_SECRET"_s);
        env.insert(u"ZSCALER_CLIENT_ID"_s, u"cli-ec-client"_s);
        env.insert(u"ZSCALER_PRIVATE_KEY"_s, keyPath);
        const CliRun r = run({u"zia"_s, u"activation"_s, u"status"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QVERIFY(r.json().object().value("status"_L1).isString());

        // Another key than the registered one: refused by ZIdentity.
        const zc::PrivateKey other = zc::PrivateKey::generateEcP256();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(other.toPem());
        file.close();
        const CliRun refused = run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(refused.exitCode == 3, describe(refused).constData());

        // A file that is not a key: a usage error naming the problem.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a key\n");
        file.close();
        const CliRun garbage = run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(garbage.exitCode == 2, describe(garbage).constData());
    }

    void authTestListsProductsWithoutSecrets()
    {
        m_sim.server().clearRecordedRequests();
        const CliRun r = run({u"--verbose"_s, u"auth"_s, u"test"_s});
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        const QJsonObject report = r.json().object();
        QCOMPARE(report.value("signedIn"_L1), QJsonValue(true));
        QCOMPARE(report.value("tokenLifetimeSeconds"_L1).toInt(), 3600);
        const QJsonArray products = report.value("products"_L1).toArray();
        QCOMPARE(products.size(), 6);
        QStringList keys;
        for (const QJsonValue &v : products)
            keys << v.toObject().value("product"_L1).toString();
        QCOMPARE(keys, (QStringList{u"zia"_s, u"zpa"_s, u"zcc"_s, u"ztw"_s, u"zdx"_s, u"zid"_s}));
        QCOMPARE(products.at(0).toObject().value("answers"_L1), QJsonValue(true));

        // Neither the secret nor any token the simulator issued shows up anywhere.
        const QString all = r.all();
        QVERIFY(!all.contains(QString::fromLatin1(m_sim.clientSecret())));
        const QList<QByteArray> tokens = issuedTokens();
        QVERIFY(!tokens.isEmpty());
        for (const QByteArray &token : tokens) {
            QVERIFY(!r.out.contains(token));
            QVERIFY(!r.err.contains(token));
            QVERIFY(!r.out.contains(token.left(24)));
        }

        const CliRun table = run({u"--format"_s, u"table"_s, u"auth"_s, u"test"_s});
        QVERIFY2(table.exitCode == 0, describe(table).constData());
        QVERIFY(table.out.contains("3600 s"));
        QVERIFY(table.out.contains("ZIdentity"));
    }

    void activationStatusAndActivate()
    {
        m_sim.server().setZiaActivationStatus(u"PENDING"_s);
        CliRun r = run({u"zia"_s, u"activation"_s, u"status"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().object(), (QJsonObject{{u"status"_s, u"PENDING"_s}}));

        r = run({u"zia"_s, u"activation"_s, u"activate"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QCOMPARE(r.json().object().value("status"_L1).toString(), u"ACTIVE"_s);
        QCOMPARE(m_sim.server().ziaActivationStatus(), u"ACTIVE"_s);
    }

    void readOnlyActivate()
    {
        m_sim.server().setReadOnly(true);
        const CliRun r = run({u"zia"_s, u"activation"_s, u"activate"_s});
        QVERIFY2(r.finished && r.exitCode == 1, describe(r).constData());
        QVERIFY2(r.err.contains("read-only"), describe(r).constData());
        QVERIFY(r.out.isEmpty());
        // Reading still works meanwhile.
        const CliRun status = run({u"zia"_s, u"activation"_s, u"status"_s});
        QVERIFY2(status.exitCode == 0, describe(status).constData());
    }

    void givesUpOnServerErrors()
    {
        zc::sim::SimFault fault;
        fault.kind = zc::sim::SimFault::Kind::ServiceUnavailable;
        fault.count = -1; // until cleared: past any retry cap
        fault.product = zc::Product::Zia;
        fault.retryAfter = "1";
        m_sim.server().injectFault(fault);
        const CliRun r = run({u"zia"_s, u"activation"_s, u"status"_s});
        QVERIFY2(r.finished && r.exitCode == 5, describe(r).constData());
        // Each wait was announced on stderr, without --verbose.
        QVERIFY2(r.err.contains("ZIA is temporarily unavailable, retrying in"),
                 describe(r).constData());
        QVERIFY(r.out.isEmpty());
    }

    void givesUpOnRateLimits()
    {
        zc::sim::SimFault fault;
        fault.kind = zc::sim::SimFault::Kind::TooManyRequests;
        fault.count = -1;
        fault.product = zc::Product::Zia;
        fault.retryAfter = "1";
        m_sim.server().injectFault(fault);
        const CliRun r = run({u"zia"_s, u"url-lookup"_s, u"bbc.com"_s});
        QVERIFY2(r.finished && r.exitCode == 5, describe(r).constData());
        QVERIFY2(r.err.contains("Rate limited by ZIA, retrying in"), describe(r).constData());
    }

    // Issue 12, finding 8: the token endpoint failing is a server failure, retried like any
    // other, then exit 5; never "authentication failed" (exit 3).
    void signInServerFailureIsRetriedThenGivesUp()
    {
        zc::sim::SimFault fault;
        fault.kind = zc::sim::SimFault::Kind::ServiceUnavailable;
        fault.count = -1;
        fault.signIn = true;
        fault.retryAfter = "1";
        m_sim.server().injectFault(fault);
        const int before = m_sim.server().tokenRequestCount();
        CliRun r = run({u"zia"_s, u"activation"_s, u"status"_s});
        QVERIFY2(r.finished && r.exitCode == 5, describe(r).constData());
        QVERIFY2(r.err.contains("ZIdentity is temporarily unavailable, retrying in"),
                 describe(r).constData());
        QVERIFY2(r.err.contains("ZIdentity answered with an error (HTTP 503)"),
                 describe(r).constData());
        QVERIFY2(!r.err.contains("Sign-in at ZIdentity failed"), describe(r).constData());
        QVERIFY(m_sim.server().tokenRequestCount() - before >= 3);

        // A rate limit of an hour at the token endpoint fails fast, also with exit 5.
        m_sim.server().clearFaults();
        fault.kind = zc::sim::SimFault::Kind::TooManyRequests;
        fault.retryAfter = "3600";
        m_sim.server().injectFault(fault);
        QElapsedTimer timer;
        timer.start();
        r = run({u"zia"_s, u"activation"_s, u"status"_s});
        QVERIFY2(r.finished && r.exitCode == 5, describe(r).constData());
        QVERIFY2(r.err.contains("3600"), describe(r).constData());
        QVERIFY(timer.elapsed() < 30000);
    }

    void interruptCancels()
    {
        zc::sim::SimFault fault;
        fault.kind = zc::sim::SimFault::Kind::Delay;
        fault.count = 1;
        fault.product = zc::Product::Zia;
        fault.delayMs = 20000;
        m_sim.server().injectFault(fault);

        zc::test::CliProcess process =
            m_cli.start({u"zia"_s, u"activation"_s, u"status"_s}, baseEnvironment());
        QVERIFY(process.isStarted());
        // Wait until the request is under way (the simulator is holding it).
        QTRY_VERIFY_WITH_TIMEOUT(m_sim.server().pendingFaults().isEmpty(), 15000);
        process.interrupt();
        const CliRun r = process.finish(10000);
        QVERIFY2(r.finished, describe(r).constData());
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 130);
        QVERIFY(r.out.isEmpty());
    }

    void storedProfile()
    {
        // The profile's settings where the child's QSettings will look, its secret in the
        // real keychain of this private session.
        zc::Profile profile;
        profile.name = u"lab sim"_s;
        profile.settings = m_sim.settings();
        QVERIFY(m_cli.storeProfile(profile, m_sim.clientSecret()));
        zc::Profile keyless = profile;
        keyless.name = u"no secret"_s;
        QVERIFY(m_cli.storeProfile(keyless));

        // No SDK variables at all: everything comes from the profile and the keychain.
        const QProcessEnvironment env = zc::test::CliRunner::withoutSdkVariables(baseEnvironment());
        CliRun r =
            run({u"--profile"_s, u"lab sim"_s, u"zia"_s, u"url-lookup"_s, u"bbc.com"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QCOMPARE(urlsOf(r.json()), QStringList{u"bbc.com"_s});
        QVERIFY(!r.all().contains(QString::fromLatin1(m_sim.clientSecret())));

        r = run({u"--profile"_s, u"missing"_s, u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("lab sim"), describe(r).constData()); // names the stored profiles

        r = run({u"--profile"_s, u"no secret"_s, u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("keychain"), describe(r).constData());

        // The settings file holds no secret.
        QFile file(m_cli.settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_sim.clientSecret()));
    }

private:
    zc::test::SimFixture m_sim;
    // Up to 90 s per run.
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim, 90000};
};

int main(int argc, char **argv)
{
    zc::test::ensureKeychainSession(argv);
    QCoreApplication app(argc, argv);
    TestCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli.moc"
