// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace zc::platform {

// The key under which QtKeychain stores an entry of `service`. On Windows QtKeychain names a
// Credential Manager entry after the key alone and ignores the service, so the key is prefixed
// with the service ("ZConsole/prod/client-secret") to keep ZConsole's entries apart from other
// programs'. Elsewhere (Secret Service, macOS Keychain) the service keeps them apart and the
// key is used as it is.
QString keychainEntryKey(const QString &service, const QString &key);

// The password store of the system ZConsole runs on, translated, for messages: "Windows
// Credential Manager", "the macOS Keychain", or "a Secret Service keychain (such as GNOME
// Keyring or KWallet)".
QString keychainStoreName();

} // namespace zc::platform
