// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileEditorDialog.h"

#include "auth/Credentials.h"
#include "dialogs/DialogSeams.h"
#include "dialogs/FieldError.h"
#include "dialogs/KeyDialog.h"
#include "dialogs/TestConnectionDialog.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

const QStringList kFields = {u"name"_s,        u"tokenUrl"_s, u"apiUrl"_s, u"vanity"_s,
                             u"clientId"_s,    u"secret"_s,   u"key"_s,    u"zpaCustomerId"_s,
                             u"microtenant"_s, u"caFile"_s,   u"form"_s};

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QUrl urlFromField(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

// Settings that pass validation; one field at a time is replaced by the form's value so
// that ConnectionSettings::validationError() speaks about that field only.
ConnectionSettings validBaseline()
{
    ConnectionSettings s;
    s.cloud = Cloud::Production;
    s.vanityDomain = u"acme"_s;
    s.clientId = u"client"_s;
    return s;
}

ConnectionSettings customBaseline()
{
    ConnectionSettings s = validBaseline();
    s.cloud = Cloud::Custom;
    s.tokenUrlOverride = QUrl(u"https://acme.zslogin.net/oauth2/v1/token"_s);
    s.apiUrlOverride = QUrl(u"https://api.zsapi.net"_s);
    return s;
}

SecretKind kindOf(AuthMethod method)
{
    return method == AuthMethod::PrivateKey ? SecretKind::PrivateKey : SecretKind::ClientSecret;
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
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

    // One label column across the three groups.
    int labelWidth = 0;
    QList<QWidget *> labels;
    for (QFormLayout *form : {m_tenantForm, m_signInForm, optionsForm}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        for (int r = 0; r < form->rowCount(); ++r) {
            if (QLayoutItem *item = form->itemAt(r, QFormLayout::LabelRole);
                item && item->widget()) {
                labels.append(item->widget());
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(labelWidth);

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
    QString name = profile.name;
    if (mode == Mode::Duplicate) {
        name = tr("%1 (copy)").arg(profile.name);
        for (int n = 2; m_store->contains(name); ++n)
            name = tr("%1 (copy %2)").arg(profile.name).arg(n);
    }
    m_name->setText(name);
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
    m_secrets->read(m_originalName, SecretKind::PrivateKey, this,
                    [this](QByteArray pem, SecretStore::Error error, const QString &message) {
                        setBusy(false);
                        if (error == SecretStore::Error::None) {
                            KeyError keyError = KeyError::None;
                            const PrivateKey key = PrivateKey::fromPem(pem, {}, &keyError);
                            if (m_key.isNull() && !key.isNull())
                                m_key = key;
                            else if (key.isNull())
                                errorLabel(u"key"_s)->setText(keyErrorMessage(keyError));
                        } else if (error == SecretStore::Error::NotFound) {
                            m_storedMissing = true;
                        } else {
                            m_keyInfo->setToolTip(message);
                        }
                        secureWipe(pem);
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

QString ProfileEditorDialog::computeError(const QString &field) const
{
    const ConnectionSettings form = formSettings();
    const bool custom = form.cloud == Cloud::Custom;
    if (field == "name"_L1) {
        const QString name = m_name->text();
        const QString error = profileNameError(name);
        if (!error.isEmpty())
            return error;
        const bool same = m_mode == Mode::Edit && name == m_originalName;
        if (!same) {
            const QStringList names = m_store->list();
            for (const QString &existing : names) {
                if (existing.compare(name, Qt::CaseInsensitive) == 0 &&
                    !(m_mode == Mode::Edit && existing == m_originalName))
                    return tr("A profile named “%1” already exists.").arg(existing);
            }
        }
        return {};
    }
    if (field == "clientId"_L1) {
        ConnectionSettings s = validBaseline();
        s.clientId = form.clientId;
        return s.validationError();
    }
    if (field == "vanity"_L1) {
        if (custom)
            return {};
        ConnectionSettings s = validBaseline();
        s.cloud = form.cloud;
        s.vanityDomain = form.vanityDomain;
        return s.validationError();
    }
    if (field == "tokenUrl"_L1 || field == "apiUrl"_L1) {
        if (!custom)
            return {};
        ConnectionSettings s = customBaseline();
        if (field == "tokenUrl"_L1)
            s.tokenUrlOverride = form.tokenUrlOverride;
        else
            s.apiUrlOverride = form.apiUrlOverride;
        return s.validationError();
    }
    if (field == "secret"_L1) {
        if (currentMethod() != AuthMethod::ClientSecret || hasStoredSecret())
            return {};
        return m_secret->text().isEmpty() ? tr("Enter the client secret.") : QString();
    }
    if (field == "key"_L1) {
        if (currentMethod() != AuthMethod::PrivateKey || hasStoredSecret() || !m_key.isNull())
            return {};
        return tr("Import a private key or generate a new pair.");
    }
    if (field == "zpaCustomerId"_L1) {
        if (form.zpaCustomerId.isEmpty() || allDigits(form.zpaCustomerId))
            return {};
        return tr("The ZPA customer ID is a number, such as 216196257331281920.");
    }
    if (field == "microtenant"_L1) {
        if (form.zpaMicrotenantId.isEmpty() || allDigits(form.zpaMicrotenantId))
            return {};
        return tr("The microtenant ID is a number (0 for Default); leave it empty for all "
                  "microtenants.");
    }
    if (field == "caFile"_L1) {
        if (form.caFile.isEmpty())
            return {};
        const QFileInfo info(form.caFile);
        if (!info.isFile() || !info.isReadable())
            return tr("The CA file cannot be read.");
        if (QSslCertificate::fromPath(form.caFile, QSsl::Pem).isEmpty())
            return tr("The CA file holds no PEM certificate.");
        return {};
    }
    if (field == "form"_L1)
        return form.validationError();
    return {};
}

void ProfileEditorDialog::updateValidation()
{
    bool anyField = false;
    for (const QString &field : kFields) {
        if (field == "form"_L1)
            continue;
        const QString error = computeError(field);
        const bool shown = m_showAll || m_touched.contains(field);
        dialogs::setErrorText(errorLabel(field), shown ? error : QString());
        anyField = anyField || !error.isEmpty();
    }
    // A problem no single field explains (rare: the per-field checks cover the settings).
    dialogs::setErrorText(m_formError,
                          m_showAll && !anyField ? computeError(u"form"_s) : QString());
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
    for (const QString &field : kFields) {
        if (!computeError(field).isEmpty())
            return false;
    }
    return true;
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
    m_secrets->read(m_originalName, kindOf(method), this,
                    [this, method, callback](QByteArray secret, SecretStore::Error error,
                                             const QString &message) {
                        setBusy(false);
                        Credentials c;
                        if (error != SecretStore::Error::None) {
                            dialogs::setErrorText(m_formError, message);
                            callback(false, {});
                            return;
                        }
                        if (method == AuthMethod::PrivateKey) {
                            KeyError keyError = KeyError::None;
                            c.privateKey = PrivateKey::fromPem(secret, {}, &keyError);
                            secureWipe(secret);
                            if (c.privateKey.isNull()) {
                                dialogs::setErrorText(m_formError, keyErrorMessage(keyError));
                                callback(false, {});
                                return;
                            }
                        } else {
                            c.clientSecret = secret;
                            secureWipe(secret);
                        }
                        callback(true, c);
                        c.wipe();
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
        auto *dialog = new TestConnectionDialog(settings, credentials, this);
        credentials.wipe();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_testDialog = dialog;
        dialog->open();
    });
}

// Saving -------------------------------------------------------------------------------------

void ProfileEditorDialog::save()
{
    if (isBusy())
        return;
    if (!validateAll()) {
        for (const QString &field : kFields) {
            if (!computeError(field).isEmpty()) {
                if (QLabel *label = m_errors.value(field); label && label->parentWidget())
                    label->parentWidget()->setFocus();
                break;
            }
        }
        return;
    }
    m_saving = profile();
    setBusy(true, tr("Saving…"));
    if (m_mode == Mode::Edit && m_saving.name != m_originalName)
        saveRenameSecrets(0);
    else
        saveWriteSecret();
}

void ProfileEditorDialog::saveRenameSecrets(int index)
{
    if (index > 1) {
        saveWriteSecret();
        return;
    }
    const SecretKind kind = index == 0 ? SecretKind::ClientSecret : SecretKind::PrivateKey;
    m_secrets->rename(m_originalName, m_saving.name, kind, this,
                      [this, index](SecretStore::Error error, const QString &message) {
                          if (error != SecretStore::Error::None &&
                              error != SecretStore::Error::NotFound) {
                              failSave(message);
                              return;
                          }
                          saveRenameSecrets(index + 1);
                      });
}

void ProfileEditorDialog::saveWriteSecret()
{
    const AuthMethod method = m_saving.settings.authMethod;
    QByteArray secret;
    if (method == AuthMethod::ClientSecret && !m_secret->text().isEmpty())
        secret = m_secret->text().toUtf8();
    else if (method == AuthMethod::PrivateKey && m_keyIsNew && !m_key.isNull())
        secret = m_key.toPem();

    if (secret.isEmpty()) {
        if (m_mode == Mode::Duplicate && hasStoredSecret())
            copySecretForDuplicate();
        else
            saveRemoveOtherSecret();
        return;
    }
    m_secrets->write(m_saving.name, kindOf(method), secret, this,
                     [this](SecretStore::Error error, const QString &message) {
                         if (error == SecretStore::Error::None) {
                             saveRemoveOtherSecret();
                             return;
                         }
                         failSave(message);
                     });
    secureWipe(secret);
}

void ProfileEditorDialog::copySecretForDuplicate()
{
    const SecretKind kind = kindOf(m_saving.settings.authMethod);
    m_secrets->read(
        m_originalName, kind, this,
        [this, kind](QByteArray secret, SecretStore::Error error, const QString &message) {
            if (error != SecretStore::Error::None) {
                secureWipe(secret);
                failSave(message);
                return;
            }
            m_secrets->write(m_saving.name, kind, secret, this,
                             [this](SecretStore::Error writeError, const QString &writeMessage) {
                                 if (writeError != SecretStore::Error::None)
                                     failSave(writeMessage);
                                 else
                                     saveRemoveOtherSecret();
                             });
            secureWipe(secret);
        });
}

void ProfileEditorDialog::saveRemoveOtherSecret()
{
    // Switching the method leaves the other secret unused: remove it.
    if (m_mode != Mode::Edit || m_originalMethod == m_saving.settings.authMethod) {
        saveSettings();
        return;
    }
    const SecretKind other = kindOf(m_originalMethod);
    m_secrets->remove(m_saving.name, other, this,
                      [this](SecretStore::Error, const QString &) { saveSettings(); });
}

void ProfileEditorDialog::saveSettings()
{
    QString error;
    if (m_mode == Mode::Edit && m_saving.name != m_originalName &&
        !m_store->rename(m_originalName, m_saving.name, &error)) {
        failSave(error);
        return;
    }
    if (!m_store->save(m_saving, &error)) {
        failSave(error);
        return;
    }
    setBusy(false);
    m_secret->clear();
    Q_EMIT saved(m_saving.name);
    accept();
}

void ProfileEditorDialog::failSave(const QString &message)
{
    setBusy(false);
    dialogs::setErrorText(m_formError, tr("The profile was not saved: %1").arg(message));
    DialogSeams::instance()->warning(this, tr("Save profile"),
                                     tr("The profile was not saved.\n\n%1").arg(message));
}

} // namespace zc
