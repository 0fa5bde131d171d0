// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Job.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QString>

namespace zc {

class ZidService;

// Reads which ZIdentity groups each user belongs to. The API has no "groups of a user" call,
// so the job reads GET /groups (every page), then GET /groups/{id}/users of each group in turn
// (every page), and inverts it: 1 + one request per group (more for groups above 1,000
// members), reporting "group i of n".
class GroupMembershipJob : public Job
{
    Q_OBJECT
public:
    explicit GroupMembershipJob(ZidService *service, QObject *parent = nullptr);

    // The group records as GET /groups sent them.
    QJsonArray groups() const { return m_groups; }
    // User ID -> indexes into groups().
    QHash<QString, QList<int>> groupsByUser() const { return m_byUser; }
    int groupsRead() const { return m_next; }

Q_SIGNALS:
    // groupCount is -1 while the group list itself is read.
    void progress(int groupsRead, int groupCount);

protected:
    void run() override;

private:
    void readNextGroup();

    QPointer<ZidService> m_service;
    QJsonArray m_groups;
    QHash<QString, QList<int>> m_byUser;
    int m_next = 0;
};

} // namespace zc
