// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The retry table: what is retried, how long it waits, and when it gives up.
#include "net/RetryPolicy.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
