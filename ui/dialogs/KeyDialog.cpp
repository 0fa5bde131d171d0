// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeyDialog.h"

#include "auth/Credentials.h"
#include "auth/KeyFile.h"
#include "auth/PublicKey.h"
#include "dialogs/DialogSeams.h"
#include "dialogs/FieldError.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace zc {

KeyDialog::KeyDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Private key"));
    setObjectName(u"KeyDialog"_s);

    auto *sourceBox = new QGroupBox(tr("Key pair"), this);
    m_importButton = new QPushButton(tr("Import from file…"), sourceBox);
    m_importButton->setObjectName(u"importButton"_s);
    m_generateCombo = new QComboBox(sourceBox);
    m_generateCombo->setObjectName(u"generateCombo"_s);
    m_generateCombo->addItem(tr("RSA 2048 bits"), 2048);
    m_generateCombo->addItem(tr("RSA 3072 bits"), 3072);
    m_generateCombo->addItem(tr("RSA 4096 bits"), 4096);
    m_generateCombo->addItem(tr("EC P-256"), 256);
    m_generateButton = new QPushButton(tr("Generate"), sourceBox);
    m_generateButton->setObjectName(u"generateButton"_s);
    m_busy = dialogs::makeBusyIndicator(u"busyIndicator"_s, sourceBox);

    auto *row = new QHBoxLayout;
    row->addWidget(m_importButton);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("or generate a new pair:"), sourceBox));
    row->addWidget(m_generateCombo);
    row->addWidget(m_generateButton);
    row->addWidget(m_busy);
    row->addStretch();

    m_infoLabel = new QLabel(tr("No key yet."), sourceBox);
    m_infoLabel->setObjectName(u"keyInfoLabel"_s);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel = dialogs::makeErrorLabel(u"keyError"_s, sourceBox);
    m_warningLabel = new QLabel(sourceBox);
    m_warningLabel->setObjectName(u"keyWarning"_s);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->hide();

    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addLayout(row);
    sourceLayout->addWidget(m_infoLabel);
    sourceLayout->addWidget(m_errorLabel);
    sourceLayout->addWidget(m_warningLabel);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"publicKeyTabs"_s);
    const auto textView = [this, &mono](const QString &name) {
        auto *view = new QPlainTextEdit(m_tabs);
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setMinimumHeight(200);
        return view;
    };
    m_pemView = textView(u"publicKeyPem"_s);
    m_jwksView = textView(u"jwks"_s);
    // The JWK modulus is one long line: wrap it rather than hide it.
    m_jwksView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_jwksView->setWordWrapMode(QTextOption::WrapAnywhere);
    m_tabs->addTab(m_pemView, tr("Public key (PEM)"));
    m_tabs->addTab(m_jwksView, tr("JWKS"));
    m_tabs->setAccessibleName(tr("Public key formats"));
    m_pemView->setAccessibleName(tr("Public key (PEM)"));
    m_jwksView->setAccessibleName(tr("Public key as JWKS"));

    m_copyButton = new QPushButton(tr("Copy"), this);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_saveButton = new QPushButton(tr("Save…"), this);
    m_saveButton->setObjectName(u"saveButton"_s);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_copyButton);
    exportRow->addWidget(m_saveButton);
    exportRow->addStretch();

    auto *note = new QLabel(
        tr("Register the public key in ZIdentity: in the admin portal open Integration › API "
           "Clients, edit this client, choose private key JWT authentication and upload the "
           "PEM file, or paste the JWKS document. The private key itself never leaves this "
           "computer: it is kept in the system keychain, unencrypted there even when the "
           "imported file had a passphrase, so the keychain's own lock (your login) is what "
           "protects it; the passphrase is not stored."),
        this);
    note->setObjectName(u"registrationNote"_s);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Use this key"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sourceBox);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(exportRow);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_importButton, &QPushButton::clicked, this, &KeyDialog::importFromFile);
    connect(m_generateButton, &QPushButton::clicked, this, &KeyDialog::onGenerateClicked);
    connect(m_copyButton, &QPushButton::clicked, this, &KeyDialog::copyCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &KeyDialog::saveCurrent);

    resize(640, 560);
    showKey();
}

KeyDialog::~KeyDialog()
{
    // A generation under way finishes (at most a few seconds) before its dialog goes.
    if (m_thread)
        m_thread->wait();
}

void KeyDialog::setKey(const PrivateKey &key)
{
    m_key = key;
    dialogs::setErrorText(m_errorLabel, {});
    showKey();
}

bool KeyDialog::isBusy() const
{
    return !m_thread.isNull();
}

QString KeyDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

QString KeyDialog::warningText() const
{
    return m_warningLabel->isHidden() ? QString() : m_warningLabel->text();
}

QString KeyDialog::publicKeyPemText() const
{
    return m_pemView->toPlainText();
}

QString KeyDialog::jwksText() const
{
    return m_jwksView->toPlainText();
}

