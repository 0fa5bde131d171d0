// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RateLimiter.h"

#include "HttpLog.h"
#include "RetryAfter.h"

#include <QDateTime>

#include <algorithm>

namespace zc {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
// Requests travel: two sent exactly a period apart may reach the server a little closer
// together. Each window is kept this much longer than published.
constexpr qint64 kSafetyMarginMs = 50;

int key(Product product)
{
    return static_cast<int>(product);
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

int toInt(const QByteArray &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok ? n : -1;
}
} // namespace

RateLimiter::RateLimiter(QObject *parent)
    : QObject(parent)
{}

qint64 RateLimiter::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

RateLimiter::MethodClass RateLimiter::classify(const QByteArray &method)
{
    if (method == "GET" || method == "HEAD")
        return MethodClass::Read;
    if (method == "DELETE")
        return MethodClass::Delete;
    return MethodClass::Write;
}

QList<RateLimiter::Window> RateLimiter::publishedWindows(Product product, MethodClass methodClass)
{
    switch (product) {
    case Product::Zia:
    case Product::Ztw:
        switch (methodClass) {
        case MethodClass::Read:
            return {{2, kSecond}, {1000, kHour}};
        case MethodClass::Write:
            return {{1, kSecond}, {400, kHour}};
        case MethodClass::Delete:
            return {{1, kMinute}, {4, kHour}};
        }
        break;
    case Product::Zpa:
        return methodClass == MethodClass::Read ? QList<Window>{{20, 10 * kSecond}}
                                                : QList<Window>{{10, 10 * kSecond}};
    case Product::Zcc:
        return {{100, kHour}};
    case Product::Zdx:
        // The lowest tier: 5/s, 30/min, 1,000/h.
        return {{5, kSecond}, {30, kMinute}, {1000, kHour}};
    case Product::Zid:
        return {{10, kSecond}};
    }
    return {};
}

RateLimiter::Bucket &RateLimiter::bucket(Product product, MethodClass methodClass)
{
    // ZPA, ZCC and ZDX count every method against one budget per method class as published;
    // ZCC and ZDX share one budget for all methods.
    MethodClass effective = methodClass;
    if (product == Product::Zcc || product == Product::Zdx || product == Product::Zid)
        effective = MethodClass::Read;
    else if (product == Product::Zpa && methodClass == MethodClass::Delete)
        effective = MethodClass::Write;
    const int k = key(product) * 4 + static_cast<int>(effective);
    auto it = m_buckets.find(k);
    if (it == m_buckets.end())
        it = m_buckets.insert(k, Bucket{publishedWindows(product, effective), {}});
    return it.value();
}

qint64 RateLimiter::reserve(Product product, const QByteArray &method)
{
    return reserve(product, method, nowMs());
}

qint64 RateLimiter::reserve(Product product, const QByteArray &method, qint64 now)
{
    qint64 at = std::max(now, m_blockedUntil.value(key(product), 0));
    if (m_enabled) {
        Bucket &b = bucket(product, classify(method));
        // Forget what no window can see any more.
        qint64 longest = 0;
        for (const Window &w : b.windows)
            longest = std::max(longest, w.periodMs + kSafetyMarginMs);
        while (!b.sent.empty() && b.sent.front() <= now - longest)
            b.sent.pop_front();
        // Find the earliest time at which every window has room; sent[] is sorted.
        bool moved = true;
        while (moved) {
            moved = false;
            for (const Window &w : b.windows) {
                const qint64 period = w.periodMs + kSafetyMarginMs;
                // Requests inside (at - period, at]: count them from the back.
                const auto first = std::upper_bound(b.sent.begin(), b.sent.end(), at - period);
                const auto inWindow = std::distance(first, b.sent.end());
                if (inWindow >= w.limit) {
                    // The slot frees when the (inWindow - limit + 1)-th of them ages out.
                    const qint64 frees = *(first + (inWindow - w.limit)) + period;
                    if (frees > at) {
                        at = frees;
                        moved = true;
                    }
                }
            }
        }
        b.sent.insert(std::upper_bound(b.sent.begin(), b.sent.end(), at), at);
    }
    const qint64 wait = std::max<qint64>(0, at - now);
    if (wait > 0)
        qCDebug(lcRate) << productName(product) << method << "waits" << wait << "ms";
    return wait;
}

void RateLimiter::blockFor(Product product, qint64 waitMs, qint64 now)
{
    if (waitMs <= 0)
        return;
    if (waitMs > m_maxBlockSeconds * kSecond) {
        qCInfo(lcRate) << productName(product) << "asked for a wait of" << waitMs / kSecond
                       << "s, too long to hold the product for";
        return;
    }
    qint64 &blocked = m_blockedUntil[key(product)];
    blocked = std::max(blocked, now + waitMs);
}

void RateLimiter::setMaxBlockSeconds(int seconds)
{
    // A day at most: holding a product longer makes no sense, and the wait stays far inside
    // what a timer takes.
    m_maxBlockSeconds = std::clamp(seconds, 0, 24 * 3600);
}

void RateLimiter::updateFromHeaders(Product product,
                                    const QList<QPair<QByteArray, QByteArray>> &headers, qint64 now,
                                    qint64 sent)
{
    if (sent < 0 || sent > now)
        sent = now;
    RateBudget budget = m_budgets.value(key(product));
    bool seen = false;
    int limit = toInt(headerValue(headers, "x-ratelimit-limit"));
    int remaining = toInt(headerValue(headers, "x-ratelimit-remaining"));
    if (const int r = toInt(headerValue(headers, "x-rate-limit-remaining")); r >= 0)
        remaining = r;
    int resetSeconds = parseResetSeconds(headerValue(headers, "x-ratelimit-reset"));
    qint64 resetFrom = sent; // relative to the answer; RateLimit-Reset is an instant
    if (const QByteArray v = headerValue(headers, "ratelimit-limit"); !v.isEmpty())
        limit = toInt(v);
    if (const QByteArray v = headerValue(headers, "ratelimit-remaining"); !v.isEmpty())
        remaining = toInt(v);
    if (const QByteArray v = headerValue(headers, "ratelimit-reset"); !v.isEmpty()) {
        resetSeconds = parseResetEpoch(v, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        resetFrom = now;
    }
    if (limit >= 0) {
        budget.limit = limit;
        seen = true;
    }
    if (remaining >= 0) {
        budget.remaining = remaining;
        seen = true;
    }
    if (resetSeconds >= 0) {
        budget.resetAt =
            QDateTime::fromMSecsSinceEpoch(resetFrom + resetSeconds * kSecond, Qt::UTC);
        seen = true;
    }
    if (!seen)
        return;
    // An exhausted budget holds every later request until the reset.
    if (budget.remaining == 0 && resetSeconds > 0)
        blockFor(product, resetFrom + resetSeconds * kSecond - now, now);
    m_budgets.insert(key(product), budget);
    Q_EMIT budgetChanged(product, budget);
}

RateBudget RateLimiter::budget(Product product) const
{
    return m_budgets.value(key(product));
}

} // namespace zc
