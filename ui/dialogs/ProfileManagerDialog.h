// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/Credentials.h"
#include "dialogs/ProfileEditorDialog.h"
#include "dialogs/TestConnectionDialog.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace zc {

class ProfileRepository;
class ProfileStore;
class SecretStore;

// The profile manager, also the sign-in dialog at start: "Demo tenant" first (unless the
// application has no demo), then the stored profiles; add, edit, duplicate, delete, test connection
// and sign in. Signing in reads the profile's secret from the keychain (asynchronously); when the
// keychain is missing, locked or refuses, the user may type the secret for this session only (kept
// in memory, never written anywhere).
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileManagerDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    struct Choice
    {
        bool demo = false;       // the "Demo tenant" entry was chosen
        Profile profile;         // otherwise: the chosen profile...
        Credentials credentials; // ...and its secret, read from the keychain (or typed for this
                                 // session only)
    };
    Choice choice() const; // valid after accept()
    // Whether the list starts with the "Demo tenant" entry (it does unless told otherwise).
    void setOffersDemo(bool offers);
    void selectProfile(const QString &name);

    // The selected profile's name; empty for the demo tenant or no selection.
    QString selectedName() const;
    bool isDemoSelected() const;
    // Re-reads the list from the store, keeping the selection when it still exists.
    void reload();
    bool isBusy() const { return m_busyCount > 0; }
    // The sentence of the status line (keychain progress and errors).
    QString statusText() const;

    // The actions behind the buttons.
    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void testConnection();
    void signIn();

    // Dialogs opened from here and still open (for tests and the main window).
    ProfileEditorDialog *editor() const { return m_editor; }
    TestConnectionDialog *testDialog() const { return m_testDialog; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    using CredentialsCallback = std::function<void(zc::Credentials credentials)>;

    void updateButtons();
    void updateDetails();
    void setBusy(bool busy, const QString &what = {});
    void setStatus(const QString &text, bool error);
    void openEditor(ProfileEditorDialog *editor);
    void openStoredInEditor(ProfileEditorDialog::Mode mode);
    // The secret of a profile: from this session's memory, else the keychain; on failure the
    // user may retry or type it for this session. The callback runs only on success.
    void obtainCredentials(const Profile &profile, const CredentialsCallback &callback);
    void askSessionSecret(const Profile &profile, const QString &why,
                          const CredentialsCallback &callback);

    ProfileRepository *m_profiles;
    ProfileStore *m_store;
    Choice m_choice;
    int m_busyCount = 0;
    QMap<QString, Credentials> m_sessionSecrets; // typed for this session only; wiped on exit
    QPointer<ProfileEditorDialog> m_editor;
    QPointer<TestConnectionDialog> m_testDialog;

    bool m_offersDemo = true;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_details;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_test;
    QPushButton *m_signIn;
    QProgressBar *m_busy;
    QLabel *m_status;
};

} // namespace zc
