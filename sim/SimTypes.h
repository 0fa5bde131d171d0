// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace zc::sim {

// An API client registered in the simulated ZIdentity.
struct SimClient
{
    QString clientId;
    QByteArray clientSecret;        // empty: secret sign-in refused for this client
    QByteArray publicKeyPem;        // empty: private-key JWT sign-in refused
    QSet<zc::Product> entitlements; // empty set means: all six products
    int tokenLifetimeSeconds = 3600;
};

// How much generated data the tenant holds. The seed's sample records are always among it;
// the benchmarks raise these (e.g. 20,000 segments, 5,000 devices, 100,000 users).
struct SimDataSizes
{
    int zpaSegments = 150;   // application segments across all microtenants
    int zpaMicrotenants = 3; // besides Default
    int ztwGroups = 8;       // Cloud & Branch Connector groups, the seed's two among them
    int users = 400;         // ZIdentity users; devices belong to them
    int devices = 600;       // ZCC devices, each also known to ZDX
    int zidGroups = 15;      // ZIdentity groups
};

struct SimOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;              // 0: a free port
    bool https = false;            // serve HTTPS with a freshly generated self-signed identity
    bool enforceRateLimits = true; // the published limits; benchmarks may turn them off
    quint32 seed = 1;              // deterministic data
    SimDataSizes sizes;
    // Simulated time (deep traces moving from not_started to completed) runs this many times
    // faster than the wall clock; tests speed it up, the demo keeps 1.
    double clockScale = 1.0;
    // Added to every answer, as a WAN round trip would (benchmarks: e.g. 150).
    int latencyMs = 0;
    // start() builds all data and serializes every listed record before it returns, so that
    // no request pays for it (the simulator process: a real tenant has its data ready and
    // answers in parallel). Off, ZPA's data is built on the first ZPA request and records
    // are serialized as first listed: an in-process server starts at once.
    bool prepareAnswers = false;
};

// A misbehaviour of the tenant, applied to the next `count` matching API requests, or with
// `signIn` to the next token requests instead (never to the control endpoint).
struct SimFault
{
    enum class Kind
    {
        EditLock, // 409 EDIT_LOCK_NOT_AVAILABLE (ZPA: api.concurrent.access.error), writes only
        ServiceUnavailable, // 503, Retry-After when set
        TooManyRequests,    // 429 with the product's body, Retry-After when set
        ServerError,        // `status` (500, 502, 504...)
        Unauthorized,       // 401 although the token is valid
        Delay,              // the normal answer after delayMs
        Drop,               // the connection is aborted without an answer
        Truncate,           // headers claim the full length, half the body is sent, then close
        MalformedJson,      // 200 with a body that is not JSON
        // Hostile paging (HostilePaging), on list requests:
        RepeatPage, // every page asked for is answered with the first page
        CycleLinks, // ZIdentity next_link / ZDX next_offset alternate between two pages
        RaiseTotal, // the list never ends: more pages announced, each with fresh records
    };
    Kind kind = Kind::ServerError;
    int count = 1;                      // matching requests it hits; negative: until cleared
    std::optional<zc::Product> product; // only this product (all when unset)
    QByteArray method;                  // only this method, e.g. "POST" (all when empty)
    QByteArray retryAfter;              // raw Retry-After value for 429/503/5xx; none when empty
    int delayMs = 0;                    // for Delay
    int status = 500;                   // for ServerError
    bool signIn = false; // the token endpoint's answers (product and method are ignored)
};

// One request as the simulator saw it, with the status it answered (0: dropped).
struct RecordedRequest
{
    QByteArray method;
    QString path; // without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0;
    std::optional<zc::Product> product; // unset for the token endpoint and unknown paths
};

} // namespace zc::sim

Q_DECLARE_METATYPE(zc::sim::RecordedRequest)
Q_DECLARE_METATYPE(zc::sim::SimFault)
