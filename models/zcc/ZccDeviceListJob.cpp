// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZccDeviceListJob.h"

#include "ZccService.h"
#include "net/Pager.h"

namespace zc {

ZccDeviceListJob::ZccDeviceListJob(ZccService *service, ZccDeviceQuery query, bool preferCache)
    : Job(service)
    , m_service(service)
    , m_query(std::move(query))
    , m_preferCache(preferCache)
{}

ZccDeviceListJob::~ZccDeviceListJob() = default;

void ZccDeviceListJob::run()
{
    if (!m_service) {
        fail(cancelledError());
        return;
    }
    QJsonArray cached;
    QDateTime at;
    if (m_preferCache && m_service->cachedDevices(m_query, &cached, &at)) {
        complete(cached, at, true);
        return;
    }
    PagedFetch *fetch = m_service->deviceFetch(m_query);
    connect(fetch, &PagedFetch::progress, this, &ZccDeviceListJob::progress);
    follow(fetch, [this](PagedFetch *done) {
        const QDateTime fetchedAt = m_service ? m_service->cachedAt(m_query) : QDateTime();
        complete(done->records(), fetchedAt.isValid() ? fetchedAt : QDateTime::currentDateTimeUtc(),
                 false);
    });
}

void ZccDeviceListJob::complete(const QJsonArray &unfiltered, const QDateTime &cachedAt,
                                bool fromCache)
{
    m_devices = zcc::filterByHostname(unfiltered, m_query.hostname);
    m_cachedAt = cachedAt;
    m_fromCache = fromCache;
    succeed();
}

} // namespace zc
