// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileEditorDialog.h"

#include "auth/Credentials.h"
#include "dialogs/DialogSeams.h"
#include "dialogs/FieldError.h"
#include "dialogs/KeyDialog.h"
#include "dialogs/ProxySettingsBox.h"
#include "dialogs/TestConnectionDialog.h"
#include "profiles/ProfileFormCheck.h"
#include "profiles/ProfileRepository.h"
#include "widgets/FormLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QUrl urlFromField(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(new ProfileRepository(store, secrets, this))
{
    setObjectName(u"ProfileEditorDialog"_s);
    setWindowTitle(tr("New profile"));
    buildUi();
    updateVisibility();
    updateValidation();
}

ProfileEditorDialog::~ProfileEditorDialog()
{
    m_secret->setText(QString(m_secret->text().size(), u'\0'));
    m_secret->clear();
}

QLabel *ProfileEditorDialog::errorLabel(const QString &field)
{
    QLabel *label = m_errors.value(field);
    if (!label) {
        label = dialogs::makeErrorLabel(field + u"Error"_s, this);
        m_errors.insert(field, label);
    }
    return label;
}

QWidget *ProfileEditorDialog::withError(QWidget *field, const QString &key)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(errorLabel(key));
    return box;
}

void ProfileEditorDialog::buildUi()
{
    auto lineEdit = [this](const QString &objectName, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        return edit;
    };

    // Profile and tenant.
    m_name = lineEdit(u"nameEdit"_s, tr("e.g. Production tenant"));
    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(u"cloudCombo"_s);
    m_cloud->addItem(tr("Production (zslogin.net)"), QVariant::fromValue(Cloud::Production));
    m_cloud->addItem(tr("Beta (zsloginbeta.net)"), QVariant::fromValue(Cloud::Beta));
    m_cloud->addItem(tr("Government (zsloginzgov.net)"), QVariant::fromValue(Cloud::Gov));
    m_cloud->addItem(tr("Government US (zsloginzgovus.net)"), QVariant::fromValue(Cloud::GovUs));
    m_cloud->addItem(tr("Custom URLs"), QVariant::fromValue(Cloud::Custom));
    m_tokenUrl = lineEdit(u"tokenUrlEdit"_s, tr("https://acme.example.net/oauth2/v1/token"));
    m_apiUrl = lineEdit(u"apiUrlEdit"_s, tr("https://api.example.net"));
    m_vanity = lineEdit(u"vanityEdit"_s, tr("e.g. acme (from acme.zslogin.net)"));
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_cloud->currentData().value<Cloud>() == Cloud::Custom;
        m_vanity->setPlaceholderText(custom ? tr("Optional with custom URLs")
                                            : tr("e.g. acme (from acme.zslogin.net)"));
    });

    auto *tenantBox = new QGroupBox(tr("Tenant"), this);
    m_tenantForm = new QFormLayout(tenantBox);
    m_tenantForm->addRow(tr("Profile &name:"), withError(m_name, u"name"_s));
    m_tenantForm->addRow(tr("C&loud:"), m_cloud);
    m_tenantForm->addRow(tr("&Token URL:"), withError(m_tokenUrl, u"tokenUrl"_s));
    m_tenantForm->addRow(tr("&API URL:"), withError(m_apiUrl, u"apiUrl"_s));
    m_tenantForm->addRow(tr("&Vanity domain:"), withError(m_vanity, u"vanity"_s));

    // Sign-in.
    m_clientId = lineEdit(u"clientIdEdit"_s, tr("From ZIdentity › Integration › API Clients"));
    m_method = new QComboBox(this);
    m_method->setObjectName(u"methodCombo"_s);
    m_method->addItem(tr("Client secret"), QVariant::fromValue(AuthMethod::ClientSecret));
    m_method->addItem(tr("Private key (signed JWT)"), QVariant::fromValue(AuthMethod::PrivateKey));

    m_secret = lineEdit(u"secretEdit"_s, tr("The client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretStatus = new QLabel(tr("●●●●●●●● Stored in the keychain."), this);
    m_secretStatus->setObjectName(u"secretStatusLabel"_s);
    m_replaceSecret = new QPushButton(tr("Replace…"), this);
    m_replaceSecret->setObjectName(u"replaceSecretButton"_s);
    m_secretRow = new QWidget(this);
    {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_secret, 1);
        row->addWidget(m_secretStatus, 1);
        row->addWidget(m_replaceSecret);
        auto *column = new QVBoxLayout(m_secretRow);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addLayout(row);
        column->addWidget(errorLabel(u"secret"_s));
    }

    m_keyInfo = new QLabel(this);
    m_keyInfo->setObjectName(u"keyInfoLabel"_s);
    m_keyInfo->setWordWrap(true);
    m_keyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importKey = new QPushButton(tr("Import…"), this);
    m_importKey->setObjectName(u"importKeyButton"_s);
    m_generateKey = new QPushButton(tr("Generate…"), this);
    m_generateKey->setObjectName(u"generateKeyButton"_s);
    m_keyRow = new QWidget(this);
    {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_importKey);
        row->addWidget(m_generateKey);
        row->addStretch();
        auto *column = new QVBoxLayout(m_keyRow);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(4);
        column->addWidget(m_keyInfo);
        column->addLayout(row);
        column->addWidget(errorLabel(u"key"_s));
    }

    auto *signInBox = new QGroupBox(tr("Sign-in (ZIdentity API client)"), this);
    m_signInForm = new QFormLayout(signInBox);
    m_signInForm->addRow(tr("&Client ID:"), withError(m_clientId, u"clientId"_s));
    m_signInForm->addRow(tr("&Method:"), m_method);
    m_signInForm->addRow(tr("&Secret:"), m_secretRow);
    m_signInForm->addRow(tr("Private &key:"), m_keyRow);

    // Options.
    m_zpaCustomerId =
        lineEdit(u"zpaCustomerIdEdit"_s, tr("Needed for ZPA, e.g. 216196257331281920"));
    m_microtenant = lineEdit(u"microtenantEdit"_s, tr("Empty: all microtenants; 0: Default"));
    m_caFile = lineEdit(u"caFileEdit"_s, tr("Optional: extra PEM trust anchors"));
    m_browseCa = new QPushButton(tr("Browse…"), this);
    m_browseCa->setObjectName(u"browseCaButton"_s);
    auto *caRow = new QWidget(this);
    {
        auto *row = new QHBoxLayout(caRow);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_caFile, 1);
        row->addWidget(m_browseCa);
    }
    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *optionsForm = new QFormLayout(optionsBox);
    optionsForm->addRow(tr("ZPA c&ustomer ID:"), withError(m_zpaCustomerId, u"zpaCustomerId"_s));
    optionsForm->addRow(tr("Default micro&tenant:"), withError(m_microtenant, u"microtenant"_s));
    optionsForm->addRow(tr("CA &file:"), withError(caRow, u"caFile"_s));

    for (QFormLayout *form : {m_tenantForm, m_signInForm, optionsForm}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    // One label column across the three groups; each label names and focuses its field.
    linkFormLabels({m_tenantForm, m_signInForm, optionsForm});
    m_proxy = new ProxySettingsBox(errorLabel(u"proxy"_s), this);
    connect(m_proxy, &ProxySettingsBox::edited, this, [this] { markTouched(u"proxy"_s); });

    m_formError = errorLabel(u"form"_s);
    m_busy = dialogs::makeBusyIndicator(u"busyIndicator"_s, this);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_testButton = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(u"testButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);

    auto *status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_busyLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tenantBox);
    layout->addWidget(signInBox);
    layout->addWidget(optionsBox);
    layout->addWidget(m_proxy);
    layout->addWidget(m_formError);
    layout->addLayout(status);
    layout->addStretch();
    layout->addWidget(buttons);

    // Validation as you type.
    const QList<std::pair<QLineEdit *, QString>> edits = {{m_name, u"name"_s},
                                                          {m_tokenUrl, u"tokenUrl"_s},
                                                          {m_apiUrl, u"apiUrl"_s},
                                                          {m_vanity, u"vanity"_s},
                                                          {m_clientId, u"clientId"_s},
                                                          {m_secret, u"secret"_s},
                                                          {m_zpaCustomerId, u"zpaCustomerId"_s},
                                                          {m_microtenant, u"microtenant"_s},
                                                          {m_caFile, u"caFile"_s}};
    for (const auto &[edit, field] : edits) {
        const QString key = field;
        connect(edit, &QLineEdit::textEdited, this, [this, key] { markTouched(key); });
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::updateValidation);
    }
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        updateValidation();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        updateValidation();
    });
    connect(m_replaceSecret, &QPushButton::clicked, this, [this] {
        m_replacingSecret = true;
        updateSecretState();
        m_secret->setFocus();
    });
    connect(m_importKey, &QPushButton::clicked, this, [this] { openKeyDialog(true); });
    connect(m_generateKey, &QPushButton::clicked, this, [this] { openKeyDialog(false); });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString path = DialogSeams::instance()->getOpenFileName(
            this, tr("CA certificates"), m_caFile->text(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty()) {
            m_caFile->setText(path);
            markTouched(u"caFile"_s);
        }
    });

    setMinimumWidth(620);
}

