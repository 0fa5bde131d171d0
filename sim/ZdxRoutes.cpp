// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZdxRoutes.h"

#include "DeepTraceResults.h"
#include "SimClock.h"
#include "SimServer.h"
#include "TenantData.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

QString encodeCursor(int index)
{
    return QString::fromLatin1(
        QByteArray("zdx:" + QByteArray::number(index))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// -1 when the cursor is not one of ours.
int decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("zdx:"))
        return -1;
    bool ok = false;
    const int index = decoded.decoded.mid(4).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

// Every value of a list parameter: repeated (emails=a&emails=b) or comma-separated.
QStringList listParameter(const QUrlQuery &query, const QString &key)
{
    QStringList values;
    const QStringList raw = query.allQueryItemValues(key, QUrl::FullyDecoded);
    for (const QString &item : raw) {
        const QStringList parts = item.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                values.append(part.trimmed());
        }
    }
    return values;
}

struct Paging
{
    int limit = ZdxRoutes::defaultLimit;
    int start = 0;
    QString error;
};

Paging parsePaging(const QUrlQuery &query)
{
    Paging paging;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        paging.limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || paging.limit < 1 || paging.limit > ZdxRoutes::maxLimit) {
            paging.error = u"\"limit\" must be a number from 1 to %1."_s.arg(ZdxRoutes::maxLimit);
            return paging;
        }
    }
    const QString offset = query.queryItemValue(u"offset"_s, QUrl::FullyDecoded);
    if (!offset.isEmpty()) {
        paging.start = decodeCursor(offset);
        if (paging.start < 0)
            paging.error = u"\"offset\" is not a cursor this API returned (use next_offset)."_s;
    }
    return paging;
}

bool parseEpoch(const QUrlQuery &query, const QString &key, qint64 *out, QString *error)
{
    if (!query.hasQueryItem(key))
        return true;
    bool ok = false;
    *out = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || *out < 0) {
        *error = u"\"%1\" must be a time in epoch seconds."_s.arg(key);
        return false;
    }
    return true;
}

// An optional positive integer member: a JSON number or a numeric string.
bool optionalId(const QJsonObject &body, const QString &key, int *out, QString *error)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    bool ok = false;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = d == std::floor(d) && d > 0 && d < 2e9;
        *out = ok ? static_cast<int>(d) : 0;
    } else if (v.isString()) {
        *out = v.toString().toInt(&ok);
        ok = ok && *out > 0;
    }
    if (!ok)
        *error = u"\"%1\" must be a positive integer ID."_s.arg(key);
    return ok;
}

} // namespace

struct ZdxRoutes::Index
{
    QList<QString> deviceText; // lower-cased "hostname\nemail\nlogin" per device
    QList<QString> userText;   // lower-cased "display name\nemail\nlogin" per user
    QList<QList<int>> devicesOfUser;
    QHash<int, int> deviceByZdxId;
    QHash<int, int> userByZdxId;
};

ZdxRoutes::ZdxRoutes(const SimServer &server, const SimClock &clock)
    : m_server(server)
    , m_clock(clock)
{}

ZdxRoutes::~ZdxRoutes() = default;

const ZdxRoutes::Index &ZdxRoutes::index()
{
    if (m_index)
        return *m_index;
    const TenantData &data = m_server.tenantData();
    auto index = std::make_unique<Index>();
    index->devicesOfUser.resize(data.users.size());
    index->userText.reserve(data.users.size());
    for (qsizetype u = 0; u < data.users.size(); ++u) {
        const SimUser &user = data.users.at(u);
        index->userText.append(
            (user.displayName + u'\n' + user.primaryEmail + u'\n' + user.loginName).toLower());
        index->userByZdxId.insert(user.zdxUserId, int(u));
    }
    index->deviceText.reserve(data.devices.size());
    for (qsizetype d = 0; d < data.devices.size(); ++d) {
        const SimDevice &device = data.devices.at(d);
        const SimUser *user = device.userIndex >= 0 && device.userIndex < data.users.size()
                                  ? &data.users.at(device.userIndex)
                                  : nullptr;
        index->deviceText.append((device.hostname + u'\n' +
                                  (user ? user->primaryEmail + u'\n' + user->loginName : QString()))
                                     .toLower());
        if (user)
            index->devicesOfUser[device.userIndex].append(int(d));
        index->deviceByZdxId.insert(device.zdxDeviceId, int(d));
    }
    m_index = std::move(index);
    return *m_index;
}

