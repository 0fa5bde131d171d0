// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace zc {

class GroupMembershipJob;
class ZidService;

// Which ZIdentity groups each user belongs to, read on demand by a GroupMembershipJob (1 + one
// request per group): start() reads it, reporting "group i of n", cancel() stops it, and the
// index stays valid until clear() (F5, another session).
class GroupMembershipIndex : public QObject
{
    Q_OBJECT
public:
    explicit GroupMembershipIndex(QObject *parent = nullptr);
    ~GroupMembershipIndex() override;

    // Drops the index and any read under way; nullptr stops reading.
    void setService(ZidService *service);

    void start();
    void cancel();
    void clear();

    bool isRunning() const { return !m_job.isNull(); }
    bool isReady() const { return m_ready; }
    int groupCount() const { return static_cast<int>(m_groups.size()); }
    ApiError lastError() const { return m_lastError; }

    // The group records (as GET /groups sends them) the user is a member of, by name.
    QJsonArray groupsOf(const QString &userId) const;

Q_SIGNALS:
    void runningChanged(bool running);
    // groupCount is -1 while the group list itself is read.
    void progress(int groupsRead, int groupCount);
    void finished();
    void failed(const zc::ApiError &error);

private:
    QPointer<ZidService> m_service;
    QPointer<GroupMembershipJob> m_job;
    QJsonArray m_groups;
    QHash<QString, QList<int>> m_byUser; // user id -> indexes into m_groups
    ApiError m_lastError;
    bool m_ready = false;
};

} // namespace zc