void KeyDialog::importFromFile()
{
    const QString path = DialogSeams::instance()->getOpenFileName(
        this, tr("Import a private key"), {}, tr("PEM keys (*.pem *.key);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool KeyDialog::importFile(const QString &path)
{
    QString error;
    QString warning;
    const PrivateKey key = loadKeyFile(this, path, &error, &warning);
    m_warningLabel->setText(warning);
    m_warningLabel->setVisible(!warning.isEmpty());
    if (key.isNull()) {
        showError(error);
        return false;
    }
    setKey(key);
    Q_EMIT keyChanged();
    return true;
}

PrivateKey KeyDialog::loadKeyFile(QWidget *parent, const QString &path, QString *errorText,
                                  QString *warning)
{
    auto fail = [errorText](const QString &text) {
        if (errorText)
            *errorText = text;
        return PrivateKey();
    };
    KeyFileContent file = KeyFileContent::read(path);
    if (file.error != KeyError::None)
        return fail(keyErrorMessage(file.error));
    if (warning)
        *warning = file.readableByOthers ? KeyFileContent::readableByOthersWarning() : QString();
    QByteArray &pem = file.pem;

    KeyError error = KeyError::None;
    PrivateKey key = PrivateKey::fromPem(pem, {}, &error);
    // An encrypted key: ask for its passphrase, three attempts at most.
    for (int attempt = 0; attempt < 3 && (error == KeyError::PassphraseRequired ||
                                          error == KeyError::WrongPassphrase);
         ++attempt) {
        const QString name = QFileInfo(path).fileName();
        const QString label =
            error == KeyError::WrongPassphrase
                ? tr("The passphrase does not open the key in %1. Try again:").arg(name)
                : tr("The key in %1 is encrypted. Enter its passphrase:").arg(name);
        bool ok = false;
        QString typed =
            DialogSeams::instance()->getPassword(parent, tr("Encrypted private key"), label, &ok);
        if (!ok) {
            secureWipe(typed);
            break;
        }
        QByteArray passphrase = typed.toUtf8();
        secureWipe(typed);
        key = PrivateKey::fromPem(pem, passphrase, &error);
        secureWipe(passphrase);
    }
    secureWipe(pem);

    if (error != KeyError::None || key.isNull())
        return fail(keyErrorMessage(error == KeyError::None ? KeyError::NotPem : error));
    if (!canSign(key))
        return fail(tr("This key cannot sign: a test signature did not verify."));
    return key;
}

void KeyDialog::onGenerateClicked()
{
    const int bits = m_generateCombo->currentData().toInt();
    if (bits == 256)
        generate(KeyType::EcP256);
    else
        generate(KeyType::Rsa, bits);
}

void KeyDialog::generate(KeyType type, int bits)
{
    if (isBusy())
        return;
    m_warningLabel->hide(); // about an imported file, not this key
    auto result = std::make_shared<PrivateKey>();
    QThread *thread = QThread::create([result, type, bits] {
        *result =
            type == KeyType::EcP256 ? PrivateKey::generateEcP256() : PrivateKey::generateRsa(bits);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result] {
        m_thread = nullptr;
        setBusy(false);
        if (result->isNull() || !canSign(*result)) {
            showError(tr("The key could not be generated."));
            return;
        }
        setKey(*result);
        Q_EMIT keyChanged();
    });
    setBusy(true);
    m_infoLabel->setText(tr("Generating the key pair…"));
    thread->start();
}

void KeyDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_importButton->setEnabled(!busy);
    m_generateButton->setEnabled(!busy);
    m_generateCombo->setEnabled(!busy);
    m_okButton->setEnabled(!busy && !m_key.isNull());
}

void KeyDialog::showError(const QString &text)
{
    dialogs::setErrorText(m_errorLabel, text);
    showKey();
}

void KeyDialog::showKey()
{
    const bool has = !m_key.isNull();
    m_infoLabel->setText(has ? describeKey(m_key) : tr("No key yet."));
    m_pemView->setPlainText(has ? QString::fromLatin1(m_key.publicKeyPem()) : QString());
    m_jwksView->setPlainText(has ? QString::fromUtf8(jwksDocument(m_key)) : QString());
    m_copyButton->setEnabled(has);
    m_saveButton->setEnabled(has);
    m_okButton->setEnabled(has && !isBusy());
}

void KeyDialog::copyCurrent()
{
    if (m_key.isNull())
        return;
    QApplication::clipboard()->setText(m_tabs->currentWidget() == m_jwksView ? jwksText()
                                                                             : publicKeyPemText());
}

void KeyDialog::saveCurrent()
{
    if (m_key.isNull())
        return;
    const bool jwks = m_tabs->currentWidget() == m_jwksView;
    const QString path = DialogSeams::instance()->getSaveFileName(
        this, jwks ? tr("Save the JWKS document") : tr("Save the public key"),
        jwks ? u"jwks.json"_s : u"public-key.pem"_s,
        jwks ? tr("JSON files (*.json);;All files (*)") : tr("PEM files (*.pem);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = jwks ? jwksDocument(m_key) : m_key.publicKeyPem();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        DialogSeams::instance()->warning(
            this, tr("Save"), tr("Could not write %1: %2").arg(path, file.errorString()));
    }
}

QByteArray KeyDialog::jwksDocument(const PrivateKey &key)
{
    QJsonObject root;
    root.insert(u"keys"_s, QJsonArray{key.publicJwk()});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString KeyDialog::describeKey(const PrivateKey &key)
{
    if (key.isNull())
        return tr("No key.");
    const QString kind = key.type() == KeyType::EcP256 ? tr("EC P-256 (ES256)")
                                                       : tr("RSA %1 bits (RS256)").arg(key.bits());
    return tr("%1 · key ID %2").arg(kind, key.keyId());
}

bool KeyDialog::canSign(const PrivateKey &key)
{
    if (key.isNull())
        return false;
    const QByteArray message = "zconsole key check";
    const QByteArray signature = key.sign(message);
    return !signature.isEmpty() &&
           PublicKey::fromPrivateKey(key).verify(message, signature, key.algorithm());
}

} // namespace zc
