// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ZccDeviceQuery.h"
#include "net/Job.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

namespace zc {

class ZccService;

// A device list for one query: from the service's cache when fresh, else from the API (every
// page of getDevices at the maximum page size, one at a time; a request for a list already
// being fetched joins that fetch). Read devices() in the slot connected to succeeded;
// progress while pages arrive.
class ZccDeviceListJob : public Job
{
    Q_OBJECT
public:
    ~ZccDeviceListJob() override;

    const ZccDeviceQuery &query() const { return m_query; }
    QJsonArray devices() const { return m_devices; } // hostname filter applied
    bool fromCache() const { return m_fromCache; }
    QDateTime cachedAt() const { return m_cachedAt; }

Q_SIGNALS:
    void progress(int pagesLoaded, int totalPages, int recordsLoaded);

protected:
    void run() override;

private:
    friend class ZccService;
    ZccDeviceListJob(ZccService *service, ZccDeviceQuery query, bool preferCache);
    void complete(const QJsonArray &unfiltered, const QDateTime &cachedAt, bool fromCache);

    QPointer<ZccService> m_service;
    ZccDeviceQuery m_query;
    bool m_preferCache;
    QJsonArray m_devices;
    QDateTime m_cachedAt;
    bool m_fromCache = false;
};

} // namespace zc
