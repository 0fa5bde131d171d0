// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "SimRequest.h"

namespace zc::sim {

class SimServer;

// Steers a simulator running in another process (the CLI's end-to-end tests, demos), from
// loopback only, with the run's token (SimServer::controlToken()) in the header tokenHeader
// (403 without it) instead of a bearer token:
//   POST /__sim/control  Content-Type: application/json (415 otherwise); a JSON object with
//                        any of readOnly, fault, clearFaults, revokeTokens, tokenLifetime,
//                        ziaActivationStatus, change (see sim/README.md)
//   GET  /__sim/stats    {"tokenRequests": n, "requests": [{method, path, status, product}]}
// Control requests are not recorded.
class ControlEndpoint
{
public:
    static constexpr auto controlPath = "/__sim/control";
    static constexpr auto statsPath = "/__sim/stats";
    static constexpr auto tokenHeader = "X-Sim-Control-Token";

    static bool handles(const QString &path);
    static HttpResponse handle(const SimRequest &request, SimServer &server);

private:
    static HttpResponse control(const SimRequest &request, SimServer &server);
    static HttpResponse stats(SimServer &server);
};

} // namespace zc::sim
