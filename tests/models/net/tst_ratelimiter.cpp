// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The client-side limiter keeps each product under its published limits, and remembers
// what the server said about the budget.
#include "net/RateLimiter.h"

#include <QSignalSpy>
#include <QTest>

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
        limiter.blockUntil(Product::Zia, 13'000);
        QCOMPARE(limiter.reserve(Product::Zia, "GET", 0), 13'000);
        QCOMPARE(limiter.reserve(Product::Zdx, "GET", 0), 0);
    }

    void disabledLimiterStillHonoursServerBlocks()
    {
        RateLimiter limiter;
        limiter.setEnabled(false);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.reserve(Product::Zia, "POST", 0), 0);
        limiter.blockUntil(Product::Zia, 500);
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
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
