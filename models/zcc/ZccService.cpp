// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZccService.h"

#include "net/ApiClient.h"
#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString userOf(const QJsonObject &device)
{
    return device.value("user"_L1).toString();
}

int osTypeOf(const QJsonObject &device)
{
    const QJsonValue type = device.value("type"_L1);
    return type.isString() ? type.toString().toInt() : type.toInt();
}

} // namespace

ZccService::ZccService(ApiClient *client, QObject *parent)
    : Service(client, parent)
{
    if (client) {
        connect(client->rateLimiter(), &RateLimiter::budgetChanged, this,
                [this](Product product, const RateBudget &budget) {
                    if (product == Product::Zcc)
                        Q_EMIT budgetChanged(budget);
                });
    }
}

RateBudget ZccService::budget() const
{
    return client() ? client()->rateLimiter()->budget(Product::Zcc) : RateBudget();
}

bool ZccService::entryIsFresh(const CacheEntry &entry) const
{
    return entry.cachedAt.isValid() &&
           entry.cachedAt.msecsTo(QDateTime::currentDateTimeUtc()) < qint64(m_cacheSeconds) * 1000;
}

const ZccService::CacheEntry *ZccService::freshEntry(const ZccDeviceQuery &query, bool *exact) const
{
    const auto it = m_cache.constFind(query.apiKey());
    if (it != m_cache.constEnd() && entryIsFresh(it.value())) {
        *exact = true;
        return &it.value();
    }
    // A fresh list of every device answers any filter.
    const auto all = m_cache.constFind(ZccDeviceQuery().apiKey());
    if (all != m_cache.constEnd() && entryIsFresh(all.value())) {
        *exact = false;
        return &all.value();
    }
    return nullptr;
}

QDateTime ZccService::cachedAt(const ZccDeviceQuery &query) const
{
    bool exact = false;
    if (const CacheEntry *entry = freshEntry(query, &exact))
        return entry->cachedAt;
    const auto it = m_cache.constFind(query.apiKey());
    return it == m_cache.constEnd() ? QDateTime() : it.value().cachedAt;
}

bool ZccService::isFresh(const ZccDeviceQuery &query) const
{
    bool exact = false;
    return freshEntry(query, &exact) != nullptr;
}

void ZccService::clearCache()
{
    m_cache.clear();
    Q_EMIT cacheChanged();
}

bool ZccService::cachedDevices(const ZccDeviceQuery &query, QJsonArray *devices,
                               QDateTime *at) const
{
    bool exact = false;
    const CacheEntry *entry = freshEntry(query, &exact);
    if (!entry)
        return false;
    *at = entry->cachedAt;
    if (exact) {
        *devices = entry->devices;
        return true;
    }
    QJsonArray matching;
    for (const QJsonValue &value : entry->devices) {
        const QJsonObject device = value.toObject();
        if ((query.username.isEmpty() ||
             userOf(device).compare(query.username, Qt::CaseInsensitive) == 0) &&
            (query.osType == 0 || osTypeOf(device) == query.osType))
            matching.append(device);
    }
    *devices = matching;
    return true;
}

PagedFetch *ZccService::deviceFetch(const ZccDeviceQuery &query)
{
    const QString key = query.apiKey();
    if (PagedFetch *running = m_inFlight.value(key); running && !running->isFinished())
        return running;
    QList<std::pair<QString, QString>> items;
    if (!query.username.isEmpty())
        items.append({u"username"_s, query.username});
    if (query.osType != 0)
        items.append({u"osType"_s, QString::number(query.osType)});
    // The largest page: every page is one call of the hourly budget.
    PagedFetch *fetch = pages(ApiRequest::get(Product::Zcc, {u"getDevices"_s}, items)
                                  .expecting(ApiRequest::Expect::JsonArray),
                              PageStyle::Zcc, paging::maxPageSize(PageStyle::Zcc));
    m_inFlight.insert(key, fetch);
    // Connected before any job follows it: the cache is filled when they hear of it.
    connect(fetch, &Job::succeeded, this, [this, key, fetch] {
        m_cache.insert(key, {fetch->records(), QDateTime::currentDateTimeUtc()});
        Q_EMIT cacheChanged();
    });
    connect(fetch, &Job::finished, this, [this, key, fetch] {
        if (m_inFlight.value(key) == fetch)
            m_inFlight.remove(key);
    });
    return fetch;
}

ZccDeviceListJob *ZccService::devices(const ZccDeviceQuery &query, CachePolicy policy)
{
    auto *job = new ZccDeviceListJob(this, query, policy == CachePolicy::PreferCache);
    job->startLater();
    return job;
}

ApiJob *ZccService::deviceDetails(const QString &username, const QString &udid)
{
    QList<std::pair<QString, QString>> items;
    if (!username.isEmpty())
        items.append({u"username"_s, username});
    if (!udid.isEmpty())
        items.append({u"udid"_s, udid});
    return send(ApiRequest::get(Product::Zcc, {u"getDeviceDetails"_s}, items)
                    .expecting(ApiRequest::Expect::JsonObject));
}

ZccOtpJob *ZccService::otp(const QString &udid)
{
    return start<ZccOtpJob>(udid);
}

ApiRequest ZccService::otpRequest(const QString &udid)
{
    ApiRequest request = ApiRequest::get(Product::Zcc, {u"getOtp"_s}, {{u"udid"_s, udid}})
                             .expecting(ApiRequest::Expect::JsonObject);
    request.cacheBuster = true; // the seed: "add a dummy argument with a random number"
    return request;
}

} // namespace zc
