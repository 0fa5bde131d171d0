// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "GroupMembershipJob.h"

#include "ZidService.h"
#include "common/RecordTableModel.h"
#include "net/Pager.h"

namespace zc {

GroupMembershipJob::GroupMembershipJob(ZidService *service, QObject *parent)
    : Job(parent)
    , m_service(service)
{}

void GroupMembershipJob::run()
{
    if (!m_service) {
        fail(cancelledError());
        return;
    }
    Q_EMIT progress(0, -1);
    follow(m_service->groups(), [this](PagedFetch *fetch) {
        m_groups = fetch->records();
        Q_EMIT progress(0, static_cast<int>(m_groups.size()));
        readNextGroup();
    });
}

void GroupMembershipJob::readNextGroup()
{
    if (m_next >= m_groups.size()) {
        succeed();
        return;
    }
    if (!m_service) {
        fail(cancelledError());
        return;
    }
    const QString groupId = recordId(m_groups.at(m_next).toObject());
    follow(m_service->groupMembers(groupId), [this](PagedFetch *fetch) {
        for (const QJsonValue &member : fetch->records()) {
            QList<int> &groups = m_byUser[recordId(member.toObject())];
            if (!groups.contains(m_next))
                groups.append(m_next);
        }
        ++m_next;
        Q_EMIT progress(m_next, static_cast<int>(m_groups.size()));
        readNextGroup();
    });
}

} // namespace zc
