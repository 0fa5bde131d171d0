// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Snapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace zc {

// Why a snapshot file could not be read.
struct SnapshotReadError
{
    enum class Kind
    {
        None,
        Unreadable,   // the file cannot be opened or read
        NotASnapshot, // not JSON, or JSON that is not a ZConsole snapshot
        NewerFormat,  // a snapshot in a format newer than this version reads
        Broken,       // a snapshot whose content is damaged
    };
    Kind kind = Kind::None;
    QString message; // a translated sentence naming the file and the problem

    explicit operator bool() const { return kind != Kind::None; }
};

// The snapshot file: one JSON document, format described in docs/snapshot-format.md.
// Writes the current format; reads it and every older one (format 1), and refuses newer
// formats and damaged files with a sentence saying which.
class SnapshotFile
{
public:
    static constexpr auto kFormatName = "zconsole-snapshot";
    static constexpr int kFormatVersion = 2;
    static constexpr int kOldestReadableVersion = 1;
    // The file name suffix the GUI's snapshot folder lists.
    static constexpr auto kSuffix = ".zcsnap.json";

    static QByteArray toJson(const Snapshot &snapshot);
    // `name` names the source in error messages (a path).
    static std::optional<Snapshot> fromJson(const QByteArray &bytes, const QString &name,
                                            SnapshotReadError *error);
    static std::optional<Snapshot> read(const QString &path, SnapshotReadError *error);
    // Writes the whole file or nothing, readable by its owner only. False with a sentence.
    static bool write(const QString &path, const Snapshot &snapshot, QString *error);
};

} // namespace zc
