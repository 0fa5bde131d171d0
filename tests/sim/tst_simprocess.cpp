// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zconsole-sim as a process: what it prints, the files it writes, and a clean SIGTERM.

#include "SimTestHttp.h"
#include "auth/Jwt.h"
#include "auth/PrivateKey.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc::sim::test;

class TstSimProcess : public QObject
{
    Q_OBJECT

private:
    static QHash<QString, QString> readEnvFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QHash<QString, QString> env;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("export "))
                continue;
            const qsizetype eq = line.indexOf('=');
            QByteArray value = line.mid(eq + 1);
            if (value.startsWith('\'') && value.endsWith('\''))
                value = value.mid(1, value.size() - 2);
            env.insert(QString::fromUtf8(line.mid(7, eq - 7)), QString::fromUtf8(value));
        }
        return env;
    }

private Q_SLOTS:
    void demo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString envPath = dir.filePath(u"sim.env"_s);
        const QString keyPath = dir.filePath(u"key.pem"_s);
        const QString caPath = dir.filePath(u"ca.pem"_s);

        QProcess sim;
        sim.start(QStringLiteral(ZC_SIM_EXECUTABLE),
                  {u"--https"_s, u"--env-file"_s, envPath, u"--jwt-key-out"_s, keyPath,
                   u"--ca-out"_s, caPath, u"--client-secret"_s, u"demo-pw"_s, u"--fault"_s,
                   u"serverError:1:zia"_s, u"--token-lifetime"_s, u"120"_s});
        QVERIFY(sim.waitForStarted(5000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += sim.readAllStandardOutput()).contains("ready\n"), 10000);
        QVERIFY(out.contains("Client ID: zconsole-demo\n"));
        QVERIFY(out.contains("Client secret: demo-pw\n"));
        QVERIFY(out.contains("Token URL: https://127.0.0.1:"));

        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        for (const QString &path : {envPath, keyPath}) {
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
        }
        const QHash<QString, QString> env = readEnvFile(envPath);
        QCOMPARE(env.value(u"ZSCALER_CLOUD"_s), u"custom"_s);
        QCOMPARE(env.value(u"ZSCALER_CLIENT_ID"_s), u"zconsole-demo"_s);
        QCOMPARE(env.value(u"ZSCALER_CLIENT_SECRET"_s), u"demo-pw"_s);
        QCOMPARE(env.value(u"ZSCALER_CA_FILE"_s), caPath);
        QCOMPARE(env.value(u"ZSCALER_PRIVATE_KEY"_s), keyPath);
        const QUrl tokenUrl(env.value(u"ZSCALER_TOKEN_URL"_s));
        const QUrl apiUrl(env.value(u"ZSCALER_API_URL"_s));
        QVERIFY(out.contains(tokenUrl.toString().toUtf8()));

        Http http;
        QFile caFile(caPath);
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromData(caFile.readAll()));
        http.ssl = ssl;

        // Secret sign-in, then the injected fault, then a normal answer.
        const Reply token = http.tokenRequest(tokenUrl,
                                              {{u"grant_type"_s, u"client_credentials"_s},
                                               {u"audience"_s, u"https://api.zscaler.com"_s}},
                                              "zconsole-demo:demo-pw");
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(u"expires_in"_s).toInt(), 120);
        const QByteArray accessToken = token.json().value(u"access_token"_s).toString().toLatin1();
        QUrl status = apiUrl;
        status.setPath(u"/zia/api/v1/status"_s);
        QCOMPARE(http.get(status, accessToken).status, 500);
        QCOMPARE(http.get(status, accessToken).status, 200);

        // The control endpoint wants this run's token, from the env file and the output.
        const QByteArray controlToken = env.value(u"ZSCALER_SIM_CONTROL_TOKEN"_s).toLatin1();
        QCOMPARE(controlToken.size(), 64);
        QVERIFY(out.contains("Control token: " + controlToken + '\n'));
        QUrl control = apiUrl;
        control.setPath(QString::fromLatin1(zc::sim::ControlEndpoint::controlPath));
        const QByteArray readOnly = R"({"readOnly": true})";
        QCOMPARE(http.postJson(control, readOnly).status, 403);
        const QPair<QByteArray, QByteArray> tokenHeader{zc::sim::ControlEndpoint::tokenHeader,
                                                        controlToken};
        QCOMPARE(http.send("POST", control, readOnly,
                           {tokenHeader, {"Content-Type", "text/plain;charset=UTF-8"}})
                     .status,
                 415);
        QCOMPARE(http.send("POST", control, readOnly,
                           {tokenHeader, {"Content-Type", "application/json"}})
                     .status,
                 200);
        QUrl activate = apiUrl;
        activate.setPath(u"/zia/api/v1/status/activate"_s);
        QCOMPARE(http.postJson(activate, {}, accessToken).status, 403); // read-only now

        // Private-key JWT sign-in with the written key.
        zc::KeyError keyError = zc::KeyError::None;
        const zc::PrivateKey key = zc::PrivateKey::fromFile(keyPath, {}, &keyError);
        QVERIFY(!key.isNull());
        QCOMPARE(key.algorithm(), u"ES256"_s);
        const QString baseUrl = tokenUrl.adjusted(QUrl::RemovePath).toString();
        const Reply jwtToken = http.tokenRequest(
            tokenUrl,
            {{u"grant_type"_s, u"client_credentials"_s},
             {u"client_id"_s, u"zconsole-demo"_s},
             {u"client_assertion"_s,
              QString::fromLatin1(zc::buildClientAssertion(key, u"zconsole-demo"_s, baseUrl))},
             {u"client_assertion_type"_s,
              u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
             {u"audience"_s, u"https://api.zscaler.com"_s}});
        QCOMPARE(jwtToken.status, 200);

        sim.terminate(); // SIGTERM
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);

        // One log line per request, without tokens, secrets or queries.
        const QByteArray log = sim.readAllStandardError();
        QVERIFY2(log.contains("GET /zia/api/v1/status 500"), log.constData());
        QVERIFY(log.contains("POST /oauth2/v1/token 200"));
        QVERIFY(!log.contains(accessToken));
        QVERIFY(!log.contains("demo-pw"));
        QVERIFY(!log.contains("Bearer"));
    }

    void badArguments()
    {
        QProcess sim;
        sim.start(QStringLiteral(ZC_SIM_EXECUTABLE), {u"--fault"_s, u"meteor"_s});
        QVERIFY(sim.waitForFinished(5000));
        QVERIFY(sim.exitCode() != 0);
        QVERIFY(sim.readAllStandardError().contains("meteor"));
    }
};

QTEST_GUILESS_MAIN(TstSimProcess)
#include "tst_simprocess.moc"
