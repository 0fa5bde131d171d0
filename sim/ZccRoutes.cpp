// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZccRoutes.h"

#include "TenantData.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

// The decoded value of a query item, or a null string when absent.
QString queryValue(const QUrlQuery &query, const QString &key)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : items) {
        if (k == key)
            return v;
    }
    return {};
}

QString epochString(qint64 seconds)
{
    return seconds > 0 ? QString::number(seconds) : QString(u""_s);
}

QString loginLocalPart(const QString &login)
{
    const qsizetype at = login.indexOf(u'@');
    return at < 0 ? login : login.left(at);
}

QString policyName(int osType)
{
    switch (osType) {
    case 1:
        return u"iOS Default"_s;
    case 2:
        return u"Android Default"_s;
    case 4:
        return u"macOS Default"_s;
    case 5:
        return u"Linux Default"_s;
    default:
        return u"Windows Default"_s;
    }
}

QString fingerprint(const SimDevice &device)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(device.udid.toUtf8() + device.macAddress.toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(32));
}

QString zappArch(const SimDevice &device)
{
    if (device.osType == 3 || device.osType == 5)
        return device.osVersion.endsWith("arm64"_L1) ? u"arm64"_s : u"x64"_s;
    if (device.osType == 4)
        return u"arm64"_s;
    return u""_s;
}

} // namespace

ZccRoutes::ZccRoutes(const TenantData &tenant)
    : m_tenant(tenant)
{}

QString ZccRoutes::registrationStateName(int state)
{
    switch (state) {
    case 1:
        return u"Registered"_s;
    case 2:
        return u"Unregistered"_s;
    case 3:
        return u"Removal Pending"_s;
    case 4:
        return u"Removed"_s;
    case 5:
        return u"Quarantined"_s;
    default:
        return u"Unknown"_s;
    }
}

QJsonObject ZccRoutes::deviceRecord(const TenantData &tenant, const SimDevice &device)
{
    const SimUser &user = tenant.users.at(device.userIndex);
    const bool gone = device.registrationState == 2 || device.registrationState == 4;
    const bool desktop = device.osType >= 3;
    return QJsonObject{
        {u"udid"_s, device.udid},
        {u"user"_s, user.loginName},
        {u"machineHostname"_s, device.hostname},
        {u"owner"_s, loginLocalPart(user.loginName)},
        {u"type"_s, device.osType},
        {u"state"_s, device.registrationState},
        {u"registrationState"_s, registrationStateName(device.registrationState)},
        {u"osVersion"_s, device.osVersion},
        {u"agentVersion"_s, device.agentVersion},
        {u"last_seen_time"_s, epochString(device.lastSeenEpoch)},
        {u"macAddress"_s, device.macAddress},
        {u"companyName"_s, tenant.companyName},
        {u"manufacturer"_s, device.manufacturer},
        {u"hardwareFingerprint"_s, fingerprint(device)},
        {u"policyName"_s, policyName(device.osType)},
        {u"registration_time"_s, epochString(device.registeredEpoch)},
        {u"config_download_time"_s, epochString(device.lastSeenEpoch - 3600)},
        {u"keepAliveTime"_s, epochString(device.lastSeenEpoch)},
        {u"deregistrationTimestamp"_s, gone ? epochString(device.lastSeenEpoch + 60) : u""_s},
        {u"tunnelVersion"_s, desktop ? u"Z-Tunnel 2.0"_s : u"Z-Tunnel 1.0"_s},
        {u"upmVersion"_s, desktop ? device.agentVersion : u""_s},
        {u"vpnState"_s, 0},
        {u"zappArch"_s, zappArch(device)},
        {u"download_count"_s, 1 + device.zdxDeviceId % 5},
        {u"detail"_s, u""_s},
    };
}

std::optional<HttpResponse> ZccRoutes::handle(const RouteContext &context)
{
    const bool read = context.request.isRead();
    if (context.path == "/getDevices"_L1)
        return read ? getDevices(context) : methodNotAllowed("GET");
    if (context.path == "/getDeviceDetails"_L1)
        return read ? getDeviceDetails(context) : methodNotAllowed("GET");
    if (context.path == "/getOtp"_L1)
        return read ? getOtp(context) : methodNotAllowed("GET");
    return std::nullopt;
}

