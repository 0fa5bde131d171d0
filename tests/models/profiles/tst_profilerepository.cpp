// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ProfileRepository against a real keychain (a private Secret Service, see KeychainSession.h)
// and real settings files: every operation, and that a step that fails (the settings file
// cannot be written, the keychain refuses the new entry) leaves settings and keychain as they
// were.
#include "KeychainSession.h"
#include "auth/PrivateKey.h"
#include "platform/FileSizeLimit.h"
#include "profiles/ProfileRepository.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using zc::ProfileRepository;
using zc::ProfileResult;
using zc::SecretKind;
using Error = zc::ProfileResult::Error;
using KeychainError = zc::SecretStore::Error;

namespace {

constexpr int kWaitMs = 30000;

struct Entry
{
    KeychainError error = KeychainError::Failed;
    QByteArray secret;
    bool operator==(const Entry &other) const
    {
        return error == other.error && secret == other.secret;
    }
};

Entry readEntry(zc::SecretStore &secrets, const QString &profile, SecretKind kind)
{
    Entry entry;
    bool done = false;
    secrets.read(profile, kind, &secrets,
                 [&](QByteArray secret, KeychainError error, const QString &) {
                     entry = {error, secret};
                     done = true;
                 });
    static_cast<void>(QTest::qWaitFor([&done] { return done; }, kWaitMs));
    return entry;
}

bool putEntry(zc::SecretStore &secrets, const QString &profile, SecretKind kind,
              const QByteArray &secret)
{
    bool done = false;
    KeychainError result = KeychainError::Failed;
    const auto callback = [&](KeychainError error, const QString &) {
        result = error;
        done = true;
    };
    if (secret.isNull())
        secrets.remove(profile, kind, &secrets, callback);
    else
        secrets.write(profile, kind, secret, &secrets, callback);
    static_cast<void>(QTest::qWaitFor([&done] { return done; }, kWaitMs));
    return done && result == KeychainError::None;
}

zc::Profile sample(const QString &name, zc::AuthMethod method = zc::AuthMethod::ClientSecret)
{
    zc::Profile profile;
    profile.name = name;
    profile.settings.vanityDomain = u"acme"_s;
    profile.settings.clientId = u"client-"_s + name.simplified().replace(u' ', u'-');
    profile.settings.authMethod = method;
    return profile;
}

// Runs one repository operation to its callback.
ProfileResult wait(const std::function<void(QObject *, ProfileRepository::Callback)> &start)
{
    ProfileResult result = ProfileResult::failure(Error::Keychain, u"no answer"_s);
    bool done = false;
    QObject context;
    start(&context, [&](const ProfileResult &r) {
        result = r;
        done = true;
    });
    static_cast<void>(QTest::qWaitFor([&done] { return done; }, 2 * kWaitMs));
    return result;
}

// Child mode: on a session bus whose policy refuses every new keychain entry (CreateItem),
// with the keychain of the parent's session. Prints one line per operation:
// "<operation> <ProfileResult::Error> <SecretStore::Error> <message>".
int runRefusingChild(int argc, char **argv, const QString &settingsPath)
{
    QCoreApplication app(argc, argv);
    QSettings settings(settingsPath, QSettings::IniFormat);
    zc::ProfileStore store(&settings);
    zc::SecretStore secrets;
    secrets.setRetryDelayMs(300);
    ProfileRepository profiles(&store, &secrets);
    const auto report = [](const char *operation, const ProfileResult &r) {
        std::printf("%s %d %d %s\n", operation, int(r.error), int(r.keychainError),
                    r.message.simplified().toUtf8().constData());
    };
    report("rename",
           wait([&](QObject *c, auto done) { profiles.rename(u"Before"_s, u"After"_s, c, done); }));
    ProfileRepository::Change edit;
    edit.kind = ProfileRepository::Change::Kind::Edit;
    edit.original = u"Before"_s;
    edit.profile = *store.load(u"Before"_s);
    edit.profile.settings.clientId = u"changed"_s;
    edit.secret = "replacement";
    report("edit", wait([&](QObject *c, auto done) { profiles.save(edit, c, done); }));
    ProfileRepository::Change add;
    add.profile = sample(u"Fresh"_s);
    add.secret = "fresh-secret";
    report("add", wait([&](QObject *c, auto done) { profiles.save(add, c, done); }));
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestProfileRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<zc::ProfileStore> m_store;
    zc::SecretStore m_secrets;
    std::unique_ptr<ProfileRepository> m_profiles;
    QStringList m_names; // keychain entries to clear after each test

    QString name(const QString &base)
    {
        const QString unique = u"%1 %2"_s.arg(base).arg(m_counter);
        m_names << unique;
        return unique;
    }

    Entry entry(const QString &profile, SecretKind kind)
    {
        return readEntry(m_secrets, profile, kind);
    }
    bool put(const QString &profile, SecretKind kind, const QByteArray &secret)
    {
        return putEntry(m_secrets, profile, kind, secret);
    }

    ProfileResult add(const zc::Profile &profile, const QByteArray &secret)
    {
        ProfileRepository::Change change;
        change.profile = profile;
        change.secret = secret;
        return wait([&](QObject *c, auto done) { m_profiles->save(change, c, done); });
    }

    // Both keychain entries of each profile, and what the settings file holds.
    struct State
    {
        QStringList profiles;
        QString lastProfile;
        QList<Entry> entries;
        QByteArray file;
        bool operator==(const State &other) const = default;
    };
    State state(const QStringList &names)
    {
        State s;
        s.profiles = m_store->list();
        s.lastProfile = m_store->lastProfile();
        for (const QString &n : names) {
            s.entries << entry(n, SecretKind::ClientSecret) << entry(n, SecretKind::PrivateKey);
            if (const auto p = m_store->load(n))
                s.profiles << p->settings.clientId;
        }
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            s.file = file.readAll();
        return s;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_counter;
        m_path = m_dir.filePath(u"profiles-%1.ini"_s.arg(m_counter));
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        m_store = std::make_unique<zc::ProfileStore>(m_settings.get());
        m_profiles = std::make_unique<ProfileRepository>(m_store.get(), &m_secrets);
    }

    void cleanup()
    {
        for (const QString &n : std::as_const(m_names)) {
            put(n, SecretKind::ClientSecret, {});
            put(n, SecretKind::PrivateKey, {});
        }
        m_names.clear();
        m_profiles.reset();
        m_store.reset();
        m_settings.reset();
    }

    void addStoresSettingsAndSecret()
    {
        const QString lab = name(u"Lab"_s);
        const ProfileResult r = add(sample(lab), "s3cret-1");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.warning.isEmpty());
        QCOMPARE(m_store->load(lab)->settings.clientId, sample(lab).settings.clientId);
        QCOMPARE(entry(lab, SecretKind::ClientSecret), (Entry{KeychainError::None, "s3cret-1"}));
        QCOMPARE(entry(lab, SecretKind::PrivateKey).error, KeychainError::NotFound);
        m_settings->sync();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret-1"));
    }

