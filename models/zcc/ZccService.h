// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OtpSet.h"
#include "ZccDeviceListJob.h"
#include "ZccDeviceQuery.h"
#include "ZccOtpJob.h"
#include "net/RateLimiter.h"
#include "net/Service.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QString>

namespace zc {

// Client Connector calls. ZCC allows about 100 calls an hour per organization and IP
// (getOtp included), so device lists are cached per API query for a short, visible time
// (cacheLifetime(), default 5 minutes): a request for a list that is still fresh makes no
// call unless forced, and a fresh unfiltered list also answers filtered queries locally.
// The remaining budget comes from the response headers (x-ratelimit-*, x-rate-limit-remaining).
class ZccService : public Service
{
    Q_OBJECT
public:
    enum class CachePolicy
    {
        PreferCache, // a fresh cached list answers without a call
        Refresh      // always ask the API (and refresh the cache)
    };

    static constexpr int kDefaultCacheSeconds = 300;

    explicit ZccService(ApiClient *client, QObject *parent = nullptr);

    // Devices matching the query; started on the next turn.
    ZccDeviceListJob *devices(const ZccDeviceQuery &query,
                              CachePolicy policy = CachePolicy::PreferCache);
    // GET /getDeviceDetails?username=&udid= (either may be empty, not both).
    ApiJob *deviceDetails(const QString &username, const QString &udid);
    // GET /getOtp?udid=, started on the next turn.
    ZccOtpJob *otp(const QString &udid);
    // The request ZccOtpJob sends: a fresh random `_=` argument on every attempt.
    static ApiRequest otpRequest(const QString &udid);

    // The cache.
    int cacheLifetimeSeconds() const { return m_cacheSeconds; }
    void setCacheLifetimeSeconds(int seconds) { m_cacheSeconds = std::max(0, seconds); }
    QDateTime cachedAt(const ZccDeviceQuery &query) const; // invalid when nothing is cached
    bool isFresh(const ZccDeviceQuery &query) const;
    void clearCache();

    // What ZCC's headers last said (unknown until the first answer).
    RateBudget budget() const;

Q_SIGNALS:
    void budgetChanged(const zc::RateBudget &budget);
    void cacheChanged();

private:
    friend class ZccDeviceListJob;
    struct CacheEntry
    {
        QJsonArray devices; // unfiltered by hostname
        QDateTime cachedAt;
    };
    // The fresh cached devices that answer the query (hostname filter not applied), or false.
    bool cachedDevices(const ZccDeviceQuery &query, QJsonArray *devices, QDateTime *at) const;
    // The fetch of the query's API list: the one under way, or a new one that fills the cache.
    PagedFetch *deviceFetch(const ZccDeviceQuery &query);
    const CacheEntry *freshEntry(const ZccDeviceQuery &query, bool *exact) const;
    bool entryIsFresh(const CacheEntry &entry) const;

    int m_cacheSeconds = kDefaultCacheSeconds;
    QHash<QString, CacheEntry> m_cache;
    // Lists being fetched, by API key: a second request for the same list joins the first.
    QHash<QString, QPointer<PagedFetch>> m_inFlight;
};

} // namespace zc
