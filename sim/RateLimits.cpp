// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RateLimits.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

enum class MethodClass
{
    Read,
    Write,
    Delete
};

MethodClass methodClass(const QByteArray &method)
{
    if (method == "GET" || method == "HEAD" || method == "OPTIONS")
        return MethodClass::Read;
    if (method == "DELETE")
        return MethodClass::Delete;
    return MethodClass::Write;
}

QString methodClassKey(Product product, const QByteArray &method)
{
    switch (product) {
    case Product::Zia:
    case Product::Ztw:
        switch (methodClass(method)) {
        case MethodClass::Read:
            return u"read"_s;
        case MethodClass::Write:
            return u"write"_s;
        case MethodClass::Delete:
            return u"delete"_s;
        }
        break;
    case Product::Zpa:
        return methodClass(method) == MethodClass::Read ? u"read"_s : u"write"_s;
    case Product::Zcc:
    case Product::Zdx:
    case Product::Zid:
        return u"all"_s;
    }
    return u"all"_s;
}

qint64 ceilSeconds(qint64 ms)
{
    return std::max<qint64>(1, (ms + kSecond - 1) / kSecond);
}

} // namespace

RateLimits::RateLimits()
{
    m_clock.start();
}

std::vector<RateLimits::Window> RateLimits::windows(Product product, const QByteArray &method)
{
    switch (product) {
    case Product::Zia:
    case Product::Ztw:
        switch (methodClass(method)) {
        case MethodClass::Read:
            return {{2, kSecond, "SECOND"}, {1000, kHour, "HOUR"}};
        case MethodClass::Write:
            return {{1, kSecond, "SECOND"}, {400, kHour, "HOUR"}};
        case MethodClass::Delete:
            return {{1, kMinute, "MINUTE"}, {4, kHour, "HOUR"}};
        }
        break;
    case Product::Zpa:
        if (methodClass(method) == MethodClass::Read)
            return {{20, 10 * kSecond, "10 SECONDS"}};
        return {{10, 10 * kSecond, "10 SECONDS"}};
    case Product::Zcc:
        return {{100, kHour, "HOUR"}};
    case Product::Zdx:
        return {{5, kSecond, "SECOND"}};
    case Product::Zid:
        return {{10, kSecond, "SECOND"}};
    }
    return {};
}

HttpResponse RateLimits::tooManyRequests(Product product, const QByteArray &method,
                                         const QByteArray &retryAfterHeader, int retryAfterSeconds)
{
    const std::vector<Window> limits = windows(product, method);
    const Window first = limits.empty() ? Window{1, kSecond, "SECOND"} : limits.front();
    HttpResponse response;
    switch (product) {
    case Product::Zpa:
        response = HttpResponse::json(429, QJsonObject{{u"id"_s, u"invalid.toomanyrequests"_s}});
        break;
    case Product::Zia:
    case Product::Ztw:
    case Product::Zcc: {
        QJsonObject body{
            {u"message"_s,
             u"Rate Limit (%1/%2) exceeded"_s.arg(first.limit).arg(QLatin1StringView(first.unit))}};
        if (retryAfterSeconds >= 0)
            body.insert(u"Retry-After"_s, u"%1 seconds"_s.arg(retryAfterSeconds));
        response = HttpResponse::json(429, body);
        break;
    }
    case Product::Zdx:
    case Product::Zid:
        response =
            HttpResponse::error(429, u"TOO_MANY_REQUESTS"_s,
                                u"Rate limit of %1 requests per %2 exceeded."_s.arg(first.limit)
                                    .arg(QLatin1StringView(first.unit).toString().toLower()));
        break;
    }
    if (!retryAfterHeader.isEmpty())
        response.setHeader("retry-after", retryAfterHeader);
    return response;
}