AuthMethod ProfileEditorDialog::currentMethod() const
{
    return m_method->currentData().value<AuthMethod>();
}

bool ProfileEditorDialog::hasStoredSecret() const
{
    return m_mode != Mode::Add && !m_storedMissing && m_originalMethod == currentMethod();
}

void ProfileEditorDialog::setProfile(const Profile &profile, Mode mode)
{
    m_mode = mode;
    m_originalName = profile.name;
    m_base = profile.settings;
    m_originalMethod = profile.settings.authMethod;
    m_storedMissing = false;
    m_replacingSecret = false;
    m_key = PrivateKey();
    m_keyIsNew = false;
    m_touched.clear();
    m_showAll = false;

    const ConnectionSettings &s = profile.settings;
    m_name->setText(mode == Mode::Duplicate ? m_profiles->copyName(profile.name) : profile.name);
    m_cloud->setCurrentIndex(m_cloud->findData(QVariant::fromValue(s.cloud)));
    m_tokenUrl->setText(s.tokenUrlOverride.toString());
    m_apiUrl->setText(s.apiUrlOverride.toString());
    m_vanity->setText(s.vanityDomain);
    m_clientId->setText(s.clientId);
    m_method->setCurrentIndex(m_method->findData(QVariant::fromValue(s.authMethod)));
    m_secret->clear();
    m_zpaCustomerId->setText(s.zpaCustomerId);
    m_microtenant->setText(s.zpaMicrotenantId);
    m_caFile->setText(s.caFile);
    m_proxy->setProxy(s.proxy, mode != Mode::Add && usesProxyPassword(s));

    setWindowTitle(mode == Mode::Edit        ? tr("Edit profile “%1”").arg(profile.name)
                   : mode == Mode::Duplicate ? tr("Duplicate profile “%1”").arg(profile.name)
                                             : tr("New profile"));
    updateVisibility();
    updateValidation();
    if (mode != Mode::Add && s.authMethod == AuthMethod::PrivateKey)
        readStoredKey();
}

