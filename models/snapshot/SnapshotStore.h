// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Snapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace zc {

// The desktop application's snapshot folder: one file per snapshot, named after the tenant and
// the time so that listing never has to read them (a 100,000-user snapshot is tens of MB).
// The folder and the files are readable by their owner only.
class SnapshotStore
{
public:
    struct Entry
    {
        QString path;
        QString tenant;    // from the file name
        QDateTime takenAt; // from the file name (UTC), else the file's modification time
        qint64 size = 0;   // bytes
    };

    // `folder` empty: "snapshots" in the application's data folder.
    explicit SnapshotStore(QString folder = {});

    QString folder() const { return m_folder; }
    // The snapshots in the folder, newest first.
    QList<Entry> list() const;
    // Writes the snapshot into the folder (created owner-only when missing); the path, or
    // empty with *error.
    QString save(const Snapshot &snapshot, QString *error) const;
    // "acme-20261206T130000Z.zcsnap.json": the tenant (letters, digits, '-' and '.') and UTC.
    static QString fileNameFor(const Snapshot &snapshot);

private:
    QString m_folder;
};

} // namespace zc
