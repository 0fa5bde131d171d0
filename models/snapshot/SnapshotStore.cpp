// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotStore.h"

#include "SnapshotFile.h"
#include "platform/FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr auto kTimeFormat = "yyyyMMdd'T'HHmmss'Z'";

// The UTC time of kTimeFormat text, read as ISO 8601 so that it comes back as UTC.
QDateTime timeOf(const QString &text)
{
    if (text.size() != 16 || !text.endsWith(u'Z'))
        return {};
    const QString iso = text.left(4) + u'-' + text.mid(4, 2) + u'-' + text.mid(6, 5) + u':' +
                        text.mid(11, 2) + u':' + text.mid(13);
    return QDateTime::fromString(iso, Qt::ISODate);
}

} // namespace

SnapshotStore::SnapshotStore(QString folder)
    : m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/snapshots"_s;
}

QString SnapshotStore::fileNameFor(const Snapshot &snapshot)
{
    QString tenant = snapshot.tenant.value("vanityDomain"_L1).toString();
    if (tenant.isEmpty())
        tenant = QUrl(snapshot.tenant.value("apiHost"_L1).toString()).host();
    QString safe;
    for (const QChar c : std::as_const(tenant)) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'.')
            safe += c;
    }
    if (safe.isEmpty())
        safe = u"tenant"_s;
    return safe + u'-' + snapshot.takenAt.toUTC().toString(QLatin1StringView(kTimeFormat)) +
           QLatin1StringView(SnapshotFile::kSuffix);
}

QList<SnapshotStore::Entry> SnapshotStore::list() const
{
    QList<Entry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        {u"*"_s + QLatin1StringView(SnapshotFile::kSuffix)}, QDir::Files | QDir::Readable);
    for (const QFileInfo &file : files) {
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.size = file.size();
        const QString stem = file.fileName().chopped(qsizetype(qstrlen(SnapshotFile::kSuffix)));
        const qsizetype dash = stem.lastIndexOf(u'-');
        const QDateTime time = timeOf(stem.mid(dash + 1));
        if (dash > 0 && time.isValid()) {
            entry.tenant = stem.left(dash);
            entry.takenAt = time;
        } else {
            entry.tenant = stem;
            entry.takenAt = file.lastModified().toUTC();
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.takenAt > b.takenAt; });
    return entries;
}

QString SnapshotStore::save(const Snapshot &snapshot, QString *error) const
{
    if (!platform::makeOwnerOnlyFolder(m_folder)) {
        *error = QCoreApplication::translate("zc::SnapshotStore", "Cannot create the folder %1.")
                     .arg(m_folder);
        return {};
    }
    const QString path = QDir(m_folder).filePath(fileNameFor(snapshot));
    if (!SnapshotFile::write(path, snapshot, error))
        return {};
    return path;
}

} // namespace zc
