// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The contract every job keeps (models/net/Job), against the simulator over loopback: one of
// succeeded/failed then finished, exactly once; nothing reported inside start(); cancel before,
// during and after; deleting itself unless told not to; the waits of its steps relayed; and a
// cancelled multi-step job cancelling the step under way.
#include "SimFixture.h"
#include "net/ApiJob.h"
#include "net/Pager.h"
#include "zdx/ZdxService.h"
#include "zia/ZiaService.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;
using Kind = sim::SimFault::Kind;

namespace {

ApiRequest statusRequest()
{
    ApiRequest r = ApiRequest::get(Product::Zia, {u"status"_s});
    r.expect = ApiRequest::Expect::JsonObject;
    return r;
}

sim::SimFault fault(Kind kind, Product product, QByteArray retryAfter = {}, int delayMs = 0)
{
    sim::SimFault f;
    f.kind = kind;
    f.product = product;
    f.retryAfter = std::move(retryAfter);
    f.delayMs = delayMs;
    return f;
}

// The order a job's end signals came in: "succeeded", "failed", "finished".
class EndRecorder
{
public:
    explicit EndRecorder(Job *job)
    {
        QObject::connect(job, &Job::succeeded, job, [this] { m_signals << u"succeeded"_s; });
        QObject::connect(job, &Job::failed, job, [this](Job *, const ApiError &error) {
            m_signals << u"failed"_s;
            m_error = error;
        });
        QObject::connect(job, &Job::finished, job, [this] { m_signals << u"finished"_s; });
    }
    QStringList signalNames() const { return m_signals; }
    ApiError error() const { return m_error; }

private:
    QStringList m_signals;
    ApiError m_error;
};

} // namespace

