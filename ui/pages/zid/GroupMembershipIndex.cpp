// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "GroupMembershipIndex.h"

#include "common/RecordTableModel.h"
#include "net/Pager.h"
#include "zid/ZidService.h"

#include <QCollator>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

GroupMembershipIndex::GroupMembershipIndex(QObject *parent)
    : QObject(parent)
{}

GroupMembershipIndex::~GroupMembershipIndex()
{
    dropFetch();
}

void GroupMembershipIndex::setService(ZidService *service)
{
    clear();
    m_service = service;
}

void GroupMembershipIndex::dropFetch()
{
    if (!m_fetch)
        return;
    PagedFetch *fetch = m_fetch;
    m_fetch = nullptr;
    fetch->disconnect(this);
    fetch->cancel();
    fetch->deleteLater();
}

void GroupMembershipIndex::clear()
{
    dropFetch();
    m_groups = {};
    m_byUser.clear();
    m_next = 0;
    m_ready = false;
    m_lastError = {};
    setRunning(false);
}

void GroupMembershipIndex::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void GroupMembershipIndex::start()
{
    if (!m_service || m_running)
        return;
    clear();
    setRunning(true);
    Q_EMIT progress(0, -1);
    PagedFetch *fetch = m_service->groups();
    m_fetch = fetch;
    connect(fetch, &PagedFetch::finished, this, [this, fetch](const QJsonArray &records) {
        if (m_fetch != fetch)
            return;
        m_fetch = nullptr;
        fetch->deleteLater();
        m_groups = records;
        Q_EMIT progress(0, groupCount());
        readNextGroup();
    });
    connect(fetch, &PagedFetch::failed, this, [this, fetch](const ApiError &error) {
        if (m_fetch != fetch)
            return;
        m_fetch = nullptr;
        fetch->deleteLater();
        fail(error);
    });
    fetch->start();
}

void GroupMembershipIndex::readNextGroup()
{
    if (!m_service) {
        fail(ApiError::make(ApiError::Kind::Cancelled));
        return;
    }
    if (m_next >= groupCount()) {
        m_ready = true;
        setRunning(false);
        Q_EMIT finished();
        return;
    }
    const QString groupId = recordId(m_groups.at(m_next).toObject());
    PagedFetch *fetch = m_service->groupMembers(groupId);
    m_fetch = fetch;
    connect(fetch, &PagedFetch::finished, this, [this, fetch](const QJsonArray &members) {
        if (m_fetch != fetch)
            return;
        m_fetch = nullptr;
        fetch->deleteLater();
        for (const QJsonValue &member : members) {
            QList<int> &groups = m_byUser[recordId(member.toObject())];
            if (!groups.contains(m_next))
                groups.append(m_next);
        }
        ++m_next;
        Q_EMIT progress(m_next, groupCount());
        readNextGroup();
    });
    connect(fetch, &PagedFetch::failed, this, [this, fetch](const ApiError &error) {
        if (m_fetch != fetch)
            return;
        m_fetch = nullptr;
        fetch->deleteLater();
        fail(error);
    });
    fetch->start();
}

void GroupMembershipIndex::cancel()
{
    if (m_fetch)
        m_fetch->cancel(); // failed(Cancelled) ends the run
    else if (m_running)
        fail(ApiError::make(ApiError::Kind::Cancelled));
}

void GroupMembershipIndex::fail(const ApiError &error)
{
    m_lastError = error;
    m_ready = false;
    setRunning(false);
    Q_EMIT failed(error);
}

QJsonArray GroupMembershipIndex::groupsOf(const QString &userId) const
{
    QList<QJsonObject> groups;
    for (int index : m_byUser.value(userId))
        groups.append(m_groups.at(index).toObject());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(groups.begin(), groups.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        return collator.compare(a.value("name"_L1).toString(), b.value("name"_L1).toString()) < 0;
    });
    QJsonArray out;
    for (const QJsonObject &g : groups)
        out.append(g);
    return out;
}

} // namespace zc