    void namesAreChecked()
    {
        const QString lab = name(u"Lab"_s);
        QVERIFY(add(sample(lab), "one").ok());
        // Taken, whatever the case; nothing is written for the refused name.
        const QString shouting = lab.toUpper();
        m_names << shouting;
        ProfileResult r = add(sample(shouting), "two");
        QCOMPARE(r.error, Error::NameTaken);
        QVERIFY2(r.message.contains(lab), qPrintable(r.message));
        QCOMPARE(entry(shouting, SecretKind::ClientSecret).error, KeychainError::NotFound);
        QCOMPARE(entry(lab, SecretKind::ClientSecret).secret, QByteArray("one"));
        r = add(sample(u"a/b"_s), "x");
        QCOMPARE(r.error, Error::InvalidName);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(m_store->list(), QStringList{lab});
        // A copy's name is the first one free.
        QCOMPARE(m_profiles->copyName(lab), lab + u" (copy)"_s);
        QVERIFY(add(sample(lab + u" (copy)"_s), {}).ok());
        m_names << lab + u" (copy)"_s;
        QCOMPARE(m_profiles->copyName(lab), lab + u" (copy 2)"_s);
        QCOMPARE(m_profiles->nameProblem(lab, lab), QString());
    }

    void readCredentials()
    {
        const QString secretProfile = name(u"Secret"_s);
        QVERIFY(add(sample(secretProfile), "client-s3cret").ok());
        const auto read = [this](const zc::Profile &profile, const QByteArray &passphrase = {}) {
            std::pair<zc::Credentials, ProfileResult> out;
            bool done = false;
            m_profiles->readCredentials(
                profile, this,
                [&](zc::Credentials credentials, const ProfileResult &r) {
                    out = {credentials, r};
                    done = true;
                },
                passphrase);
            static_cast<void>(QTest::qWaitFor([&done] { return done; }, kWaitMs));
            return out;
        };
        auto [credentials, r] = read(sample(secretProfile));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(credentials.clientSecret, QByteArray("client-s3cret"));
        QVERIFY(credentials.privateKey.isNull());

        const zc::PrivateKey key = zc::PrivateKey::generateEcP256();
        const QString keyProfile = name(u"Key"_s);
        QVERIFY(add(sample(keyProfile, zc::AuthMethod::PrivateKey), key.toPem()).ok());
        std::tie(credentials, r) = read(sample(keyProfile, zc::AuthMethod::PrivateKey));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(credentials.privateKey.keyId(), key.keyId());
        QVERIFY(credentials.clientSecret.isEmpty());

        // An encrypted key opens with its passphrase only.
        QVERIFY(put(keyProfile, SecretKind::PrivateKey, key.toPem("open sesame")));
        std::tie(credentials, r) =
            read(sample(keyProfile, zc::AuthMethod::PrivateKey), "open sesame");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(credentials.privateKey.keyId(), key.keyId());
        std::tie(credentials, r) = read(sample(keyProfile, zc::AuthMethod::PrivateKey));
        QCOMPARE(r.error, Error::KeyUnusable);
        QCOMPARE(r.keyError, zc::KeyError::PassphraseRequired);
        QVERIFY(credentials.privateKey.isNull());
        QVERIFY2(r.message.contains(keyProfile), qPrintable(r.message));

        QVERIFY(put(keyProfile, SecretKind::PrivateKey, "not a key"));
        std::tie(credentials, r) = read(sample(keyProfile, zc::AuthMethod::PrivateKey));
        QCOMPARE(r.error, Error::KeyUnusable);
        QCOMPARE(r.keyError, zc::KeyError::NotPem);

        // Nothing stored: the keychain's own sentence, naming the profile.
        std::tie(credentials, r) = read(sample(name(u"Nothing"_s)));
        QCOMPARE(r.error, Error::Keychain);
        QCOMPARE(r.keychainError, KeychainError::NotFound);
        QVERIFY2(r.message.contains(u"Nothing"_s), qPrintable(r.message));
    }

