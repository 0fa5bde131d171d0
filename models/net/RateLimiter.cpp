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
// together, and a request may go out after its slot (a timer fires late on a busy machine).
// Each window is kept longer than published by a margin: this much until the product's
// answers tell how much its trips vary (Trips::margin()), and never more.
constexpr qint64 kMaxMarginMs = 50;
// The least margin, however steady the trips: a trip's two halves vary in ways its total
// does not show.
constexpr qint64 kMinMarginMs = 20;
// Round trips and send delays kept per product, and how many tell enough to go by.
constexpr size_t kTripSamples = 16;
constexpr size_t kTripsToTrust = 6;
// A request reserved this long after its windows and never answered was cancelled before
// it went out, or outlived every answer timeout: it no longer counts as in flight.
constexpr qint64 kForgetInFlightMs = 5 * kMinute;

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

// Times are kept in order, oldest first; equal times keep the order they came in.
void insertInOrder(std::deque<qint64> &times, qint64 time)
{
    times.insert(std::upper_bound(times.begin(), times.end(), time), time);
}

// The latest `kTripSamples` values, oldest first.
void keepLatest(std::deque<qint64> &values, qint64 value)
{
    values.push_back(std::max<qint64>(0, value));
    if (values.size() > kTripSamples)
        values.pop_front();
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
    if (it == m_buckets.end()) {
        Bucket fresh;
        fresh.windows = publishedWindows(product, effective);
        it = m_buckets.insert(k, fresh);
    }
    return it.value();
}

qint64 RateLimiter::reserve(Product product, const QByteArray &method)
{
    return reserve(product, method, nowMs());
}

void RateLimiter::Trips::add(qint64 tripMs)
{
    keepLatest(ms, tripMs);
}

void RateLimiter::Trips::addLateness(qint64 lateMs)
{
    keepLatest(late, lateMs);
}

qint64 RateLimiter::Trips::margin() const
{
    // How much the trips vary, and how late a request went out, bound how much closer
    // together than sent two requests can reach the server.
    if (ms.size() < kTripsToTrust)
        return kMaxMarginMs;
    const auto [fastest, slowest] = std::minmax_element(ms.cbegin(), ms.cend());
    const qint64 latest = late.empty() ? 0 : *std::max_element(late.cbegin(), late.cend());
    return std::clamp(*slowest - *fastest + latest, kMinMarginMs, kMaxMarginMs);
}

qint64 RateLimiter::Trips::certainTravel() const
{
    // The gateway counts a request when it arrives. Between that and the answer's arrival,
    // the answer travels back; a new request then travels to the gateway: a return trip and
    // an outward one, which together take the fastest round trip seen, give or take how much
    // trips vary. Over a 150 ms WAN, that is a window's worth of requests sent 100 ms
    // sooner than "a window after the answer".
    if (ms.size() < kTripsToTrust)
        return 0;
    return std::max<qint64>(0, *std::min_element(ms.cbegin(), ms.cend()) - margin());
}

void RateLimiter::markSent(Product product, const QByteArray &method, qint64 reservedAt, qint64 now)
{
    m_trips[key(product)].addLateness(now - reservedAt);
    if (now <= reservedAt)
        return;
    Bucket &b = bucket(product, classify(method));
    // The reservation's entry now stands where the request went out.
    const auto move = [reservedAt, now](std::deque<qint64> &times) {
        const auto it = std::lower_bound(times.begin(), times.end(), reservedAt);
        if (it == times.end() || *it != reservedAt)
            return;
        times.erase(it);
        insertInOrder(times, now);
    };
    move(b.sent);
    move(b.inFlight);
}

void RateLimiter::forgetOld(Bucket &b, qint64 now)
{
    // Forget what no window can see any more. `answered` is kept by count instead: the
    // k-th most recent answer is what serverRelease() needs, however old.
    qint64 longest = 0;
    for (const Window &w : b.windows)
        longest = std::max(longest, w.periodMs + kMaxMarginMs);
    while (!b.sent.empty() && b.sent.front() <= now - longest)
        b.sent.pop_front();
    while (!b.inFlight.empty() && b.inFlight.front() <= now - longest - kForgetInFlightMs)
        b.inFlight.pop_front();
}

qint64 RateLimiter::serverRelease(const Bucket &b, const Trips &trips, qint64 now)
{
    const Exhausted &e = b.exhausted;
    if (e.resetAt <= now)
        return 0;
    if (!e.trusted)
        return e.resetAt;
    const qint64 bound =
        roomAfterAnswers(b, e.window, qsizetype(b.inFlight.size()), trips.certainTravel());
    return bound < 0 ? e.resetAt : std::min(bound, e.resetAt);
}