DeepTraces &ZdxRoutes::traces()
{
    if (!m_traces)
        m_traces = std::make_unique<DeepTraces>(m_clock, m_server.options().seed);
    return *m_traces;
}

std::optional<HttpResponse> ZdxRoutes::handle(const RouteContext &context)
{
    const QStringList parts = context.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    if (parts.size() == 1 && parts.first() == "devices"_L1) {
        if (!context.request.isRead())
            return methodNotAllowed("GET");
        return devices(context);
    }
    if (parts.size() == 1 && parts.first() == "users"_L1) {
        if (!context.request.isRead())
            return methodNotAllowed("GET");
        return users(context);
    }
    if (parts.size() >= 3 && parts.first() == "devices"_L1 && parts.at(2) == "deeptraces"_L1)
        return deepTraces(context, parts);
    return std::nullopt;
}

namespace {

QJsonObject deviceJson(const TenantData &data, const SimDevice &device)
{
    const int userId = device.userIndex >= 0 && device.userIndex < data.users.size()
                           ? data.users.at(device.userIndex).zdxUserId
                           : 0;
    return QJsonObject{
        {u"id"_s, device.zdxDeviceId}, {u"name"_s, device.hostname}, {u"userid"_s, userId}};
}

// The filters devices and users share: emails (login or primary email), userids and q (a
// lower-case text the record's index text must contain).
struct PeopleFilter
{
    QSet<QString> emails;
    QSet<int> userIds;
    QString q;

    // An empty string, or the message of a 400.
    QString read(const QUrlQuery &query)
    {
        for (const QString &e : listParameter(query, u"emails"_s))
            emails.insert(e.toLower());
        for (const QString &id : listParameter(query, u"userids"_s)) {
            bool ok = false;
            const int n = id.toInt(&ok);
            if (!ok)
                return u"\"userids\" must hold numeric user IDs."_s;
            userIds.insert(n);
        }
        q = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed().toLower();
        return {};
    }

    // `user` is null for a device without a user.
    bool matches(const SimUser *user, const QString &indexText) const
    {
        if (!emails.isEmpty() && (!user || (!emails.contains(user->primaryEmail.toLower()) &&
                                            !emails.contains(user->loginName.toLower()))))
            return false;
        if (!userIds.isEmpty() && (!user || !userIds.contains(user->zdxUserId)))
            return false;
        return q.isEmpty() || indexText.contains(q);
    }
};

// One cursor page of the `count` records that match: up to paging.limit of them from
// paging.start, under `key`, and the cursor of the next match (null after the last).
template<typename Matches, typename ToJson>
HttpResponse cursorPage(const QString &key, int count, const Paging &paging, Matches matches,
                        ToJson toJson)
{
    QJsonArray list;
    int i = paging.start;
    for (; i < count && list.size() < paging.limit; ++i) {
        if (matches(i))
            list.append(toJson(i));
    }
    while (i < count && !matches(i))
        ++i;
    return HttpResponse::json(
        200, QJsonObject{{key, list},
                         {u"next_offset"_s,
                          i < count ? QJsonValue(encodeCursor(i)) : QJsonValue(QJsonValue::Null)}});
}

} // namespace

HttpResponse ZdxRoutes::devices(const RouteContext &context)
{
    const QUrlQuery &query = context.request.query;
    const Paging paging = parsePaging(query);
    if (!paging.error.isEmpty())
        return HttpResponse::invalidInput(paging.error);
    qint64 from = -1, to = -1;
    QString error;
    if (!parseEpoch(query, u"from"_s, &from, &error) || !parseEpoch(query, u"to"_s, &to, &error))
        return HttpResponse::invalidInput(error);
    if (from >= 0 && to >= 0 && to < from)
        return HttpResponse::invalidInput(u"\"to\" must not be before \"from\"."_s);
    PeopleFilter filter;
    if (const QString problem = filter.read(query); !problem.isEmpty())
        return HttpResponse::invalidInput(problem);

    const TenantData &data = m_server.tenantData();
    const Index &idx = index();
    const auto matches = [&](int d) {
        const SimDevice &device = data.devices.at(d);
        const bool hasUser = device.userIndex >= 0 && device.userIndex < data.users.size();
        return filter.matches(hasUser ? &data.users.at(device.userIndex) : nullptr,
                              idx.deviceText.at(d)) &&
               (from < 0 || device.lastSeenEpoch >= from);
    };
    return cursorPage(u"devices"_s, int(data.devices.size()), paging, matches,
                      [&](int d) { return deviceJson(data, data.devices.at(d)); });
}

