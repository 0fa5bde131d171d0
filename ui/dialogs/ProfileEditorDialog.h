// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/PrivateKey.h"
#include "dialogs/KeyDialog.h"
#include "dialogs/TestConnectionDialog.h"
#include "profiles/Profile.h"
#include "profiles/ProfileFormCheck.h"
#include "profiles/SecretStore.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QStringList>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace zc {

class ProfileRepository;
class ProfileStore;
class ProxySettingsBox;

struct Credentials;

// Adds, edits or duplicates one profile through ProfileRepository: the settings, and the client
// secret or the private key PEM (and the password of a manual proxy, ProxySettingsBox) in the
// system keychain, in one operation that completes or changes nothing. A stored secret is never
// shown again, only "stored in the keychain" and a Replace… action. Every field has its own red
// sentence under it (ProfileFormCheck), updated as you type.
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,
        Edit,
        Duplicate
    };
    Q_ENUM(Mode)

    // A form for a new profile.
    ProfileEditorDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    // Fills the form from a stored profile. Edit: saving replaces it (renaming moves its
    // keychain entries). Duplicate: saving stores a copy under a new name, with a copy of the
    // stored secret unless a new one is given.
    void setProfile(const Profile &profile, Mode mode);
    Mode mode() const { return m_mode; }

    // The profile as the form describes it now.
    Profile profile() const;

    // The red sentence under each field ("" when none or hidden). Field names: "name",
    // "tokenUrl", "apiUrl", "vanity", "clientId", "secret", "key", "zpaCustomerId",
    // "microtenant", "caFile", "proxy", "form" (a problem of the settings as a whole).
    QString fieldError(const QString &field) const;
    // Shows every field's message, not only those of fields already edited; true when the
    // form can be saved.
    bool validateAll();

    // Saves asynchronously (keychain first, then settings); accept() when done. A keychain
    // failure is shown and the dialog stays open.
    void save();
    bool isBusy() const { return m_busyCount > 0; }

    // The key shown in the private-key section (a new one or the stored one once read).
    PrivateKey key() const { return m_key; }
    // Sub-dialogs currently open (for tests and the main window).
    KeyDialog *keyDialog() const { return m_keyDialog; }
    TestConnectionDialog *testDialog() const { return m_testDialog; }

    // Opens the key dialog (import: the file prompt follows at once).
    void openKeyDialog(bool import);
    // Starts "Test connection" with the form's settings and its secret (typed, or read from
    // the keychain).
    void testConnection();

Q_SIGNALS:
    void saved(const QString &name);
    void busyChanged(bool busy);

private:
    using CredentialsCallback = std::function<void(bool ok, zc::Credentials credentials)>;

    void buildUi();
    void updateVisibility();
    void updateValidation();
    void markTouched(const QString &field);
    void setBusy(bool busy, const QString &what = {});
    void updateSecretState();
    bool hasStoredSecret() const;
    AuthMethod currentMethod() const;
    QLabel *errorLabel(const QString &field);
    QWidget *withError(QWidget *field, const QString &key);
    void readStoredKey();
    void credentialsForTest(const CredentialsCallback &callback);
    ConnectionSettings formSettings() const;
    ProfileDraft draft() const;
    void failSave(const QString &message);

    ProfileRepository *m_profiles;
    Mode m_mode = Mode::Add;
    QString m_originalName;
    ConnectionSettings m_base;    // fields the form does not show keep their values
    bool m_storedMissing = false; // the keychain has no secret for the original profile
    bool m_replacingSecret = false;
    AuthMethod m_originalMethod = AuthMethod::ClientSecret;
    PrivateKey m_key;
    bool m_keyIsNew = false;
    bool m_showAll = false;
    QStringList m_touched;
    int m_busyCount = 0;
    QPointer<KeyDialog> m_keyDialog;
    QPointer<TestConnectionDialog> m_testDialog;

    QLineEdit *m_name;
    QComboBox *m_cloud;
    QFormLayout *m_tenantForm;
    QFormLayout *m_signInForm;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_apiUrl;
    QLineEdit *m_vanity;
    QLineEdit *m_clientId;
    QComboBox *m_method;
    QWidget *m_secretRow;
    QLineEdit *m_secret;
    QLabel *m_secretStatus;
    QPushButton *m_replaceSecret;
    QWidget *m_keyRow;
    QLabel *m_keyInfo;
    QPushButton *m_importKey;
    QPushButton *m_generateKey;
    QLineEdit *m_zpaCustomerId;
    QLineEdit *m_microtenant;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    ProxySettingsBox *m_proxy;
    QLabel *m_formError;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QMap<QString, QLabel *> m_errors;
};

} // namespace zc
