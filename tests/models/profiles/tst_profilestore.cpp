// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

zc::Profile sampleProfile(const QString &name)
{
    zc::Profile p;
    p.name = name;
    p.settings.cloud = zc::Cloud::Custom;
    p.settings.vanityDomain = u"acme"_s;
    p.settings.clientId = u"client-123"_s;
    p.settings.authMethod = zc::AuthMethod::PrivateKey;
    p.settings.secretStyle = zc::SecretStyle::Form;
    p.settings.assertionAudience = zc::AssertionAudience::ApiAudience;
    p.settings.zpaCustomerId = u"216196257331281920"_s;
    p.settings.zpaMicrotenantId = u"0"_s;
    p.settings.tokenUrlOverride = QUrl(u"http://127.0.0.1:8443/oauth2/v1/token"_s);
    p.settings.apiUrlOverride = QUrl(u"http://127.0.0.1:8443"_s);
    p.settings.caFile = u"/etc/ssl/extra.pem"_s;
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"profiles-%1.ini"_s.arg(++m_counter));
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        m_store = std::make_unique<zc::ProfileStore>(m_settings.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
    }

    void saveAndLoad()
    {
        QVERIFY(m_store->list().isEmpty());
        QVERIFY(!m_store->load(u"work"_s));
        QString error;
        QVERIFY2(m_store->save(sampleProfile(u"work"_s), &error), qUtf8Printable(error));

        const auto loaded = m_store->load(u"work"_s);
        QVERIFY(loaded);
        const zc::Profile expected = sampleProfile(u"work"_s);
        QCOMPARE(loaded->name, u"work"_s);
        QCOMPARE(loaded->settings.cloud, expected.settings.cloud);
        QCOMPARE(loaded->settings.vanityDomain, expected.settings.vanityDomain);
        QCOMPARE(loaded->settings.clientId, expected.settings.clientId);
        QCOMPARE(loaded->settings.authMethod, expected.settings.authMethod);
        QCOMPARE(loaded->settings.secretStyle, expected.settings.secretStyle);
        QCOMPARE(loaded->settings.assertionAudience, expected.settings.assertionAudience);
        QCOMPARE(loaded->settings.zpaCustomerId, expected.settings.zpaCustomerId);
        QCOMPARE(loaded->settings.zpaMicrotenantId, expected.settings.zpaMicrotenantId);
        QCOMPARE(loaded->settings.tokenUrlOverride, expected.settings.tokenUrlOverride);
        QCOMPARE(loaded->settings.apiUrlOverride, expected.settings.apiUrlOverride);
        QCOMPARE(loaded->settings.caFile, expected.settings.caFile);

        // A second store on the same file (a later run) sees the same profile.
        QSettings again(m_path, QSettings::IniFormat);
        zc::ProfileStore other(&again);
        QCOMPARE(other.list(), QStringList{u"work"_s});
        QCOMPARE(other.load(u"work"_s)->settings.clientId, u"client-123"_s);
    }

    void defaultsRoundTrip()
    {
        zc::Profile p;
        p.name = u"plain"_s;
        p.settings.vanityDomain = u"acme"_s;
        p.settings.clientId = u"id"_s;
        QVERIFY(m_store->save(p));
        const auto loaded = m_store->load(u"plain"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->settings.cloud, zc::Cloud::Production);
        QCOMPARE(loaded->settings.authMethod, zc::AuthMethod::ClientSecret);
        QCOMPARE(loaded->settings.secretStyle, zc::SecretStyle::Basic);
        QCOMPARE(loaded->settings.assertionAudience, zc::AssertionAudience::ZIdentityBase);
        QVERIFY(loaded->settings.tokenUrlOverride.isEmpty());
        QVERIFY(loaded->settings.apiUrlOverride.isEmpty());
        QVERIFY(loaded->settings.zpaMicrotenantId.isEmpty());
    }

    void listIsSorted()
    {
        for (const QString &name : {u"zeta"_s, u"Alpha"_s, u"beta lab"_s})
            QVERIFY(m_store->save(sampleProfile(name)));
        QCOMPARE(m_store->list(), (QStringList{u"Alpha"_s, u"beta lab"_s, u"zeta"_s}));
        QVERIFY(m_store->contains(u"beta lab"_s));
        QVERIFY(!m_store->contains(u"beta"_s));
    }

    void invalidNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("leading space") << u" lab"_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("newline") << u"a\nb"_s;
        QTest::newRow("too long") << QString(zc::kMaxProfileNameLength + 1, u'x');
    }

    void invalidNamesAreRefused()
    {
        QFETCH(QString, name);
        QString error;
        QVERIFY(!m_store->save(sampleProfile(name), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(m_store->list().isEmpty());
    }

    void saveReplaces()
    {
        QVERIFY(m_store->save(sampleProfile(u"work"_s)));
        zc::Profile changed = sampleProfile(u"work"_s);
        changed.settings.clientId = u"client-456"_s;
        changed.settings.tokenUrlOverride = QUrl();
        QVERIFY(m_store->save(changed));
        const auto loaded = m_store->load(u"work"_s);
        QCOMPARE(loaded->settings.clientId, u"client-456"_s);
        QVERIFY(loaded->settings.tokenUrlOverride.isEmpty());
        QCOMPARE(m_store->list().size(), 1);
    }

    void rename()
    {
        QVERIFY(m_store->save(sampleProfile(u"old"_s)));
        QVERIFY(m_store->save(sampleProfile(u"taken"_s)));
        m_store->setLastProfile(u"old"_s);

        QString error;
        QVERIFY(!m_store->rename(u"old"_s, u"taken"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_store->rename(u"missing"_s, u"new"_s, &error));
        QVERIFY(!m_store->rename(u"old"_s, u"bad/name"_s, &error));
        QCOMPARE(m_store->list(), (QStringList{u"old"_s, u"taken"_s}));

        QVERIFY2(m_store->rename(u"old"_s, u"new"_s, &error), qUtf8Printable(error));
        QCOMPARE(m_store->list(), (QStringList{u"new"_s, u"taken"_s}));
        QVERIFY(!m_store->load(u"old"_s));
        QCOMPARE(m_store->load(u"new"_s)->settings.clientId, u"client-123"_s);
        QCOMPARE(m_store->lastProfile(), u"new"_s);
    }

    void remove()
    {
        QVERIFY(m_store->save(sampleProfile(u"a"_s)));
        QVERIFY(m_store->save(sampleProfile(u"b"_s)));
        m_store->setLastProfile(u"a"_s);
        QVERIFY(m_store->remove(u"a"_s));
        QVERIFY(!m_store->remove(u"a"_s));
        QCOMPARE(m_store->list(), QStringList{u"b"_s});
        QCOMPARE(m_store->lastProfile(), QString());
    }

    void lastProfile()
    {
        QCOMPARE(m_store->lastProfile(), QString());
        QVERIFY(m_store->save(sampleProfile(u"a"_s)));
        m_store->setLastProfile(u"a"_s);
        QCOMPARE(m_store->lastProfile(), u"a"_s);
        // A name without a stored profile is not handed back.
        m_store->setLastProfile(u"gone"_s);
        QCOMPARE(m_store->lastProfile(), QString());
    }

    void unknownStoredValuesFallBack()
    {
        QVERIFY(m_store->save(sampleProfile(u"a"_s)));
        m_settings->setValue(u"profiles/a/cloud"_s, u"mars"_s);
        m_settings->setValue(u"profiles/a/authMethod"_s, u"carrier-pigeon"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown.*cloud"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown.*authMethod"_s));
        const auto loaded = m_store->load(u"a"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->settings.cloud, zc::Cloud::Production);
        QCOMPARE(loaded->settings.authMethod, zc::AuthMethod::ClientSecret);
    }

    void noSecretIsWritten()
    {
        QVERIFY(m_store->save(sampleProfile(u"work"_s)));
        QVERIFY(m_store->rename(u"work"_s, u"job"_s));
        m_store->setLastProfile(u"job"_s);
        m_settings->sync();

        // Only the documented, non-secret keys exist ...
        const QStringList allowed = zc::ProfileStore::storedKeys();
        for (const QString &key : m_settings->allKeys()) {
            if (key == "lastProfile"_L1)
                continue;
            QVERIFY2(key.startsWith("profiles/job/"_L1), qUtf8Printable(key));
            const QString leaf = key.section(u'/', 2);
            QVERIFY2(allowed.contains(leaf), qUtf8Printable(key));
        }
        for (const QString &key : allowed) {
            const QString lower = key.toLower();
            const bool secretWord = lower.contains("secret"_L1) || lower.contains("key"_L1) ||
                                    lower.contains("password"_L1) ||
                                    lower.contains("passphrase"_L1) || lower.contains("token"_L1);
            const bool knownHarmless = lower == "secretstyle"_L1 || lower == "tokenurl"_L1;
            QVERIFY2(!secretWord || knownHarmless, qUtf8Printable(key));
        }
        // ... and the file on disk names none of the secret words.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        for (const char *word :
             {"client-secret", "clientsecret", "passphrase", "password", "begin", "access_token"}) {
            QVERIFY2(!text.contains(word), word);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<zc::ProfileStore> m_store;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
