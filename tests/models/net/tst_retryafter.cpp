// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Retry-After and reset headers as OneAPI's gateways really send them; the SDKs had bugs
// reading "1 seconds" and "13s".
#include "net/RetryAfter.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;

class TestRetryAfter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryRecordedForm_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("bare") << "1"_ba << 1;
        QTest::newRow("zpa 13s") << "13s"_ba << 13;
        QTest::newRow("zia body 1 seconds") << "1 seconds"_ba << 1;
        QTest::newRow("spaces") << "  10 s "_ba << 10;
        QTest::newRow("second") << "1 second"_ba << 1;
        QTest::newRow("fraction rounds up") << "2.1"_ba << 3;
        QTest::newRow("zero") << "0"_ba << 0;
        QTest::newRow("garbage") << "soon"_ba << -1;
        QTest::newRow("empty") << ""_ba << -1;
        QTest::newRow("negative") << "-5"_ba << -1;
    }
    void parsesEveryRecordedForm()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QCOMPARE(parseRetryAfter(value), seconds);
    }

    void parsesHttpDates()
    {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0); // in the past
    }

    void parsesResetStyles()
    {
        QCOMPARE(parseResetSeconds("42"), 42);
        QCOMPARE(parseResetSeconds("x"), -1);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QCOMPARE(parseResetEpoch("1700000030", now), 30); // ZDX: UTC epoch
        QCOMPARE(parseResetEpoch("1699999990", now), 0);
        QCOMPARE(parseResetEpoch("12", now), 12); // the IETF draft's delta form
    }

    void serverWaitPrefersRetryAfter()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QCOMPARE(
            serverRequestedWait({{"Retry-After", "13s"}, {"x-ratelimit-reset", "50"}}, {}, now),
            13);
        QCOMPARE(serverRequestedWait({{"X-RateLimit-Reset", "50"}}, {}, now), 50);
        QCOMPARE(serverRequestedWait({{"RateLimit-Reset", "1700000004"}}, {}, now), 4);
        QCOMPARE(serverRequestedWait({}, QJsonObject{{u"Retry-After"_s, u"1 seconds"_s}}, now), 1);
        QCOMPARE(serverRequestedWait({{"content-type", "application/json"}}, {}, now), -1);
    }

    // Issue 12, finding 4: a wait of days, centuries or "forever" is read as the longest wait
    // (a year), never as unreadable (which would retry after the default second) nor as a
    // number that overflows on its way to a timer.
    void hugeWaitsReadAsTheLongestWait_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        const QByteArray digits(400, '9');
        QTest::newRow("retry-after 30 days") << "Retry-After"_ba
                                             << "2592000"_ba << 2592000;
        QTest::newRow("retry-after past int") << "Retry-After"_ba
                                              << "99999999999"_ba << kMaxServerWaitSeconds;
        QTest::newRow("retry-after 400 digits")
            << "Retry-After"_ba << digits << kMaxServerWaitSeconds;
        QTest::newRow("retry-after year 9999")
            << "Retry-After"_ba
            << "Fri, 31 Dec 9999 23:59:59 GMT"_ba << kMaxServerWaitSeconds;
        QTest::newRow("x-ratelimit-reset 1e400") << "x-ratelimit-reset"_ba
                                                 << "1e400"_ba << kMaxServerWaitSeconds;
        QTest::newRow("x-ratelimit-reset 1e18") << "x-ratelimit-reset"_ba
                                                << "1e18"_ba << kMaxServerWaitSeconds;
        QTest::newRow("x-ratelimit-reset inf") << "x-ratelimit-reset"_ba
                                               << "inf"_ba << kMaxServerWaitSeconds;
        QTest::newRow("x-ratelimit-reset nan") << "x-ratelimit-reset"_ba
                                               << "nan"_ba << -1;
        QTest::newRow("ratelimit-reset epoch 1e300") << "RateLimit-Reset"_ba
                                                     << "1e300"_ba << kMaxServerWaitSeconds;
        QTest::newRow("ratelimit-reset -1e300") << "RateLimit-Reset"_ba
                                                << "-1e300"_ba << -1;
    }
    void hugeWaitsReadAsTheLongestWait()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QCOMPARE(serverRequestedWait({{header, value}}, {}, now), seconds);
    }

    void hugeWaitInTheBodyIsTheLongestWait()
    {
        QCOMPARE(serverRequestedWait({}, QJsonObject{{u"Retry-After"_s, 1e300}}),
                 kMaxServerWaitSeconds);
        QCOMPARE(serverRequestedWait({}, QJsonObject{{u"Retry-After"_s, -1e300}}), -1);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
