// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The retry table end to end: what a user sees when the tenant rate-limits, is locked,
// unavailable, read-only, slow, drops the connection or sends garbage.
#include "SimFixture.h"
#include "net/ApiJob.h"
#include "net/RetryAfter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;
using Kind = sim::SimFault::Kind;

namespace {
sim::SimFault fault(Kind kind, int count, QByteArray method = {}, QByteArray retryAfter = {})
{
    sim::SimFault f;
    f.kind = kind;
    f.count = count;
    f.product = Product::Zia;
    f.method = std::move(method);
    f.retryAfter = std::move(retryAfter);
    return f;
}

ApiRequest statusRequest()
{
    ApiRequest r = ApiRequest::get(Product::Zia, {u"status"_s});
    r.expect = ApiRequest::Expect::JsonObject;
    return r;
}

ApiRequest activateRequest()
{
    ApiRequest r = ApiRequest::post(Product::Zia, {u"status"_s, u"activate"_s});
    r.expect = ApiRequest::Expect::JsonObject;
    return r;
}

// Quick back-offs keep the suite fast; the table itself is what is under test.
RetryPolicy quickPolicy()
{
    RetryPolicy p;
    p.baseBackoffMs = 100;
    p.editLockBackoffMs = 150;
    return p;
}
} // namespace