void ProfileEditorDialog::readStoredKey()
{
    setBusy(true, tr("Reading the key from the keychain…"));
    Profile stored{m_originalName, m_base};
    stored.settings.authMethod = AuthMethod::PrivateKey;
    m_profiles->readCredentials(
        stored, this, [this](Credentials credentials, const ProfileResult &result) {
            setBusy(false);
            if (result.ok() && m_key.isNull())
                m_key = credentials.privateKey;
            else if (result.error == ProfileResult::Error::KeyUnusable)
                errorLabel(u"key"_s)->setText(keyErrorMessage(result.keyError));
            else if (result.keychainError == SecretStore::Error::NotFound)
                m_storedMissing = true;
            else if (!result.ok())
                m_keyInfo->setToolTip(result.message);
            credentials.wipe();
            updateVisibility();
            updateValidation();
        });
}

Profile ProfileEditorDialog::profile() const
{
    return {m_name->text(), formSettings()};
}

ConnectionSettings ProfileEditorDialog::formSettings() const
{
    ConnectionSettings s = m_base;
    s.cloud = m_cloud->currentData().value<Cloud>();
    s.vanityDomain = m_vanity->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.authMethod = currentMethod();
    s.zpaCustomerId = m_zpaCustomerId->text().trimmed();
    s.zpaMicrotenantId = m_microtenant->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.proxy = m_proxy->proxy();
    // Overrides win over the cloud's URLs: they belong to the custom cloud only.
    const bool custom = s.cloud == Cloud::Custom;
    s.tokenUrlOverride = custom ? urlFromField(m_tokenUrl) : QUrl();
    s.apiUrlOverride = custom ? urlFromField(m_apiUrl) : QUrl();
    return s;
}

