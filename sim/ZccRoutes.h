// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProductRoutes.h"

#include <QJsonObject>

namespace zc::sim {

class TenantData;
struct SimDevice;

// Client Connector under /zcc/papi/public/v1, from the shared TenantData:
//   GET /getDevices        page (from 1, default 1), pageSize (default 50, at most 5000:
//                          larger values are served as 5000), username (exact login,
//                          case-insensitive), osType (1 iOS, 2 Android, 3 Windows, 4 macOS,
//                          5 Linux). A BARE ARRAY of devices (udid, user, machineHostname,
//                          owner, type, state, registrationState, osVersion, agentVersion,
//                          last_seen_time, macAddress, companyName, ...); times are epoch
//                          seconds as strings. A bad page, pageSize or osType is a 400.
//   GET /getDeviceDetails  udid (and/or username): one device's details as an object;
//                          with username only, that user's most recently seen device.
//                          Neither → 400; no such device (or udid not the user's) → 404.
//   GET /getOtp            udid → the device's OTP kinds, each a fresh 10-character
//                          lower-case alphanumeric value on every call (some kinds come
//                          back as ""). No udid → 400 INVALID_INPUT_ARGUMENT; unknown udid →
//                          404 RESOURCE_NOT_FOUND. The cache-busting `_` argument is ignored.
// The 100 calls/hour limit and its headers are SimServer's (RateLimits).
class ZccRoutes : public ProductRoutes
{
public:
    static constexpr int defaultPageSize = 50;
    static constexpr int maxPageSize = 5000;

    explicit ZccRoutes(const TenantData &tenant);

    Product product() const override { return Product::Zcc; }
    std::optional<HttpResponse> handle(const RouteContext &context) override;

    // The /getDevices record of a device.
    static QJsonObject deviceRecord(const TenantData &tenant, const SimDevice &device);
    // "Registered", "Unregistered", "Removal Pending", "Removed", "Quarantined".
    static QString registrationStateName(int state);

private:
    HttpResponse getDevices(const RouteContext &context) const;
    HttpResponse getDeviceDetails(const RouteContext &context) const;
    HttpResponse getOtp(const RouteContext &context) const;

    const TenantData &m_tenant;
};

} // namespace zc::sim
