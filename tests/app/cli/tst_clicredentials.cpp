// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Credential loading in the CLI (issue 12, findings 1 and 2): a ZSCALER_PRIVATE_KEY that is
// neither PEM text nor a usable key file is never echoed, whatever it holds; a folder, a
// device, a pipe or a huge file is refused at once with a clear sentence; a key file others can
// read works but earns a warning; a wrong passphrase is not echoed either.
#include "CliRunner.h"
#include "SimFixture.h"
#include "auth/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::test::CliRun;

namespace {

// The first window of `size` characters of `value` found in `output`, empty when none. Windows
// with a PEM boundary's dashes are skipped: the message names "-----BEGIN" as what is expected.
QString echoedPart(const QString &value, const QString &output, qsizetype size = 10)
{
    const QString compact = value.simplified();
    for (qsizetype i = 0; i + size <= compact.size(); ++i) {
        const QString window = compact.mid(i, size);
        if (!window.contains(u"--"_s) && output.contains(window))
            return window;
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.setPermissions(permissions);
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class TestCliCredentials : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment keyEnvironment(const QString &keyValue) const
    {
        QProcessEnvironment env = m_cli.environment();
        env.remove(u"ZSCALER_CLIENT_SECRET"_s);
        env.insert(u"ZSCALER_CLIENT_ID"_s, QString::fromLatin1(zc::test::SimFixture::kEcClient));
        env.insert(u"ZSCALER_PRIVATE_KEY"_s, keyValue);
        return env;
    }

    // A run refused before any request: exit 2, the expected form named, nothing echoed.
    void verifyRefused(const CliRun &r, const QString &value, const QString &found)
    {
        QVERIFY2(r.finished && r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("ZSCALER_PRIVATE_KEY must be the path of a PEM private key "
                                "file, or the PEM text itself"),
                 describe(r).constData());
        QVERIFY2(r.all().contains(found), describe(r).constData());
        const QString echoed = echoedPart(value, r.all());
        QVERIFY2(echoed.isEmpty(), qPrintable(u"echoed: "_s + echoed));
        QVERIFY(r.out.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.home().isValid());
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sim.start(&error), qUtf8Printable(error));
    }

    void valueNeverEchoed_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("found");
        const QByteArray pem = m_sim.ecKey().toPem();
        QTest::newRow("base64 of a PEM")
            << QString::fromLatin1(pem.toBase64()) << u"looks like base64 text"_s;
        QTest::newRow("quoted PEM")
            << u"\""_s + QString::fromLatin1(pem) + u"\""_s << u"text in quotes"_s;
        QJsonObject jwk = m_sim.ecKey().publicJwk();
        jwk.insert("d"_L1, u"c2VjcmV0LXByaXZhdGUtc2NhbGFyLXZhbHVlLW5vdC1yZWFs"_s);
        QTest::newRow("JWK") << QString::fromUtf8(QJsonDocument(jwk).toJson()) << u"JSON"_s;
        QTest::newRow("missing file") << m_dir.filePath(u"no-such-key-file-7Qx.pem"_s)
                                      << u"not a readable file and not PEM text"_s;
        QTest::newRow("a word") << u"hunter2-secret-word"_s
                                << u"not a readable file and not PEM text"_s;
    }

    void valueNeverEchoed()
    {
        QFETCH(QString, value);
        QFETCH(QString, found);
        m_sim.server().clearRecordedRequests();
        const CliRun r = m_cli.run({u"auth"_s, u"test"_s}, keyEnvironment(value));
        verifyRefused(r, value, found);
        QVERIFY(m_sim.server().recordedRequests().isEmpty());
    }