    void editReplacesSecretAndMethod()
    {
        const QString lab = name(u"Lab"_s);
        QVERIFY(add(sample(lab), "first").ok());
        ProfileRepository::Change change;
        change.kind = ProfileRepository::Change::Kind::Edit;
        change.original = lab;
        change.profile = sample(lab);
        change.profile.settings.zpaMicrotenantId = u"0"_s;
        // No new secret: the stored one stays.
        ProfileResult r = wait([&](QObject *c, auto done) { m_profiles->save(change, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(m_store->load(lab)->settings.zpaMicrotenantId, u"0"_s);
        QCOMPARE(entry(lab, SecretKind::ClientSecret).secret, QByteArray("first"));

        change.secret = "second";
        r = wait([&](QObject *c, auto done) { m_profiles->save(change, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(entry(lab, SecretKind::ClientSecret).secret, QByteArray("second"));

        // Switching to a private key: the client secret is no longer used, and goes.
        const zc::PrivateKey key = zc::PrivateKey::generateEcP256();
        change.profile.settings.authMethod = zc::AuthMethod::PrivateKey;
        change.secret = key.toPem();
        r = wait([&](QObject *c, auto done) { m_profiles->save(change, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(m_store->load(lab)->settings.authMethod, zc::AuthMethod::PrivateKey);
        QCOMPARE(zc::PrivateKey::fromPem(entry(lab, SecretKind::PrivateKey).secret).keyId(),
                 key.keyId());
        QCOMPARE(entry(lab, SecretKind::ClientSecret).error, KeychainError::NotFound);
    }

    void renameMovesEverything()
    {
        const QString from = name(u"Old"_s);
        const QString to = name(u"New"_s);
        QVERIFY(add(sample(from), "moving-secret").ok());
        // An entry of the other method, unused but kept: it moves along.
        QVERIFY(put(from, SecretKind::PrivateKey, "spare"));
        m_store->setLastProfile(from);

        const ProfileResult r =
            wait([&](QObject *c, auto done) { m_profiles->rename(from, to, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.warning.isEmpty());
        QCOMPARE(m_store->list(), QStringList{to});
        QCOMPARE(m_store->load(to)->settings.clientId, sample(from).settings.clientId);
        QCOMPARE(m_store->lastProfile(), to);
        QCOMPARE(entry(to, SecretKind::ClientSecret).secret, QByteArray("moving-secret"));
        QCOMPARE(entry(to, SecretKind::PrivateKey).secret, QByteArray("spare"));
        QCOMPARE(entry(from, SecretKind::ClientSecret).error, KeychainError::NotFound);
        QCOMPARE(entry(from, SecretKind::PrivateKey).error, KeychainError::NotFound);

        // To a name that is taken, or from one that is not there: nothing changes.
        const QString other = name(u"Other"_s);
        QVERIFY(add(sample(other), "other").ok());
        const State before = state({to, other});
        ProfileResult refused =
            wait([&](QObject *c, auto done) { m_profiles->rename(to, other, c, done); });
        QCOMPARE(refused.error, Error::NameTaken);
        refused = wait([&](QObject *c, auto done) { m_profiles->rename(from, u"x"_s, c, done); });
        QCOMPARE(refused.error, Error::NotFound);
        QCOMPARE(state({to, other}), before);
    }

    void duplicateCopiesTheSecret()
    {
        const QString source = name(u"Source"_s);
        const QString copy = name(u"Copy"_s);
        QVERIFY(add(sample(source), "shared").ok());
        ProfileResult r =
            wait([&](QObject *c, auto done) { m_profiles->duplicate(source, copy, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(m_store->list(), (QStringList{copy, source}));
        QCOMPARE(entry(copy, SecretKind::ClientSecret).secret, QByteArray("shared"));
        QCOMPARE(entry(source, SecretKind::ClientSecret).secret, QByteArray("shared"));

        // A duplicate with a secret of its own.
        const QString own = name(u"Own"_s);
        ProfileRepository::Change change;
        change.kind = ProfileRepository::Change::Kind::Duplicate;
        change.original = source;
        change.profile = sample(own);
        change.secret = "own";
        r = wait([&](QObject *c, auto done) { m_profiles->save(change, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(entry(own, SecretKind::ClientSecret).secret, QByteArray("own"));

        // Nothing to copy: refused, and no half of a copy remains.
        const QString bare = name(u"Bare"_s);
        QVERIFY(add(sample(bare), {}).ok());
        const QString orphan = name(u"Orphan"_s);
        r = wait([&](QObject *c, auto done) { m_profiles->duplicate(bare, orphan, c, done); });
        QCOMPARE(r.error, Error::Keychain);
        QCOMPARE(r.keychainError, KeychainError::NotFound);
        QVERIFY(!m_store->contains(orphan));
    }

    void removeDeletesBothEntries()
    {
        const QString doomed = name(u"Doomed"_s);
        QVERIFY(add(sample(doomed), "bye").ok());
        QVERIFY(put(doomed, SecretKind::PrivateKey, "bye too"));
        m_store->setLastProfile(doomed);
        ProfileResult r = wait([&](QObject *c, auto done) { m_profiles->remove(doomed, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(m_store->list().isEmpty());
        QCOMPARE(m_store->lastProfile(), QString());
        QCOMPARE(entry(doomed, SecretKind::ClientSecret).error, KeychainError::NotFound);
        QCOMPARE(entry(doomed, SecretKind::PrivateKey).error, KeychainError::NotFound);
        r = wait([&](QObject *c, auto done) { m_profiles->remove(doomed, c, done); });
        QCOMPARE(r.error, Error::NotFound);
    }

    void settingsFailureChangesNothing_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *operation : {"rename", "edit", "add", "duplicate", "remove"})
            QTest::newRow(operation) << QString::fromLatin1(operation);
    }

    // The settings file cannot be written (as on a full disk) after the keychain entries were
    // changed: they are put back, the settings stay as they were, and the reason is given.
    void settingsFailureChangesNothing()
    {
        QFETCH(QString, operation);
        const QString lab = name(u"Lab"_s);
        const QString target = name(u"Target"_s);
        QVERIFY(add(sample(lab), "lab-secret").ok());
        QVERIFY(put(lab, SecretKind::PrivateKey, "lab-spare"));
        // A leftover entry under the new name: it must come back as it was, not vanish.
        QVERIFY(put(target, SecretKind::ClientSecret, "leftover"));
        m_store->setLastProfile(lab);
        m_settings->sync();

        ProfileRepository::Change change;
        change.profile = sample(target);
        change.secret = "new-secret";
        if (operation == "edit"_L1) {
            change.kind = ProfileRepository::Change::Kind::Edit;
            change.original = lab;
            change.profile.name = lab;
        } else if (operation == "duplicate"_L1) {
            change.kind = ProfileRepository::Change::Kind::Duplicate;
            change.original = lab;
            change.secret.clear();
        }
        const auto run = [&] {
            return wait([&](QObject *c, auto done) {
                if (operation == "rename"_L1)
                    m_profiles->rename(lab, target, c, done);
                else if (operation == "remove"_L1)
                    m_profiles->remove(lab, c, done);
                else
                    m_profiles->save(change, c, done);
            });
        };

        const State before = state({lab, target});
        ProfileResult r;
        {
            const zc::platform::FileSizeLimit full;
            if (!full.isActive())
                QSKIP("No per-process file size limit on this system");
            r = run();
        }
        QCOMPARE(r.error, Error::Settings);
        QVERIFY2(r.message.contains(m_path), qPrintable(r.message));
        QCOMPARE(state({lab, target}), before);
        // A later run of the program sees the same.
        QSettings again(m_path, QSettings::IniFormat);
        zc::ProfileStore reread(&again);
        QCOMPARE(reread.list(), m_store->list());

        // With room on the disk again, the same operation goes through.
        r = run();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(state({lab, target}) != before);
    }

    // The keychain refuses every new entry (a session bus whose policy denies CreateItem, in
    // a child process on this session's keychain): nothing is renamed, replaced or added.
    void keychainRefusalChangesNothing()
    {
        const QString settingsPath = m_dir.filePath(u"refusing.ini"_s);
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            zc::ProfileStore store(&settings);
            QVERIFY(store.save(sample(u"Before"_s)));
        }
        m_names << u"Before"_s << u"After"_s << u"Fresh"_s;
        QVERIFY(put(u"Before"_s, SecretKind::ClientSecret, "kept-secret"));
        QFile settingsFile(settingsPath);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsBefore = settingsFile.readAll();
        settingsFile.close();

        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QString busConfig = runtime.filePath(u"refusing-bus.conf"_s);
        {
            QFile file(busConfig);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\""
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n<busconfig>"
                "<type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                "<deny send_interface=\"org.freedesktop.Secret.Collection\" "
                "send_member=\"CreateItem\"/></policy></busconfig>\n");
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"GNOME_KEYRING_CONTROL"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path()); // a keyring daemon of its own...
        QProcess child; // ... on the keyring files of this session (same XDG_DATA_HOME)
        child.setProcessEnvironment(env);
        child.start(u"dbus-run-session"_s,
                    {u"--config-file="_s + busConfig, u"--"_s, u"sh"_s, u"-c"_s,
                     u"eval \"$(printf %s zconsole-test | gnome-keyring-daemon --unlock "
                     "--components=secrets --daemonize)\"; exec \"$@\""_s,
                     u"sh"_s, QCoreApplication::applicationFilePath(), u"--child-refusing"_s,
                     settingsPath});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForFinished(120000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(out + err));
        qInfo().noquote() << "child:" << out.trimmed();

        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const QStringList parts = line.split(u' ');
            QVERIFY2(parts.value(1).toInt() == int(Error::Keychain), qPrintable(line));
            QVERIFY2(parts.value(2).toInt() == int(KeychainError::AccessDenied), qPrintable(line));
            QVERIFY2(line.contains(u"keychain"_s), qPrintable(line));
        }
        QVERIFY(!out.contains(u"kept-secret"_s) && !err.contains(u"kept-secret"_s));

        // Settings and keychain as they were.
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QCOMPARE(settingsFile.readAll(), settingsBefore);
        QCOMPARE(entry(u"Before"_s, SecretKind::ClientSecret),
                 (Entry{KeychainError::None, "kept-secret"}));
        for (const QString &absent : {u"After"_s, u"Fresh"_s}) {
            QCOMPARE(entry(absent, SecretKind::ClientSecret).error, KeychainError::NotFound);
            QCOMPARE(entry(absent, SecretKind::PrivateKey).error, KeychainError::NotFound);
        }
    }

    // The object that started an operation goes away: the operation still completes whole;
    // only its callback is skipped.
    void finishesWithoutItsCaller()
    {
        const QString from = name(u"Leaving"_s);
        const QString to = name(u"Arrived"_s);
        QVERIFY(add(sample(from), "travels").ok());
        bool called = false;
        auto *context = new QObject;
        m_profiles->rename(from, to, context, [&called](const ProfileResult &) { called = true; });
        delete context;
        QTRY_VERIFY_WITH_TIMEOUT(m_store->contains(to), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(entry(from, SecretKind::ClientSecret).error,
                                  KeychainError::NotFound, kWaitMs);
        QCOMPARE(entry(to, SecretKind::ClientSecret).secret, QByteArray("travels"));
        QVERIFY(!called);
    }
};

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--child-refusing") == 0)
            return runRefusingChild(1, argv, QString::fromLocal8Bit(argv[i + 1]));
    }
    zc::test::ensureKeychainSession(argv);
    QCoreApplication app(argc, argv);
    TestProfileRepository test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilerepository.moc"
