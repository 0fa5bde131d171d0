// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeychainNames.h"

#include <QCoreApplication>

namespace zc::platform {

QString keychainEntryKey(const QString &service, const QString &key)
{
#if defined(Q_OS_WIN)
    return service + u'/' + key;
#else
    Q_UNUSED(service);
    return key;
#endif
}

QString keychainStoreName()
{
#if defined(Q_OS_WIN)
    return QCoreApplication::translate("zc::platform", "Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QCoreApplication::translate("zc::platform", "the macOS Keychain");
#else
    return QCoreApplication::translate(
        "zc::platform", "a Secret Service keychain (such as GNOME Keyring or KWallet)");
#endif
}

} // namespace zc::platform