void ProfileEditorDialog::updateVisibility()
{
    const bool custom = m_cloud->currentData().value<Cloud>() == Cloud::Custom;
    m_tenantForm->setRowVisible(m_tokenUrl->parentWidget(), custom);
    m_tenantForm->setRowVisible(m_apiUrl->parentWidget(), custom);
    const bool key = currentMethod() == AuthMethod::PrivateKey;
    m_signInForm->setRowVisible(m_secretRow, !key);
    m_signInForm->setRowVisible(m_keyRow, key);
    updateSecretState();
}

void ProfileEditorDialog::updateSecretState()
{
    const bool stored = hasStoredSecret();
    const bool editing = !stored || m_replacingSecret;
    m_secret->setVisible(editing);
    m_secretStatus->setVisible(!editing);
    m_replaceSecret->setVisible(!editing);
    if (m_mode == Mode::Duplicate)
        m_secretStatus->setText(
            tr("●●●●●●●● Copied from the keychain entry of “%1”.").arg(m_originalName));
    else
        m_secretStatus->setText(tr("●●●●●●●● Stored in the keychain."));
    m_secret->setPlaceholderText(stored ? tr("New client secret (empty: keep the stored one)")
                                        : tr("The client secret"));

    QString info;
    if (!m_key.isNull()) {
        info = KeyDialog::describeKey(m_key);
        info += u'\n';
        info += m_keyIsNew ? tr("New: stored in the keychain when you save.")
                           : tr("Stored in the keychain.");
    } else if (hasStoredSecret()) {
        info = tr("Stored in the keychain.");
    } else {
        info = tr("No key yet: import one or generate a new pair.");
    }
    m_keyInfo->setText(info);
    m_generateKey->setText(m_key.isNull() ? tr("Generate…") : tr("Show / replace…"));
}

void ProfileEditorDialog::markTouched(const QString &field)
{
    if (!m_touched.contains(field))
        m_touched.append(field);
    updateValidation();
}

ProfileDraft ProfileEditorDialog::draft() const
{
    ProfileDraft draft;
    draft.profile = profile();
    draft.currentName = m_mode == Mode::Edit ? m_originalName : QString();
    draft.secretGiven =
        currentMethod() == AuthMethod::PrivateKey ? !m_key.isNull() : !m_secret->text().isEmpty();
    draft.secretStored = hasStoredSecret();
    return draft;
}

void ProfileEditorDialog::updateValidation()
{
    bool anyField = false;
    const ProfileDraft current = draft();
    const QStringList fields = ProfileFormCheck::fields();
    for (const QString &field : fields) {
        if (field == "form"_L1)
            continue;
        const QString error = ProfileFormCheck::error(field, current, *m_profiles);
        const bool shown = m_showAll || m_touched.contains(field);
        dialogs::setErrorText(errorLabel(field), shown ? error : QString());
        anyField = anyField || !error.isEmpty();
    }
    // A problem no single field explains (rare: the per-field checks cover the settings).
    dialogs::setErrorText(m_formError, m_showAll && !anyField ? ProfileFormCheck::error(
                                                                    u"form"_s, current, *m_profiles)
                                                              : QString());
}

QString ProfileEditorDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool ProfileEditorDialog::validateAll()
{
    m_showAll = true;
    updateValidation();
    return ProfileFormCheck::firstError(draft(), *m_profiles).isEmpty();
}

void ProfileEditorDialog::setBusy(bool busy, const QString &what)
{
    m_busyCount += busy ? 1 : -1;
    const bool on = m_busyCount > 0;
    m_busy->setVisible(on);
    if (busy)
        m_busyLabel->setText(what);
    m_busyLabel->setVisible(on);
    m_saveButton->setEnabled(!on);
    m_testButton->setEnabled(!on);
    Q_EMIT busyChanged(on);
}