HttpResponse ZdxRoutes::users(const RouteContext &context)
{
    const QUrlQuery &query = context.request.query;
    const Paging paging = parsePaging(query);
    if (!paging.error.isEmpty())
        return HttpResponse::invalidInput(paging.error);
    PeopleFilter filter;
    if (const QString problem = filter.read(query); !problem.isEmpty())
        return HttpResponse::invalidInput(problem);

    const TenantData &data = m_server.tenantData();
    const Index &idx = index();
    const auto matches = [&](int u) {
        return filter.matches(&data.users.at(u), idx.userText.at(u));
    };
    return cursorPage(u"users"_s, int(data.users.size()), paging, matches, [&](int u) {
        const SimUser &user = data.users.at(u);
        QJsonArray devices;
        for (int d : idx.devicesOfUser.at(u))
            devices.append(deviceJson(data, data.devices.at(d)));
        return QJsonObject{{u"id"_s, user.zdxUserId},
                           {u"name"_s, user.displayName},
                           {u"email"_s, user.primaryEmail},
                           {u"devices"_s, devices}};
    });
}

std::optional<HttpResponse> ZdxRoutes::deepTraces(const RouteContext &context,
                                                  const QStringList &parts)
{
    if (parts.size() > 5)
        return std::nullopt;
    const QByteArray &method = context.request.method;
    bool ok = false;
    const int deviceId = parts.at(1).toInt(&ok);
    const Index &idx = index();
    const auto deviceIt = ok ? idx.deviceByZdxId.constFind(deviceId) : idx.deviceByZdxId.cend();
    if (deviceIt == idx.deviceByZdxId.cend())
        return HttpResponse::notFound(u"Device %1 is not known to ZDX."_s.arg(parts.at(1)));

    if (parts.size() == 3) {
        if (method == "POST")
            return startTrace(context, deviceIt.value());
        if (!context.request.isRead())
            return methodNotAllowed("GET, POST");
        QJsonArray list;
        const QList<const DeepTraces::Trace *> found = traces().tracesOf(deviceId);
        for (const DeepTraces::Trace *trace : found)
            list.append(traces().toJson(*trace));
        return HttpResponse::json(200, list);
    }

    const qint64 traceId = parts.at(3).toLongLong(&ok);
    const DeepTraces::Trace *trace = ok ? traces().find(deviceId, traceId) : nullptr;
    if (!trace)
        return HttpResponse::notFound(
            u"Deep trace %1 does not exist on device %2."_s.arg(parts.at(3)).arg(deviceId));

    if (parts.size() == 4) {
        if (method == "DELETE") {
            traces().remove(deviceId, traceId);
            HttpResponse noContent;
            noContent.status = 204;
            return noContent;
        }
        if (!context.request.isRead())
            return methodNotAllowed("GET, DELETE");
        return HttpResponse::json(200, traces().toJson(*trace));
    }

    const QString &kind = parts.at(4);
    const DeepTraceResults results = traces().results(*trace);
    std::optional<HttpResponse> answer;
    if (kind == "health-metrics"_L1)
        answer = HttpResponse::json(200, results.healthMetrics());
    else if (kind == "top-processes"_L1)
        answer = HttpResponse::json(200, results.topProcesses());
    else if (kind == "webprobe-metrics"_L1)
        answer = HttpResponse::json(200, results.webProbeMetrics());
    else if (kind == "cloudpath-metrics"_L1)
        answer = HttpResponse::json(200, results.cloudPathMetrics());
    else if (kind == "cloudpath"_L1)
        answer = HttpResponse::json(200, results.cloudPath());
    else if (kind == "events"_L1)
        answer = HttpResponse::json(200, results.events());
    else
        return std::nullopt;
    if (!context.request.isRead())
        return methodNotAllowed("GET");
    return answer;
}

