// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/PrivateKey.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QThread;

namespace zc {

// Imports a private key from a PEM file (validated: type, size, usable for signing) or
// generates a new pair, then shows the public key as PEM and as a JWKS document, ready to be
// registered in ZIdentity. Message and file dialogs go through DialogSeams.
class KeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyDialog(QWidget *parent = nullptr);
    ~KeyDialog() override;

    // Shows an existing key (its public half); the dialog can replace it.
    void setKey(const PrivateKey &key);
    // The key shown (null when none).
    PrivateKey key() const { return m_key; }

    // Asks for a file through DialogSeams, then importFile().
    void importFromFile();
    // Loads and validates a PEM key file; asks for a passphrase (DialogSeams::getPassword)
    // when it is encrypted. False with the reason shown in the dialog.
    bool importFile(const QString &path);
    // Starts generating a key off the UI thread: KeyType::Rsa with 2048, 3072 or 4096 bits,
    // or KeyType::EcP256. keyChanged() follows when done.
    void generate(zc::KeyType type, int bits = 0);
    bool isBusy() const;

    // The sentence under the import/generate row: the last error, empty when none.
    QString errorText() const;
    QString publicKeyPemText() const;
    QString jwksText() const;

    // Copies the shown public key (PEM or JWKS, whichever tab is current) to the clipboard.
    void copyCurrent();
    // Asks for a file name through DialogSeams and writes the PEM or JWKS there.
    void saveCurrent();

    // The JWKS document for a key: {"keys":[publicJwk()]}, indented.
    static QByteArray jwksDocument(const PrivateKey &key);
    // "RSA 2048 bits · key ID abc…" for people.
    static QString describeKey(const PrivateKey &key);
    // Loads and validates a PEM private key file (KeyFileContent::read(); passphrase through
    // DialogSeams when it is encrypted). A null key with *error set to a sentence on failure;
    // *warning (when given) a sentence when others can read the file, else empty.
    static PrivateKey loadKeyFile(QWidget *parent, const QString &path, QString *error,
                                  QString *warning = nullptr);
    // The warning under the import row (a key file others can read), empty when none.
    QString warningText() const;
    // Signs and verifies a test message: false when the key cannot sign.
    static bool canSign(const PrivateKey &key);

Q_SIGNALS:
    void keyChanged();

private:
    void onGenerateClicked();
    void showKey();
    void showError(const QString &text);
    void setBusy(bool busy);

    PrivateKey m_key;
    QPointer<QThread> m_thread;
    QPushButton *m_importButton;
    QComboBox *m_generateCombo;
    QPushButton *m_generateButton;
    QProgressBar *m_busy;
    QLabel *m_infoLabel;
    QLabel *m_errorLabel;
    QLabel *m_warningLabel;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_pemView;
    QPlainTextEdit *m_jwksView;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_okButton;
};

} // namespace zc
