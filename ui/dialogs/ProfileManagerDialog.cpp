// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileManagerDialog.h"

#include "dialogs/DialogSeams.h"
#include "dialogs/FieldError.h"
#include "dialogs/KeyDialog.h"
#include "dialogs/ProfileEditorDialog.h"
#include "dialogs/TestConnectionDialog.h"
#include "profiles/ProfileRepository.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "widgets/NamedControl.h"
#include "widgets/Tone.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr int kDemoRole = Qt::UserRole + 1;

QString cloudLabel(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Production:
        return QCoreApplication::translate("zc::ProfileManagerDialog", "production");
    case Cloud::Beta:
        return QCoreApplication::translate("zc::ProfileManagerDialog", "beta");
    case Cloud::Gov:
        return QCoreApplication::translate("zc::ProfileManagerDialog", "government");
    case Cloud::GovUs:
        return QCoreApplication::translate("zc::ProfileManagerDialog", "government US");
    case Cloud::Custom:
        return QCoreApplication::translate("zc::ProfileManagerDialog", "custom URLs");
    }
    return {};
}

} // namespace

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, SecretStore *secrets,
                                           QWidget *parent)
    : QDialog(parent)
    , m_profiles(new ProfileRepository(store, secrets, this))
    , m_store(store)
{
    setObjectName(u"ProfileManagerDialog"_s);
    setWindowTitle(tr("Sign in — ZConsole"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_list = new QListWidget(this);
    namedControl(m_list, u"profileList"_s, tr("Profiles"));
    m_list->setMinimumWidth(280);
    m_list->setMinimumHeight(220);

    auto button = [this](const QString &text, const QString &objectName) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        return b;
    };
    m_add = button(tr("&Add…"), u"addButton"_s);
    m_edit = button(tr("&Edit…"), u"editButton"_s);
    m_duplicate = button(tr("D&uplicate…"), u"duplicateButton"_s);
    m_delete = button(tr("&Delete"), u"deleteButton"_s);
    m_test = button(tr("&Test connection"), u"testButton"_s);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_duplicate);
    side->addWidget(m_delete);
    side->addSpacing(16);
    side->addWidget(m_test);
    side->addStretch();

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    m_details = new QLabel(this);
    m_details->setObjectName(u"detailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 2);

    m_busy = dialogs::makeBusyIndicator(u"busyIndicator"_s, this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &ProfileManagerDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_details);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfileManagerDialog::testConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        updateDetails();
    });
    connect(m_list, &QListWidget::itemActivated, this, &ProfileManagerDialog::signIn);

    reload();
    const QString last = m_store->lastProfile();
    if (!last.isEmpty())
        selectProfile(last);
    resize(560, 420);
}

ProfileManagerDialog::~ProfileManagerDialog()
{
    m_choice.credentials.wipe();
    for (Credentials &credentials : m_sessionSecrets)
        credentials.wipe();
}

ProfileManagerDialog::Choice ProfileManagerDialog::choice() const
{
    return m_choice;
}

void ProfileManagerDialog::setOffersDemo(bool offers)
{
    if (m_offersDemo == offers)
        return;
    m_offersDemo = offers;
    reload();
}

void ProfileManagerDialog::reload()
{
    m_intro->setText(m_offersDemo ? tr("Choose a tenant profile to sign in, or open the demo "
                                       "tenant to try ZConsole without a Zscaler tenant.")
                                  : tr("Choose a tenant profile to sign in."));
    const QString selected = selectedName();
    const bool demo = isDemoSelected() || m_list->count() == 0;
    m_list->clear();
    if (m_offersDemo) {
        auto *demoItem = new QListWidgetItem(tr("Demo tenant"), m_list);
        demoItem->setData(kDemoRole, true);
        demoItem->setToolTip(tr("A simulated tenant on this computer: every view works, no "
                                "network or Zscaler account needed."));
        QFont italic = demoItem->font();
        italic.setItalic(true);
        demoItem->setFont(italic);
    }
    const QStringList names = m_store->list();
    for (const QString &name : names)
        new QListWidgetItem(name, m_list);
    if (!demo && names.contains(selected))
        selectProfile(selected);
    else
        m_list->setCurrentRow(0);
    updateButtons();
    updateDetails();
}

void ProfileManagerDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (!item->data(kDemoRole).toBool() && item->text() == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString ProfileManagerDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(kDemoRole).toBool())
        return {};
    return item->text();
}

bool ProfileManagerDialog::isDemoSelected() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(kDemoRole).toBool();
}

