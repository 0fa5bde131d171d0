// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The proxy controls of the profile editor, end to end: a profile saved with a manual proxy
// keeps the user in the settings file and the password in the real keychain (renamed,
// duplicated and deleted with the profile); a GUI session signs in through a real loopback
// proxy (TestProxy) with the right password, and a wrong or missing one ends in a sign-in
// failure that names the proxy, never in a prompt loop.
#include "KeychainSession.h"
#include "ScriptedDialogSeams.h"
#include "Session.h"
#include "SimFixture.h"
#include "TestProxy.h"
#include "dialogs/ProfileEditorDialog.h"
#include "profiles/ProfileRepository.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Error = zc::SecretStore::Error;
using State = zc::Session::State;

namespace {
const QString kProfile = u"Behind proxy"_s;
const QString kUser = u"proxy-bob"_s;
const QString kPassword = u"pr0xy p@ss"_s;

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

void type(QObject *parent, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestProxySettingsBox : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<zc::ProfileStore> m_store;
    zc::SecretStore m_secrets;
    std::unique_ptr<zc::ProfileRepository> m_profiles;
    zc::test::SimFixture m_sim{httpsOptions()};
    zc::test::TestProxy m_proxy;

    static zc::sim::SimOptions httpsOptions()
    {
        zc::sim::SimOptions options;
        options.https = true;
        return options;
    }

    QString proxyLabel() const { return u"127.0.0.1:"_s + QString::number(m_proxy.port()); }

    std::pair<QByteArray, Error> readSecret(const QString &profile, zc::SecretKind kind)
    {
        std::optional<std::pair<QByteArray, Error>> result;
        m_secrets.read(profile, kind, this, [&](QByteArray secret, Error error, const QString &) {
            result = {secret, error};
        });
        static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        return result.value_or(std::pair{QByteArray(), Error::Failed});
    }

    // Opens the editor on the stored profile (or a new one), lets `fill` act on it, saves.
    bool edit(const std::function<void(zc::ProfileEditorDialog &)> &fill,
              zc::ProfileEditorDialog::Mode mode = zc::ProfileEditorDialog::Mode::Edit)
    {
        zc::ScriptedDialogSeams seams;
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        if (const auto stored = m_store->load(kProfile); stored)
            editor.setProfile(*stored, mode);
        editor.show();
        fill(editor);
        QTest::mouseClick(child<QPushButton>(&editor, u"saveButton"_s), Qt::LeftButton);
        return QTest::qWaitFor([&] { return editor.result() == QDialog::Accepted; }, 20000);
    }

    // Signs in as the GUI does: the profile and its secrets from the repository, then a
    // session; the state it ends in.
    State signIn(zc::Session &session, const QString &name = kProfile)
    {
        const std::optional<zc::Profile> profile = m_store->load(name);
        if (!profile)
            return State::SignedOut;
        std::optional<zc::Credentials> credentials;
        m_profiles->readCredentials(*profile, this,
                                    [&](zc::Credentials read, const zc::ProfileResult &result) {
                                        if (result.ok())
                                            credentials = std::move(read);
                                    });
        if (!QTest::qWaitFor([&] { return credentials.has_value(); }, 20000))
            return State::SignedOut;
        session.start(name, profile->settings, *credentials);
        credentials->wipe();
        static_cast<void>(
            QTest::qWaitFor([&] { return session.state() != State::SigningIn; }, 30000));
        return session.state();
    }

    void verifyRefused(zc::Session &session, const QString &expected)
    {
        QCOMPARE(signIn(session), State::SignInFailed);
        const zc::ApiError error = session.signInError();
        QCOMPARE(error.kind, zc::ApiError::Kind::ProxyAuthentication);
        const QString message = error.message();
        QVERIFY2(message.contains(proxyLabel()), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(u"ZIdentity"_s), qPrintable(message)); // not reached
        QVERIFY(!message.contains(kPassword));
        QVERIFY2(m_proxy.refused() >= 1 && m_proxy.refused() <= 3,
                 qPrintable(QString::number(m_proxy.refused())));
        QCOMPARE(m_proxy.tunnels(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<zc::ProfileStore>(m_settings.get());
        m_profiles = std::make_unique<zc::ProfileRepository>(m_store.get(), &m_secrets);
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        QVERIFY2(m_proxy.start(&error), qPrintable(error));
        m_proxy.requireCredentials(kUser, kPassword);
    }

    void init() { m_proxy.resetCounts(); }

    void manualProxyNeedsAHost()
    {
        zc::ProfileEditorDialog editor(m_store.get(), &m_secrets);
        editor.show();
        auto *mode = child<QComboBox>(&editor, u"proxyModeCombo"_s);
        QVERIFY(mode);
        QVERIFY(!child<QLineEdit>(&editor, u"proxyHostEdit"_s)->isVisible());
        mode->setCurrentIndex(2); // manual
        QVERIFY(child<QLineEdit>(&editor, u"proxyHostEdit"_s)->isVisible());
        // No user: no password to ask for.
        QVERIFY(!child<QLineEdit>(&editor, u"proxyPasswordEdit"_s)->isVisible());
        type(&editor, u"proxyUserEdit"_s, kUser);
        QVERIFY(child<QLineEdit>(&editor, u"proxyPasswordEdit"_s)->isVisible());
        QVERIFY(!editor.validateAll());
        QVERIFY2(editor.fieldError(u"proxy"_s).contains(u"host"_s),
                 qPrintable(editor.fieldError(u"proxy"_s)));
        type(&editor, u"proxyHostEdit"_s, u"proxy.example.com"_s);
        editor.validateAll();
        QCOMPARE(editor.fieldError(u"proxy"_s), QString());
    }

    // Saved through the editor; the GUI session signs in through the proxy.
    void rightPassword()
    {
        const zc::ConnectionSettings sim = m_sim.settings();
        QVERIFY(edit([&](zc::ProfileEditorDialog &editor) {
            type(&editor, u"nameEdit"_s, kProfile);
            child<QComboBox>(&editor, u"cloudCombo"_s)->setCurrentIndex(4); // custom
            type(&editor, u"tokenUrlEdit"_s, sim.tokenUrlOverride.toString());
            type(&editor, u"apiUrlEdit"_s, sim.apiUrlOverride.toString());
            type(&editor, u"clientIdEdit"_s, sim.clientId);
            type(&editor, u"secretEdit"_s, QString::fromLatin1(m_sim.clientSecret()));
            type(&editor, u"caFileEdit"_s, sim.caFile);
            child<QComboBox>(&editor, u"proxyModeCombo"_s)->setCurrentIndex(2);
            type(&editor, u"proxyHostEdit"_s, m_proxy.host());
            child<QSpinBox>(&editor, u"proxyPortSpin"_s)->setValue(m_proxy.port());
            type(&editor, u"proxyUserEdit"_s, kUser);
            type(&editor, u"proxyPasswordEdit"_s, kPassword);
        }));
        const auto stored = m_store->load(kProfile);
        QVERIFY(stored);
        QCOMPARE(stored->settings.proxy.mode, zc::ProxySettings::Mode::Manual);
        QCOMPARE(stored->settings.proxy.server(),
                 (zc::ProxyServer{m_proxy.host(), m_proxy.port(), kUser}));
        const auto [password, error] = readSecret(kProfile, zc::SecretKind::ProxyPassword);
        QCOMPARE(error, Error::None);
        QCOMPARE(password, kPassword.toUtf8());
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(kPassword.toUtf8()));

        zc::Session session;
        QCOMPARE(signIn(session), State::SignedIn);
        QVERIFY(m_proxy.tunnels() >= 1);
        QVERIFY(m_proxy.withCredentials() >= 1);
    }

    // Editing without typing a password keeps the stored one.
    void editKeepsThePassword()
    {
        QVERIFY(edit([](zc::ProfileEditorDialog &editor) {
            QVERIFY(child<QLineEdit>(&editor, u"proxyPasswordEdit"_s)->text().isEmpty());
            type(&editor, u"zpaCustomerIdEdit"_s, u"216196257331281920"_s);
        }));
        QCOMPARE(readSecret(kProfile, zc::SecretKind::ProxyPassword).first, kPassword.toUtf8());
        zc::Session session;
        QCOMPARE(signIn(session), State::SignedIn);
    }

    void wrongPassword()
    {
        QVERIFY(edit([](zc::ProfileEditorDialog &editor) {
            type(&editor, u"proxyPasswordEdit"_s, u"not-it"_s);
        }));
        zc::Session session;
        verifyRefused(session, u"refused"_s);
    }

    // No user: the keychain entry goes, and the proxy's 407 ends the sign-in.
    void missingPassword()
    {
        QVERIFY(edit(
            [](zc::ProfileEditorDialog &editor) { type(&editor, u"proxyUserEdit"_s, QString()); }));
        QCOMPARE(readSecret(kProfile, zc::SecretKind::ProxyPassword).second, Error::NotFound);
        zc::Session session;
        verifyRefused(session, u"none are set"_s);
    }

    // The password follows the profile: duplicated, renamed and deleted with it.
    void followsTheProfile()
    {
        QVERIFY(edit([](zc::ProfileEditorDialog &editor) {
            type(&editor, u"proxyUserEdit"_s, kUser);
            type(&editor, u"proxyPasswordEdit"_s, kPassword);
        }));
        const QString copy = kProfile + u" (copy)"_s;
        QVERIFY(edit([](zc::ProfileEditorDialog &) {}, zc::ProfileEditorDialog::Mode::Duplicate));
        QCOMPARE(readSecret(copy, zc::SecretKind::ProxyPassword).first, kPassword.toUtf8());
        zc::Session session;
        QCOMPARE(signIn(session, copy), State::SignedIn);

        const QString renamed = u"Renamed copy"_s;
        bool done = false;
        m_profiles->rename(copy, renamed, this, [&](const zc::ProfileResult &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(readSecret(copy, zc::SecretKind::ProxyPassword).second, Error::NotFound);
        QCOMPARE(readSecret(renamed, zc::SecretKind::ProxyPassword).first, kPassword.toUtf8());

        for (const QString &name : {renamed, kProfile}) {
            done = false;
            m_profiles->remove(name, this, [&](const zc::ProfileResult &) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QCOMPARE(readSecret(name, zc::SecretKind::ProxyPassword).second, Error::NotFound);
        }
    }
};

int main(int argc, char **argv)
{
    zc::test::ensureKeychainSession(argv);
    QApplication app(argc, argv);
    TestProxySettingsBox test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_proxysettingsbox.moc"
