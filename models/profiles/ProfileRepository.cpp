// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProfileRepository.h"

#include "ProfileStore.h"
#include "ProfileTransaction.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace zc {

SecretKind secretKindOf(AuthMethod method)
{
    return method == AuthMethod::PrivateKey ? SecretKind::PrivateKey : SecretKind::ClientSecret;
}

namespace {

SecretKind otherKind(SecretKind kind)
{
    return kind == SecretKind::PrivateKey ? SecretKind::ClientSecret : SecretKind::PrivateKey;
}

SecretChange valueChange(const QString &profile, SecretKind kind, const QByteArray &value)
{
    SecretChange change;
    change.profile = profile;
    change.kind = kind;
    change.value = QByteArray(value.constData(), value.size()); // its own copy, wiped later
    return change;
}

SecretChange copyChange(const QString &profile, SecretKind kind, const QString &source,
                        bool required)
{
    SecretChange change;
    change.profile = profile;
    change.kind = kind;
    change.to = SecretChange::To::CopyOf;
    change.source = source;
    change.sourceRequired = required;
    return change;
}

// Adds the proxy password to credentials read for `name`, then calls back.
void readProxyPassword(SecretStore *secrets, const QString &name, QObject *context,
                       Credentials credentials, ProfileRepository::CredentialsCallback callback)
{
    auto shared = std::make_shared<Credentials>(std::move(credentials));
    secrets->read(name, SecretKind::ProxyPassword, context,
                  [shared, callback = std::move(callback)](
                      QByteArray password, SecretStore::Error error, const QString &message) {
                      Credentials read = std::move(*shared);
                      ProfileResult result;
                      // None stored: the proxy gets an empty password, and says so if wrong.
                      if (error == SecretStore::Error::None)
                          read.proxyPassword = std::move(password);
                      else if (error != SecretStore::Error::NotFound)
                          result = ProfileResult::keychain(error, message);
                      if (!result.ok())
                          read.wipe();
                      secureWipe(password);
                      callback(std::move(read), result);
                  });
}

} // namespace

ProfileRepository::ProfileRepository(ProfileStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{}

QStringList ProfileRepository::list() const
{
    return m_store->list();
}

std::optional<Profile> ProfileRepository::load(const QString &name) const
{
    return m_store->load(name);
}

QString ProfileRepository::nameProblem(const QString &name, const QString &current) const
{
    if (const QString problem = profileNameError(name); !problem.isEmpty())
        return problem;
    const QStringList names = m_store->list();
    for (const QString &existing : names) {
        if (existing != current && existing.compare(name, Qt::CaseInsensitive) == 0)
            return tr("A profile named “%1” already exists.").arg(existing);
    }
    return {};
}

QString ProfileRepository::copyName(const QString &name) const
{
    QString copy = tr("%1 (copy)").arg(name);
    for (int n = 2; !nameProblem(copy).isEmpty() && n < 1000; ++n)
        copy = tr("%1 (copy %2)").arg(name).arg(n);
    return copy;
}

void ProfileRepository::fail(QObject *context, const Callback &callback,
                             const ProfileResult &result)
{
    // Later, as every answer of the repository comes.
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, callback, result] {
        if (callback && (!hasContext || guard))
            callback(result);
    });
}

void ProfileRepository::readCredentials(const Profile &profile, QObject *context,
                                        CredentialsCallback callback, const QByteArray &passphrase)
{
    const bool key = profile.settings.authMethod == AuthMethod::PrivateKey;
    const bool proxyPassword = usesProxyPassword(profile.settings);
    QByteArray ownPassphrase(passphrase.constData(), passphrase.size());
    m_secrets->read(
        profile.name, secretKindOf(profile.settings.authMethod), context,
        [secrets = m_secrets, name = profile.name, key, proxyPassword, context, ownPassphrase,
         callback = std::move(callback)](QByteArray secret, SecretStore::Error error,
                                         const QString &message) mutable {
            Credentials credentials;
            ProfileResult result;
            if (error != SecretStore::Error::None) {
                result = ProfileResult::keychain(error, message);
            } else if (key) {
                credentials.privateKey =
                    PrivateKey::fromPem(secret, ownPassphrase, &result.keyError);
                if (credentials.privateKey.isNull()) {
                    const KeyError keyError =
                        result.keyError == KeyError::None ? KeyError::NotPem : result.keyError;
                    result = ProfileResult::failure(ProfileResult::Error::KeyUnusable,
                                                    tr("The key stored for “%1” cannot be used: %2")
                                                        .arg(name, keyErrorMessage(keyError)));
                    result.keyError = keyError;
                }
            } else {
                credentials.clientSecret = QByteArray(secret.constData(), secret.size());
            }
            secureWipe(secret);
            secureWipe(ownPassphrase);
            if (!result.ok() || !proxyPassword)
                return callback(std::move(credentials), result);
            readProxyPassword(secrets, name, context, std::move(credentials), std::move(callback));
        });
}

