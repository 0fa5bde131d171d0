// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SecretStore.h"

#include "Profile.h"
#include "auth/Credentials.h"
#include "common/Translations.h"
#include "platform/KeychainNames.h"
#include "platform/SecretServiceLock.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

SecretStore::Error classify(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::KeychainMissing;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    // The libsecret backend reports a missing session bus or Secret Service only as
    // OtherError with D-Bus's own text; a call the bus refused by policy is a refusal.
    const QString t = text.toLower();
    if (t.contains("rejected send message"_L1) || t.contains("accessdenied"_L1))
        return SecretStore::Error::AccessDenied;
    static const char *const busHints[] = {
        "dbus",
        "d-bus",
        "could not connect",
        "org.freedesktop.secrets",
        "serviceunknown",
        ".service files",
        "no such file",
        "connection refused",
        "not provided by",
        "session bus",
        "secret service",
        "cannot autolaunch",
    };
    for (const char *hint : busHints) {
        if (t.contains(QLatin1StringView(hint)))
            return SecretStore::Error::KeychainMissing;
    }
    return SecretStore::Error::Failed;
}

// A write or delete answers without a secret.
SecretStore::ReadCallback withoutSecret(SecretStore::Callback callback)
{
    return [callback = std::move(callback)](QByteArray, SecretStore::Error error,
                                            const QString &message) {
        if (callback)
            callback(error, message);
    };
}

} // namespace

struct SecretStore::Operation
{
    OperationType type = OperationType::Read;
    QString profile;
    QString key;
    QByteArray data; // the secret to write; wiped when the operation ends
    int attempt = 0;
    bool completed = false;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(QByteArray, Error, const QString &)> done;
};

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , m_service(u"ZConsole"_s)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &profile, SecretKind kind)
{
    switch (kind) {
    case SecretKind::ClientSecret:
        break;
    case SecretKind::PrivateKey:
        return profile + u"/private-key"_s;
    case SecretKind::ProxyPassword:
        return profile + u"/proxy-password"_s;
    }
    return profile + u"/client-secret"_s;
}

QString SecretStore::errorMessage(Error error, const QString &profile, const QString &detail)
{
    QString message;
    switch (error) {
    case Error::None:
        return {};
    case Error::KeychainMissing:
        message = tr("No system keychain is available. ZConsole keeps secrets only in %1: "
                     "make sure it is running and try again.")
                      .arg(platform::keychainStoreName());
        break;
    case Error::AccessDenied:
        message = tr("The system keychain is locked or refused access. Unlock it and try again.");
        break;
    case Error::NotFound:
        message =
            profile.isEmpty()
                ? tr("No secret is stored in the system keychain for this profile.")
                : tr("No secret is stored in the system keychain for profile \"%1\".").arg(profile);
        break;
    case Error::Failed:
        message = tr("The system keychain reported an error.");
        break;
    }
    if (!detail.isEmpty() && (error == Error::Failed || error == Error::KeychainMissing))
        message = joinSentences(message, tr("(%1)").arg(detail));
    return message;
}

std::shared_ptr<SecretStore::Operation> SecretStore::operation(OperationType type,
                                                               const QString &profile,
                                                               SecretKind kind, QObject *context)
{
    auto op = std::make_shared<Operation>();
    op->type = type;
    op->profile = profile;
    op->key = keyFor(profile, kind);
    op->context = context;
    op->hasContext = context != nullptr;
    return op;
}

void SecretStore::read(const QString &profile, SecretKind kind, QObject *context,
                       ReadCallback callback)
{
    auto op = operation(OperationType::Read, profile, kind, context);
    op->done = std::move(callback);
    startJob(op);
}

void SecretStore::write(const QString &profile, SecretKind kind, const QByteArray &secret,
                        QObject *context, Callback callback)
{
    auto op = operation(OperationType::Write, profile, kind, context);
    op->data = QByteArray(secret.constData(), secret.size()); // our own copy, wiped later
    op->done = withoutSecret(std::move(callback));
    startJob(op);
}

void SecretStore::remove(const QString &profile, SecretKind kind, QObject *context,
                         Callback callback)
{
    auto op = operation(OperationType::Delete, profile, kind, context);
    op->done = withoutSecret(std::move(callback));
    startJob(op);
}

void SecretStore::startJob(const std::shared_ptr<Operation> &op)
{
    ++op->attempt;
    QKeychain::Job *job = nullptr;
    switch (op->type) {
    case OperationType::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case OperationType::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(op->data);
        job = write;
        break;
    }
    case OperationType::Delete:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(platform::keychainEntryKey(m_service, op->key));
    const int attempt = op->attempt;
    connect(job, &QKeychain::Job::finished, this, [this, op, attempt](QKeychain::Job *finished) {
        onJobFinished(op, attempt, finished);
    });
    job->start();
    QTimer::singleShot(m_timeoutMs, this, [this, op, attempt] {
        if (op->completed || op->attempt != attempt)
            return;
        qCWarning(lcProfiles) << "keychain operation on" << op->key << "did not finish in"
                              << m_timeoutMs << "ms";
        complete(op, {}, Error::Failed,
                 errorMessage(Error::Failed, op->profile,
                              tr("no answer within %1 s; the keychain may be locked and "
                                 "waiting for a password prompt")
                                  .arg(m_timeoutMs / 1000)));
    });
}

void SecretStore::onJobFinished(const std::shared_ptr<Operation> &op, int attempt,
                                QKeychain::Job *job)
{
    job->deleteLater();
    if (op->completed || op->attempt != attempt)
        return; // timed out meanwhile
    Error error = classify(job->error(), job->errorString());
    if (op->type == OperationType::Delete && error == Error::NotFound)
        error = Error::None;
    if (error == Error::KeychainMissing && op->attempt == 1) {
        // The Secret Service may still be starting (e.g. right after log-in): one more try.
        qCInfo(lcProfiles) << "keychain not answering for" << op->key << "- retrying in"
                           << m_retryDelayMs << "ms";
        QTimer::singleShot(m_retryDelayMs, this, [this, op] { startJob(op); });
        return;
    }
    if (error == Error::NotFound && op->type == OperationType::Read) {
        // A locked keychain can read as "not found" (see isSecretServiceLocked).
        isSecretServiceLocked(this, [this, op](bool locked) {
            if (op->completed)
                return;
            const Error found = locked ? Error::AccessDenied : Error::NotFound;
            qCDebug(lcProfiles) << (locked ? "the keychain is locked:" : "nothing stored under")
                                << op->key;
            complete(op, {}, found, errorMessage(found, op->profile));
        });
        return;
    }
    QByteArray secret;
    if (error == Error::None && op->type == OperationType::Read)
        secret = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
    QString message;
    if (error == Error::NotFound) {
        message = errorMessage(error, op->profile);
        qCDebug(lcProfiles) << "nothing stored under" << op->key;
    } else if (error != Error::None) {
        message = errorMessage(error, op->profile, job->errorString());
        qCWarning(lcProfiles) << "keychain operation on" << op->key << "failed:" << job->error()
                              << job->errorString();
    }
    complete(op, std::move(secret), error, message);
}

void SecretStore::complete(const std::shared_ptr<Operation> &op, QByteArray secret, Error error,
                           const QString &message)
{
    op->completed = true;
    secureWipe(op->data);
    auto done = std::move(op->done);
    op->done = nullptr;
    if (done && (!op->hasContext || op->context))
        done(std::move(secret), error, message);
    else
        secureWipe(secret);
}

} // namespace zc