HttpResponse ZccRoutes::getDevices(const RouteContext &context) const
{
    const QUrlQuery &query = context.request.query;
    int page = 1;
    int pageSize = defaultPageSize;
    int osType = 0;
    bool ok = true;
    if (const QString v = queryValue(query, u"page"_s); !v.isNull()) {
        page = v.toInt(&ok);
        if (!ok || page < 1)
            return HttpResponse::invalidInput(u"page must be a number from 1."_s);
    }
    if (const QString v = queryValue(query, u"pageSize"_s); !v.isNull()) {
        pageSize = v.toInt(&ok);
        if (!ok || pageSize < 1)
            return HttpResponse::invalidInput(
                u"pageSize must be a number from 1 to %1."_s.arg(maxPageSize));
        pageSize = std::min(pageSize, maxPageSize);
    }
    if (const QString v = queryValue(query, u"osType"_s); !v.isEmpty()) {
        osType = v.toInt(&ok);
        if (!ok || osType < 1 || osType > 5)
            return HttpResponse::invalidInput(
                u"osType must be 1 (iOS), 2 (Android), 3 (Windows), 4 (macOS) or 5 (Linux)."_s);
    }
    const QString username = queryValue(query, u"username"_s);

    const qint64 first = qint64(page - 1) * pageSize;
    QJsonArray answer;
    const auto take = [&](int deviceIndex) {
        answer.append(deviceRecord(m_tenant, m_tenant.devices.at(deviceIndex)));
    };
    if (username.isEmpty() && osType == 0) {
        // No filter: slice.
        const qint64 end = std::min<qint64>(first + pageSize, m_tenant.devices.size());
        for (qint64 i = first; i < end; ++i)
            take(int(i));
    } else {
        QList<int> candidates;
        if (!username.isEmpty()) {
            if (const SimUser *user = m_tenant.userByLogin(username))
                candidates = m_tenant.devicesOfUser(int(user - m_tenant.users.constData()));
        } else {
            candidates.reserve(m_tenant.devices.size());
            for (int i = 0; i < m_tenant.devices.size(); ++i)
                candidates.append(i);
        }
        qint64 matched = 0;
        for (int index : std::as_const(candidates)) {
            if (osType != 0 && m_tenant.devices.at(index).osType != osType)
                continue;
            if (matched >= first && matched < first + pageSize)
                take(index);
            ++matched;
            if (matched >= first + pageSize)
                break;
        }
    }
    return HttpResponse::json(200, answer);
}

HttpResponse ZccRoutes::getDeviceDetails(const RouteContext &context) const
{
    const QString udid = queryValue(context.request.query, u"udid"_s);
    const QString username = queryValue(context.request.query, u"username"_s);
    if (udid.isEmpty() && username.isEmpty())
        return HttpResponse::invalidInput(u"udid or username is required."_s);
    const SimDevice *device = nullptr;
    if (!udid.isEmpty()) {
        device = m_tenant.deviceByUdid(udid);
        if (device && !username.isEmpty() &&
            m_tenant.users.at(device->userIndex).loginName.compare(username, Qt::CaseInsensitive))
            device = nullptr;
    } else if (const SimUser *user = m_tenant.userByLogin(username)) {
        for (int index : m_tenant.devicesOfUser(int(user - m_tenant.users.constData()))) {
            const SimDevice &candidate = m_tenant.devices.at(index);
            if (!device || candidate.lastSeenEpoch > device->lastSeenEpoch)
                device = &candidate;
        }
    }
    if (!device)
        return HttpResponse::error(404, u"RESOURCE_NOT_FOUND"_s,
                                   u"No device matches this udid and username."_s);
    const SimUser &user = m_tenant.users.at(device->userIndex);
    const bool gone = device->registrationState == 2 || device->registrationState == 4;
    const bool desktop = device->osType >= 3;
    const QJsonObject details{
        {u"user_name"_s, user.loginName},
        {u"unique_id"_s, device->udid},
        {u"machineHostname"_s, device->hostname},
        {u"owner"_s, loginLocalPart(user.loginName)},
        {u"mac_address"_s, device->macAddress},
        {u"os_version"_s, device->osVersion},
        {u"agent_version"_s, device->agentVersion},
        {u"type"_s, device->osType},
        {u"state"_s, device->registrationState},
        {u"registration_state"_s, registrationStateName(device->registrationState)},
        {u"manufacturer"_s, device->manufacturer},
        {u"external_model"_s, device->model},
        {u"hardwareFingerprint"_s, fingerprint(*device)},
        {u"last_seen_time"_s, epochString(device->lastSeenEpoch)},
        {u"registration_time"_s, epochString(device->registeredEpoch)},
        {u"config_download_time"_s, epochString(device->lastSeenEpoch - 3600)},
        {u"keep_alive_time"_s, epochString(device->lastSeenEpoch)},
        {u"deregistration_time"_s, gone ? epochString(device->lastSeenEpoch + 60) : u""_s},
        {u"tunnel_version"_s, desktop ? u"Z-Tunnel 2.0"_s : u"Z-Tunnel 1.0"_s},
        {u"upm_version"_s, desktop ? device->agentVersion : u""_s},
        {u"zdx_version"_s, desktop ? u"4.4.0.52"_s : u""_s},
        {u"device_policy_name"_s, policyName(device->osType)},
        {u"device_locale"_s, u"en-US"_s},
        {u"rooted"_s, false},
        {u"carrier"_s, u""_s},
        {u"company_name"_s, m_tenant.companyName},
        {u"zappArch"_s, zappArch(*device)},
        {u"download_count"_s, 1 + device->zdxDeviceId % 5},
    };
    return HttpResponse::json(200, details);
}

HttpResponse ZccRoutes::getOtp(const RouteContext &context) const
{
    const QString udid = queryValue(context.request.query, u"udid"_s);
    if (udid.isEmpty())
        return HttpResponse::invalidInput(u"udid is required."_s);
    const SimDevice *device = m_tenant.deviceByUdid(udid);
    if (!device)
        return HttpResponse::notFound(u"No device with this udid."_s);
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QRandomGenerator *random = QRandomGenerator::system();
    QJsonObject answer;
    for (const QString &kind : device->otpKinds) {
        if (device->emptyOtpKinds.contains(kind)) {
            answer.insert(kind, u""_s);
            continue;
        }
        QString value(10, Qt::Uninitialized);
        for (QChar &c : value)
            c = QLatin1Char(alphabet[random->bounded(36)]);
        answer.insert(kind, value);
    }
    return HttpResponse::json(200, answer);
}

} // namespace zc::sim
