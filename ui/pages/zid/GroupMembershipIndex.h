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

class PagedFetch;
class ZidService;

// Which ZIdentity groups each user belongs to. The API has no "groups of a user" call, so the
// index reads GET /groups (every page), then GET /groups/{id}/users of each group in turn
// (every page), and inverts it: 1 + one request per group (more for groups above 1,000
// members). It is built on demand, reports "group i of n" progress, can be cancelled, and
// stays valid until clear() (F5, another session).
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

    bool isRunning() const { return m_running; }
    bool isReady() const { return m_ready; }
    int groupCount() const { return static_cast<int>(m_groups.size()); }
    int groupsRead() const { return m_next; }
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
    void readNextGroup();
    void fail(const ApiError &error);
    void setRunning(bool running);
    void dropFetch();

    QPointer<ZidService> m_service;
    QPointer<PagedFetch> m_fetch;
    QJsonArray m_groups;
    QHash<QString, QList<int>> m_byUser; // user id -> indexes into m_groups
    ApiError m_lastError;
    int m_next = 0;
    bool m_running = false;
    bool m_ready = false;
};

} // namespace zc
