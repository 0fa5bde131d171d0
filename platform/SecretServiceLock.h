// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

class QObject;

namespace zc {

// Whether the Secret Service's default collection (where QtKeychain stores) is locked. Needed
// because libsecret answers "not found" for an item of a locked collection whose unlock prompt
// could not be shown (no display, an SSH session, a script): without asking, a locked keychain
// reads as a missing secret. Calls back later with `context` alive: true only when the Secret
// Service said "locked"; false when unlocked, when it cannot be asked, and on systems whose
// keychain is no Secret Service (Windows, macOS), where QtKeychain reports locks itself.
void isSecretServiceLocked(QObject *context, std::function<void(bool locked)> callback);

} // namespace zc