void ProfileEditorDialog::openKeyDialog(bool import)
{
    if (m_keyDialog)
        return;
    auto *dialog = new KeyDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog = dialog;
    if (!m_key.isNull())
        dialog->setKey(m_key);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->key().isNull())
            return;
        m_key = dialog->key();
        m_keyIsNew = true;
        markTouched(u"key"_s);
        updateSecretState();
    });
    dialog->open();
    if (import)
        dialog->importFromFile();
}

void ProfileEditorDialog::credentialsForTest(const CredentialsCallback &callback)
{
    Credentials credentials;
    const AuthMethod method = currentMethod();
    if (method == AuthMethod::ClientSecret && !m_secret->text().isEmpty()) {
        credentials.clientSecret = m_secret->text().toUtf8();
        callback(true, credentials);
        credentials.wipe();
        return;
    }
    if (method == AuthMethod::PrivateKey && !m_key.isNull()) {
        credentials.privateKey = m_key;
        callback(true, credentials);
        return;
    }
    if (!hasStoredSecret()) {
        validateAll();
        callback(false, {});
        return;
    }
    setBusy(true, tr("Reading the secret from the keychain…"));
    Profile stored{m_originalName, m_base};
    stored.settings.authMethod = method;
    m_profiles->readCredentials(
        stored, this, [this, callback](Credentials read, const ProfileResult &result) {
            setBusy(false);
            if (!result.ok()) {
                dialogs::setErrorText(m_formError, result.error == ProfileResult::Error::KeyUnusable
                                                       ? keyErrorMessage(result.keyError)
                                                       : result.message);
                callback(false, {});
                return;
            }
            callback(true, read);
            read.wipe();
        });
}

void ProfileEditorDialog::testConnection()
{
    if (isBusy() || m_testDialog)
        return;
    const ConnectionSettings settings = formSettings();
    credentialsForTest([this, settings](bool ok, Credentials credentials) {
        if (!ok)
            return;
        if (const QByteArray typed = m_proxy->password(); !typed.isEmpty())
            credentials.proxyPassword = typed;
        auto *dialog = new TestConnectionDialog(settings, credentials, this);
        credentials.wipe();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_testDialog = dialog;
        dialog->open();
    });
}

void ProfileEditorDialog::save()
{
    if (isBusy())
        return;
    if (!validateAll()) {
        const QString field = ProfileFormCheck::firstError(draft(), *m_profiles);
        if (QLabel *label = m_errors.value(field); label && label->parentWidget())
            label->parentWidget()->setFocus();
        return;
    }
    ProfileRepository::Change change;
    change.kind = m_mode == Mode::Edit        ? ProfileRepository::Change::Kind::Edit
                  : m_mode == Mode::Duplicate ? ProfileRepository::Change::Kind::Duplicate
                                              : ProfileRepository::Change::Kind::Add;
    change.original = m_originalName;
    change.profile = profile();
    const AuthMethod method = change.profile.settings.authMethod;
    if (method == AuthMethod::ClientSecret && !m_secret->text().isEmpty())
        change.secret = m_secret->text().toUtf8();
    else if (method == AuthMethod::PrivateKey && m_keyIsNew && !m_key.isNull())
        change.secret = m_key.toPem();
    change.proxyPassword = m_proxy->password();
    setBusy(true, tr("Saving…"));
    m_profiles->save(change, this, [this, name = change.profile.name](const ProfileResult &result) {
        setBusy(false);
        if (!result.ok())
            return failSave(result.message);
        if (!result.warning.isEmpty())
            DialogSeams::instance()->warning(this, tr("Save profile"), result.warning);
        m_secret->clear();
        Q_EMIT saved(name);
        accept();
    });
    secureWipe(change.secret);
    secureWipe(change.proxyPassword);
}

void ProfileEditorDialog::failSave(const QString &message)
{
    setBusy(false);
    dialogs::setErrorText(m_formError, tr("The profile was not saved: %1").arg(message));
    DialogSeams::instance()->warning(this, tr("Save profile"),
                                     tr("The profile was not saved.\n\n%1").arg(message));
}

} // namespace zc