QString ProfileManagerDialog::statusText() const
{
    return m_status->text();
}

void ProfileManagerDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool profile = !selectedName().isEmpty();
    m_add->setEnabled(!busy);
    m_edit->setEnabled(!busy && profile);
    m_duplicate->setEnabled(!busy && profile);
    m_delete->setEnabled(!busy && profile);
    m_test->setEnabled(!busy && profile);
    m_signIn->setEnabled(!busy && (profile || isDemoSelected()));
}

void ProfileManagerDialog::updateDetails()
{
    if (isDemoSelected()) {
        m_details->setText(tr("Starts a simulated tenant on this computer and signs in to it. "
                              "Works without network access."));
        return;
    }
    const QString name = selectedName();
    const std::optional<Profile> profile = name.isEmpty() ? std::nullopt : m_store->load(name);
    if (!profile) {
        m_details->clear();
        return;
    }
    const ConnectionSettings &s = profile->settings;
    const QString tenant = s.cloud == Cloud::Custom ? s.tokenUrl().host() : s.vanityDomain;
    const QString method =
        s.authMethod == AuthMethod::PrivateKey ? tr("private key") : tr("client secret");
    m_details->setText(tr("Tenant %1 (%2 cloud) · client %3 · %4")
                           .arg(tenant, cloudLabel(s.cloud), s.clientId, method));
}

void ProfileManagerDialog::setBusy(bool busy, const QString &what)
{
    m_busyCount += busy ? 1 : -1;
    const bool on = m_busyCount > 0;
    m_busy->setVisible(on);
    if (busy)
        setStatus(what, false);
    m_list->setEnabled(!on);
    updateButtons();
    Q_EMIT busyChanged(on);
}

void ProfileManagerDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? toneTextStyle(Tone::Error, surroundingPalette(m_status))
                                  : QString());
}

// Profiles -----------------------------------------------------------------------------------

void ProfileManagerDialog::openEditor(ProfileEditorDialog *editor)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &ProfileEditorDialog::saved, this, [this](const QString &name) {
        // A profile saved anew: a secret typed for this session under that name is stale.
        if (m_sessionSecrets.contains(name))
            m_sessionSecrets[name].wipe();
        m_sessionSecrets.remove(name);
        reload();
        selectProfile(name);
        setStatus(tr("Profile “%1” saved.").arg(name), false);
    });
    editor->open();
}

void ProfileManagerDialog::addProfile()
{
    if (m_editor || isBusy())
        return;
    openEditor(new ProfileEditorDialog(m_store, m_profiles->secrets(), this));
}

void ProfileManagerDialog::editProfile()
{
    openStoredInEditor(ProfileEditorDialog::Mode::Edit);
}

void ProfileManagerDialog::duplicateProfile()
{
    openStoredInEditor(ProfileEditorDialog::Mode::Duplicate);
}

void ProfileManagerDialog::openStoredInEditor(ProfileEditorDialog::Mode mode)
{
    const QString name = selectedName();
    if (name.isEmpty() || m_editor || isBusy())
        return;
    const std::optional<Profile> profile = m_store->load(name);
    if (!profile)
        return reload();
    auto *editor = new ProfileEditorDialog(m_store, m_profiles->secrets(), this);
    editor->setProfile(*profile, mode);
    if (mode == ProfileEditorDialog::Mode::Edit) {
        // A rename moves the session-only secret along with the keychain entries.
        connect(editor, &ProfileEditorDialog::saved, this, [this, name](const QString &newName) {
            if (newName != name && m_sessionSecrets.contains(name))
                m_sessionSecrets.take(name).wipe();
        });
    }
    openEditor(editor);
}

