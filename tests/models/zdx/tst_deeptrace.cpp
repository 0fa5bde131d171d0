// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Deep traces against the simulator: the lifecycle on its fast clock seen through
// DeepTraceWatcher, results into the table models, one active trace per device, client-side
// validation, the tenant limit, and delete.
#include "SimFixture.h"
#include "TenantData.h"
#include "net/ApiJob.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/DeepTraceWatcher.h"
#include "zdx/EventsModel.h"
#include "zdx/HealthMetricsModel.h"
#include "zdx/MetricSeries.h"
#include "zdx/TopProcessesModel.h"
#include "zdx/ZdxService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

namespace {

sim::SimOptions options(double clockScale)
{
    sim::SimOptions o;
    o.sizes.devices = 40;
    o.sizes.users = 30;
    o.clockScale = clockScale;
    return o;
}

QString deviceId(SimFixture &sim, int index)
{
    return QString::number(sim.server().tenantData().devices.at(index).zdxDeviceId);
}

DeepTraceSettings settings(const QString &name, int minutes = 5)
{
    DeepTraceSettings s;
    s.sessionName = name;
    s.lengthMinutes = minutes;
    s.probeDevice = true;
    return s;
}

// Starts a trace and waits for the answer; the start job (finished, kept).
DeepTraceStartJob *startAndWait(ZdxService &zdx, const QString &device, const DeepTraceSettings &s)
{
    DeepTraceStartJob *job = zdx.startDeepTrace(device, s);
    waitForJob(job, 10000);
    return job;
}

} // namespace

class TestDeepTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lifecycleThroughTheWatcher()
    {
        SimFixture sim(options(1.0)); // real time first: not_started lasts 30 s
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        const QString device = deviceId(sim, 3);
        DeepTraceSettings s = settings(u"slow Teams calls"_s);
        s.appId = 2;
        s.webProbeId = 21;
        s.cloudPathProbeId = 22;
        DeepTraceStartJob *start = startAndWait(zdx, device, s);
        QVERIFY2(!start->error(), qPrintable(start->error().message()));
        QCOMPARE(start->answer().value("status"_L1).toString(), u"not_started"_s);
        QVERIFY(start->answer().value("trace_id"_L1).isDouble());
        QVERIFY(start->answer().value("expected_time"_L1).toInt() >= 300);
        const QString traceId = start->traceId();

        DeepTraceWatcher watcher(&zdx, device, traceId);
        watcher.setInitialInterval(100);
        watcher.setMaxInterval(400);
        QSignalSpy changed(&watcher, &DeepTraceWatcher::statusChanged);
        QSignalSpy completed(&watcher, &DeepTraceWatcher::completed);
        QSignalSpy failed(&watcher, &DeepTraceWatcher::failed);
        watcher.start();
        QVERIFY(watcher.isActive());
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().first().toString(), u"not_started"_s);
        // Nothing changes for a while: the waits grow to the cap.
        QTRY_COMPARE_WITH_TIMEOUT(watcher.currentInterval(), 400, 3000);
        QCOMPARE(changed.count(), 1);

        // 30 simulated seconds pass in half a second: in_progress (5 min = 5 s wall).
        sim.server().setClockScale(60);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
        QCOMPARE(changed.last().first().toString(), u"in_progress"_s);
        QVERIFY(watcher.currentInterval() < 400); // reset on change
        const QJsonObject running = changed.last().at(1).toJsonObject();
        QVERIFY(running.value("started_at"_L1).toInteger() > 0);
        QCOMPARE(running.value("ended_at"_L1).toInteger(), 0);
        const QJsonObject details = running.value("trace_details"_L1).toObject();
        QCOMPARE(details.value("session_name"_L1).toString(), u"slow Teams calls"_s);
        QCOMPARE(details.value("session_length_minutes"_L1).toInt(), 5);
        QCOMPARE(details.value("probe_device"_L1).toBool(), true);
        QCOMPARE(details.value("web_probe_name"_L1).toString(), u"Teams Web Probe"_s);
        QCOMPARE(details.value("device_name"_L1).toString(),
                 sim.server().tenantData().devices.at(3).hostname);
        QVERIFY(!details.value("username"_L1).toString().isEmpty());

        // Then the rest of the five minutes at once.
        sim.server().setClockScale(3000);
        QVERIFY(completed.wait(5000));
        QCOMPARE(changed.last().first().toString(), u"completed"_s);
        QCOMPARE(changed.count(), 3);
        QVERIFY(failed.isEmpty());
        QVERIFY(!watcher.isActive());
        const QJsonObject done = completed.first().first().toJsonObject();
        QVERIFY(done.value("ended_at"_L1).toInteger() >=
                done.value("started_at"_L1).toInteger() + 300);
        QCOMPARE(done.value("expected_time"_L1).toInt(), 0);
        QCOMPARE(deeptrace::progress(done), 100);

        // Results, into the table models.
        DeepTraceResultsJob *results = zdx.deepTraceResults(device, traceId);
        QVERIFY(waitForJob(results, 10000));
        const QJsonObject all = results->results();
        QCOMPARE(all.value("trace"_L1).toObject().value("status"_L1).toString(), u"completed"_s);

        HealthMetricsModel health;
        QAbstractItemModelTester healthTester(
            &health, QAbstractItemModelTester::FailureReportingMode::QtTest);
        health.setResult(all.value("health_metrics"_L1));
        QCOMPARE(health.rowCount(), 5); // one sample a minute
        QVERIFY(health.metrics().contains(u"cpu"_s));
        QCOMPARE(health.unit(u"cpu"_s), u"%"_s);
        QCOMPARE(health.columnCount(), int(health.metrics().size()) + 1);
        QVERIFY(!health.index(0, 1).data().toString().isEmpty());
        QVERIFY(health.headerData(1, Qt::Horizontal).toString().contains(u"("_s));
        // Readable titles with the unit; the API's names stay the column keys (exports).
        QMap<QString, QString> titles; // key -> title
        for (int column = 1; column < health.columnCount(); ++column)
            titles.insert(health.headerData(column, Qt::Horizontal, RecordTableModel::ColumnKeyRole)
                              .toString(),
                          health.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(titles.value(u"cpu"_s), u"CPU (%)"_s);
        QCOMPARE(titles.value(u"memory"_s), u"Memory (%)"_s);
        QCOMPARE(titles.value(u"disk_io"_s), u"Disk I/O (MB/s)"_s);
        QCOMPARE(titles.value(u"network_bandwidth"_s), u"Network bandwidth (Mbps)"_s);
        QCOMPARE(titles.value(u"wifi_signal"_s), u"Wi-Fi signal (dBm)"_s);
        for (const QString &title : std::as_const(titles))
            QVERIFY2(!title.contains(u'_'), qPrintable(title));
        QCOMPARE(health.rowObject(0).keys(),
                 (QStringList{u"cpu"_s, u"disk_io"_s, u"memory"_s, u"network_bandwidth"_s,
                              u"timestamp"_s, u"wifi_signal"_s}));
        QCOMPARE(HealthMetricsModel::metricLabel(u"gpu_temp"_s), u"gpu_temp"_s); // unknown
        QCOMPARE(HealthMetricsModel::metricTitle(u"gpu_temp"_s, u"C"_s), u"gpu_temp (C)"_s);
        QCOMPARE(HealthMetricsModel::metricTitle(u"cpu"_s, {}), u"CPU"_s);
        QVERIFY(health.index(4, 0).data(RecordTableModel::SortRole).toLongLong() >
                health.index(0, 0).data(RecordTableModel::SortRole).toLongLong());

        HealthMetricsModel web;
        QAbstractItemModelTester webTester(&web,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        web.setResult(all.value("webprobe_metrics"_L1));
        QCOMPARE(web.rowCount(), 5);
        QVERIFY(web.metrics().contains(u"page_fetch_time"_s));
        QCOMPARE(
            web.headerData(1 + int(web.metrics().indexOf(u"page_fetch_time"_s)), Qt::Horizontal)
                .toString(),
            u"Page fetch time (ms)"_s);

        TopProcessesModel processes;
        QAbstractItemModelTester processTester(
            &processes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        processes.setResult(all.value("top_processes"_L1).toObject());
        QVERIFY(processes.rowCount() > 3);
        QVERIFY(!processes.index(0, 0).data().toString().isEmpty());
        QVERIFY(processes.index(0, processes.columnIndex(u"cpu"_s))
                    .data(RecordTableModel::SortRole)
                    .toDouble() > 0);

        EventsModel events;
        QAbstractItemModelTester eventTester(
            &events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        events.setResult(all.value("events"_L1));
        QVERIFY(events.rowCount() >= 2); // started ... completed
        QCOMPARE(events.index(0, events.columnIndex(u"category"_s)).data().toString(),
                 u"Zscaler"_s);
        QCOMPARE(events.record(events.rowCount() - 1).value("curr"_L1).toString(), u"Completed"_s);

        // Three legs a minute on the cloud path, each leg's series in cloudpath-metrics.
        QCOMPARE(all.value("cloudpath"_L1).toArray().size(), 5 * 3);
        QCOMPARE(all.value("cloudpath_metrics"_L1).toArray().size(), 3);

        // The device's list, in the trace model.
        ApiJob *list = zdx.deepTraces(device);
        QVERIFY(waitForJob(list));
        DeepTraceModel model;
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(list->json().array());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(DeepTraceModel::StatusRole).toString(), u"completed"_s);
    }

    void resultsAreEmptyBeforeTheStartAndPartialWhileRunning()
    {
        SimFixture sim(options(1.0));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        const QString device = deviceId(sim, 5);
        DeepTraceStartJob *start = startAndWait(zdx, device, settings(u"partial"_s, 60));
        QVERIFY(!start->error());
        ApiJob *early =
            zdx.deepTraceResult(device, start->traceId(), DeepTraceResult::HealthMetrics);
        QVERIFY(waitForJob(early));
        QCOMPARE(early->httpStatus(), 200);
        QVERIFY(early->json().isArray());
        QVERIFY(early->json().array().isEmpty());

        sim.server().setClockScale(600); // 30 s + 3 min pass in about 0.35 s
        QTest::qWait(400);
        sim.server().setClockScale(1);
        ApiJob *partial =
            zdx.deepTraceResult(device, start->traceId(), DeepTraceResult::HealthMetrics);
        QVERIFY(waitForJob(partial));
        const QList<MetricSeries> series = MetricSeries::parse(partial->json().array());
        QCOMPARE(series.size(), 5);
        const qsizetype points = series.first().times.size();
        QVERIFY2(points >= 2 && points < 60, qPrintable(QString::number(points)));
    }

    void oneActiveTracePerDevice()
    {
        SimFixture sim(options(1.0));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        const QString device = deviceId(sim, 1);
        DeepTraceStartJob *first = startAndWait(zdx, device, settings(u"first"_s));
        QVERIFY(!first->error());
        DeepTraceStartJob *second = startAndWait(zdx, device, settings(u"second"_s));
        QVERIFY(second->isFinished());
        const ApiError error = second->error();
        QVERIFY(error.isError());
        QCOMPARE(error.httpStatus, 409);
        QCOMPARE(error.serverCode, u"DEEP_TRACE_ALREADY_ACTIVE"_s);
        QVERIFY2(error.message().contains(u"already has an active deep trace"_s),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(first->traceId()));
        QCOMPARE(sim.countRequests(u"/deeptraces"_s, "POST"), 2); // not retried

        // Another device is free.
        DeepTraceStartJob *other = startAndWait(zdx, deviceId(sim, 2), settings(u"other"_s));
        QVERIFY(!other->error());
    }

    // Hostile numbers: an endless session or wait makes no NaN progress (its cast to int
    // would be undefined), and progress stays within 0..99 while running.
    void progressOfHostileNumbers()
    {
        const auto running = [](const QJsonValue &minutes, const QJsonValue &expected) {
            return QJsonObject{
                {u"status"_s, u"in_progress"_s},
                {u"expected_time"_s, expected},
                {u"trace_details"_s, QJsonObject{{u"session_length_minutes"_s, minutes}}}};
        };
        QCOMPARE(deeptrace::progress(running(1.7e308, 60)), 0);
        QCOMPARE(deeptrace::progress(running(5, -1e300)), 99);
        QCOMPARE(deeptrace::progress(running(5, 1e300)), 0);
        QCOMPARE(deeptrace::progress(running(-5, 60)), 0);
        QCOMPARE(deeptrace::progress(running(5, 150)), 50);
    }

    void invalidSettingsAreRefusedWithoutARequest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minutes");
        QTest::newRow("7 minutes") << u"x"_s << 7;
        QTest::newRow("0 minutes") << u"x"_s << 0;
        QTest::newRow("120 minutes") << u"x"_s << 120;
        QTest::newRow("empty name") << u"  "_s << 5;
    }

    void invalidSettingsAreRefusedWithoutARequest()
    {
        QFETCH(QString, name);
        QFETCH(int, minutes);
        SimFixture sim(options(1.0));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        DeepTraceStartJob *job = zdx.startDeepTrace(deviceId(sim, 0), settings(name, minutes));
        QSignalSpy failed(job, &DeepTraceStartJob::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::InvalidInput);
        QVERIFY(!failed.first().at(1).value<ApiError>().message().isEmpty());
        QCOMPARE(sim.server().recordedRequests().size(), 0); // not even a token request
    }

    void simulatorRefusesInvalidLengthsToo()
    {
        SimFixture sim(options(1.0));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        const QJsonObject body{{u"session_name"_s, u"x"_s},
                               {u"session_length_minutes"_s, 10},
                               {u"probe_device"_s, false}};
        ApiJob *job = client->send(ApiRequest::post(
            Product::Zdx, {u"devices"_s, deviceId(sim, 0), u"deeptraces"_s}, QJsonDocument(body)));
        QVERIFY(waitForJob(job));
        QCOMPARE(job->httpStatus(), 400);
        QCOMPARE(job->error().kind, ApiError::Kind::InvalidInput);
        QVERIFY(job->error().message().contains(u"5, 15, 30 or 60"_s));
    }

    void fifteenActiveTracesPerTenant()
    {
        SimFixture sim(options(1.0));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        for (int i = 0; i < 15; ++i) {
            DeepTraceStartJob *job = startAndWait(zdx, deviceId(sim, i), settings(u"t"_s, 60));
            QVERIFY2(!job->error(), qPrintable(job->error().message()));
        }
        DeepTraceStartJob *sixteenth = startAndWait(zdx, deviceId(sim, 20), settings(u"t"_s));
        QCOMPARE(sixteenth->error().httpStatus, 409);
        QCOMPARE(sixteenth->error().serverCode, u"DEEP_TRACE_LIMIT_REACHED"_s);
    }

    void deleteRemovesTheTraceAndItsData()
    {
        SimFixture sim(options(600));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        const QString device = deviceId(sim, 4);
        DeepTraceStartJob *start = startAndWait(zdx, device, settings(u"to delete"_s));
        QVERIFY(!start->error());
        ApiJob *del = zdx.deleteDeepTrace(device, start->traceId());
        QVERIFY(waitForJob(del));
        QVERIFY2(!del->error(), qPrintable(del->error().message()));
        QCOMPARE(del->httpStatus(), 204);

        ApiJob *get = zdx.deepTrace(device, start->traceId());
        QVERIFY(waitForJob(get));
        QCOMPARE(get->error().kind, ApiError::Kind::NotFound);
        ApiJob *events = zdx.deepTraceResult(device, start->traceId(), DeepTraceResult::Events);
        QVERIFY(waitForJob(events));
        QCOMPARE(events->error().kind, ApiError::Kind::NotFound);
        ApiJob *list = zdx.deepTraces(device);
        QVERIFY(waitForJob(list));
        QVERIFY(list->json().array().isEmpty());

        // The device is free again; a watcher on a deleted trace fails.
        DeepTraceStartJob *again = startAndWait(zdx, device, settings(u"again"_s));
        QVERIFY(!again->error());
        ApiJob *del2 = zdx.deleteDeepTrace(device, again->traceId());
        QVERIFY(waitForJob(del2));
        DeepTraceWatcher watcher(&zdx, device, again->traceId());
        watcher.setInitialInterval(50);
        QSignalSpy failed(&watcher, &DeepTraceWatcher::failed);
        watcher.start();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().isEmpty());
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
    }

    void watcherCanBeStopped()
    {
        SimFixture sim(options(1.0));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        const QString device = deviceId(sim, 6);
        DeepTraceStartJob *start = startAndWait(zdx, device, settings(u"stop me"_s, 60));
        QVERIFY(!start->error());
        DeepTraceWatcher watcher(&zdx, device, start->traceId());
        watcher.setInitialInterval(50);
        watcher.setMaxInterval(100);
        QSignalSpy changed(&watcher, &DeepTraceWatcher::statusChanged);
        watcher.start();
        QVERIFY(changed.wait(5000));
        QTest::qWait(300);
        watcher.stop();
        QVERIFY(!watcher.isActive());
        const int polls = watcher.pollCount();
        QVERIFY(polls >= 2);
        QTest::qWait(400);
        QCOMPARE(watcher.pollCount(), polls);
        QCOMPARE(watcher.status(), u"not_started"_s);
    }
};

QTEST_GUILESS_MAIN(TestDeepTrace)
#include "tst_deeptrace.moc"
