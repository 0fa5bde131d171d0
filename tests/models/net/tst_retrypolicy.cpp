// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The retry table: what is retried, how long it waits, and when it gives up.
#include "net/RetryAfter.h"
#include "net/RetryPolicy.h"

#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retriesRateLimitsForEveryMethod()
    {
        RetryPolicy p;
        for (const char *method : {"GET", "POST", "DELETE"}) {
            const auto d = p.decide(method, 429, {}, false, 3, 1, 0);
            QVERIFY(d.retry);
            QCOMPARE(d.reason, WaitReason::ServerRateLimit);
            QVERIFY(d.delayMs >= 3000 && d.delayMs < 3250);
        }
        QVERIFY(p.decide("POST", 503, {}, false, 10, 1, 0).retry);
        QVERIFY(p.decide("PUT", 504, {}, false, -1, 1, 0).retry);
    }

    void retriesOtherServerErrorsForReadsOnly()
    {
        RetryPolicy p;
        QVERIFY(p.decide("GET", 500, {}, false, -1, 1, 0).retry);
        QVERIFY(p.decide("GET", 502, {}, false, -1, 1, 0).retry);
        QVERIFY(!p.decide("POST", 500, {}, false, -1, 1, 0).retry);
        QVERIFY(!p.decide("DELETE", 502, {}, false, -1, 1, 0).retry);
    }

    void retriesEditLockForWritesWithBackoff()
    {
        RetryPolicy p;
        const auto first = p.decide("POST", 409, u"EDIT_LOCK_NOT_AVAILABLE"_s, false, -1, 1, 0);
        const auto second = p.decide("POST", 409, u"EDIT_LOCK_NOT_AVAILABLE"_s, false, -1, 2, 0);
        QVERIFY(first.retry && second.retry);
        QCOMPARE(first.reason, WaitReason::EditLock);
        QVERIFY(second.delayMs >= 2 * p.editLockBackoffMs);
        QVERIFY(p.decide("PUT", 409, u"api.concurrent.access.error"_s, false, -1, 1, 0).retry);
        QVERIFY(!p.decide("POST", 409, u"DUPLICATE_ITEM"_s, false, -1, 1, 0).retry);
    }

    void neverRetriesClientErrors()
    {
        RetryPolicy p;
        for (int status : {400, 401, 403, 404, 422})
            QVERIFY(!p.decide("GET", status, {}, false, -1, 1, 0).retry);
    }

    void retriesLostConnectionsForReadsOnly()
    {
        RetryPolicy p;
        const auto d = p.decide("GET", 0, {}, true, -1, 1, 0);
        QVERIFY(d.retry);
        QCOMPARE(d.reason, WaitReason::ConnectionLost);
        QVERIFY(!p.decide("POST", 0, {}, true, -1, 1, 0).retry);
    }

    void capsAttemptsAndWaits()
    {
        RetryPolicy p;
        p.maxAttempts = 3;
        QVERIFY(p.decide("GET", 503, {}, false, 1, 2, 0).retry);
        QVERIFY(!p.decide("GET", 503, {}, false, 1, 3, 0).retry);
        p.maxTotalWaitSeconds = 10;
        QVERIFY(!p.decide("GET", 429, {}, false, 8, 1, 5000).retry);
        // Fail fast when the server asks for more than the longest acceptable single wait,
        // however generous the total.
        RetryPolicy patient;
        patient.maxTotalWaitSeconds = 100000;
        QVERIFY(patient.decide("GET", 429, {}, false, 299, 1, 0).retry);
        QVERIFY(!patient.decide("GET", 429, {}, false, 301, 1, 0).retry);
    }

    // Issue 12, finding 4: whatever the server asks and however the policy is set, a delay is
    // a positive int of milliseconds (past ~24.8 days an int overflows: the timer would never
    // fire, or fire at once).
    void delaysNeverOverflow()
    {
        RetryPolicy p;
        QVERIFY(!p.decide("GET", 429, {}, false, kMaxServerWaitSeconds, 1, 0).retry);
        RetryPolicy endless;
        endless.maxSingleWaitSeconds = std::numeric_limits<int>::max();
        endless.maxTotalWaitSeconds = std::numeric_limits<int>::max();
        endless.baseBackoffMs = std::numeric_limits<int>::max();
        endless.defaultRateLimitWaitMs = std::numeric_limits<int>::max();
        endless.maxAttempts = 100;
        const auto longest = endless.decide("GET", 429, {}, false, kMaxServerWaitSeconds, 1, 0);
        QVERIFY(longest.retry);
        QVERIFY(longest.delayMs > 24 * 24 * 3600 * 1000); // saturated, not wrapped
        for (int attempt = 1; attempt < 20; ++attempt) {
            QVERIFY(endless.decide("GET", 500, {}, false, -1, attempt, 0).delayMs > 0);
            QVERIFY(endless.decide("GET", 429, {}, false, -1, attempt, 0).delayMs > 0);
        }
    }

    // Issue 12, finding 8: the token request is retried like a read, also after an answer
    // without a usable token.
    void signInIsRetriedLikeARead()
    {
        RetryPolicy p;
        QVERIFY(p.decideSignIn(503, false, false, 2, 1, 0).retry);
        QCOMPARE(p.decideSignIn(429, false, false, 1, 1, 0).reason, WaitReason::ServerRateLimit);
        QVERIFY(p.decideSignIn(500, false, false, -1, 1, 0).retry);
        QVERIFY(p.decideSignIn(0, true, false, -1, 1, 0).retry);
        const auto unreadable = p.decideSignIn(200, false, true, -1, 1, 0);
        QVERIFY(unreadable.retry);
        QCOMPARE(unreadable.reason, WaitReason::ServerError);
        QVERIFY(!p.decideSignIn(200, false, true, -1, p.maxAttempts, 0).retry);
        QVERIFY(!p.decideSignIn(400, false, false, -1, 1, 0).retry);
        QVERIFY(!p.decideSignIn(429, false, false, 3600, 1, 0).retry); // fails fast
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
