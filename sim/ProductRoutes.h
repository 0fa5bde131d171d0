// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "SimRequest.h"
#include "oneapi/Product.h"

#include <QString>

#include <optional>

namespace zc::sim {

// One authenticated, entitled, rate-limited API request, as a product's routes see it.
struct RouteContext
{
    const SimRequest &request;
    QString basePath; // the product base path the request came under, e.g. "/zia/api/v1"
    QString path;     // the rest, e.g. "/urlLookup" (empty for the base path itself)
    QString clientId;
};

// The routes of one product. Each product has its own implementation and file
// (ZiaRoutes, ...); SimServer has already checked the token, the entitlement, the faults,
// the rate limits and read-only mode when handle() is called.
class ProductRoutes
{
public:
    virtual ~ProductRoutes() = default;
    virtual Product product() const = 0;
    // The answer, or nullopt when no route matches the path (SimServer answers 404).
    virtual std::optional<HttpResponse> handle(const RouteContext &context) = 0;
    // Builds ahead what answers need (SimOptions::prepareAnswers), once start() has set the
    // options and the tenant.
    virtual void prepare() {}
};

// 405 for a known path asked with the wrong method.
HttpResponse methodNotAllowed(const QByteArray &allowed);

} // namespace zc::sim
