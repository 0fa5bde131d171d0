// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeychainSession.h"
#include "profiles/SecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

using Error = zc::SecretStore::Error;

struct Outcome
{
    bool done = false;
    QByteArray secret;
    Error error = Error::None;
    QString message;
};

// Runs one asynchronous store operation to its callback (or a 20 s timeout: done stays false).
Outcome waitFor(const std::function<void(Outcome *)> &start)
{
    Outcome r;
    start(&r);
    if (!QTest::qWaitFor([&r] { return r.done; }, 20000))
        r.message = u"timed out"_s;
    return r;
}

zc::SecretStore::Callback into(Outcome *r)
{
    return [r](Error error, const QString &message) { *r = {true, {}, error, message}; };
}

Outcome readNow(zc::SecretStore &store, const QString &profile, zc::SecretKind kind)
{
    return waitFor([&](Outcome *r) {
        store.read(profile, kind, &store,
                   [r](QByteArray secret, Error error, const QString &message) {
                       *r = {true, secret, error, message};
                   });
    });
}

Outcome writeNow(zc::SecretStore &store, const QString &profile, zc::SecretKind kind,
                 const QByteArray &secret)
{
    return waitFor([&](Outcome *r) { store.write(profile, kind, secret, &store, into(r)); });
}

Outcome removeNow(zc::SecretStore &store, const QString &profile, zc::SecretKind kind)
{
    return waitFor([&](Outcome *r) { store.remove(profile, kind, &store, into(r)); });
}

const char *errorName(Error error)
{
    switch (error) {
    case Error::None:
        return "none";
    case Error::KeychainMissing:
        return "missing";
    case Error::AccessDenied:
        return "denied";
    case Error::NotFound:
        return "notfound";
    case Error::Failed:
        return "failed";
    }
    return "?";
}

