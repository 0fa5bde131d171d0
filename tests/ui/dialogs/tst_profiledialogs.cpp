// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeychainSession.h"
#include "ScriptedDialogSeams.h"
#include "SimFixture.h"
#include "dialogs/KeyDialog.h"
#include "dialogs/ProfileEditorDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "dialogs/TestConnectionDialog.h"
#include "platform/FileSizeLimit.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

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

Outcome readNow(zc::SecretStore &store, const QString &profile, zc::SecretKind kind)
{
    Outcome r;
    store.read(profile, kind, &store, [&r](QByteArray secret, Error error, const QString &message) {
        r = {true, secret, error, message};
    });
    static_cast<void>(QTest::qWaitFor([&r] { return r.done; }, 20000));
    return r;
}

void removeNow(zc::SecretStore &store, const QString &profile, zc::SecretKind kind)
{
    bool done = false;
    store.remove(profile, kind, &store, [&done](Error, const QString &) { done = true; });
    static_cast<void>(QTest::qWaitFor([&done] { return done; }, 20000));
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void click(QObject *parent, const char *name)
{
    auto *button = child<QPushButton>(parent, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void type(QObject *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (!edit->text().isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(QObject *parent, const char *name, int index)
{
    auto *combo = child<QComboBox>(parent, name);
    QVERIFY(combo);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

QString screenshotDir()
{
    const QString base = qEnvironmentVariable("ZCONSOLE_BUILD_DIR", QDir::tempPath());
    const QString dir = base + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir;
}

void screenshot(QWidget *widget, const QString &name)
{
    widget->show();
    widget->raise();
    QCoreApplication::processEvents();
    QTest::qWait(50);
    const QString path = screenshotDir() + u'/' + name + u".png"_s;
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Child mode: no Secret Service on the session bus. A profile is signed in through the
// manager; the keychain fails, the user chooses to type the secret for this session only.
// Reports on stdout: "choice <client secret>" and "question <text>".
int runMissingChild(int argc, char **argv, const QString &settingsPath)
{
    QApplication app(argc, argv);
    QSettings settings(settingsPath, QSettings::IniFormat);
    zc::ProfileStore store(&settings);
    zc::Profile profile;
    profile.name = u"Offline"_s;
    profile.settings.vanityDomain = u"acme"_s;
    profile.settings.clientId = u"client"_s;
    if (!store.save(profile))
        return 4;
    zc::SecretStore secrets;
    secrets.setRetryDelayMs(300);
    zc::ScriptedDialogSeams seams;
    seams.questionAnswers << QMessageBox::Yes; // "type the secret for this session only"
    seams.passwords << u"typed-for-session"_s;

    zc::ProfileManagerDialog dialog(&store, &secrets);
    dialog.show();
    dialog.selectProfile(u"Offline"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    // The status line tells what happened while the keychain is tried (and retried).
    static_cast<void>(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 30000));
    if (dialog.result() != QDialog::Accepted) {
        std::printf("status %s\n", qPrintable(dialog.statusText()));
        return 3;
    }
    const zc::ProfileManagerDialog::Choice choice = dialog.choice();
    std::printf("choice %s %s\n", choice.credentials.clientSecret.constData(),
                qPrintable(choice.profile.name));
    std::printf("question %s\n", qPrintable(seams.lastText(u"question"_s).simplified()));
    std::printf("password %s\n", qPrintable(seams.lastText(u"password"_s).simplified()));
    std::printf("status %s\n", qPrintable(dialog.statusText().simplified()));
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestProfileDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<zc::ProfileStore> m_store;
    zc::SecretStore m_secrets;
    zc::test::SimFixture m_sim;
    zc::PrivateKey m_generatedKey;

    // Fills the form with settings that reach the simulator.
    void fillSimForm(QObject *dialog, const QString &name, const QString &clientId)
    {
        type(dialog, "nameEdit", name);
        choose(dialog, "cloudCombo", 4); // custom
        type(dialog, "tokenUrlEdit", m_sim.server().tokenUrl().toString());
        type(dialog, "apiUrlEdit", m_sim.server().apiUrl().toString());
        type(dialog, "clientIdEdit", clientId);
        type(dialog, "zpaCustomerIdEdit", u"216196257331281920"_s);
    }

    zc::TestConnectionDialog *waitForTest(zc::TestConnectionDialog *test)
    {
        if (!test)
            return nullptr;
        static_cast<void>(QTest::qWaitFor([test] { return !test->isRunning(); }, 60000));
        return test;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<zc::ProfileStore>(m_settings.get());
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        for (const QString &name :
             {u"Lab secret"_s, u"Lab key"_s, u"Lab renamed"_s, u"Lab renamed (copy)"_s}) {
            removeNow(m_secrets, name, zc::SecretKind::ClientSecret);
            removeNow(m_secrets, name, zc::SecretKind::PrivateKey);
        }
    }

    void createWithClientSecret()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.show();
        fillSimForm(&editor, u"Lab secret"_s, u"secret-client"_s);
        choose(&editor, "methodCombo", 0);
        type(&editor, "secretEdit", QString::fromLatin1(m_sim.clientSecret()));
        QCOMPARE(child<QLineEdit>(&editor, "secretEdit")->echoMode(), QLineEdit::Password);
        screenshot(&editor, u"profile-editor-secret"_s);

        click(&editor, "saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(editor.result(), int(QDialog::Accepted), 20000);
        QVERIFY(seams.calls.isEmpty());

        const std::optional<zc::Profile> stored = m_store->load(u"Lab secret"_s);
        QVERIFY(stored);
        QCOMPARE(stored->settings.cloud, zc::Cloud::Custom);
        QCOMPARE(stored->settings.clientId, u"secret-client"_s);
        QCOMPARE(stored->settings.authMethod, zc::AuthMethod::ClientSecret);
        QCOMPARE(stored->settings.tokenUrlOverride, m_sim.server().tokenUrl());
        QCOMPARE(stored->settings.zpaCustomerId, u"216196257331281920"_s);
        const Outcome secret = readNow(m_secrets, u"Lab secret"_s, zc::SecretKind::ClientSecret);
        QCOMPARE(secret.error, Error::None);
        QCOMPARE(secret.secret, m_sim.clientSecret());
        // Never in the settings file.
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(m_sim.clientSecret()));
    }

    void createWithGeneratedKey()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.show();
        fillSimForm(&editor, u"Lab key"_s, u"generated-client"_s);
        choose(&editor, "methodCombo", 1);
        QVERIFY(child<QPushButton>(&editor, "generateKeyButton")->isVisible());
        QVERIFY(!child<QLineEdit>(&editor, "secretEdit")->isVisible());

        click(&editor, "generateKeyButton");
        QPointer<zc::KeyDialog> keys = editor.keyDialog();
        QVERIFY(keys);
        choose(keys, "generateCombo", 0); // RSA 2048
        click(keys, "generateButton");
        QVERIFY(keys->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!keys->isBusy(), 30000);
        QVERIFY2(keys->errorText().isEmpty(), qPrintable(keys->errorText()));
        const zc::PrivateKey key = keys->key();
        QCOMPARE(key.type(), zc::KeyType::Rsa);
        QCOMPARE(key.bits(), 2048);
        QVERIFY(keys->publicKeyPemText().startsWith(u"-----BEGIN PUBLIC KEY-----"_s));
        const QJsonObject jwks = QJsonDocument::fromJson(keys->jwksText().toUtf8()).object();
        QCOMPARE(jwks.value(u"keys"_s).toArray().size(), 1);
        QCOMPARE(jwks.value(u"keys"_s).toArray().at(0).toObject().value(u"kid"_s).toString(),
                 key.keyId());
        QVERIFY(child<QLabel>(keys, "keyInfoLabel")->text().contains(key.keyId()));

        // Save… writes the JWKS document through the file-dialog seam.
        child<QTabWidget>(keys, "publicKeyTabs")->setCurrentIndex(1);
        seams.saveFileNames << m_dir.filePath(u"jwks.json"_s);
        click(keys, "saveButton");
        QFile saved(m_dir.filePath(u"jwks.json"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object(), jwks);
        screenshot(keys, u"key-dialog-generated"_s);

        QTest::mouseClick(keys->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!editor.key().isNull());
        QCOMPARE(editor.key().keyId(), key.keyId());
        QVERIFY(child<QLabel>(&editor, "keyInfoLabel")->text().contains(key.keyId()));
        screenshot(&editor, u"profile-editor-private-key"_s);

        // The simulator knows the new public key, as ZIdentity would after registration.
        m_sim.server().addClient({u"generated-client"_s, {}, key.publicKeyPem(), {}, 3600});
        m_generatedKey = key;

        click(&editor, "saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(editor.result(), int(QDialog::Accepted), 20000);
        const std::optional<zc::Profile> stored = m_store->load(u"Lab key"_s);
        QVERIFY(stored);
        QCOMPARE(stored->settings.authMethod, zc::AuthMethod::PrivateKey);
        const Outcome pem = readNow(m_secrets, u"Lab key"_s, zc::SecretKind::PrivateKey);
        QCOMPARE(pem.error, Error::None);
        QCOMPARE(zc::PrivateKey::fromPem(pem.secret).keyId(), key.keyId());
        QCOMPARE(readNow(m_secrets, u"Lab key"_s, zc::SecretKind::ClientSecret).error,
                 Error::NotFound);
    }

    void editShowsStoredKeyWithoutSecret()
    {
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.setProfile(*m_store->load(u"Lab key"_s), zc::ProfileEditorDialog::Mode::Edit);
        editor.show();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 20000);
        QCOMPARE(editor.key().keyId(), m_generatedKey.keyId());
        const QString info = child<QLabel>(&editor, "keyInfoLabel")->text();
        QVERIFY2(info.contains(u"RSA 2048"_s) && info.contains(u"keychain"_s), qPrintable(info));
    }

    void editRenameKeepsKeychainEntry()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.setProfile(*m_store->load(u"Lab secret"_s), zc::ProfileEditorDialog::Mode::Edit);
        editor.show();
        // The stored secret is never shown: only that it is in the keychain, and Replace….
        auto *secretEdit = child<QLineEdit>(&editor, "secretEdit");
        QVERIFY(!secretEdit->isVisible());
        QVERIFY(secretEdit->text().isEmpty());
        QVERIFY(child<QLabel>(&editor, "secretStatusLabel")->isVisible());
        QVERIFY(child<QLabel>(&editor, "secretStatusLabel")->text().contains(u"keychain"_s));
        QVERIFY(child<QPushButton>(&editor, "replaceSecretButton")->isVisible());
        const auto labels = editor.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY(!label->text().contains(QString::fromLatin1(m_sim.clientSecret())));
        screenshot(&editor, u"profile-editor-edit"_s);

        type(&editor, "nameEdit", u"Lab renamed"_s);
        type(&editor, "microtenantEdit", u"0"_s);
        click(&editor, "saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(editor.result(), int(QDialog::Accepted), 20000);
        QVERIFY(!m_store->contains(u"Lab secret"_s));
        QCOMPARE(m_store->load(u"Lab renamed"_s)->settings.zpaMicrotenantId, u"0"_s);
        QCOMPARE(readNow(m_secrets, u"Lab renamed"_s, zc::SecretKind::ClientSecret).secret,
                 m_sim.clientSecret());
        QCOMPARE(readNow(m_secrets, u"Lab secret"_s, zc::SecretKind::ClientSecret).error,
                 Error::NotFound);
    }

    void editReplaceSecret()
    {
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.setProfile(*m_store->load(u"Lab renamed"_s), zc::ProfileEditorDialog::Mode::Edit);
        editor.show();
        click(&editor, "replaceSecretButton");
        QVERIFY(child<QLineEdit>(&editor, "secretEdit")->isVisible());
        type(&editor, "secretEdit", u"replaced-secret"_s);
        click(&editor, "saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(editor.result(), int(QDialog::Accepted), 20000);
        QCOMPARE(readNow(m_secrets, u"Lab renamed"_s, zc::SecretKind::ClientSecret).secret,
                 QByteArray("replaced-secret"));
        // Back to the simulator's secret, for the tests that follow.
        zc::ProfileEditorDialog again(m_store.get(), &m_secrets);
        again.setProfile(*m_store->load(u"Lab renamed"_s), zc::ProfileEditorDialog::Mode::Edit);
        again.show();
        click(&again, "replaceSecretButton");
        type(&again, "secretEdit", QString::fromLatin1(m_sim.clientSecret()));
        click(&again, "saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(again.result(), int(QDialog::Accepted), 20000);
    }

    // A rename whose settings cannot be written (a full disk): the dialog stays open and says
    // so, and neither the settings nor the keychain entry are half-renamed or lost.
    void failedRenameChangesNothing()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.setProfile(*m_store->load(u"Lab renamed"_s), zc::ProfileEditorDialog::Mode::Edit);
        editor.show();
        type(&editor, "nameEdit", u"Lab moved"_s);
        {
            const zc::platform::FileSizeLimit full;
            if (!full.isActive())
                QSKIP("No per-process file size limit on this system");
            click(&editor, "saveButton");
            QVERIFY(editor.isBusy());
            QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 20000);
        }
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QVERIFY(editor.isVisible());
        QVERIFY2(editor.fieldError(u"form"_s).contains(u"not saved"_s),
                 qPrintable(editor.fieldError(u"form"_s)));
        QCOMPARE(seams.callsOf(u"warning"_s).size(), 1);
        QVERIFY(m_store->contains(u"Lab renamed"_s));
        QVERIFY(!m_store->contains(u"Lab moved"_s));
        QCOMPARE(readNow(m_secrets, u"Lab renamed"_s, zc::SecretKind::ClientSecret).secret,
                 m_sim.clientSecret());
        QCOMPARE(readNow(m_secrets, u"Lab moved"_s, zc::SecretKind::ClientSecret).error,
                 Error::NotFound);
    }

    void duplicateCopiesTheSecret()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileManagerDialog manager(m_store.get(), &m_secrets);
        manager.show();
        manager.selectProfile(u"Lab renamed"_s);
        click(&manager, "duplicateButton");
        QPointer<zc::ProfileEditorDialog> editor = manager.editor();
        QVERIFY(editor);
        QCOMPARE(child<QLineEdit>(editor, "nameEdit")->text(), u"Lab renamed (copy)"_s);
        QVERIFY(child<QLabel>(editor, "secretStatusLabel")->isVisible());
        click(editor, "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(!editor, 20000); // closed and deleted
        QVERIFY(m_store->contains(u"Lab renamed (copy)"_s));
        QCOMPARE(manager.selectedName(), u"Lab renamed (copy)"_s);
        QCOMPARE(readNow(m_secrets, u"Lab renamed (copy)"_s, zc::SecretKind::ClientSecret).secret,
                 m_sim.clientSecret());
        // The original keeps its own entry.
        QCOMPARE(readNow(m_secrets, u"Lab renamed"_s, zc::SecretKind::ClientSecret).secret,
                 m_sim.clientSecret());
    }

    void deleteRemovesKeychainEntries()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileManagerDialog manager(m_store.get(), &m_secrets);
        manager.show();
        manager.selectProfile(u"Lab renamed (copy)"_s);

        // Declined: nothing happens.
        seams.questionAnswers << QMessageBox::No;
        click(&manager, "deleteButton");
        QCOMPARE(seams.callsOf(u"question"_s).size(), 1);
        QVERIFY(seams.lastText(u"question"_s).contains(u"Lab renamed (copy)"_s));
        QVERIFY(m_store->contains(u"Lab renamed (copy)"_s));

        seams.questionAnswers << QMessageBox::Yes;
        click(&manager, "deleteButton");
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->contains(u"Lab renamed (copy)"_s), 20000);
        QTRY_VERIFY(!manager.isBusy());
        QVERIFY(seams.callsOf(u"warning"_s).isEmpty());
        const Outcome secret =
            readNow(m_secrets, u"Lab renamed (copy)"_s, zc::SecretKind::ClientSecret);
        QCOMPARE(secret.error, Error::NotFound);
        QCOMPARE(readNow(m_secrets, u"Lab renamed (copy)"_s, zc::SecretKind::PrivateKey).error,
                 Error::NotFound);
        QVERIFY(!manager.findChild<QListWidget *>()
                     ->findItems(u"Lab renamed (copy)"_s, Qt::MatchExactly)
                     .size());
    }

    void deleteKeyProfile()
    {
        // A private-key profile: its PEM entry goes too.
        zc::Profile copy = *m_store->load(u"Lab key"_s);
        copy.name = u"Doomed key"_s;
        QVERIFY(m_store->save(copy));
        bool written = false;
        m_secrets.write(copy.name, zc::SecretKind::PrivateKey, m_generatedKey.toPem(), this,
                        [&written](Error, const QString &) { written = true; });
        QTRY_VERIFY(written);
        QCOMPARE(readNow(m_secrets, copy.name, zc::SecretKind::PrivateKey).error, Error::None);

        zc::ScriptedDialogSeams seams;
        seams.questionAnswers << QMessageBox::Yes;
        zc::ProfileManagerDialog manager(m_store.get(), &m_secrets);
        manager.selectProfile(copy.name);
        manager.deleteProfile();
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->contains(copy.name), 20000);
        QCOMPARE(readNow(m_secrets, copy.name, zc::SecretKind::PrivateKey).error, Error::NotFound);
    }

    void validationMessages()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.show();
        // Nothing is shown before the fields are edited.
        QVERIFY(editor.fieldError(u"clientId"_s).isEmpty());
        QVERIFY(!child<QLabel>(&editor, "clientIdError")->isVisible());

        // Bad vanity domain, as you type, under the field; fixed, it goes away.
        choose(&editor, "cloudCombo", 0);
        type(&editor, "vanityEdit", u"acme.bad!"_s);
        QVERIFY2(editor.fieldError(u"vanity"_s).contains(u"vanity domain"_s),
                 qPrintable(editor.fieldError(u"vanity"_s)));
        QVERIFY(child<QLabel>(&editor, "vanityError")->isVisible());
        type(&editor, "vanityEdit", u"acme"_s);
        QVERIFY(editor.fieldError(u"vanity"_s).isEmpty());
        QVERIFY(!child<QLabel>(&editor, "vanityError")->isVisible());

        // Missing client ID and name: shown when saving is attempted.
        click(&editor, "saveButton");
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QVERIFY(editor.isVisible());
        QVERIFY2(editor.fieldError(u"clientId"_s).contains(u"client ID"_s),
                 qPrintable(editor.fieldError(u"clientId"_s)));
        QVERIFY(!editor.fieldError(u"name"_s).isEmpty());
        QVERIFY(!editor.fieldError(u"secret"_s).isEmpty());

        // A name already taken.
        type(&editor, "nameEdit", u"lab KEY"_s);
        QVERIFY2(editor.fieldError(u"name"_s).contains(u"already exists"_s),
                 qPrintable(editor.fieldError(u"name"_s)));
        type(&editor, "nameEdit", u"Fresh"_s);
        QVERIFY(editor.fieldError(u"name"_s).isEmpty());

        // Custom cloud without URLs.
        choose(&editor, "cloudCombo", 4);
        QVERIFY(child<QLineEdit>(&editor, "tokenUrlEdit")->isVisible());
        QVERIFY(child<QLineEdit>(&editor, "apiUrlEdit")->isVisible());
        QVERIFY(editor.fieldError(u"vanity"_s).isEmpty());
        QVERIFY2(editor.fieldError(u"tokenUrl"_s).contains(u"token URL"_s),
                 qPrintable(editor.fieldError(u"tokenUrl"_s)));
        QVERIFY2(editor.fieldError(u"apiUrl"_s).contains(u"API URL"_s),
                 qPrintable(editor.fieldError(u"apiUrl"_s)));

        // Plain http to another computer is refused; to this computer it is allowed.
        type(&editor, "tokenUrlEdit", u"http://login.example.com/oauth2/v1/token"_s);
        QVERIFY2(editor.fieldError(u"tokenUrl"_s).contains(u"https"_s),
                 qPrintable(editor.fieldError(u"tokenUrl"_s)));
        type(&editor, "apiUrlEdit", u"http://api.example.com"_s);
        QVERIFY(editor.fieldError(u"apiUrl"_s).contains(u"https"_s));
        type(&editor, "tokenUrlEdit", u"http://127.0.0.1:8080/oauth2/v1/token"_s);
        QVERIFY(editor.fieldError(u"tokenUrl"_s).isEmpty());

        // ZPA customer ID: digits; CA file: readable.
        type(&editor, "zpaCustomerIdEdit", u"21619x"_s);
        QVERIFY(editor.fieldError(u"zpaCustomerId"_s).contains(u"number"_s));
        type(&editor, "microtenantEdit", u"default"_s);
        QVERIFY(!editor.fieldError(u"microtenant"_s).isEmpty());
        type(&editor, "caFileEdit", m_dir.filePath(u"no-such-ca.pem"_s));
        QVERIFY(editor.fieldError(u"caFile"_s).contains(u"cannot be read"_s));
        screenshot(&editor, u"profile-editor-validation"_s);

        QVERIFY(writeFile(m_dir.filePath(u"not-a-cert.pem"_s), "hello"));
        type(&editor, "caFileEdit", m_dir.filePath(u"not-a-cert.pem"_s));
        QVERIFY(editor.fieldError(u"caFile"_s).contains(u"certificate"_s));
        // Browse… goes through the file dialog seam.
        const QString ca = m_dir.filePath(u"ca.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-subj"_s,
                                     u"/CN=ZConsole test CA"_s, u"-days"_s, u"1"_s, u"-keyout"_s,
                                     m_dir.filePath(u"ca.key"_s), u"-out"_s, ca});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        seams.openFileNames << ca;
        click(&editor, "browseCaButton");
        QCOMPARE(child<QLineEdit>(&editor, "caFileEdit")->text(), ca);
        QVERIFY2(editor.fieldError(u"caFile"_s).isEmpty(),
                 qPrintable(editor.fieldError(u"caFile"_s)));

        // Private key method without a key.
        choose(&editor, "methodCombo", 1);
        QVERIFY(editor.fieldError(u"secret"_s).isEmpty());
        QVERIFY(!editor.fieldError(u"key"_s).isEmpty());
        QVERIFY(!editor.validateAll());
        QVERIFY(!m_store->contains(u"Fresh"_s));
    }

    void keyImport()
    {
        zc::ScriptedDialogSeams seams;
        zc::KeyDialog dialog;
        dialog.show();

        // A good key, through the Import… button and the file dialog seam.
        const QString good = m_dir.filePath(u"good.pem"_s);
        QVERIFY(writeFile(good, m_sim.rsaKey().toPem()));
        seams.openFileNames << good;
        click(&dialog, "importButton");
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.key().keyId(), m_sim.rsaKey().keyId());
        QVERIFY(child<QLabel>(&dialog, "keyInfoLabel")->text().contains(u"RSA 2048"_s));

        // A key file others can read: imported, with a note; an owner-only one: no note.
        QVERIFY(QFile::setPermissions(good, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(dialog.importFile(good));
        QVERIFY2(dialog.warningText().contains(u"other users"_s), qPrintable(dialog.warningText()));
        QVERIFY(child<QLabel>(&dialog, "keyWarning")->isVisible());
        QVERIFY(QFile::setPermissions(good, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(dialog.importFile(good));
        QVERIFY(dialog.warningText().isEmpty());
        // What the keychain will hold is said plainly.
        QVERIFY(child<QLabel>(&dialog, "registrationNote")->text().contains(u"passphrase"_s));

        // A folder and a file far over 1 MiB: refused at once, with what was wrong.
        QVERIFY(!dialog.importFile(m_dir.path()));
        QCOMPARE(dialog.errorText(), zc::keyErrorMessage(zc::KeyError::NotAFile));
        const QString huge = m_dir.filePath(u"huge.pem"_s);
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(64LL * 1024 * 1024));
        }
        QVERIFY(!dialog.importFile(huge));
        QCOMPARE(dialog.errorText(), zc::keyErrorMessage(zc::KeyError::FileTooLarge));
        QFile::remove(huge);

        // An EC key, encrypted: the passphrase is asked for.
        const QString encrypted = m_dir.filePath(u"encrypted.pem"_s);
        QVERIFY(writeFile(encrypted, m_sim.ecKey().toPem("open sesame")));
        seams.passwords << u"wrong"_s << u"open sesame"_s;
        QVERIFY(dialog.importFile(encrypted));
        QCOMPARE(seams.callsOf(u"password"_s).size(), 2);
        QVERIFY(seams.lastText(u"password"_s).contains(u"does not open"_s));
        QCOMPARE(dialog.key().keyId(), m_sim.ecKey().keyId());
        QVERIFY(child<QLabel>(&dialog, "keyInfoLabel")->text().contains(u"P-256"_s));

        // Encrypted, passphrase prompt cancelled.
        QVERIFY(!dialog.importFile(encrypted));
        QCOMPARE(dialog.errorText(), zc::keyErrorMessage(zc::KeyError::PassphraseRequired));

        // A 1024-bit RSA key made by OpenSSL: refused.
        const QString shortKey = m_dir.filePath(u"short.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
                                     u"rsa_keygen_bits:1024"_s, u"-out"_s, shortKey});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QVERIFY(!dialog.importFile(shortKey));
        QCOMPARE(dialog.errorText(), zc::keyErrorMessage(zc::KeyError::RsaTooShort));
        QVERIFY(child<QLabel>(&dialog, "keyError")->isVisible());

        // Garbage.
        const QString garbage = m_dir.filePath(u"garbage.pem"_s);
        QVERIFY(writeFile(garbage, "this is not a key\n\x01\x02\x03"));
        QVERIFY(!dialog.importFile(garbage));
        QCOMPARE(dialog.errorText(), zc::keyErrorMessage(zc::KeyError::NotPem));
        screenshot(&dialog, u"key-dialog-error"_s);

        // A missing file.
        QVERIFY(!dialog.importFile(m_dir.filePath(u"absent.pem"_s)));
        QCOMPARE(dialog.errorText(), zc::keyErrorMessage(zc::KeyError::FileUnreadable));

        // EC generation works too.
        dialog.generate(zc::KeyType::EcP256);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.key().type(), zc::KeyType::EcP256);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(zc::KeyDialog::canSign(dialog.key()));
    }

    void testConnectionFromEditor()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.show();
        fillSimForm(&editor, u"Unsaved"_s, u"secret-client"_s);
        type(&editor, "secretEdit", QString::fromLatin1(m_sim.clientSecret()));
        click(&editor, "testButton");
        zc::TestConnectionDialog *test = waitForTest(editor.testDialog());
        QVERIFY(test);
        QVERIFY(!test->isRunning());
        QCOMPARE(test->probedCount(), 6);
        for (zc::Product product : zc::allProducts)
            QVERIFY2(
                !test->result(product).isError(),
                qPrintable(zc::productName(product) + u": "_s + test->result(product).message()));
        QCOMPARE(test->answeredCount(), 6);
        QVERIFY2(test->tokenText().contains(u"1 hour"_s), qPrintable(test->tokenText()));
        QVERIFY(test->summaryText().contains(u"All 6"_s));
        for (zc::Product product : zc::allProducts)
            QVERIFY(test->statusText(product).startsWith(u"✓"_s));
        screenshot(test, u"test-connection-results"_s);
        QVERIFY(!m_store->contains(u"Unsaved"_s));
    }

    void testConnectionFailures()
    {
        zc::ScriptedDialogSeams seams;
        // A wrong secret: every product fails with the sign-in sentence.
        zc::ConnectionSettings settings = m_sim.settings();
        zc::Credentials wrong;
        wrong.clientSecret = "not-the-secret";
        zc::TestConnectionDialog test(settings, wrong);
        test.show();
        QTRY_VERIFY_WITH_TIMEOUT(!test.isRunning(), 30000);
        QCOMPARE(test.answeredCount(), 0);
        QCOMPARE(test.result(zc::Product::Zia).kind, zc::ApiError::Kind::Authentication);
        QVERIFY(test.statusText(zc::Product::Zia).startsWith(u"✗"_s));
        QCOMPARE(test.detailText(zc::Product::Zia), test.result(zc::Product::Zia).message());
        QVERIFY(test.detailText(zc::Product::Zia).contains(u"Sign-in"_s));
        screenshot(&test, u"test-connection-failed"_s);

        // Cancellable: a slow tenant, cancelled.
        zc::sim::SimFault delay;
        delay.kind = zc::sim::SimFault::Kind::Delay;
        delay.delayMs = 5000;
        delay.count = -1;
        m_sim.server().injectFault(delay);
        zc::TestConnectionDialog slow(settings, m_sim.secretCredentials());
        slow.show();
        QTest::qWait(300);
        QVERIFY(slow.isRunning());
        click(&slow, "cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(!slow.isRunning(), 5000);
        QCOMPARE(slow.answeredCount(), 0);
        m_sim.server().clearFaults();
    }

    void testConnectionFromManager()
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileManagerDialog manager(m_store.get(), &m_secrets);
        manager.show();
        manager.selectProfile(u"Lab key"_s);
        click(&manager, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(manager.testDialog(), 20000);
        zc::TestConnectionDialog *test = waitForTest(manager.testDialog());
        QCOMPARE(test->answeredCount(), 6);
    }

    void signInChoice()
    {
        zc::ScriptedDialogSeams seams;
        {
            zc::ProfileManagerDialog manager(m_store.get(), &m_secrets);
            manager.show();
            auto *list = manager.findChild<QListWidget *>();
            QCOMPARE(list->item(0)->text(), u"Demo tenant"_s);
            QCOMPARE(list->count(), 1 + m_store->list().size());
            manager.selectProfile(u"Lab key"_s);
            screenshot(&manager, u"profile-manager"_s);
            click(&manager, "signInButton");
            QTRY_COMPARE_WITH_TIMEOUT(manager.result(), int(QDialog::Accepted), 20000);
            const auto choice = manager.choice();
            QVERIFY(!choice.demo);
            QCOMPARE(choice.profile.name, u"Lab key"_s);
            QCOMPARE(choice.profile.settings.clientId, u"generated-client"_s);
            QCOMPARE(choice.credentials.privateKey.keyId(), m_generatedKey.keyId());
            QVERIFY(choice.credentials.clientSecret.isEmpty());
            QCOMPARE(m_store->lastProfile(), u"Lab key"_s);
        }
        {
            zc::ProfileManagerDialog manager(m_store.get(), &m_secrets);
            // The last profile is selected at start.
            QCOMPARE(manager.selectedName(), u"Lab key"_s);
            manager.selectProfile(u"Lab renamed"_s);
            auto *list = manager.findChild<QListWidget *>();
            QTest::keyClick(list, Qt::Key_Return); // activating the entry signs in
            QTRY_COMPARE_WITH_TIMEOUT(manager.result(), int(QDialog::Accepted), 20000);
            QCOMPARE(manager.choice().profile.name, u"Lab renamed"_s);
            QCOMPARE(manager.choice().credentials.clientSecret, m_sim.clientSecret());
            QVERIFY(manager.choice().credentials.privateKey.isNull());
        }
        {
            zc::ProfileManagerDialog manager(m_store.get(), &m_secrets);
            auto *list = manager.findChild<QListWidget *>();
            list->setCurrentRow(0);
            QVERIFY(manager.isDemoSelected());
            QVERIFY(!child<QPushButton>(&manager, "editButton")->isEnabled());
            QVERIFY(!child<QPushButton>(&manager, "deleteButton")->isEnabled());
            click(&manager, "signInButton");
            QCOMPARE(manager.result(), int(QDialog::Accepted));
            QVERIFY(manager.choice().demo);
        }
        QVERIFY(seams.calls.isEmpty());
    }

    void missingSecretOffersSessionSecret()
    {
        // A profile whose keychain entry is gone: the user may type the secret for now.
        zc::Profile orphan = *m_store->load(u"Lab renamed"_s);
        orphan.name = u"Orphan"_s;
        QVERIFY(m_store->save(orphan));
        zc::ScriptedDialogSeams seams;
        seams.questionAnswers << QMessageBox::Yes;
        seams.passwords << u"typed-now"_s;
        zc::ProfileManagerDialog manager(m_store.get(), &m_secrets);
        manager.selectProfile(u"Orphan"_s);
        manager.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(manager.result(), int(QDialog::Accepted), 20000);
        QVERIFY(seams.lastText(u"question"_s).contains(u"this session only"_s));
        QCOMPARE(manager.choice().credentials.clientSecret, QByteArray("typed-now"));
        // Still nothing in the keychain.
        QCOMPARE(readNow(m_secrets, u"Orphan"_s, zc::SecretKind::ClientSecret).error,
                 Error::NotFound);
        m_store->remove(u"Orphan"_s);
    }

    // No Secret Service on the session bus: the clear message after the store's one retry,
    // then "this session only", and the typed secret ends in the choice.
    void keychainMissing()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString busConfig = home.filePath(u"session-bus.conf"_s);
        QVERIFY(writeFile(
            busConfig,
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
            "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n<busconfig>"
            "<type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
            "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
            "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString childHome = home.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(childHome));
        env.insert(u"HOME"_s, childHome);
        env.insert(u"XDG_CONFIG_HOME"_s, childHome + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, childHome + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, childHome + u"/.cache"_s);
        env.remove(u"GNOME_KEYRING_CONTROL"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        const QString settingsPath = home.filePath(u"profiles.ini"_s);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(u"dbus-run-session"_s,
                    {u"--config-file="_s + busConfig, u"--"_s,
                     QCoreApplication::applicationFilePath(), u"--child-missing"_s, settingsPath});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForFinished(90000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(out + err));
        QVERIFY2(out.contains(u"choice typed-for-session Offline"_s), qPrintable(out));
        const QString question = out.section(u"question "_s, 1).section(u'\n', 0, 0);
        QVERIFY2(question.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(question));
        QVERIFY2(question.contains(u"this session only"_s), qPrintable(question));
        // The keychain branch (missing, locked, refusing) offers Retry as well.
        QVERIFY2(question.contains(u"Retry"_s), qPrintable(question));
        qInfo().noquote() << "child:" << out.trimmed();
        QVERIFY2(out.contains(u"password "_s) && out.contains(u"Offline"_s), qPrintable(out));
        QVERIFY(!err.contains(u"typed-for-session"_s));
        // Nothing written in place of the keychain.
        QDirIterator it(childHome, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
        QFile ini(settingsPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("typed-for-session"));
    }

    void cleanupTestCase()
    {
        for (const QString &name : m_store->list()) {
            removeNow(m_secrets, name, zc::SecretKind::ClientSecret);
            removeNow(m_secrets, name, zc::SecretKind::PrivateKey);
        }
    }
};

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--child-missing") == 0)
            return runMissingChild(1, argv, QString::fromLocal8Bit(argv[i + 1]));
    }
    zc::test::ensureKeychainSession(argv);
    QApplication app(argc, argv);
    TestProfileDialogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profiledialogs.moc"
