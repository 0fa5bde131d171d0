// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticLog.h"

#include "platform/FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr auto kFileName = "zconsole.log";

QString numbered(const QString &path, int n)
{
    return n == 0 ? path : path + u'.' + QString::number(n);
}

} // namespace

DiagnosticLog::DiagnosticLog(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{}

DiagnosticLog::~DiagnosticLog() = default;

QString DiagnosticLog::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
}

bool DiagnosticLog::makeFolder(const QString &folder)
{
    return platform::makeOwnerOnlyFolder(folder);
}

QString DiagnosticLog::filePath() const
{
    return QDir(m_folder).filePath(QString::fromLatin1(kFileName));
}

void DiagnosticLog::setLimits(qint64 maxBytes, int maxFiles)
{
    m_maxBytes = std::max<qint64>(maxBytes, 1024);
    m_maxFiles = std::max(maxFiles, 1);
}

QString DiagnosticLog::line(const ActivityEntry &entry)
{
    QStringList parts;
    parts << entry.time.toUTC().toString(Qt::ISODateWithMs);
    parts << (entry.product ? productKey(*entry.product) : u"-"_s);
    switch (entry.kind) {
    case ActivityEntry::Kind::Wait:
        parts << u"WAIT"_s << QString::number(entry.waitSeconds) + u" s"_s;
        if (entry.product)
            parts << waitMessage(*entry.product, entry.waitSeconds, entry.waitReason);
        return parts.join(u' ');
    case ActivityEntry::Kind::TokenRequest:
        parts << u"TOKEN"_s;
        break;
    case ActivityEntry::Kind::Request:
        break;
    }
    parts << QString::fromLatin1(entry.method);
    // The path is stored without its query; cut again in case a caller put one there.
    parts << entry.path.section(u'?', 0, 0);
    parts << (entry.status > 0 ? QString::number(entry.status) : entry.outcome);
    parts << QString::number(entry.durationMs) + u" ms"_s;
    if (entry.attempt > 1)
        parts << u"attempt "_s + QString::number(entry.attempt);
    if (!entry.requestId.isEmpty())
        parts << u"request-id "_s + entry.requestId;
    return parts.join(u' ');
}

void DiagnosticLog::append(const ActivityEntry &entry)
{
    write(line(entry));
}

bool DiagnosticLog::open()
{
    if (m_file.isOpen())
        return true;
    if (!makeFolder(m_folder)) {
        m_error = tr("Cannot create the log folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    m_file.setFileName(filePath());
    const bool existed = m_file.exists();
    // An existing file is restricted before anything more is written to it.
    if (existed && !platform::restrictToOwner(filePath())) {
        m_error = tr("Cannot restrict the log file %1 to its owner.")
                      .arg(QDir::toNativeSeparators(filePath()));
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_error = tr("Cannot open the log file %1: %2")
                      .arg(QDir::toNativeSeparators(filePath()), m_file.errorString());
        return false;
    }
    if (!existed && !platform::restrictToOwner(m_file)) {
        m_file.close();
        m_file.remove();
        m_error = tr("Cannot restrict the log file %1 to its owner.")
                      .arg(QDir::toNativeSeparators(filePath()));
        return false;
    }
    m_error.clear();
    return true;
}

void DiagnosticLog::rotate()
{
    m_file.close();
    const QString path = filePath();
    QFile::remove(numbered(path, m_maxFiles - 1));
    for (int n = m_maxFiles - 2; n >= 0; --n) {
        if (QFile::exists(numbered(path, n)))
            QFile::rename(numbered(path, n), numbered(path, n + 1));
    }
    // With a single file allowed, the current one is simply started again.
    QFile::remove(path);
}

void DiagnosticLog::write(const QString &text)
{
    if (!open())
        return;
    const QByteArray bytes = text.toUtf8() + '\n';
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        rotate();
        if (!open())
            return;
    }
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        m_error = tr("Cannot write the log file %1: %2")
                      .arg(QDir::toNativeSeparators(filePath()), m_file.errorString());
}

} // namespace zc
