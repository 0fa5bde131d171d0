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
    : QObject(parent)
    , m_client(client)
    , m_udid(std::move(udid))
{
    start();
}

ZccOtpJob::~ZccOtpJob() = default;

OtpSet ZccOtpJob::takeOtps()
{
    return std::move(m_otps);
}

void ZccOtpJob::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_job)
        m_job->cancel();
    Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
    deleteLater();
}

void ZccOtpJob::start()
{
    if (!m_client) {
        m_done = true;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled)); },
            Qt::QueuedConnection);
        return;
    }
    ApiRequest request = ApiRequest::get(Product::Zcc, {u"getOtp"_s}, {{u"udid"_s, m_udid}});
    request.expect = ApiRequest::Expect::JsonObject;
    request.cacheBuster = true; // the seed: "add a dummy argument with a random number"
    m_job = m_client->send(request);
    connect(m_job, &ApiJob::succeeded, this, [this](ApiJob *job) {
        if (m_done)
            return;
        m_done = true;
        m_otps = OtpSet::fromJson(job->json().object());
        Q_EMIT finished(this);
        deleteLater();
    });
    connect(m_job, &ApiJob::failed, this, [this](ApiJob *, const ApiError &error) {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT failed(error);
        deleteLater();
    });
}

// --- ZccDeviceListJob -------------------------------------------------------------------------

ZccDeviceListJob::ZccDeviceListJob(ZccDeviceQuery query, QObject *parent)
    : QObject(parent)
    , m_query(std::move(query))
{}

ZccDeviceListJob::~ZccDeviceListJob() = default;

void ZccDeviceListJob::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_fetch)
        m_fetch->cancel();
    Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
}

void ZccDeviceListJob::complete(const QJsonArray &unfiltered, const QDateTime &cachedAt,
                                bool fromCache)
{
    if (m_done)
        return;
    m_done = true;
    m_devices = zcc::filterByHostname(unfiltered, m_query.hostname);
    m_cachedAt = cachedAt;
    m_fromCache = fromCache;
    Q_EMIT finished(this);
}

void ZccDeviceListJob::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
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

ZccDeviceListJob *ZccService::devices(const ZccDeviceQuery &query, CachePolicy policy)
{
    auto *job = new ZccDeviceListJob(query, this);
    connect(job, &ZccDeviceListJob::finished, job, &QObject::deleteLater);
    connect(job, &ZccDeviceListJob::failed, job, &QObject::deleteLater);

    bool exact = false;
    if (policy == CachePolicy::PreferCache) {
        if (const CacheEntry *entry = freshEntry(query, &exact)) {
            QJsonArray devices = entry->devices;
            if (!exact) {
                QJsonArray matching;
                for (const QJsonValue &value : std::as_const(devices)) {
                    const QJsonObject device = value.toObject();
                    if ((query.username.isEmpty() ||
                         userOf(device).compare(query.username, Qt::CaseInsensitive) == 0) &&
                        (query.osType == 0 || osTypeOf(device) == query.osType))
                        matching.append(device);
                }
                devices = matching;
            }
            const QDateTime at = entry->cachedAt;
            QMetaObject::invokeMethod(
                job, [job, devices, at] { job->complete(devices, at, true); },
                Qt::QueuedConnection);
            return job;
        }
    }

    const QString key = query.apiKey();
    PagedFetch *fetch = m_inFlight.value(key);
    if (!fetch || !fetch->isRunning()) {
        QList<std::pair<QString, QString>> items;
        if (!query.username.isEmpty())
            items.append({u"username"_s, query.username});
        if (query.osType != 0)
            items.append({u"osType"_s, QString::number(query.osType)});
        ApiRequest request = ApiRequest::get(Product::Zcc, {u"getDevices"_s}, items);
        request.expect = ApiRequest::Expect::JsonArray;
        // The largest page: every page is one call of the hourly budget.
        fetch = new PagedFetch(m_client, request, PageStyle::Zcc,
                               paging::maxPageSize(PageStyle::Zcc), this);
        m_inFlight.insert(key, fetch);
        connect(fetch, &PagedFetch::finished, this, [this, key, fetch](const QJsonArray &records) {
            m_cache.insert(key, {records, QDateTime::currentDateTimeUtc()});
            if (m_inFlight.value(key) == fetch)
                m_inFlight.remove(key);
            fetch->deleteLater();
            Q_EMIT cacheChanged();
        });
        connect(fetch, &PagedFetch::failed, this, [this, key, fetch](const ApiError &) {
            if (m_inFlight.value(key) == fetch)
                m_inFlight.remove(key);
            fetch->deleteLater();
        });
        QMetaObject::invokeMethod(fetch, &PagedFetch::start, Qt::QueuedConnection);
    }
    job->m_fetch = fetch;
    connect(fetch, &PagedFetch::progress, job, &ZccDeviceListJob::progress);
    connect(fetch, &PagedFetch::finished, job, [this, job, key](const QJsonArray &records) {
        const auto it = m_cache.constFind(key);
        job->complete(records,
                      it == m_cache.constEnd() ? QDateTime::currentDateTimeUtc()
                                               : it.value().cachedAt,
                      false);
    });
    connect(fetch, &PagedFetch::failed, job, &ZccDeviceListJob::fail);
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
    return new ZccOtpJob(m_client, udid, this);
}

} // namespace zc
