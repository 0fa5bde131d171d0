// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyError.h"

#include <QByteArray>
#include <QString>

namespace zc {

// Reading a private key file, the one way the GUI and the CLI do it: only a regular file (a
// folder, a device such as /dev/zero or a pipe is refused before it is opened, so nothing
// blocks or reads forever), at most kMaximumKeyFileSize bytes (a key is a few kilobytes), and
// whether people other than its owner may read it (a warning, not a refusal).
struct KeyFileContent
{
    static constexpr qint64 kMaximumKeyFileSize = 1024 * 1024;

    QByteArray pem;                  // the file's bytes; the caller wipes them (secureWipe)
    KeyError error = KeyError::None; // FileUnreadable, NotAFile or FileTooLarge
    bool readableByOthers = false;

    static KeyFileContent read(const QString &path);
    // A translated warning for a key file others can read (it names no file: the CLI's comes
    // from a variable that must never be echoed).
    static QString readableByOthersWarning();
};

} // namespace zc
