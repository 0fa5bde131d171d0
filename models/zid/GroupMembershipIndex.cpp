// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "GroupMembershipIndex.h"

#include "GroupMembershipJob.h"
#include "ZidService.h"
#include "common/RecordTableModel.h"

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
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void GroupMembershipIndex::setService(ZidService *service)
{
    clear();
    m_service = service;
}

void GroupMembershipIndex::clear()
{
    if (m_job) {
        GroupMembershipJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        Q_EMIT runningChanged(false);
    }
    m_groups = {};
    m_byUser.clear();
    m_ready = false;
    m_lastError = {};
}

void GroupMembershipIndex::start()
{
    if (!m_service || m_job)
        return;
    clear();
    auto *job = new GroupMembershipJob(m_service, this);
    m_job = job;
    connect(job, &GroupMembershipJob::progress, this, &GroupMembershipIndex::progress);
    connect(job, &Job::succeeded, this, [this, job] {
        m_groups = job->groups();
        m_byUser = job->groupsByUser();
        m_ready = true;
    });
    connect(job, &Job::failed, this, [this](Job *, const ApiError &error) { m_lastError = error; });
    connect(job, &Job::finished, this, [this] {
        m_job = nullptr;
        Q_EMIT runningChanged(false);
        if (m_ready)
            Q_EMIT finished();
        else
            Q_EMIT failed(m_lastError);
    });
    Q_EMIT runningChanged(true);
    job->start();
}

void GroupMembershipIndex::cancel()
{
    if (m_job)
        m_job->cancel();
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