class TestRetries : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY(m_sim->start());
        m_client = m_sim->makeClient();
        m_client->setRetryPolicy(quickPolicy());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void waitsWhatA429AsksAndSaysSo_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("bare seconds") << "1"_ba;
        QTest::newRow("ZPA style 1s") << "1s"_ba;
        QTest::newRow("ZIA body style 1 seconds") << "1 seconds"_ba;
    }
    void waitsWhatA429AsksAndSaysSo()
    {
        QFETCH(QByteArray, retryAfter);
        m_sim->server().injectFault(fault(Kind::TooManyRequests, 1, "GET", retryAfter));
        QSignalSpy waits(m_client.get(), &ApiClient::waiting);
        QElapsedTimer timer;
        timer.start();
        ApiJob *job = m_client->send(statusRequest());
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QVERIFY(timer.elapsed() >= 1000);
        QCOMPARE(job->attempts(), 2);
        QCOMPARE(waits.count(), 1);
        QCOMPARE(waits.at(0).at(0).value<Product>(), Product::Zia);
        QCOMPARE(waits.at(0).at(1).toInt(), 1);
        QCOMPARE(waits.at(0).at(2).value<WaitReason>(), WaitReason::ServerRateLimit);
        QCOMPARE(waitMessage(Product::Zia, 1, WaitReason::ServerRateLimit),
                 u"Rate limited by ZIA, retrying in 1 s."_s);
    }

    void aServerWaitHoldsOtherRequestsToo()
    {
        m_sim->server().injectFault(fault(Kind::TooManyRequests, 1, "GET", "2"));
        QElapsedTimer timer;
        timer.start();
        ApiJob *first = m_client->send(statusRequest());
        QVERIFY(waitForJob(first));
        // Sent after the 429: the limiter remembers the server's wait for the whole product.
        QVERIFY(timer.elapsed() >= 2000);
        QCOMPARE(m_sim->countRequests(u"/status"_s), 2);
    }

    void failsFastWhenTheServerAsksForMinutes()
    {
        m_sim->server().injectFault(fault(Kind::TooManyRequests, 1, "GET", "600"));
        QElapsedTimer timer;
        timer.start();
        ApiJob *job = m_client->send(statusRequest());
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(job->error().retryAfterSeconds, 600);
        QVERIFY(job->error().message().contains(u"600"_s));
        QVERIFY(timer.elapsed() < 5000);
    }

    // Issue 12, finding 4: a Retry-After of 30 days (past the ~24.8 days where int
    // milliseconds overflow) fails this job at once with the server's figure, and does not
    // block ZIA for the session: the next job asks the server again.
    void aWaitOfDaysFailsFastAndDoesNotBlockTheProduct_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("reported");
        QTest::newRow("30 days") << "2592000"_ba << 2592000;
        QTest::newRow("past int") << "99999999999"_ba << kMaxServerWaitSeconds;
    }
    void aWaitOfDaysFailsFastAndDoesNotBlockTheProduct()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, reported);
        m_sim->server().injectFault(fault(Kind::TooManyRequests, 1, "GET", retryAfter));
        QElapsedTimer timer;
        timer.start();
        ApiJob *first = m_client->send(statusRequest());
        QVERIFY(waitForJob(first));
        QCOMPARE(first->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(first->error().retryAfterSeconds, reported);
        QVERIFY(first->error().message().contains(QString::number(reported)));
        ApiJob *second = m_client->send(statusRequest());
        QVERIFY(waitForJob(second));
        QVERIFY2(!second->error(), qPrintable(second->error().message()));
        QCOMPARE(m_sim->countRequests(u"/status"_s), 2);
        QVERIFY(timer.elapsed() < 10000);
    }

    void givesUpAfterTheAttemptCap()
    {
        RetryPolicy p = quickPolicy();
        p.maxAttempts = 3;
        m_client->setRetryPolicy(p);
        m_sim->server().injectFault(fault(Kind::ServiceUnavailable, 10, "GET", "1"));
        ApiJob *job = m_client->send(statusRequest());
        QVERIFY(waitForJob(job, 30000));
        QCOMPARE(job->error().kind, ApiError::Kind::Server);
        QCOMPARE(job->error().httpStatus, 503);
        QCOMPARE(job->attempts(), 3);
    }

    void retries503ForWritesToo()
    {
        m_sim->server().injectFault(fault(Kind::ServiceUnavailable, 1, "POST", "1"));
        QSignalSpy waits(m_client.get(), &ApiClient::waiting);
        ApiJob *job = m_client->send(activateRequest());
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(waits.at(0).at(2).value<WaitReason>(), WaitReason::ServiceUnavailable);
    }

    void retriesOther5xxForGetOnly()
    {
        auto f = fault(Kind::ServerError, 1, "GET");
        f.status = 502;
        m_sim->server().injectFault(f);
        ApiJob *get = m_client->send(statusRequest());
        QVERIFY(waitForJob(get));
        QVERIFY(!get->error());
        QCOMPARE(get->attempts(), 2);

        f.method = "POST";
        f.status = 500;
        m_sim->server().injectFault(f);
        ApiJob *post = m_client->send(activateRequest());
        QVERIFY(waitForJob(post));
        QCOMPARE(post->error().kind, ApiError::Kind::Server);
        QCOMPARE(post->error().httpStatus, 500);
        QCOMPARE(post->attempts(), 1); // a write is never repeated blindly
    }

    void retriesEditLockWithBackoff()
    {
        m_sim->server().injectFault(fault(Kind::EditLock, 2, "POST"));
        QSignalSpy waits(m_client.get(), &ApiClient::waiting);
        ApiJob *job = m_client->send(activateRequest());
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->attempts(), 3);
        QCOMPARE(waits.count(), 2);
        QCOMPARE(waits.at(0).at(2).value<WaitReason>(), WaitReason::EditLock);
        QCOMPARE(m_sim->server().ziaActivationStatus(), u"ACTIVE"_s);
    }

    void editLockThatNeverClearsIsReported()
    {
        RetryPolicy p = quickPolicy();
        p.maxAttempts = 2;
        m_client->setRetryPolicy(p);
        m_sim->server().injectFault(fault(Kind::EditLock, 5, "POST"));
        ApiJob *job = m_client->send(activateRequest());
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::EditLock);
        QCOMPARE(job->error().serverCode, u"EDIT_LOCK_NOT_AVAILABLE"_s);
    }

    void readOnlyModeIsNotForbidden()
    {
        m_sim->server().setZiaActivationStatus(u"PENDING"_s);
        m_sim->server().setReadOnly(true);
        QSignalSpy readOnly(m_client.get(), &ApiClient::readOnlyDetected);
        ApiJob *job = m_client->send(activateRequest());
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::ReadOnly);
        QCOMPARE(job->error().httpStatus, 403);
        QCOMPARE(job->error().serverCode, u"STATE_READONLY"_s);
        QVERIFY(job->error().message().contains(u"read-only"_s));
        QCOMPARE(readOnly.count(), 1);
        QCOMPARE(job->attempts(), 1);
        QCOMPARE(m_sim->server().ziaActivationStatus(), u"PENDING"_s); // nothing changed
        // Reading still works.
        ApiJob *read = m_client->send(statusRequest());
        QVERIFY(waitForJob(read));
        QVERIFY(!read->error());
        QCOMPARE(read->json().object().value("status"_L1).toString(), u"PENDING"_s);
    }

    void droppedConnectionIsRetriedForReads()
    {
        // Qt itself resends once on a reused connection that closes before answering; what
        // matters is that a read survives repeated drops.
        m_sim->server().injectFault(fault(Kind::Drop, 3, "GET"));
        ApiJob *job = m_client->send(statusRequest());
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QVERIFY(job->attempts() >= 2);
        int dropped = 0;
        for (const auto &r : m_sim->server().recordedRequests())
            dropped += r.path.endsWith(u"/status"_s) && r.status == 0;
        QCOMPARE(dropped, 3);
    }

    void droppedConnectionOnAWriteIsANetworkError()
    {
        // A write whose connection dropped may have been applied: nobody repeats it — not
        // the retry table, and not Qt's own resend of requests on a closed keep-alive
        // connection. Warm the connection up first so that the POST goes over a reused one.
        QVERIFY(waitForJob(m_client->send(statusRequest())));
        m_sim->server().injectFault(fault(Kind::Drop, 10, "POST"));
        ApiJob *job = m_client->send(activateRequest());
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QCOMPARE(job->attempts(), 1);
        QVERIFY(!job->error().message().isEmpty());
        QCOMPARE(m_sim->countRequests(u"/status/activate"_s, "POST"), 1);
    }

    void truncatedBodyIsABadResponse()
    {
        RetryPolicy p = quickPolicy();
        p.maxAttempts = 2;
        m_client->setRetryPolicy(p);
        m_sim->server().injectFault(fault(Kind::Truncate, 5, "GET"));
        ApiJob *job = m_client->send(statusRequest());
        QVERIFY(waitForJob(job));
        QVERIFY(job->error().kind == ApiError::Kind::BadResponse ||
                job->error().kind == ApiError::Kind::Network);
        QCOMPARE(job->attempts(), 2);
    }

    void malformedJsonIsABadResponse()
    {
        m_sim->server().injectFault(fault(Kind::MalformedJson, 1, "GET"));
        ApiJob *job = m_client->send(statusRequest());
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(!job->error().requestId.isEmpty());
        QVERIFY(!job->error().message().isEmpty());
    }

    void unexpectedShapeIsABadResponse()
    {
        ApiRequest r = statusRequest();
        r.expect = ApiRequest::Expect::JsonArray; // /status answers an object
        ApiJob *job = m_client->send(r);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
    }

    void slowAnswerTimesOut()
    {
        auto f = fault(Kind::Delay, 1, "GET");
        f.delayMs = 3000;
        m_sim->server().injectFault(f);
        ApiRequest r = statusRequest();
        r.timeoutMs = 400;
        QElapsedTimer timer;
        timer.start();
        ApiJob *job = m_client->send(r);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 2500);
    }

    void cancelStopsAtOnce()
    {
        auto f = fault(Kind::Delay, 1, "GET");
        f.delayMs = 3000;
        m_sim->server().injectFault(f);
        QElapsedTimer timer;
        timer.start();
        ApiJob *job = m_client->send(statusRequest());
        job->setAutoDelete(false);
        QTimer::singleShot(200, job, &ApiJob::cancel);
        QSignalSpy failed(job, &ApiJob::failed);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(failed.count(), 1);
        QVERIFY(timer.elapsed() < 2000);
    }

    void cancelDuringARetryWait()
    {
        m_sim->server().injectFault(fault(Kind::TooManyRequests, 1, "GET", "30"));
        ApiJob *job = m_client->send(statusRequest());
        job->setAutoDelete(false);
        QSignalSpy waiting(job, &ApiJob::waiting);
        QVERIFY(waiting.wait(5000));
        QCOMPARE(job->phase(), ApiJob::Phase::WaitingToRetry);
        job->cancel();
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(m_sim->countRequests(u"/status"_s), 1);
    }

    void clientLimiterPacesWrites()
    {
        // ZIA allows one POST a second: three activations take at least two seconds and
        // never meet a 429.
        QElapsedTimer timer;
        timer.start();
        QList<ApiJob *> jobs;
        for (int i = 0; i < 3; ++i) {
            jobs.append(m_client->send(activateRequest()));
            jobs.last()->setAutoDelete(false); // waited for one after the other
        }
        for (ApiJob *job : jobs) {
            QVERIFY(waitForJob(job));
            QVERIFY(!job->error());
        }
        QVERIFY(timer.elapsed() >= 1900);
        for (const auto &r : m_sim->server().recordedRequests())
            QVERIFY(r.status != 429);
    }
};

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_retries.moc"
