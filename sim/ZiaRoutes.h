// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProductRoutes.h"

namespace zc::sim {

class SimState;

// ZIA under /zia/api/v1:
//   POST /urlLookup        JSON array of up to 100 URLs (each 1..1,024 characters) -> one
//                          {url, urlClassifications, urlClassificationsWithSecurityAlert
//                          [, application]} per URL, in input order
//   GET  /status           {"status": "ACTIVE" | "PENDING"}
//   POST /status/activate  activates pending changes -> {"status": "ACTIVE"}
class ZiaRoutes : public ProductRoutes
{
public:
    static constexpr int maxUrlsPerLookup = 100;
    static constexpr int maxUrlLength = 1024;

    explicit ZiaRoutes(SimState &state);

    Product product() const override { return Product::Zia; }
    std::optional<HttpResponse> handle(const RouteContext &context) override;

private:
    HttpResponse urlLookup(const RouteContext &context);

    SimState &m_state;
};

} // namespace zc::sim