void ProfileManagerDialog::deleteProfile()
{
    const QString name = selectedName();
    if (name.isEmpty() || isBusy())
        return;
    const auto answer = DialogSeams::instance()->question(
        this, tr("Delete profile"),
        tr("Delete the profile “%1”?\n\nIts settings and its secret in the system keychain are "
           "removed. This cannot be undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;

    setBusy(true, tr("Removing “%1” from the keychain…").arg(name));
    m_profiles->remove(name, this, [this, name](const ProfileResult &result) {
        setBusy(false);
        if (!result.ok()) {
            // Nothing was removed: the settings and the keychain entries are as they were.
            const QString text =
                tr("The profile “%1” was not deleted: %2").arg(name, result.message);
            setStatus(text, true);
            DialogSeams::instance()->warning(this, tr("Delete profile"), text);
            return;
        }
        if (m_sessionSecrets.contains(name))
            m_sessionSecrets.take(name).wipe();
        reload();
        setStatus(tr("Profile “%1” deleted.").arg(name), false);
    });
}

// Secrets ------------------------------------------------------------------------------------

void ProfileManagerDialog::obtainCredentials(const Profile &profile,
                                             const CredentialsCallback &callback)
{
    if (m_sessionSecrets.contains(profile.name)) {
        callback(m_sessionSecrets.value(profile.name));
        return;
    }
    setBusy(true, tr("Reading the secret of “%1” from the keychain…").arg(profile.name));
    m_profiles->readCredentials(
        profile, this,
        [this, profile, callback](Credentials credentials, const ProfileResult &result) {
            setBusy(false);
            if (result.ok()) {
                setStatus({}, false);
                callback(credentials);
                credentials.wipe();
                return;
            }
            setStatus(result.message, true);
            if (result.error == ProfileResult::Error::KeyUnusable ||
                result.keychainError == SecretStore::Error::NotFound) {
                askSessionSecret(profile, result.message, callback);
                return;
            }
            // Missing, locked or refused (the store has already tried once more).
            const auto answer = DialogSeams::instance()->question(
                this, tr("Keychain"),
                tr("%1\n\nTry the keychain again (Retry), or type the secret for this "
                   "session only (Yes)? A typed secret is kept in memory and never written "
                   "to disk.")
                    .arg(result.message),
                QMessageBox::Retry | QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Retry);
            if (answer == QMessageBox::Retry)
                obtainCredentials(profile, callback);
            else if (answer == QMessageBox::Yes)
                askSessionSecret(profile, {}, callback);
        });
}

void ProfileManagerDialog::askSessionSecret(const Profile &profile, const QString &why,
                                            const CredentialsCallback &callback)
{
    const bool key = profile.settings.authMethod == AuthMethod::PrivateKey;
    if (!why.isEmpty()) {
        const auto answer = DialogSeams::instance()->question(
            this, tr("Keychain"),
            tr("%1\n\nUse a secret for this session only? It is kept in memory and never "
               "written to disk.")
                .arg(why),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    Credentials credentials;
    if (key) {
        const QString path = DialogSeams::instance()->getOpenFileName(
            this, tr("Private key of “%1” for this session").arg(profile.name), {},
            tr("PEM keys (*.pem *.key);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        QString warning;
        credentials.privateKey = KeyDialog::loadKeyFile(this, path, &error, &warning);
        if (credentials.privateKey.isNull()) {
            setStatus(error, true);
            DialogSeams::instance()->warning(this, tr("Private key"), error);
            return;
        }
        if (!warning.isEmpty())
            DialogSeams::instance()->warning(this, tr("Private key"), warning);
    } else {
        bool ok = false;
        QString typed = DialogSeams::instance()->getPassword(
            this, tr("Secret for this session"),
            tr("Client secret of “%1” (kept in memory for this session only):").arg(profile.name),
            &ok);
        if (!ok || typed.isEmpty()) {
            secureWipe(typed);
            return;
        }
        credentials.clientSecret = typed.toUtf8();
        secureWipe(typed);
    }
    m_sessionSecrets.insert(profile.name, credentials);
    setStatus(tr("Using a secret typed for this session only."), false);
    callback(credentials);
    credentials.wipe();
}

void ProfileManagerDialog::testConnection()
{
    const QString name = selectedName();
    if (name.isEmpty() || isBusy() || m_testDialog)
        return;
    const std::optional<Profile> profile = m_store->load(name);
    if (!profile)
        return reload();
    obtainCredentials(*profile, [this, profile](Credentials credentials) {
        auto *dialog = new TestConnectionDialog(profile->settings, credentials, this);
        credentials.wipe();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_testDialog = dialog;
        dialog->open();
    });
}

void ProfileManagerDialog::signIn()
{
    if (isBusy())
        return;
    if (isDemoSelected()) {
        m_choice.credentials.wipe();
        m_choice = Choice();
        m_choice.demo = true;
        accept();
        return;
    }
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const std::optional<Profile> profile = m_store->load(name);
    if (!profile)
        return reload();
    obtainCredentials(*profile, [this, profile](Credentials credentials) {
        m_choice.credentials.wipe();
        m_choice = Choice();
        m_choice.profile = *profile;
        m_choice.credentials = credentials;
        m_store->setLastProfile(profile->name);
        accept();
    });
}

} // namespace zc
