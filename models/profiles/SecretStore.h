// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace zc {

// Which secret of a profile: a client secret, a private key (PEM bytes), or the password of
// its manual proxy.
enum class SecretKind
{
    ClientSecret,
    PrivateKey,
    ProxyPassword
};

// The secret half of stored profiles, in the system keychain (Secret Service on Linux,
// through QtKeychain). Service "ZConsole", key "<profile>/client-secret",
// "<profile>/private-key" or "<profile>/proxy-password". There is no plaintext fallback: without a
// keychain, operations fail with KeychainMissing. Secrets are never logged; copies this class holds
// are wiped (zc::secureWipe) when an operation ends, and a secret handed to a read callback belongs
// to the callee, which should wipe it when done.
//
// Every operation is asynchronous and calls back exactly once, later, as long as `context`
// (when given) is still alive. When the keychain does not answer (the Secret Service is
// still starting, or absent), an operation is tried once more after retryDelayMs().
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        KeychainMissing, // no Secret Service on the session bus (or no session bus at all)
        AccessDenied,    // the keychain is locked, or the user or system refused access
        NotFound,        // nothing stored under that key
        Failed,          // anything else the keychain reported
    };
    Q_ENUM(Error)

    using ReadCallback = std::function<void(QByteArray secret, zc::SecretStore::Error error,
                                            const QString &message)>;
    using Callback = std::function<void(zc::SecretStore::Error error, const QString &message)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString keyFor(const QString &profile, SecretKind kind);

    // "ZConsole" unless changed (tests may use their own service name).
    QString serviceName() const { return m_service; }
    void setServiceName(const QString &service) { m_service = service; }
    // Delay of the one retry when the keychain is not (yet) there; 2000 ms by default.
    int retryDelayMs() const { return m_retryDelayMs; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    // How long one attempt may take before it fails (a locked keychain can wait for a
    // password prompt that nobody sees); 30000 ms by default.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void read(const QString &profile, SecretKind kind, QObject *context, ReadCallback callback);
    void write(const QString &profile, SecretKind kind, const QByteArray &secret, QObject *context,
               Callback callback);
    // Deleting a secret that is not there counts as success.
    void remove(const QString &profile, SecretKind kind, QObject *context, Callback callback);
    // A translated sentence for people. `detail` (the keychain's own text) is appended to
    // Failed and KeychainMissing.
    static QString errorMessage(Error error, const QString &profile = {},
                                const QString &detail = {});

private:
    enum class OperationType
    {
        Read,
        Write,
        Delete
    };
    struct Operation;
    std::shared_ptr<Operation> operation(OperationType type, const QString &profile,
                                         SecretKind kind, QObject *context);
    void startJob(const std::shared_ptr<Operation> &op);
    void onJobFinished(const std::shared_ptr<Operation> &op, int attempt, QKeychain::Job *job);
    void complete(const std::shared_ptr<Operation> &op, QByteArray secret, Error error,
                  const QString &message);

    QString m_service;
    int m_retryDelayMs = 2000;
    int m_timeoutMs = 30000;
};

} // namespace zc
