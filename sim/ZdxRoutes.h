// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeepTraces.h"
#include "ProductRoutes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace zc::sim {

class SimClock;
class SimServer;
class TenantData;

// ZDX under /zdx/v1 (shapes in sim/README.md, "ZDX routes"):
//   GET    /devices                    emails, userids, q, from, to, limit, offset (cursor)
//                                      -> {"devices":[{id,name,userid}], "next_offset"}
//   GET    /users                      q, emails, userids, limit, offset
//                                      -> {"users":[{id,name,email,devices}], "next_offset"}
//   GET    /devices/{id}/deeptraces    the device's traces, newest first (bare array)
//   POST   /devices/{id}/deeptraces    start one -> {"trace_id","status","expected_time"}
//   GET    /devices/{id}/deeptraces/{traceId}
//   DELETE /devices/{id}/deeptraces/{traceId}   204, the trace and its data are gone
//   GET    /devices/{id}/deeptraces/{traceId}/{health-metrics|top-processes|
//          webprobe-metrics|cloudpath-metrics|cloudpath|events}
// next_offset is an opaque string cursor, null on the last page. The people and devices come
// from the server's TenantData; deep traces live on the server's simulated clock.
class ZdxRoutes : public ProductRoutes
{
public:
    static constexpr int defaultLimit = 10;
    static constexpr int maxLimit = 1000;

    ZdxRoutes(const SimServer &server, const SimClock &clock);
    ~ZdxRoutes() override;

    Product product() const override { return Product::Zdx; }
    std::optional<HttpResponse> handle(const RouteContext &context) override;

private:
    struct Index;
    const Index &index();
    DeepTraces &traces();

    HttpResponse devices(const RouteContext &context);
    HttpResponse users(const RouteContext &context);
    std::optional<HttpResponse> deepTraces(const RouteContext &context, const QStringList &parts);
    HttpResponse startTrace(const RouteContext &context, int deviceIndex);

    const SimServer &m_server;
    const SimClock &m_clock;
    std::unique_ptr<Index> m_index;
    std::unique_ptr<DeepTraces> m_traces;
};

} // namespace zc::sim
