// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <string>

#if defined(Q_OS_WIN)
#include <windows.h>
// (windows.h first: the others use its types.)
#include <aclapi.h>
#include <sddl.h>
#endif

namespace zc::platform {

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = kOwnerFile | QFileDevice::ExeOwner;

#if defined(Q_OS_WIN)

// "O:...D:P(A;OICI;FA;;;<user>)(A;OICI;FA;;;SY)": full access for the current user and the
// system, protected from inheritance; sub-items inherit it (folders).
bool applyOwnerOnlyAcl(const QString &path, bool folder)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buffer(qsizetype(size), '\0');
    const bool gotUser =
        size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    CloseHandle(token);
    if (!gotUser)
        return false;
    const auto *user = reinterpret_cast<const TOKEN_USER *>(buffer.constData());
    LPWSTR sidText = nullptr;
    if (!ConvertSidToStringSidW(user->User.Sid, &sidText))
        return false;
    const QString inherit = folder ? QStringLiteral("OICI") : QString();
    const QString sddl = QStringLiteral("D:P(A;%1;FA;;;%2)(A;%1;FA;;;SY)")
                             .arg(inherit, QString::fromWCharArray(sidText));
    LocalFree(sidText);
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(
            reinterpret_cast<LPCWSTR>(sddl.utf16()), SDDL_REVISION_1, &descriptor, nullptr))
        return false;
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL dacl = nullptr;
    bool ok = GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted) && present;
    if (ok) {
        const QString native = QDir::toNativeSeparators(path);
        std::wstring name = native.toStdWString();
        ok = SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                   DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                   nullptr, nullptr, dacl, nullptr) == ERROR_SUCCESS;
    }
    LocalFree(descriptor);
    return ok;
}

#endif

} // namespace

bool restrictToOwner(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
#if defined(Q_OS_WIN)
    return applyOwnerOnlyAcl(info.absoluteFilePath(), info.isDir());
#else
    return QFile::setPermissions(path, info.isDir() ? kOwnerFolder : kOwnerFile);
#endif
}

bool restrictToOwner(QFileDevice &file)
{
#if defined(Q_OS_WIN)
    // A QSaveFile's temporary file has no public name; see the header.
    const QFileInfo info(file.fileName());
    return !info.exists() || applyOwnerOnlyAcl(info.absoluteFilePath(), false);
#else
    return file.setPermissions(kOwnerFile);
#endif
}

bool isReadableByOthers(const QString &path)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(path);
    return false;
#else
    return (QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) != 0;
#endif
}

bool makeOwnerOnlyFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return restrictToOwner(path);
    // Created restricted (Qt turns the permissions into an access list on Windows).
    return QDir().mkpath(info.absolutePath()) && QDir().mkdir(path, kOwnerFolder) &&
           restrictToOwner(path);
}

bool writeOwnerOnlyFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (file.exists() && !restrictToOwner(path)) {
        *error =
            QCoreApplication::translate("zc::platform", "Cannot restrict the permissions of %1.")
                .arg(path);
        return false;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerFile) ||
        file.write(content) != content.size() || !file.flush()) {
        *error = QCoreApplication::translate("zc::platform", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace zc::platform
