// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The field checks of the profile form, without widgets (the dialog test drives them typed).
#include "SelfSignedCertificate.h"
#include "profiles/ProfileFormCheck.h"
#include "profiles/ProfileRepository.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using zc::ProfileDraft;
using zc::ProfileFormCheck;

class TestProfileFormCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<zc::ProfileStore> m_store;
    zc::SecretStore m_secrets; // not used by the checks: no keychain needed
    std::unique_ptr<zc::ProfileRepository> m_profiles;

    // A draft every check accepts.
    static ProfileDraft valid()
    {
        ProfileDraft draft;
        draft.profile.name = u"Fresh"_s;
        draft.profile.settings.vanityDomain = u"acme"_s;
        draft.profile.settings.clientId = u"client"_s;
        draft.secretGiven = true;
        return draft;
    }
    QString error(const QString &field, const ProfileDraft &draft) const
    {
        return ProfileFormCheck::error(field, draft, *m_profiles);
    }
    bool writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<zc::ProfileStore>(m_settings.get());
        m_profiles = std::make_unique<zc::ProfileRepository>(m_store.get(), &m_secrets);
        zc::Profile lab;
        lab.name = u"Lab"_s;
        QVERIFY(m_store->save(lab));
    }

    void validDraftPasses()
    {
        for (const QString &field : ProfileFormCheck::fields())
            QVERIFY2(error(field, valid()).isEmpty(), qPrintable(field));
        QCOMPARE(ProfileFormCheck::firstError(valid(), *m_profiles), QString());
    }

    void names()
    {
        ProfileDraft draft = valid();
        draft.profile.name = u" Lab"_s;
        QVERIFY(error(u"name"_s, draft).contains(u"space"_s));
        draft.profile.name = u"lab"_s; // taken, whatever the case
        QVERIFY(error(u"name"_s, draft).contains(u"“Lab” already exists"_s));
        draft.profile.name = u"Lab"_s;
        draft.currentName = u"Lab"_s; // editing Lab itself
        QCOMPARE(error(u"name"_s, draft), QString());
        QCOMPARE(ProfileFormCheck::firstError(draft, *m_profiles), QString());
    }

    void tenantFields()
    {
        ProfileDraft draft = valid();
        draft.profile.settings.vanityDomain = u"acme.bad!"_s;
        QVERIFY(error(u"vanity"_s, draft).contains(u"vanity domain"_s));
        QCOMPARE(ProfileFormCheck::firstError(draft, *m_profiles), u"vanity"_s);
        draft.profile.settings.clientId.clear();
        QVERIFY(error(u"clientId"_s, draft).contains(u"client ID"_s));
        // With custom URLs the vanity domain is optional and the URLs are checked instead.
        draft = valid();
        draft.profile.settings.cloud = zc::Cloud::Custom;
        draft.profile.settings.vanityDomain.clear();
        QCOMPARE(error(u"vanity"_s, draft), QString());
        QVERIFY(error(u"tokenUrl"_s, draft).contains(u"token URL"_s));
        QVERIFY(error(u"apiUrl"_s, draft).contains(u"API URL"_s));
        draft.profile.settings.tokenUrlOverride = QUrl(u"http://login.example.com/token"_s);
        QVERIFY(error(u"tokenUrl"_s, draft).contains(u"https"_s));
        draft.profile.settings.tokenUrlOverride = QUrl(u"http://127.0.0.1:8080/token"_s);
        QCOMPARE(error(u"tokenUrl"_s, draft), QString());
    }

    void secrets()
    {
        ProfileDraft draft = valid();
        draft.secretGiven = false;
        QVERIFY(error(u"secret"_s, draft).contains(u"client secret"_s));
        QCOMPARE(error(u"key"_s, draft), QString());
        draft.profile.settings.authMethod = zc::AuthMethod::PrivateKey;
        QCOMPARE(error(u"secret"_s, draft), QString());
        QVERIFY(error(u"key"_s, draft).contains(u"private key"_s));
        draft.secretStored = true; // kept in the keychain: nothing to type
        QCOMPARE(error(u"key"_s, draft), QString());
    }

    void options()
    {
        ProfileDraft draft = valid();
        draft.profile.settings.zpaCustomerId = u"21619x"_s;
        QVERIFY(error(u"zpaCustomerId"_s, draft).contains(u"number"_s));
        draft.profile.settings.zpaMicrotenantId = u"default"_s;
        QVERIFY(!error(u"microtenant"_s, draft).isEmpty());
        draft.profile.settings.zpaMicrotenantId = u"0"_s;
        QCOMPARE(error(u"microtenant"_s, draft), QString());

        draft.profile.settings.caFile = m_dir.filePath(u"absent.pem"_s);
        QVERIFY(error(u"caFile"_s, draft).contains(u"cannot be read"_s));
        QVERIFY(writeFile(u"not-a-cert.pem"_s, "hello"));
        draft.profile.settings.caFile = m_dir.filePath(u"not-a-cert.pem"_s);
        QVERIFY(error(u"caFile"_s, draft).contains(u"certificate"_s));
        QVERIFY(writeFile(u"ca.pem"_s,
                          zc::sim::generateSelfSignedIdentity(u"test CA"_s).certificatePem));
        draft.profile.settings.caFile = m_dir.filePath(u"ca.pem"_s);
        QCOMPARE(error(u"caFile"_s, draft), QString());
    }
};

QTEST_GUILESS_MAIN(TestProfileFormCheck)
#include "tst_profileformcheck.moc"