// Child mode: the parent starts us with a session bus that has no Secret Service (or no bus
// at all). We try a write and a read and report what happened on stdout, one line each:
// "<operation> <error> <elapsed ms> <message>".
int runMissingChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    zc::SecretStore store;
    store.setRetryDelayMs(300);
    QElapsedTimer timer;
    timer.start();
    const Outcome w = writeNow(store, u"child"_s, zc::SecretKind::ClientSecret, "child-secret");
    std::printf("write %s %lld %s\n", errorName(w.error), static_cast<long long>(timer.elapsed()),
                w.message.toUtf8().constData());
    timer.restart();
    const Outcome r = readNow(store, u"child"_s, zc::SecretKind::ClientSecret);
    std::printf("read %s %lld %s\n", errorName(r.error), static_cast<long long>(timer.elapsed()),
                r.message.toUtf8().constData());
    std::fflush(stdout);
    return w.done && r.done ? 0 : 3;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Entries of an earlier, interrupted run must not make a test pass.
        removeNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret);
        removeNow(m_store, u"beta"_s, zc::SecretKind::ClientSecret);
    }

    void keyNames()
    {
        QCOMPARE(zc::SecretStore::keyFor(u"lab"_s, zc::SecretKind::ClientSecret),
                 u"lab/client-secret"_s);
        QCOMPARE(zc::SecretStore::keyFor(u"lab"_s, zc::SecretKind::PrivateKey),
                 u"lab/private-key"_s);
        QCOMPARE(m_store.serviceName(), u"ZConsole"_s);
    }

    void writeAndReadBack()
    {
        const Outcome w =
            writeNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret, "s3cr3t-value");
        QVERIFY(w.done);
        QVERIFY2(w.error == Error::None, qUtf8Printable(w.message));
        const Outcome r = readNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret);
        QVERIFY(r.done);
        QVERIFY2(r.error == Error::None, qUtf8Printable(r.message));
        QCOMPARE(r.secret, QByteArray("s3cr3t-value"));
        // The other kind of the same profile is a different entry.
        const Outcome other = readNow(m_store, u"alpha"_s, zc::SecretKind::PrivateKey);
        QCOMPARE(other.error, Error::NotFound);
    }

    void binaryPrivateKeyRoundTrip()
    {
        QByteArray pem = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0w\n"
                         "-----END PRIVATE KEY-----\n";
        pem.append('\0').append("\xff\x01 tail", 7);
        QVERIFY(writeNow(m_store, u"keyed"_s, zc::SecretKind::PrivateKey, pem).error ==
                Error::None);
        const Outcome r = readNow(m_store, u"keyed"_s, zc::SecretKind::PrivateKey);
        QCOMPARE(r.error, Error::None);
        QCOMPARE(r.secret, pem);
        QCOMPARE(removeNow(m_store, u"keyed"_s, zc::SecretKind::PrivateKey).error, Error::None);
    }

    void overwrite()
    {
        QCOMPARE(writeNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret, "second").error,
                 Error::None);
        QCOMPARE(readNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret).secret,
                 QByteArray("second"));
    }

    void removeDeletes()
    {
        QCOMPARE(readNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret).error, Error::None);
        QCOMPARE(removeNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret).error, Error::None);
        const Outcome r = readNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret);
        QCOMPARE(r.error, Error::NotFound);
        QVERIFY(r.secret.isEmpty());
        QVERIFY(r.message.contains(u"alpha"_s));
        // Removing what is not there is not an error.
        QCOMPARE(removeNow(m_store, u"alpha"_s, zc::SecretKind::ClientSecret).error, Error::None);
    }

    void callbackSkippedWhenContextIsGone()
    {
        bool called = false;
        auto *context = new QObject;
        m_store.read(u"beta"_s, zc::SecretKind::ClientSecret, context,
                     [&called](QByteArray, Error, const QString &) { called = true; });
        delete context;
        // A second read on the same store finishes after the first one.
        QVERIFY(readNow(m_store, u"beta"_s, zc::SecretKind::ClientSecret).done);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void keychainMissing_data()
    {
        QTest::addColumn<bool>("withBus");
        QTest::newRow("no session bus") << false;
        QTest::newRow("bus without Secret Service") << true;
    }

    // No Secret Service: a clear KeychainMissing error after one retry, no crash, and no
    // plaintext fallback file anywhere in the (throw-away) home.
    void keychainMissing()
    {
        QFETCH(bool, withBus);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A session bus that cannot start any service: no service directories at all.
        const QString busConfig = home.filePath(u"session-bus.conf"_s);
        {
            QFile file(busConfig);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                       "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                       "busconfig.dtd\">\n<busconfig><type>session</type>"
                       "<listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                       "<policy context=\"default\"><allow send_destination=\"*\" "
                       "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                       "</policy></busconfig>\n");
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString childHome = home.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(childHome));
        env.insert(u"HOME"_s, childHome);
        env.insert(u"XDG_CONFIG_HOME"_s, childHome + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, childHome + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, childHome + u"/.cache"_s);
        env.remove(u"GNOME_KEYRING_CONTROL"_s);
        QProcess child;
        if (withBus) {
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
            child.setProgram(u"dbus-run-session"_s);
            child.setArguments({u"--config-file="_s + busConfig, u"--"_s,
                                QCoreApplication::applicationFilePath(), u"--child-missing"_s});
        } else {
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                       u"unix:path="_s + home.filePath(u"no-such-bus"_s));
            child.setProgram(QCoreApplication::applicationFilePath());
            child.setArguments({u"--child-missing"_s});
        }
        child.setProcessEnvironment(env);
        child.start();
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit, qUtf8Printable(err));
        QVERIFY2(child.exitCode() == 0, qUtf8Printable(out + err));

        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 2, qUtf8Printable(out + err));
        for (const QString &line : lines) {
            const QStringList parts = line.split(u' ');
            QVERIFY2(parts.value(1) == "missing"_L1, qUtf8Printable(line));
            // One retry after the configured 300 ms.
            QVERIFY2(parts.value(2).toInt() >= 300, qUtf8Printable(line));
            QVERIFY2(line.contains(u"keychain"_s), qUtf8Printable(line));
        }
        QVERIFY(!out.contains(u"child-secret"_s));
        QVERIFY(!err.contains(u"child-secret"_s));

        // Nothing was written in place of the keychain.
        QDirIterator it(childHome, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.isEmpty(), qUtf8Printable(files.join(u", "_s)));
    }

private:
    zc::SecretStore m_store;
};

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child-missing") == 0)
            return runMissingChild(argc, argv);
    }
    zc::test::ensureKeychainSession(argv);
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
