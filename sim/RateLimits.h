// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpResponse.h"
#include "oneapi/Product.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>
#include <vector>

namespace zc::sim {

// The published OneAPI rate limits, per API client, product and kind of method, in sliding
// windows:
//   ZIA, ZTW   GET 2/s and 1000/h; POST/PUT/PATCH 1/s and 400/h; DELETE 1/min and 4/h;
//              headers x-ratelimit-limit/-remaining/-reset (seconds); 429
//              {"message":"Rate Limit (2/SECOND) exceeded","Retry-After":"1 seconds"} with
//              retry-after: 1.
//   ZPA        20 GET / 10 s, 10 writes / 10 s; no headers; 429 {"id":"invalid.toomanyrequests"}
//              with retry-after: <n>s.
//   ZCC        100 / hour; x-ratelimit-limit/-remaining/-reset and x-rate-limit-remaining.
//   ZDX        5 / s; RateLimit-Limit/-Remaining/-Reset (Reset = UTC epoch seconds).
//   ZIdentity  not published; the simulator uses 10 / s for every method, with the
//              x-ratelimit-* headers.
// Refused requests do not count. With enforcement off nothing is counted and no rate-limit
// header is sent, as from a server without limits.
class RateLimits
{
public:
    struct Window
    {
        int limit;
        qint64 lengthMs;
        const char *unit; // "SECOND", "MINUTE", "HOUR" as ZIA names it in 429 bodies
    };

    struct Decision
    {
        bool allowed = true;
        QList<QPair<QByteArray, QByteArray>> headers; // to add to the answer
        HttpResponse refusal;                         // the 429 when !allowed
    };

    RateLimits();

    void setEnforced(bool on) { m_enforced = on; }
    bool isEnforced() const { return m_enforced; }

    Decision check(const QString &clientId, Product product, const QByteArray &method);

    // The windows that apply to a product and method ("GET", "POST", ...).
    static std::vector<Window> windows(Product product, const QByteArray &method);

    // The product's 429 answer. `retryAfterHeader`: the raw Retry-After value (none when
    // empty); `retryAfterSeconds`: for the body where the product puts it there (ZIA, ZTW,
    // ZCC; -1: left out).
    static HttpResponse tooManyRequests(Product product, const QByteArray &method,
                                        const QByteArray &retryAfterHeader, int retryAfterSeconds);

private:
    struct Counter
    {
        Window window;
        std::deque<qint64> hits; // elapsed ms of the requests inside the window
    };

    QElapsedTimer m_clock;
    bool m_enforced = true;
    QHash<QString, std::vector<Counter>> m_counters; // "client\nproduct\nmethod class"
};

} // namespace zc::sim
