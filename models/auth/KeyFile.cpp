// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "KeyFile.h"

#include "Credentials.h"
#include "platform/FilePermissions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace zc {

KeyFileContent KeyFileContent::read(const QString &path)
{
    KeyFileContent content;
    const QFileInfo info(path);
    if (!info.exists()) {
        content.error = KeyError::FileUnreadable;
        return content;
    }
    // Opening a pipe waits for a writer and a device never ends: look before opening.
    if (!info.isFile()) {
        content.error = KeyError::NotAFile;
        return content;
    }
    if (info.size() > kMaximumKeyFileSize) {
        content.error = KeyError::FileTooLarge;
        return content;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.error = KeyError::FileUnreadable;
        return content;
    }
    // The file may have changed since it was looked at: read one byte more than allowed, so
    // that a file grown past the cap is told apart from one exactly at it.
    if (file.isSequential()) {
        content.error = KeyError::NotAFile;
        return content;
    }
    content.pem = file.read(kMaximumKeyFileSize + 1);
    const bool failed = file.error() != QFileDevice::NoError;
    file.close();
    if (failed || content.pem.size() > kMaximumKeyFileSize) {
        secureWipe(content.pem);
        content.error = failed ? KeyError::FileUnreadable : KeyError::FileTooLarge;
        return content;
    }
    content.readableByOthers = platform::isReadableByOthers(path);
    return content;
}

QString KeyFileContent::readableByOthersWarning()
{
    return QCoreApplication::translate(
        "zc::PrivateKey", "Warning: other users of this computer can read the private key file. "
                          "Restrict it to yourself (chmod 600 on Linux and macOS).");
}

} // namespace zc
