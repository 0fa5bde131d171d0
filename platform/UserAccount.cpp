// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UserAccount.h"

#include <QByteArray>
#include <QtGlobal>

#include <iterator>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace zc::platform {

QString currentUserName()
{
#if defined(Q_OS_WIN)
    wchar_t name[257] = {};
    DWORD size = DWORD(std::size(name));
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1);
    return qEnvironmentVariable("USERNAME");
#else
    // getpwuid_r: the reentrant form, with a buffer of the size the system suggests.
    long suggested = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(suggested > 0 ? qsizetype(suggested) : 16384, '\0');
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 &&
        found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return qEnvironmentVariable("USER");
#endif
}

} // namespace zc::platform
