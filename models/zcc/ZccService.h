// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiClient.h"
#include "net/ApiError.h"
#include "net/Job.h"
#include "net/Pager.h"
#include "net/RateLimiter.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace zc {

class ApiClient;
class ApiJob;
class PagedFetch;
class ZccService;

// What a device search asks for. `username` and `osType` go to the API (getDevices filters
// on them); the API has no hostname filter, so `hostname` is applied here, on the client, to
// machineHostname (case-insensitive substring).
struct ZccDeviceQuery
{
    QString username; // exact login, case-insensitive (as getDevices' username)
    QString hostname; // client-side filter
    int osType = 0;   // 0: any; 1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux

    // The key of the API query (hostname excluded): what the device-list cache is keyed on.
    QString apiKey() const;
    bool operator==(const ZccDeviceQuery &other) const = default;
};

namespace zcc {
// "windows", "macos", "linux", "ios", "android" (case-insensitive) → 3, 4, 5, 1, 2; 0 when
// the name is unknown.
int osTypeFromName(const QString &name);
// "Windows", "macOS", "Linux", "iOS", "Android"; the number itself when unknown.
QString osTypeName(int osType);
// Registration state of getDevices ("Registered", or a number 1..5) as a translated word.
QString registrationStateName(const QJsonValue &state);
// Devices whose machineHostname contains `hostname` (case-insensitive); all when empty.
QJsonArray filterByHostname(const QJsonArray &devices, const QString &hostname);
} // namespace zcc

// One OTP kind of a device: the API's key and the value. The value is a secret: never
// logged, never put into an error; OtpSet wipes it when dropped.
struct OtpEntry
{
    QString key;      // "exitOtp"
    QByteArray value; // UTF-8; may be empty (the tenant sent "")
};

// The OTPs of one device, in the portal's order (unknown kinds last). Move-only so that the
// values have a single owner, wiped (zc::secureWipe) on destruction and clear().
class OtpSet
{
public:
    OtpSet() = default;
    ~OtpSet();
    OtpSet(OtpSet &&other) noexcept;
    OtpSet &operator=(OtpSet &&other) noexcept;
    OtpSet(const OtpSet &) = delete;
    OtpSet &operator=(const OtpSet &) = delete;

    // Every member of a getOtp answer whose value is a string.
    static OtpSet fromJson(const QJsonObject &answer);

    const QList<OtpEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear();

    // The known kinds in the portal's order: otp, exitOtp, logoutOtp, ...
    static const QStringList &knownKinds();
    // A translated readable name: "Exit", "Disable ZIA", "Disable Endpoint DLP (ZDP)"...; the
    // key itself for a kind this version does not know.
    static QString kindName(const QString &key);

private:
    QList<OtpEntry> m_entries;
};

// One OTP retrieval by UDID: GET /getOtp?udid= with a fresh random `_=` argument on every
// attempt. Call takeOtps() in the slot connected to succeeded (it hands the values over once;
// the job keeps no copy).
class ZccOtpJob : public Job
{
    Q_OBJECT
public:
    ZccOtpJob(ApiClient *client, QString udid, QObject *parent = nullptr);
    ~ZccOtpJob() override;

    QString udid() const { return m_udid; }
    OtpSet takeOtps();

protected:
    void run() override;

private:
    QPointer<ApiClient> m_client;
    QString m_udid;
    OtpSet m_otps;
};

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

// Client Connector calls. ZCC allows about 100 calls an hour per organization and IP
// (getOtp included), so device lists are cached per API query for a short, visible time
// (cacheLifetime(), default 5 minutes): a request for a list that is still fresh makes no
// call unless forced, and a fresh unfiltered list also answers filtered queries locally.
// The remaining budget comes from the response headers (x-ratelimit-*, x-rate-limit-remaining).
class ZccService : public QObject
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

    ApiClient *client() const { return m_client; }

    // Devices matching the query; started on the next turn.
    ZccDeviceListJob *devices(const ZccDeviceQuery &query,
                              CachePolicy policy = CachePolicy::PreferCache);
    // GET /getDeviceDetails?username=&udid= (either may be empty, not both).
    ApiJob *deviceDetails(const QString &username, const QString &udid);
    // GET /getOtp?udid=, started on the next turn.
    ZccOtpJob *otp(const QString &udid);

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

    QPointer<ApiClient> m_client;
    int m_cacheSeconds = kDefaultCacheSeconds;
    QHash<QString, CacheEntry> m_cache;
    // Lists being fetched, by API key: a second request for the same list joins the first.
    QHash<QString, QPointer<PagedFetch>> m_inFlight;
};

} // namespace zc
