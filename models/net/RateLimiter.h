// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

#include <deque>
#include <optional>

namespace zc {

// What is left of a product's budget, as the server's headers last said.
struct RateBudget
{
    int limit = -1;     // -1: unknown
    int remaining = -1; // -1: unknown
    QDateTime resetAt;  // invalid: unknown
    bool isKnown() const { return remaining >= 0; }
};

// Client-side limiter per product and method class, preset from the published limits, so
// that a burst of pages never triggers a 429 storm; and the place where server-driven
// waits (429 Retry-After, an exhausted x-ratelimit-remaining) are remembered for every
// later request to the same product.
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    enum class MethodClass
    {
        Read,
        Write,
        Delete
    };
    struct Window
    {
        int limit;
        qint64 periodMs;
    };

    explicit RateLimiter(QObject *parent = nullptr);

    static MethodClass classify(const QByteArray &method);
    // The published limits (oneapi-notes.md). ZIdentity publishes none: 10/s is assumed.
    static QList<Window> publishedWindows(Product product, MethodClass methodClass);

    // Reserves the next slot for a request and returns how long to wait before sending it
    // (0 when it may go now). Each call reserves: call once per attempt.
    qint64 reserve(Product product, const QByteArray &method, qint64 nowMs);
    qint64 reserve(Product product, const QByteArray &method);
    // The request whose slot was reserved for `reservedAt` went out at nowMs: its windows
    // count from then. A timer that fired late or a token renewed on the way would otherwise
    // have the client count the request earlier than the server can.
    void markSent(Product product, const QByteArray &method, qint64 reservedAt, qint64 nowMs);

    // The server asked every request to this product to wait waitMs from nowMs. A wait
    // longer than maxBlockSeconds() is not remembered: the job that saw it fails fast (see
    // RetryPolicy::maxSingleWaitSeconds) and later jobs ask the server again, instead of the
    // product staying blocked for hours, or for the rest of the session.
    void blockFor(Product product, qint64 waitMs, qint64 nowMs);
    // ApiClient keeps this equal to its retry policy's maxSingleWaitSeconds (300 s); at most
    // a day.
    void setMaxBlockSeconds(int seconds);
    int maxBlockSeconds() const { return m_maxBlockSeconds; }
    // Reads x-ratelimit-*, x-rate-limit-remaining and RateLimit-* headers of an answer that
    // arrived at nowMs to a request sent at sentMs (nowMs when unknown). x-ratelimit-reset
    // counts seconds from when the server answered, which is at least when the request was
    // sent: counted from sentMs, the next request reaches the server as the window resets,
    // not a round trip later (the server rounds the seconds up).
    //
    // `method` and `httpStatus`: the request's, to tell the answer to the request's bucket
    // (which counts the requests in flight and when their answers came). With them, an
    // exhausted budget holds that bucket only until the server's oldest counted request has
    // certainly left its window (see serverRelease()), instead of the whole rounded-up
    // reset; without a method the whole product waits for the reset.
    void updateFromHeaders(Product product, const QList<QPair<QByteArray, QByteArray>> &headers,
                           qint64 nowMs, qint64 sentMs = -1, const QByteArray &method = {},
                           int httpStatus = 0);

    RateBudget budget(Product product) const;

    // Turns the client-side windows off (benchmarks against a simulator without limits).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    static qint64 nowMs();

Q_SIGNALS:
    void budgetChanged(zc::Product product, const zc::RateBudget &budget);

private:
    // What the server last said about an exhausted budget of a bucket.
    struct Exhausted
    {
        qint64 resetAt = 0;   // the rounded-up reset (the latest said): the fall-back
        Window window{0, 0};  // the window it named; limit 0: unknown
        bool trusted = false; // the answers explain it (no other client spent the budget)
    };
    // The round trips of a product's recent answers, for how much a trip varies and how
    // short it can be.
    struct Trips
    {
        std::deque<qint64> ms;   // the latest kept, oldest first
        std::deque<qint64> late; // how late the latest requests went out after their slot
        void add(qint64 tripMs);
        void addLateness(qint64 lateMs);
        // What a window is kept beyond its period (see kMaxMarginMs).
        qint64 margin() const;
        // How long a request certainly travels to the server and another's answer back,
        // together (0: not known).
        qint64 certainTravel() const;
    };
    struct Bucket
    {
        QList<Window> windows;
        std::deque<qint64> sent;     // reserved send times, oldest first (client windows)
        std::deque<qint64> inFlight; // reserved send times of requests not answered yet
        std::deque<qint64> answered; // when answers the server counted came, oldest first
        Exhausted exhausted;
    };
    Bucket &bucket(Product product, MethodClass methodClass);
    // The earliest time at which the server certainly has room again for a request reserved
    // now, after it said the budget was exhausted (0: no such hold).
    static qint64 serverRelease(const Bucket &b, const Trips &trips, qint64 now);
    static void forgetOld(Bucket &b, qint64 now);
    // The earliest time at which `window` certainly has room on the server, by the answers
    // of `b` with `inFlight` requests unanswered (-1: the answers cannot tell); `travel`: how
    // long, at least, the server counted a request before its answer came and a new request
    // takes to reach it (Trips::certainTravel(); 0 assumes nothing).
    static qint64 roomAfterAnswers(const Bucket &b, const Window &window, qsizetype inFlight,
                                   qint64 travel);
    // What an answer saying "remaining 0, reset in resetSeconds" (counted from `sent`; -1:
    // from an instant) means for bucket `b`, whose window holds `limit` (-1: unknown).
    static Exhausted exhaustedBudget(const Bucket &b, int limit, qint64 resetAt, int resetSeconds,
                                     qint64 sent);

    QHash<int, Bucket> m_buckets;      // key: product * 4 + method class
    QHash<int, Trips> m_trips;         // key: product
    QHash<int, qint64> m_blockedUntil; // key: product
    QHash<int, RateBudget> m_budgets;  // key: product
    int m_maxBlockSeconds = 300;
    bool m_enabled = true;
};

} // namespace zc
