// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZIA URL lookup in batches and activation, against the simulator.
#include "SeedSampleFiles.h"
#include "SimFixture.h"
#include "net/ApiJob.h"
#include "zia/ZiaService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

class TestZiaService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedExamplesVerbatim()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZiaService zia(client.get());
        UrlLookupJob *job = zia.lookupUrls({u"viruses.org"_s, u"facebook.com"_s, u"bbc.com"_s});
        job->setAutoDelete(false); // read below
        QSignalSpy finished(job, &UrlLookupJob::finished);
        QVERIFY(finished.wait(10000));
        const QJsonArray expected = zc::test::seedUrlLookup(); // the seed document's answer
        QCOMPARE(job->results(), expected);
    }

    void manyUrlsGoInBatchesOfAHundredInOrder()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZiaService zia(client.get());
        QStringList urls;
        for (int i = 0; i < 250; ++i)
            urls.append(u"host%1.example.com/path"_s.arg(i));
        QElapsedTimer timer;
        timer.start();
        UrlLookupJob *job = zia.lookupUrls(urls);
        job->setAutoDelete(false); // read below
        QSignalSpy progress(job, &UrlLookupJob::progress);
        QSignalSpy finished(job, &UrlLookupJob::finished);
        QVERIFY(finished.wait(20000));
        const QJsonArray results = job->results();
        QCOMPARE(results.size(), 250);
        for (int i = 0; i < 250; ++i)
            QCOMPARE(results.at(i).toObject().value("url"_L1).toString(), urls.at(i));
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);

        QList<int> batchSizes;
        for (const auto &r : sim.server().recordedRequests()) {
            if (r.path.endsWith(u"/urlLookup"_s)) {
                batchSizes.append(int(QJsonDocument::fromJson(r.body).array().size()));
                QCOMPARE(r.status, 200); // paced under 1 POST/s: never a 429
            }
        }
        QCOMPARE(batchSizes, (QList<int>{100, 100, 50}));
        QVERIFY(timer.elapsed() >= 1900); // three POSTs at ZIA's one a second
    }

    void cancelStopsBetweenBatches()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZiaService zia(client.get());
        QStringList urls;
        for (int i = 0; i < 300; ++i)
            urls.append(u"c%1.example.net"_s.arg(i));
        UrlLookupJob *job = zia.lookupUrls(urls);
        QSignalSpy progress(job, &UrlLookupJob::progress);
        QSignalSpy failed(job, &UrlLookupJob::failed);
        QVERIFY(progress.wait(10000));
        job->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(1500);
        QVERIFY(sim.countRequests(u"/urlLookup"_s) <= 2);
    }

    void activationRoundTrip()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().setZiaActivationStatus(u"PENDING"_s);
        auto client = sim.makeClient();
        ZiaService zia(client.get());
        ApiJob *status = zia.activationStatus();
        QVERIFY(waitForJob(status));
        QCOMPARE(status->json().object().value("status"_L1).toString(), u"PENDING"_s);
        ApiJob *activate = zia.activate();
        QVERIFY(waitForJob(activate));
        QVERIFY2(!activate->error(), qPrintable(activate->error().message()));
        QCOMPARE(activate->json().object().value("status"_L1).toString(), u"ACTIVE"_s);
        ApiJob *after = zia.activationStatus();
        QVERIFY(waitForJob(after));
        QCOMPARE(after->json().object().value("status"_L1).toString(), u"ACTIVE"_s);
    }
};

QTEST_GUILESS_MAIN(TestZiaService)
#include "tst_ziaservice.moc"
