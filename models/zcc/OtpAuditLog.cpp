// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "OtpAuditLog.h"

#include "platform/FilePermissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcOtpAudit, "zconsole.zcc.audit")

namespace zc {

namespace {

bool ensureFolder(const QString &filePath)
{
    return platform::makeOwnerOnlyFolder(QFileInfo(filePath).absolutePath());
}

} // namespace

OtpAuditLog::OtpAuditLog(QObject *parent)
    : OtpAuditLog(defaultFilePath(), parent)
{}

OtpAuditLog::OtpAuditLog(const QString &filePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_filePath(filePath)
{
    load();
}

QString OtpAuditLog::defaultFilePath()
{
    // Not AppLocalDataLocation: it is named after the program asking, and the CLI must write
    // to the list the GUI shows. This is where the GUI's ("ZConsole"/"ZConsole") is.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/ZConsole/ZConsole/otp-audit.jsonl"_s;
}

void OtpAuditLog::setFilePath(const QString &filePath)
{
    m_filePath = filePath;
    reload();
}

void OtpAuditLog::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void OtpAuditLog::setMaximumEntries(int maximum)
{
    maximum = std::max(1, maximum);
    if (maximum == m_maximum)
        return;
    m_maximum = maximum;
    if (m_entries.size() > m_maximum) {
        beginRemoveRows({}, m_maximum, int(m_entries.size()) - 1);
        m_entries.resize(m_maximum);
        endRemoveRows();
    }
    if (m_linesInFile > m_maximum)
        rewrite();
}

void OtpAuditLog::load()
{
    m_entries.clear();
    m_linesInFile = 0;
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("Cannot read the audit list %1: %2").arg(m_filePath, file.errorString());
        qCWarning(lcOtpAudit) << "cannot read" << m_filePath << file.errorString();
        return;
    }
    QList<OtpAuditEntry> oldestFirst;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++m_linesInFile;
        OtpAuditEntry entry = fromJsonLine(line);
        if (entry.time.isValid())
            oldestFirst.append(std::move(entry));
    }
    const qsizetype first = std::max<qsizetype>(0, oldestFirst.size() - m_maximum);
    m_entries.reserve(oldestFirst.size() - first);
    for (qsizetype i = oldestFirst.size() - 1; i >= first; --i)
        m_entries.append(std::move(oldestFirst[i]));
}

bool OtpAuditLog::append(OtpAuditEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    entry.time = entry.time.toUTC();

    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > m_maximum) {
        beginRemoveRows({}, m_maximum, int(m_entries.size()) - 1);
        m_entries.resize(m_maximum);
        endRemoveRows();
    }

    bool written = true;
    if (!m_filePath.isEmpty()) {
        // The file may run a tenth over the cap before it is rewritten, so that a full list
        // is not rewritten on every retrieval.
        written = appendLine(entry);
        if (written && m_linesInFile > m_maximum + m_maximum / 10)
            written = rewrite();
    }
    Q_EMIT appended(entry);
    return written;
}

bool OtpAuditLog::appendLine(const OtpAuditEntry &entry)
{
    if (!ensureFolder(m_filePath)) {
        m_lastError = tr("Cannot create the folder of the audit list %1.").arg(m_filePath);
        return false;
    }
    QFile file(m_filePath);
    // Created owner-only, then restricted on every write: a file made under a lax umask, or
    // opened up since, is narrowed again before anything is added.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_lastError = tr("Cannot write the audit list %1: %2").arg(m_filePath, file.errorString());
        qCWarning(lcOtpAudit) << "cannot write" << m_filePath << file.errorString();
        return false;
    }
    if (!platform::restrictToOwner(file)) {
        m_lastError = tr("Cannot restrict the audit list %1 to its owner.").arg(m_filePath);
        return false;
    }
    const QByteArray line = toJsonLine(entry) + '\n';
    if (file.write(line) != line.size()) {
        m_lastError = tr("Cannot write the audit list %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    ++m_linesInFile;
    return true;
}

bool OtpAuditLog::rewrite()
{
    if (m_filePath.isEmpty())
        return true;
    if (!ensureFolder(m_filePath)) {
        m_lastError = tr("Cannot create the folder of the audit list %1.").arg(m_filePath);
        return false;
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Cannot write the audit list %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    platform::restrictToOwner(file);
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i)
        file.write(toJsonLine(m_entries.at(i)) + '\n');
    if (!file.commit()) {
        m_lastError = tr("Cannot write the audit list %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    platform::restrictToOwner(m_filePath); // Windows: the final file's own access list
    m_linesInFile = int(m_entries.size());
    return true;
}

QByteArray OtpAuditLog::toJsonLine(const OtpAuditEntry &entry)
{
    const QJsonObject object{
        {u"time"_s, entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {u"profile"_s, entry.profile},
        {u"client"_s, entry.client},
        {u"osUser"_s, entry.osUser},
        {u"user"_s, entry.user},
        {u"hostname"_s, entry.hostname},
        {u"udid"_s, entry.udid},
        {u"kinds"_s, QJsonArray::fromStringList(entry.kinds)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

OtpAuditEntry OtpAuditLog::fromJsonLine(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    OtpAuditEntry entry;
    entry.time = QDateTime::fromString(object.value("time"_L1).toString(), Qt::ISODateWithMs);
    if (entry.time.isValid())
        entry.time = entry.time.toUTC();
    entry.profile = object.value("profile"_L1).toString();
    entry.client = object.value("client"_L1).toString();
    entry.osUser = object.value("osUser"_L1).toString();
    for (const QJsonValue &kind : object.value("kinds"_L1).toArray())
        entry.kinds.append(kind.toString());
    entry.user = object.value("user"_L1).toString();
    entry.hostname = object.value("hostname"_L1).toString();
    entry.udid = object.value("udid"_L1).toString();
    return entry;
}

int OtpAuditLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OtpAuditLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OtpAuditLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OtpAuditEntry &entry = m_entries.at(index.row());
    if (role == TimeRole)
        return entry.time;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return entry.time.toString(Qt::ISODate);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case ProfileColumn:
        return entry.profile.isEmpty() ? entry.client : entry.profile;
    case UserColumn:
        return entry.user;
    case HostnameColumn:
        return entry.hostname;
    case UdidColumn:
        return entry.udid;
    case KindsColumn:
        return entry.kinds.join(u", "_s);
    case OsUserColumn:
        return entry.osUser;
    default:
        return {};
    }
}

QVariant OtpAuditLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile or client");
    case UserColumn:
        return tr("User");
    case HostnameColumn:
        return tr("Device");
    case UdidColumn:
        return tr("UDID");
    case KindsColumn:
        return tr("Kinds");
    case OsUserColumn:
        return tr("Asked by");
    default:
        return {};
    }
}

} // namespace zc