HttpResponse ZdxRoutes::startTrace(const RouteContext &context, int deviceIndex)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::invalidInput(u"The request body must be a JSON object."_s);
    const QJsonObject body = document.object();

    DeepTraces::Settings settings;
    const QJsonValue name = body.value(u"session_name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return HttpResponse::invalidInput(u"\"session_name\" is required."_s);
    if (name.toString().size() > 128)
        return HttpResponse::invalidInput(u"\"session_name\" is longer than 128 characters."_s);
    settings.sessionName = name.toString().trimmed();

    const QJsonValue length = body.value(u"session_length_minutes"_s);
    const double minutes = length.isDouble() ? length.toDouble() : -1;
    if (minutes != 5 && minutes != 15 && minutes != 30 && minutes != 60)
        return HttpResponse::invalidInput(u"\"session_length_minutes\" must be 5, 15, 30 or 60."_s);
    settings.lengthMinutes = static_cast<int>(minutes);

    const QJsonValue probe = body.value(u"probe_device"_s);
    if (!probe.isUndefined() && !probe.isNull() && !probe.isBool())
        return HttpResponse::invalidInput(u"\"probe_device\" must be true or false."_s);
    settings.probeDevice = probe.toBool(false);

    QString error;
    if (!optionalId(body, u"app_id"_s, &settings.appId, &error) ||
        !optionalId(body, u"web_probe_id"_s, &settings.webProbeId, &error) ||
        !optionalId(body, u"cloudpath_probe_id"_s, &settings.cloudPathProbeId, &error))
        return HttpResponse::invalidInput(error);
    if (settings.appId && !DeepTraces::appById(settings.appId))
        return HttpResponse::invalidInput(
            u"Application %1 is not monitored by ZDX."_s.arg(settings.appId));
    const DeepTraces::App *web = DeepTraces::appByWebProbe(settings.webProbeId);
    if (settings.webProbeId && !web)
        return HttpResponse::invalidInput(
            u"Web probe %1 does not exist."_s.arg(settings.webProbeId));
    const DeepTraces::App *path = DeepTraces::appByCloudPathProbe(settings.cloudPathProbeId);
    if (settings.cloudPathProbeId && !path)
        return HttpResponse::invalidInput(
            u"CloudPath probe %1 does not exist."_s.arg(settings.cloudPathProbeId));
    if (settings.appId &&
        ((web && web->id != settings.appId) || (path && path->id != settings.appId)))
        return HttpResponse::invalidInput(
            u"The probes must belong to application %1."_s.arg(settings.appId));

    const TenantData &data = m_server.tenantData();
    const SimDevice &simDevice = data.devices.at(deviceIndex);
    DeepTraces::Device device;
    device.id = simDevice.zdxDeviceId;
    device.name = simDevice.hostname;
    device.osType = simDevice.osType;
    if (simDevice.userIndex >= 0 && simDevice.userIndex < data.users.size()) {
        device.username = data.users.at(simDevice.userIndex).primaryEmail;
        device.userId = data.users.at(simDevice.userIndex).zdxUserId;
    }

    qint64 traceId = 0;
    switch (traces().start(device, settings, &traceId)) {
    case DeepTraces::StartResult::DeviceBusy:
        return HttpResponse::error(
            409, u"DEEP_TRACE_ALREADY_ACTIVE"_s,
            u"Device %1 already has an active deep trace (%2): only one deep trace can run on a "
            "device at a time. Wait for it to end or delete it."_s.arg(device.id)
                .arg(traceId));
    case DeepTraces::StartResult::TenantFull:
        return HttpResponse::error(
            409, u"DEEP_TRACE_LIMIT_REACHED"_s,
            u"The tenant already has %1 active deep traces, the most ZDX allows. Wait for one "
            "to end or delete one."_s.arg(DeepTraces::maxActivePerTenant));
    case DeepTraces::StartResult::Started:
        break;
    }
    const DeepTraces::Trace *trace = traces().find(device.id, traceId);
    return HttpResponse::json(200,
                              QJsonObject{{u"trace_id"_s, traceId},
                                          {u"status"_s, traces().status(*trace)},
                                          {u"expected_time"_s, traces().expectedSeconds(*trace)}});
}

} // namespace zc::sim