RateLimits::Decision RateLimits::check(const QString &clientId, Product product,
                                       const QByteArray &method)
{
    // A server without limits counts nothing and says nothing about a budget: headers that
    // computed one would have clients (which obey them) held to the limits anyway.
    if (!m_enforced)
        return {};
    const qint64 now = m_clock.elapsed();
    const QString key =
        clientId + u'\n' + productKey(product) + u'\n' + methodClassKey(product, method);
    auto it = m_counters.find(key);
    if (it == m_counters.end()) {
        std::vector<Counter> counters;
        for (const Window &w : windows(product, method))
            counters.push_back(Counter{w, {}});
        it = m_counters.insert(key, std::move(counters));
    }
    std::vector<Counter> &counters = it.value();

    // Forget requests that left their window, then find the window that blocks longest.
    const Counter *blocking = nullptr;
    qint64 blockedForMs = 0;
    for (Counter &c : counters) {
        while (!c.hits.empty() && c.hits.front() <= now - c.window.lengthMs)
            c.hits.pop_front();
        if (qsizetype(c.hits.size()) >= c.window.limit) {
            const qint64 wait =
                c.hits[c.hits.size() - size_t(c.window.limit)] + c.window.lengthMs - now;
            if (!blocking || wait > blockedForMs) {
                blocking = &c;
                blockedForMs = wait;
            }
        }
    }

    Decision decision;
    const Counter *reported = nullptr;
    qint64 remaining = 0;
    qint64 resetMs = 0;
    if (blocking) {
        decision.allowed = false;
        reported = blocking;
        remaining = 0;
        resetMs = blockedForMs;
    } else {
        for (Counter &c : counters)
            c.hits.push_back(now);
        // Report the window with the fewest requests left (the shortest one on a tie).
        for (const Counter &c : counters) {
            const qint64 left = std::max<qint64>(0, c.window.limit - qint64(c.hits.size()));
            if (!reported || left < remaining) {
                reported = &c;
                remaining = left;
            }
        }
        if (reported)
            resetMs = reported->hits.front() + reported->window.lengthMs - now;
    }

    const qint64 resetSeconds = ceilSeconds(resetMs);
    if (reported) {
        const QByteArray limit = QByteArray::number(reported->window.limit);
        const QByteArray left = QByteArray::number(remaining);
        switch (product) {
        case Product::Zia:
        case Product::Ztw:
        case Product::Zid:
            decision.headers = {{"x-ratelimit-limit", limit},
                                {"x-ratelimit-remaining", left},
                                {"x-ratelimit-reset", QByteArray::number(resetSeconds)}};
            break;
        case Product::Zcc:
            decision.headers = {{"x-ratelimit-limit", limit},
                                {"x-ratelimit-remaining", left},
                                {"x-ratelimit-reset", QByteArray::number(resetSeconds)},
                                {"x-rate-limit-remaining", left}};
            break;
        case Product::Zdx:
            decision.headers = {
                {"RateLimit-Limit", limit},
                {"RateLimit-Remaining", left},
                {"RateLimit-Reset",
                 QByteArray::number(QDateTime::currentSecsSinceEpoch() + resetSeconds)}};
            break;
        case Product::Zpa:
            break; // ZPA sends no rate-limit headers, only retry-after on a 429
        }
    }

    if (!decision.allowed) {
        const QByteArray retryAfter = product == Product::Zpa
                                          ? QByteArray::number(resetSeconds) + 's'
                                          : QByteArray::number(resetSeconds);
        decision.refusal = tooManyRequests(product, method, retryAfter, int(resetSeconds));
        // The message names the window that was hit.
        if (product == Product::Zia || product == Product::Ztw || product == Product::Zcc) {
            decision.refusal.body =
                HttpResponse::json(
                    429, QJsonObject{{u"message"_s,
                                      u"Rate Limit (%1/%2) exceeded"_s.arg(reported->window.limit)
                                          .arg(QLatin1StringView(reported->window.unit))},
                                     {u"Retry-After"_s, u"%1 seconds"_s.arg(resetSeconds)}})
                    .body;
        }
        decision.refusal.addHeaders(decision.headers);
    }
    return decision;
}

} // namespace zc::sim
