// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace zc::platform {

// Files and folders only their owner can read or write (an audit list, a private key file).
// POSIX (Linux, macOS): mode 0600 for a file, 0700 for a folder. Windows: a protected access
// list that grants the current user (and the system, for backups) full control and nobody
// else, so nothing is inherited from the parent folder.

// Restricts an existing file or folder. False when it does not exist or the system refused.
bool restrictToOwner(const QString &path);

// Restricts an open file before anything secret is written to it. A QSaveFile is restricted
// through its temporary file on POSIX systems; on Windows it inherits the access list of its
// folder (make that folder with makeOwnerOnlyFolder), and restrictToOwner(path) after
// commit() makes the final file's list explicit.
bool restrictToOwner(QFileDevice &file);

// Creates the folder (and missing parents) and restricts the folder itself to its owner.
bool makeOwnerOnlyFolder(const QString &path);

// Whether people other than the owner may read the file (a private key left readable). POSIX:
// the group or others read bit. Windows: false (its access lists are not looked at; a key
// file under the user's profile is private by default).
bool isReadableByOthers(const QString &path);

// Writes `content` to a file readable by its owner only: an existing file is restricted
// before it is truncated, a new one is created restricted. False with a sentence in *error.
bool writeOwnerOnlyFile(const QString &path, const QByteArray &content, QString *error);

} // namespace zc::platform
