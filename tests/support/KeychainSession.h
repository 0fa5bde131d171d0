// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Keychain tests talk to a real Secret Service, never the developer's own: unless already
// inside scripts/with-keychain.sh (private D-Bus session, unlocked gnome-keyring, throw-away
// HOME), the test executable re-executes itself under it. Include in one test file only,
// and call from main() before anything else.

#include "platform/ProcessControl.h"

#include <QByteArray>

namespace zc::test {

inline void ensureKeychainSession(char **argv)
{
    if (qEnvironmentVariableIsSet("ZC_KEYCHAIN_INNER"))
        return;
    const char *script = ZC_WITH_KEYCHAIN;
    int count = 0;
    while (argv[count])
        ++count;
    // script, then our own argv, then the terminating null.
    char **args = new char *[static_cast<size_t>(count) + 2];
    args[0] = const_cast<char *>(script);
    for (int i = 0; i < count; ++i)
        args[i + 1] = argv[i];
    args[count + 1] = nullptr;
    platform::replaceProcess(script, args);
}

} // namespace zc::test