qint64 RateLimiter::roomAfterAnswers(const Bucket &b, const Window &window, qsizetype inFlight,
                                     qint64 travel)
{
    // The server counts a request when it arrives, no later than its answer came back. So
    // of the requests it may still count at T, those answered are the ones whose answer
    // came after T - W, and the others are in flight: with fewer than `limit` of them
    // together, T has room, whatever the load delayed on the way. Once the requests in
    // flight fill the window, the answers tell nothing. `travel` moves T sooner: the count
    // came that much before the answer, or the new request takes that much to arrive.
    const qsizetype room = window.limit - inFlight;
    if (room <= 0 || qsizetype(b.answered.size()) < room)
        return -1;
    return b.answered[b.answered.size() - size_t(room)] + window.periodMs + 1 - travel;
}

qint64 RateLimiter::reserve(Product product, const QByteArray &method, qint64 now)
{
    qint64 at = std::max(now, m_blockedUntil.value(key(product), 0));
    Bucket &b = bucket(product, classify(method));
    forgetOld(b, now);
    // The server's word holds even with the client-side windows off.
    const Trips &trips = m_trips[key(product)];
    at = std::max(at, serverRelease(b, trips, now));
    if (m_enabled) {
        const qint64 margin = trips.margin();
        // Find the earliest time at which every window has room; sent[] is sorted.
        bool moved = true;
        while (moved) {
            moved = false;
            for (const Window &w : b.windows) {
                const qint64 period = w.periodMs + margin;
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
        insertInOrder(b.sent, at);
    }
    insertInOrder(b.inFlight, at);
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
                                    qint64 sent, const QByteArray &method, int httpStatus)
{
    if (sent < 0 || sent > now)
        sent = now;
    else if (!method.isEmpty())
        m_trips[key(product)].add(now - sent);
    Bucket *b = nullptr;
    if (!method.isEmpty()) {
        b = &bucket(product, classify(method));
        forgetOld(*b, now);
        // This request was reserved no later than it went out: the latest reservation by
        // then is taken for it (answers may come back out of order).
        if (!b->inFlight.empty()) {
            auto it = std::upper_bound(b->inFlight.begin(), b->inFlight.end(), sent);
            b->inFlight.erase(it == b->inFlight.begin() ? it : it - 1);
        }
        // A refused request is not counted by the server; any other may have been.
        if (httpStatus != 429) {
            insertInOrder(b->answered, now);
            int keep = 0;
            for (const Window &w : std::as_const(b->windows))
                keep = std::max(keep, w.limit);
            while (qsizetype(b->answered.size()) > keep)
                b->answered.pop_front();
        }
    }
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
    // An exhausted budget holds every later request until the reset: of the product, or
    // of the request's bucket until the server has room (serverRelease()).
    if (budget.remaining == 0 && resetSeconds > 0) {
        const qint64 resetAt = resetFrom + resetSeconds * kSecond;
        if (!b || resetAt - now > m_maxBlockSeconds * kSecond) {
            blockFor(product, resetAt - now, now);
        } else {
            // As blockFor(): a hold only grows, whatever order the answers come in.
            Exhausted e =
                exhaustedBudget(*b, limit, resetAt, resetSeconds, resetFrom == sent ? sent : -1);
            e.resetAt = std::max(e.resetAt, b->exhausted.resetAt);
            b->exhausted = e;
        }
    }
    m_budgets.insert(key(product), budget);
    Q_EMIT budgetChanged(product, budget);
}

RateLimiter::Exhausted RateLimiter::exhaustedBudget(const Bucket &b, int limit, qint64 resetAt,
                                                    int resetSeconds, qint64 sent)
{
    Exhausted e;
    e.resetAt = resetAt;
    for (const Window &w : b.windows) {
        if (w.limit == limit || (limit < 0 && b.windows.size() == 1))
            e.window = w;
    }
    // The answers explain the exhausted budget when, counting the requests sent before this
    // one that are still in flight, they free the server's slot no earlier than its reset
    // allows: it rounds up to the second, so the slot frees after (reset - 1) s counted from
    // the send at the earliest. Otherwise another client spent the budget, or the requests
    // in flight fill the window: the whole reset holds. A reset that is an instant
    // (RateLimit-Reset) is not compared (sent < 0).
    if (sent < 0 || e.window.limit <= 0)
        return e;
    const auto sentBefore = std::distance(
        b.inFlight.begin(), std::upper_bound(b.inFlight.begin(), b.inFlight.end(), sent));
    // Counted with no travel: the latest the answers allow, to compare with the reset.
    const qint64 oneSlot = roomAfterAnswers(b, e.window, sentBefore, 0);
    e.trusted = oneSlot > sent + (resetSeconds - 1) * kSecond;
    return e;
}

RateBudget RateLimiter::budget(Product product) const
{
    return m_budgets.value(key(product));
}

} // namespace zc