void ProfileRepository::save(const Change &change, QObject *context, Callback callback)
{
    using Kind = Change::Kind;
    const Profile &profile = change.profile;
    std::optional<Profile> original;
    if (change.kind != Kind::Add) {
        original = m_store->load(change.original);
        if (!original)
            return fail(
                context, callback,
                ProfileResult::failure(ProfileResult::Error::NotFound,
                                       tr("There is no profile named “%1”.").arg(change.original)));
    }
    const QString current = change.kind == Kind::Edit ? change.original : QString();
    if (const QString problem = nameProblem(profile.name, current); !problem.isEmpty()) {
        const bool invalid = !profileNameError(profile.name).isEmpty();
        return fail(context, callback,
                    ProfileResult::failure(invalid ? ProfileResult::Error::InvalidName
                                                   : ProfileResult::Error::NameTaken,
                                           problem));
    }

    const SecretKind kind = secretKindOf(profile.settings.authMethod);
    const bool renamed = change.kind == Kind::Edit && profile.name != change.original;
    const bool methodChanged =
        change.kind == Kind::Edit && original->settings.authMethod != profile.settings.authMethod;
    auto *transaction = new ProfileTransaction(m_secrets);
    if (!change.secret.isEmpty()) {
        transaction->addChange(valueChange(profile.name, kind, change.secret));
    } else if (change.kind == Kind::Duplicate || renamed) {
        transaction->addChange(
            copyChange(profile.name, kind, change.original, change.kind == Kind::Duplicate));
    }
    // A rename takes the other method's entry along, unless the method changes.
    if (renamed && !methodChanged)
        transaction->addChange(copyChange(profile.name, otherKind(kind), change.original, false));
    // The proxy password: as the secret, while the profile uses one.
    const bool proxyPassword = usesProxyPassword(profile.settings);
    if (proxyPassword && !change.proxyPassword.isEmpty())
        transaction->addChange(
            valueChange(profile.name, SecretKind::ProxyPassword, change.proxyPassword));
    else if (proxyPassword && (change.kind == Kind::Duplicate || renamed))
        transaction->addChange(
            copyChange(profile.name, SecretKind::ProxyPassword, change.original, false));

    ProfileStore *store = m_store;
    if (change.kind == Kind::Edit)
        transaction->setSettingsStep([store, from = change.original, profile](QString *error) {
            return store->replace(from, profile, error);
        });
    else
        transaction->setSettingsStep(
            [store, profile](QString *error) { return store->save(profile, error); });

    if (renamed) {
        transaction->addRemoval(change.original, kind);
        transaction->addRemoval(change.original, otherKind(kind));
        transaction->addRemoval(change.original, SecretKind::ProxyPassword);
    }
    if (methodChanged)
        transaction->addRemoval(profile.name, otherKind(kind));
    if (!proxyPassword && change.kind == Kind::Edit && !renamed)
        transaction->addRemoval(profile.name, SecretKind::ProxyPassword);
    transaction->start(context, std::move(callback));
}

void ProfileRepository::rename(const QString &from, const QString &to, QObject *context,
                               Callback callback)
{
    saveAs(Change::Kind::Edit, from, to, context, std::move(callback));
}

void ProfileRepository::duplicate(const QString &from, const QString &to, QObject *context,
                                  Callback callback)
{
    saveAs(Change::Kind::Duplicate, from, to, context, std::move(callback));
}

void ProfileRepository::saveAs(Change::Kind kind, const QString &from, const QString &to,
                               QObject *context, Callback callback)
{
    Change change;
    change.kind = kind;
    change.original = from;
    change.profile = m_store->load(from).value_or(Profile());
    change.profile.name = to;
    save(change, context, std::move(callback));
}

void ProfileRepository::remove(const QString &name, QObject *context, Callback callback)
{
    if (!m_store->contains(name))
        return fail(context, callback,
                    ProfileResult::failure(ProfileResult::Error::NotFound,
                                           tr("There is no profile named “%1”.").arg(name)));
    auto *transaction = new ProfileTransaction(m_secrets);
    for (SecretKind kind :
         {SecretKind::ClientSecret, SecretKind::PrivateKey, SecretKind::ProxyPassword}) {
        SecretChange removal;
        removal.profile = name;
        removal.kind = kind;
        removal.to = SecretChange::To::Nothing;
        transaction->addChange(std::move(removal));
    }
    ProfileStore *store = m_store;
    transaction->setSettingsStep(
        [store, name](QString *error) { return store->remove(name, error); });
    transaction->start(context, std::move(callback));
}

} // namespace zc
