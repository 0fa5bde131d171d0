// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The client-side limiter keeps each product under its published limits, and remembers
// what the server said about the budget.
#include "net/RateLimiter.h"
#include "net/RetryPolicy.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace zc;

// Each window is kept a little longer than published, for requests in flight.
constexpr qint64 kMargin = 50;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ziaPostsGoOncePerSecond()
    {
        RateLimiter limiter;
        const qint64 t0 = 1'000'000;
        QCOMPARE(limiter.reserve(Product::Zia, "POST", t0), 0);
        QCOMPARE(limiter.reserve(Product::Zia, "POST", t0), 1000 + kMargin);
        QCOMPARE(limiter.reserve(Product::Zia, "POST", t0), 2 * (1000 + kMargin));
        // GETs have their own budget: 2 a second.
        QCOMPARE(limiter.reserve(Product::Zia, "GET", t0), 0);
        QCOMPARE(limiter.reserve(Product::Zia, "GET", t0), 0);
        QCOMPARE(limiter.reserve(Product::Zia, "GET", t0), 1000 + kMargin);
        // Another product is not held up.
        QCOMPARE(limiter.reserve(Product::Zpa, "GET", t0), 0);
    }

    void ziaDeletesOncePerMinute()
    {
        RateLimiter limiter;
        const qint64 t0 = 5'000'000;
        QCOMPARE(limiter.reserve(Product::Zia, "DELETE", t0), 0);
        QCOMPARE(limiter.reserve(Product::Zia, "DELETE", t0 + 10), 60'000 + kMargin - 10);
    }

    void hourlyWindowHoldsAfterTheBudget()
    {
        RateLimiter limiter;
        qint64 t = 0;
        qint64 lastWait = 0;
        // ZCC: 100 calls an hour. Spread 100 calls over 100 s: all go at once.
        for (int i = 0; i < 100; ++i) {
            lastWait = limiter.reserve(Product::Zcc, "GET", t);
            QCOMPARE(lastWait, 0);
            t += 1000;
        }
        // The 101st waits until the first leaves the hour.
        QCOMPARE(limiter.reserve(Product::Zcc, "GET", t), 3'600'000 + kMargin - t);
    }

    void zpaTwentyGetsPerTenSeconds()
    {
        RateLimiter limiter;
        for (int i = 0; i < 20; ++i)
            QCOMPARE(limiter.reserve(Product::Zpa, "GET", 0), 0);
        QCOMPARE(limiter.reserve(Product::Zpa, "GET", 0), 10'000 + kMargin);
    }

    void serverBlockHoldsEveryRequest()
    {
        RateLimiter limiter;
        limiter.blockFor(Product::Zia, 13'000, 0);
        QCOMPARE(limiter.reserve(Product::Zia, "GET", 0), 13'000);
        QCOMPARE(limiter.reserve(Product::Zdx, "GET", 0), 0);
    }

    void disabledLimiterStillHonoursServerBlocks()
    {
        RateLimiter limiter;
        limiter.setEnabled(false);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.reserve(Product::Zia, "POST", 0), 0);
        limiter.blockFor(Product::Zia, 500, 0);
        QCOMPARE(limiter.reserve(Product::Zia, "POST", 0), 500);
    }

    void readsBudgetHeaders()
    {
        RateLimiter limiter;
        QSignalSpy spy(&limiter, &RateLimiter::budgetChanged);
        const qint64 now = 1'700'000'000'000;
        limiter.updateFromHeaders(Product::Zcc,
                                  {{"X-RateLimit-Limit", "100"},
                                   {"X-Rate-Limit-Remaining", "37"},
                                   {"X-RateLimit-Reset", "120"}},
                                  now);
        QCOMPARE(spy.count(), 1);
        const RateBudget b = limiter.budget(Product::Zcc);
        QCOMPARE(b.limit, 100);
        QCOMPARE(b.remaining, 37);
        QCOMPARE(b.resetAt.toMSecsSinceEpoch(), now + 120'000);

        limiter.updateFromHeaders(Product::Zdx,
                                  {{"RateLimit-Limit", "5"},
                                   {"RateLimit-Remaining", "0"},
                                   {"RateLimit-Reset", "1700000003"}},
                                  now);
        QCOMPARE(limiter.budget(Product::Zdx).remaining, 0);
        // An exhausted budget holds the product until the reset.
        QCOMPARE(limiter.reserve(Product::Zdx, "GET", now), 3000);
        // Headers without budget fields change nothing.
        limiter.updateFromHeaders(Product::Zia, {{"Content-Type", "application/json"}}, now);
        QCOMPARE(spy.count(), 2);
        QVERIFY(!limiter.budget(Product::Zia).isKnown());
    }

    // x-ratelimit-reset counts from the server's answer, which came after the request went
    // out: the wait runs from when it was sent, so that a slow answer (150 ms over a WAN)
    // does not add its round trip to every window. RateLimit-Reset is an instant.
    void relativeResetCountsFromTheSend()
    {
        RateLimiter limiter;
        const qint64 sent = 1'700'000'000'000;
        const qint64 arrived = sent + 150;
        limiter.updateFromHeaders(Product::Zia,
                                  {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "1"}},
                                  arrived, sent);
        QCOMPARE(limiter.budget(Product::Zia).resetAt.toMSecsSinceEpoch(), sent + 1000);
        QCOMPARE(limiter.reserve(Product::Zia, "POST", arrived), 850);
        // No send time, or one after the answer: counted from the answer.
        limiter.updateFromHeaders(Product::Zcc,
                                  {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "2"}},
                                  arrived, arrived + 5);
        QCOMPARE(limiter.reserve(Product::Zcc, "GET", arrived), 2000);
        limiter.updateFromHeaders(Product::Zdx,
                                  {{"RateLimit-Remaining", "0"}, {"RateLimit-Reset", "1700000003"}},
                                  arrived, sent);
        // 2.85 s to the instant, in whole seconds from the answer as before.
        QCOMPARE(limiter.reserve(Product::Zdx, "GET", arrived), 3000);
    }

    // Issue 12, finding 4: a wait longer than the retry policy accepts does not hold the
    // product (for hours, or for the rest of the session): later requests ask the server.
    void longServerWaitsAreNotRemembered()
    {
        RateLimiter limiter;
        limiter.setEnabled(false);
        QCOMPARE(limiter.maxBlockSeconds(), RetryPolicy().maxSingleWaitSeconds);
        limiter.blockFor(Product::Zia, 301'000, 0);
        limiter.blockFor(Product::Zia, 30LL * 24 * 3600 * 1000, 0);
        QCOMPARE(limiter.reserve(Product::Zia, "GET", 0), 0);
        limiter.blockFor(Product::Zia, 300'000, 0);
        QCOMPARE(limiter.reserve(Product::Zia, "GET", 0), 300'000);
        limiter.setMaxBlockSeconds(std::numeric_limits<int>::max());
        QCOMPARE(limiter.maxBlockSeconds(), 24 * 3600); // a day at most
    }

    void exhaustedBudgetWithAHugeResetDoesNotHold()
    {
        RateLimiter limiter;
        const qint64 now = 1'700'000'000'000;
        limiter.updateFromHeaders(
            Product::Zcc,
            {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "99999999999999999999"}}, now);
        QCOMPARE(limiter.budget(Product::Zcc).remaining, 0);
        QVERIFY(limiter.budget(Product::Zcc).resetAt.isValid());
        QCOMPARE(limiter.reserve(Product::Zcc, "GET", now), 0);
        limiter.updateFromHeaders(
            Product::Zdx, {{"RateLimit-Remaining", "0"}, {"RateLimit-Reset", "1e300"}}, now);
        QCOMPARE(limiter.reserve(Product::Zdx, "GET", now), 0);
    }

    // Issue 12, finding 10: budget numbers past int are unknown, not wrapped.
    void hostileBudgetNumbersAreIgnored()
    {
        RateLimiter limiter;
        limiter.updateFromHeaders(Product::Zia,
                                  {{"X-RateLimit-Limit", "99999999999"},
                                   {"X-RateLimit-Remaining", "-3"},
                                   {"X-RateLimit-Reset", "-1"}},
                                  0);
        const RateBudget b = limiter.budget(Product::Zia);
        QCOMPARE(b.limit, -1);
        QCOMPARE(b.remaining, -1);
        QVERIFY(!b.resetAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
