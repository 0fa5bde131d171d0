// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SecretStore.h"
#include "auth/KeyError.h"

#include <QString>

namespace zc {

// How an operation of ProfileRepository ended. On failure nothing was changed (unless the
// message says otherwise: the rare case where the keychain also refused to put an entry back).
struct ProfileResult
{
    enum class Error
    {
        None,
        InvalidName, // the new name cannot be used
        NameTaken,   // another profile has that name (compared case-insensitively)
        NotFound,    // no stored profile of that name
        Keychain,    // the keychain failed: keychainError says how
        KeyUnusable, // the stored private key cannot be used: keyError says why
        Settings,    // the settings file could not be written
    };

    Error error = Error::None;
    SecretStore::Error keychainError = SecretStore::Error::None;
    KeyError keyError = KeyError::None;
    QString message; // a translated sentence when error is not None
    // The operation completed, but something was left behind (an old keychain entry that
    // could not be removed): a translated sentence, or empty.
    QString warning;

    bool ok() const { return error == Error::None; }
    static ProfileResult failure(Error error, const QString &message)
    {
        ProfileResult result;
        result.error = error;
        result.message = message;
        return result;
    }
    // The keychain failed with `error`; `message` says so to people.
    static ProfileResult keychain(SecretStore::Error error, const QString &message)
    {
        ProfileResult result = failure(Error::Keychain, message);
        result.keychainError = error;
        return result;
    }
};

} // namespace zc
