// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZccService.h"

#include "auth/Credentials.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "net/Pager.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

struct OsName
{
    int osType;
    QLatin1StringView key;
    QLatin1StringView name;
};
constexpr std::array kOsNames{
    OsName{1, "ios"_L1, "iOS"_L1},         OsName{2, "android"_L1, "Android"_L1},
    OsName{3, "windows"_L1, "Windows"_L1}, OsName{4, "macos"_L1, "macOS"_L1},
    OsName{5, "linux"_L1, "Linux"_L1},
};

struct OtpKind
{
    const char *key;
    const char *name;
};
// The portal's labels (oneapi-notes.md, "Device OTPs"), in its order; the API adds the last
// two.
constexpr std::array kOtpKinds{
    OtpKind{"otp", QT_TRANSLATE_NOOP("zc::OtpSet", "One-time password")},
    OtpKind{"exitOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Exit")},
    OtpKind{"logoutOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Logout")},
    OtpKind{"uninstallOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Uninstall")},
    OtpKind{"revertOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Revert")},
    OtpKind{"ziaDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable ZIA")},
    OtpKind{"zpaDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable ZPA")},
    OtpKind{"zdxDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable ZDX")},
    OtpKind{"zdpDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable Endpoint DLP (ZDP)")},
    OtpKind{"antiTemperingDisableOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Disable anti-tampering")},
    OtpKind{"deceptionSettingsOtp", QT_TRANSLATE_NOOP("zc::OtpSet", "Deception settings")},
};

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

// --- ZccDeviceQuery and helpers ---------------------------------------------------------------

QString ZccDeviceQuery::apiKey() const
{
    return username.toLower() + u'\n' + QString::number(osType);
}

namespace zcc {

int osTypeFromName(const QString &name)
{
    for (const OsName &os : kOsNames) {
        if (name.compare(os.key, Qt::CaseInsensitive) == 0)
            return os.osType;
    }
    return 0;
}

QString osTypeName(int osType)
{
    for (const OsName &os : kOsNames) {
        if (os.osType == osType)
            return os.name;
    }
    return QString::number(osType);
}

QString registrationStateName(const QJsonValue &state)
{
    static const std::array names{
        QT_TRANSLATE_NOOP("zc::ZccService", "Registered"),
        QT_TRANSLATE_NOOP("zc::ZccService", "Unregistered"),
        QT_TRANSLATE_NOOP("zc::ZccService", "Removal Pending"),
        QT_TRANSLATE_NOOP("zc::ZccService", "Removed"),
        QT_TRANSLATE_NOOP("zc::ZccService", "Quarantined"),
    };
    int code = 0;
    if (state.isDouble()) {
        code = state.toInt();
    } else {
        const QString text = state.toString().trimmed();
        bool ok = false;
        code = text.toInt(&ok);
        if (!ok) {
            for (size_t i = 0; i < names.size(); ++i) {
                if (text.compare(QLatin1StringView(names[i]), Qt::CaseInsensitive) == 0)
                    code = int(i) + 1;
            }
            if (code == 0)
                return text;
        }
    }
    if (code >= 1 && code <= int(names.size()))
        return QCoreApplication::translate("zc::ZccService", names[size_t(code - 1)]);
    return QCoreApplication::translate("zc::ZccService", "Unknown (%1)").arg(code);
}

QJsonArray filterByHostname(const QJsonArray &devices, const QString &hostname)
{
    if (hostname.isEmpty())
        return devices;
    QJsonArray matching;
    for (const QJsonValue &device : devices) {
        if (device.toObject()
                .value("machineHostname"_L1)
                .toString()
                .contains(hostname, Qt::CaseInsensitive))
            matching.append(device);
    }
    return matching;
}

} // namespace zcc

// --- OtpSet -----------------------------------------------------------------------------------

OtpSet::~OtpSet()
{
    clear();
}

OtpSet::OtpSet(OtpSet &&other) noexcept
    : m_entries(std::move(other.m_entries))
{
    other.m_entries.clear();
}

OtpSet &OtpSet::operator=(OtpSet &&other) noexcept
{
    if (this != &other) {
        clear();
        m_entries = std::move(other.m_entries);
        other.m_entries.clear();
    }
    return *this;
}

void OtpSet::clear()
{
    for (OtpEntry &entry : m_entries)
        secureWipe(entry.value);
    m_entries.clear();
}

const QStringList &OtpSet::knownKinds()
{
    static const QStringList kinds = [] {
        QStringList list;
        for (const OtpKind &kind : kOtpKinds)
            list.append(QLatin1StringView(kind.key));
        return list;
    }();
    return kinds;
}

QString OtpSet::kindName(const QString &key)
{
    for (const OtpKind &kind : kOtpKinds) {
        if (key == QLatin1StringView(kind.key))
            return QCoreApplication::translate("zc::OtpSet", kind.name);
    }
    return key;
}

OtpSet OtpSet::fromJson(const QJsonObject &answer)
{
    OtpSet set;
    for (const QString &kind : knownKinds()) {
        const QJsonValue value = answer.value(kind);
        if (value.isString())
            set.m_entries.append({kind, value.toString().toUtf8()});
    }
    QStringList others;
    for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
        if (it.value().isString() && !knownKinds().contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    for (const QString &key : std::as_const(others))
        set.m_entries.append({key, answer.value(key).toString().toUtf8()});
    return set;
}

// --- ZccOtpJob --------------------------------------------------------------------------------

ZccOtpJob::ZccOtpJob(ApiClient *client, QString udid, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_udid(std::move(udid))
{}

ZccOtpJob::~ZccOtpJob() = default;

OtpSet ZccOtpJob::takeOtps()
{
    return std::move(m_otps);
}

void ZccOtpJob::run()
{
    if (!m_client) {
        fail(cancelledError());
        return;
    }
    ApiRequest request = ApiRequest::get(Product::Zcc, {u"getOtp"_s}, {{u"udid"_s, m_udid}});
    request.expect = ApiRequest::Expect::JsonObject;
    request.cacheBuster = true; // the seed: "add a dummy argument with a random number"
    follow(m_client->send(request), [this](ApiJob *job) {
        m_otps = OtpSet::fromJson(job->json().object());
        succeed();
    });
}

// --- ZccDeviceListJob -------------------------------------------------------------------------

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

// --- ZccService -------------------------------------------------------------------------------

ZccService::ZccService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
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
    return m_client ? m_client->rateLimiter()->budget(Product::Zcc) : RateBudget();
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
    ApiRequest request = ApiRequest::get(Product::Zcc, {u"getDevices"_s}, items);
    request.expect = ApiRequest::Expect::JsonArray;
    // The largest page: every page is one call of the hourly budget.
    auto *fetch = new PagedFetch(m_client, request, PageStyle::Zcc,
                                 paging::maxPageSize(PageStyle::Zcc), this);
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
    ApiRequest request = ApiRequest::get(Product::Zcc, {u"getDeviceDetails"_s}, items);
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

ZccOtpJob *ZccService::otp(const QString &udid)
{
    auto *job = new ZccOtpJob(m_client, udid, m_client);
    job->startLater();
    return job;
}

} // namespace zc