    // Each would block or read without end when opened as a file.
    void unusableFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("found");
        const QString folder = m_dir.filePath(u"key-folder"_s);
        QVERIFY(QDir().mkpath(folder));
        QTest::newRow("folder") << folder << u"not a regular file"_s;
        if (QFileInfo::exists(u"/dev/zero"_s))
            QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"not a regular file"_s;
        const QString mkfifo = QStandardPaths::findExecutable(u"mkfifo"_s);
        const QString fifo = m_dir.filePath(u"key-fifo"_s);
        if (!mkfifo.isEmpty() && QProcess::execute(mkfifo, {fifo}) == 0)
            QTest::newRow("pipe") << fifo << u"not a regular file"_s;
        const QString huge = m_dir.filePath(u"huge-key.pem"_s);
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("-----BEGIN PRIVATE KEY-----\n") > 0);
        QVERIFY(file.resize(64LL * 1024 * 1024)); // sparse: 64 MiB of nothing
        file.close();
        QTest::newRow("64 MiB file") << huge << u"larger than 1 MiB"_s;
        const QString unreadable = m_dir.filePath(u"unreadable-key.pem"_s);
        QVERIFY(writeFile(unreadable, m_sim.ecKey().toPem(), QFile::WriteOwner));
        if (!QFile(unreadable).open(QIODevice::ReadOnly)) // root reads everything
            QTest::newRow("unreadable") << unreadable << u"could not be opened or read"_s;
    }

    void unusableFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, found);
        const CliRun r = m_cli.run({u"auth"_s, u"test"_s}, keyEnvironment(path));
        verifyRefused(r, path, found);
        QVERIFY2(r.err.contains("It names a file that cannot be used"), describe(r).constData());
    }

    void keyFileReadableByOthers()
    {
        const QString path = m_dir.filePath(u"shared-key.pem"_s);
        QVERIFY(writeFile(path, m_sim.ecKey().toPem(),
                          kOwnerOnly | QFile::ReadGroup | QFile::ReadOther));
        CliRun r = m_cli.run({u"auth"_s, u"test"_s}, keyEnvironment(path));
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QVERIFY2(r.err.contains("other users of this computer can read the private key file"),
                 describe(r).constData());
        QVERIFY(echoedPart(path, r.all()).isEmpty());

        QVERIFY(QFile::setPermissions(path, kOwnerOnly));
        r = m_cli.run({u"auth"_s, u"test"_s}, keyEnvironment(path));
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
        QVERIFY2(!r.err.contains("other users"), describe(r).constData());
    }

    void wrongPassphraseNotEchoed()
    {
        const QString path = m_dir.filePath(u"encrypted-key.pem"_s);
        QVERIFY(writeFile(path, m_sim.ecKey().toPem("right passphrase"), kOwnerOnly));
        QProcessEnvironment env = keyEnvironment(path);
        env.insert(u"ZSCALER_PRIVATE_KEY_PASSPHRASE"_s, u"wrong-pass-Zq81"_s);
        CliRun r = m_cli.run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("passphrase does not open"), describe(r).constData());
        QVERIFY(!r.all().contains("wrong-pass-Zq81"_L1));

        env.insert(u"ZSCALER_PRIVATE_KEY_PASSPHRASE"_s, u"right passphrase"_s);
        r = m_cli.run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 0, describe(r).constData());
    }

    void secretNotEchoed()
    {
        // A refused secret: exit 3, the secret nowhere.
        QProcessEnvironment env = m_cli.environment();
        env.insert(u"ZSCALER_CLIENT_SECRET"_s, u"not-the-secret-K9vv"_s);
        const CliRun r = m_cli.run({u"auth"_s, u"test"_s}, env);
        QVERIFY2(r.finished && r.exitCode == 3, describe(r).constData());
        QVERIFY(!r.all().contains("not-the-secret-K9vv"_L1));
        // A proxy URL with a password that cannot be used: exit 2, the password nowhere.
        const CliRun proxy =
            m_cli.run({u"--proxy"_s, u"socks5://admin:proxy-pass-W3j@proxy.example:1080"_s,
                       u"auth"_s, u"test"_s},
                      m_cli.environment());
        QVERIFY2(proxy.finished && proxy.exitCode == 2, describe(proxy).constData());
        QVERIFY(!proxy.all().contains("proxy-pass-W3j"_L1));
    }

private:
    zc::test::SimFixture m_sim;
    zc::test::CliRunner m_cli{QStringLiteral(ZC_CLI_PATH), m_sim};
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliCredentials)
#include "tst_clicredentials.moc"