class TestJob : public QObject
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
        RetryPolicy quick;
        quick.baseBackoffMs = 100;
        m_client->setRetryPolicy(quick);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void succeedsOnceThenFinishes()
    {
        ApiJob *job = m_client->send(statusRequest());
        EndRecorder recorder(job);
        QVERIFY(waitForJob(job));
        QTest::qWait(50); // nothing more comes after finished
        QCOMPARE(recorder.signalNames(), (QStringList{u"succeeded"_s, u"finished"_s}));
        QCOMPARE(job->status(), Job::Status::Succeeded);
        QVERIFY(!job->error());
        delete job;
    }

    void failsOnceThenFinishes()
    {
        ApiJob *job = m_client->send(ApiRequest::get(Product::Zia, {u"no-such-thing"_s}));
        EndRecorder recorder(job);
        QVERIFY(waitForJob(job));
        QTest::qWait(50);
        QCOMPARE(recorder.signalNames(), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(job->status(), Job::Status::Failed);
        QCOMPARE(job->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(recorder.error().kind, ApiError::Kind::NotFound);
        delete job;
    }

    void reportsNothingInsideStart()
    {
        // A lookup of no URL succeeds at once, and bad deep-trace settings fail at once: both
        // only on the next event-loop turn, after the caller connected.
        UrlLookupJob lookup(m_client.get(), {});
        lookup.setAutoDelete(false);
        EndRecorder lookupRecorder(&lookup);
        lookup.start();
        QVERIFY(lookup.isFinished());
        QVERIFY(lookupRecorder.signalNames().isEmpty());
        QTRY_COMPARE(lookupRecorder.signalNames(), (QStringList{u"succeeded"_s, u"finished"_s}));

        DeepTraceStartJob start(m_client.get(), u"1"_s, DeepTraceSettings{});
        start.setAutoDelete(false);
        EndRecorder startRecorder(&start);
        start.start();
        QVERIFY(startRecorder.signalNames().isEmpty());
        QTRY_COMPARE(startRecorder.signalNames(), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(start.error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(m_sim->countRequests(u"/deeptraces"_s), 0);
    }

    void cancelWhileRunning()
    {
        m_sim->server().injectFault(fault(Kind::Delay, Product::Zia, {}, 3000));
        ApiJob *job = m_client->send(statusRequest());
        job->setAutoDelete(false);
        EndRecorder recorder(job);
        QTRY_COMPARE(job->phase(), ApiJob::Phase::Sending);
        job->cancel();
        QCOMPARE(recorder.signalNames(), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(Job::cancelledError().kind, ApiError::Kind::Cancelled);
        // Cancelling again, or the dropped reply, reports nothing more.
        job->cancel();
        QTest::qWait(100);
        QCOMPARE(recorder.signalNames().size(), 2);
        delete job;
    }

    void cancelBeforeStartSendsNothing()
    {
        ApiJob *job = m_client->send(statusRequest());
        job->setAutoDelete(false);
        EndRecorder recorder(job);
        job->cancel(); // before the event loop started it
        QCOMPARE(recorder.signalNames(), (QStringList{u"failed"_s, u"finished"_s}));
        QTest::qWait(200);
        QCOMPARE(m_sim->countRequests(u"/status"_s), 0);
        QCOMPARE(recorder.signalNames().size(), 2);
        delete job;
    }

    void cancelAfterTheEndChangesNothing()
    {
        ApiJob *job = m_client->send(statusRequest());
        EndRecorder recorder(job);
        QVERIFY(waitForJob(job));
        job->cancel();
        QCOMPARE(job->status(), Job::Status::Succeeded);
        QVERIFY(!job->error());
        QCOMPARE(recorder.signalNames(), (QStringList{u"succeeded"_s, u"finished"_s}));
        delete job;
    }

    void deletesItselfUnlessTold()
    {
        QPointer<ApiJob> deleting = m_client->send(statusRequest());
        QPointer<ApiJob> kept = m_client->send(statusRequest());
        kept->setAutoDelete(false);
        QSignalSpy keptFinished(kept.data(), &Job::finished);
        QVERIFY(keptFinished.wait(10000));
        QTRY_VERIFY(deleting.isNull());
        QTest::qWait(50);
        QVERIFY(!kept.isNull());
        QVERIFY(kept->isFinished());
        delete kept;

        // A failed job goes too, and so does a multi-step one.
        QPointer<ApiJob> failing = m_client->send(ApiRequest::get(Product::Zia, {u"nope"_s}));
        ZiaService zia(m_client.get());
        QPointer<UrlLookupJob> lookup = zia.lookupUrls({u"example.com"_s});
        QTRY_VERIFY_WITH_TIMEOUT(failing.isNull() && lookup.isNull(), 10000);
    }

    void relaysTheWaitsOfItsSteps()
    {
        // The first page is refused with a 429 asking for a second: the fetch, not only its
        // request, says it waits.
        m_sim->server().injectFault(fault(Kind::TooManyRequests, Product::Zdx, "1"));
        ZdxService zdx(m_client.get());
        PagedFetch *fetch = zdx.searchDevices({}, 50);
        fetch->setAutoDelete(false);
        QSignalSpy waiting(fetch, &Job::waiting);
        fetch->start();
        QVERIFY(waitForJob(fetch));
        QVERIFY2(!fetch->error(), qPrintable(fetch->error().message()));
        // The 429's wait, then maybe the client's own pacing of the next pages.
        QVERIFY(waiting.count() >= 1);
        QCOMPARE(waiting.first().at(1).toInt(), 1);
        QCOMPARE(waiting.first().at(2).value<WaitReason>(), WaitReason::ServerRateLimit);
        for (const QList<QVariant> &wait : std::as_const(waiting))
            QCOMPARE(wait.at(0).value<Job *>(), fetch);
        QVERIFY(!fetch->records().isEmpty());
        delete fetch;
    }

    void cancellingAMultiStepJobCancelsItsStep()
    {
        m_sim->server().injectFault(fault(Kind::Delay, Product::Zia, {}, 3000));
        ZiaService zia(m_client.get());
        UrlLookupJob *lookup = zia.lookupUrls({u"example.com"_s, u"bbc.com"_s});
        lookup->setAutoDelete(false);
        EndRecorder recorder(lookup);
        // The step under way: the lookup's request, a job of the client.
        QPointer<ApiJob> step;
        QTRY_VERIFY([&] {
            for (ApiJob *job : m_client->findChildren<ApiJob *>()) {
                if (job->phase() == ApiJob::Phase::Sending)
                    step = job;
            }
            return !step.isNull();
        }());
        QSignalSpy stepFailed(step.data(), &Job::failed);
        lookup->cancel();
        QCOMPARE(recorder.signalNames(), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(lookup->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(stepFailed.count(), 1);
        QCOMPARE(stepFailed.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(recorder.signalNames().size(), 2); // the step's failure is not heard twice
        delete lookup;
    }

    void aStepFailureFailsTheJob()
    {
        // Three 500s exhaust the retries of the first batch: the lookup fails with that error.
        sim::SimFault f = fault(Kind::ServerError, Product::Zia);
        f.count = 10;
        m_sim->server().injectFault(f);
        ZiaService zia(m_client.get());
        UrlLookupJob *lookup = zia.lookupUrls({u"example.com"_s});
        EndRecorder recorder(lookup);
        QVERIFY(waitForJob(lookup));
        QCOMPARE(recorder.signalNames(), (QStringList{u"failed"_s, u"finished"_s}));
        QCOMPARE(lookup->error().kind, ApiError::Kind::Server);
        QCOMPARE(lookup->error().product, Product::Zia);
        delete lookup;
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
