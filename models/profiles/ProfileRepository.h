// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Profile.h"
#include "ProfileResult.h"
#include "SecretStore.h"
#include "auth/Credentials.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace zc {

class ProfileStore;

// Stored profiles with their secrets: the settings in ProfileStore, the client secret or
// private key in the system keychain (SecretStore). Every change is one asynchronous
// operation that either completes or leaves settings and keychain as they were (see
// ProfileTransaction): a rename writes the new entries and the settings before the old
// entries go, and a failure at any step puts back what was changed and says why. Callbacks
// run once, later, as long as `context` (when given) is alive; the operation itself runs to
// its end either way.
//
// The proxy password follows the profile the same way (renamed, copied and removed with it),
// and is removed when the profile no longer uses one (usesProxyPassword()).
//
// Keychain trouble keeps SecretStore's clear paths: one delayed retry when the keychain does
// not answer, no plaintext fallback, a sentence for people.
class ProfileRepository : public QObject
{
    Q_OBJECT
public:
    using Result = ProfileResult;
    using Callback = std::function<void(const zc::ProfileResult &result)>;
    using CredentialsCallback =
        std::function<void(zc::Credentials credentials, const zc::ProfileResult &result)>;

    // A profile as a form adds, edits or duplicates it.
    struct Change
    {
        enum class Kind
        {
            Add,
            Edit,     // replaces `original`, maybe under a new name
            Duplicate // a new profile, its secret copied from `original` unless one is given
        };
        Kind kind = Kind::Add;
        QString original;
        Profile profile;          // the name and settings to store
        QByteArray secret;        // a new client secret or private key PEM (per the profile's
                                  // method); empty: keep (Edit) or copy (Duplicate) the stored one
        QByteArray proxyPassword; // a new password of the manual proxy; empty: keep or copy
                                  // the stored one. Kept only while usesProxyPassword().
    };

    // Neither is owned; both must outlive the repository and its operations.
    ProfileRepository(ProfileStore *store, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    SecretStore *secrets() const { return m_secrets; }

    QStringList list() const;
    std::optional<Profile> load(const QString &name) const;
    // What is wrong with a name for a new or renamed profile: not valid, or taken by a profile
    // other than `current` (compared case-insensitively). Empty when it can be used.
    QString nameProblem(const QString &name, const QString &current = {}) const;
    // "<name> (copy)", else "<name> (copy 2)", "(copy 3)"...: the first name not taken.
    QString copyName(const QString &name) const;

    // Reads the profile's secret (the one its method uses), and its proxy password when it
    // uses one (none stored: an empty password), and builds the credentials; a private key
    // is opened with `passphrase` when it is encrypted. The callback gets empty
    // credentials and the reason on failure. The caller owns (and should wipe) the credentials.
    void readCredentials(const Profile &profile, QObject *context, CredentialsCallback callback,
                         const QByteArray &passphrase = {});

    void save(const Change &change, QObject *context, Callback callback);
    void rename(const QString &from, const QString &to, QObject *context, Callback callback);
    void duplicate(const QString &from, const QString &to, QObject *context, Callback callback);
    // Removes the settings and every keychain entry of the profile.
    void remove(const QString &name, QObject *context, Callback callback);

private:
    // The stored profile `from`, saved as `to` (a rename or a copy).
    void saveAs(Change::Kind kind, const QString &from, const QString &to, QObject *context,
                Callback callback);
    void fail(QObject *context, const Callback &callback, const ProfileResult &result);

    ProfileStore *m_store;
    SecretStore *m_secrets;
};

// The keychain entry a method uses.
SecretKind secretKindOf(AuthMethod method);

} // namespace zc
