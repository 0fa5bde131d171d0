// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// DeepTraceController without widgets, against the simulator on its fast clock: finding a
// user's device (DeviceFinder's three steps), its traces newest first, starting one and
// following it to completion and its results, the one-active-trace refusal that reloads the
// list, deleting, a trace deleted elsewhere, cancel with retry, and the session ending.
#include "SimFixture.h"
#include "TenantData.h"
#include "net/ApiJob.h"
#include "zdx/DeepTraceController.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/DeviceFinder.h"
#include "zdx/DeviceSearchModel.h"
#include "zdx/ZdxService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;
using Call = DeepTraceController::Call;

namespace {

sim::SimOptions options()
{
    sim::SimOptions o;
    o.enforceRateLimits = false; // the watchers poll every 50 ms here
    o.sizes.devices = 40;
    o.sizes.users = 30;
    o.clockScale = 1.0;
    return o;
}

QStringList traceIds(DeepTraceModel *model)
{
    QStringList ids;
    for (const QJsonValue &v : model->records())
        ids << deeptrace::traceId(v.toObject());
    return ids;
}

DeepTraceSettings settings(const QString &name, int minutes = 5)
{
    DeepTraceSettings s;
    s.sessionName = name;
    s.lengthMinutes = minutes;
    s.probeDevice = true;
    return s;
}

// A controller signed in to the simulator, with short watcher intervals and no client pacing.
struct Desk
{
    explicit Desk(SimFixture &sim)
        : client(sim.makeClient())
    {
        client->rateLimiter()->setEnabled(false);
        RetryPolicy once;
        once.maxAttempts = 1;
        client->setRetryPolicy(once);
        controller.setWatchIntervals(50, 200);
        controller.setClient(client.get());
    }
    // Waits until no call runs.
    bool idle(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return !controller.isBusy(); }, timeoutMs);
    }

    std::unique_ptr<ApiClient> client;
    DeepTraceController controller;
};

} // namespace

class TestDeepTraceController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsTheDevicesOfAUserByEmail()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        QAbstractItemModelTester tester(desk.controller.devices(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const sim::TenantData &data = sim.server().tenantData();
        const sim::SimUser &user = data.users.at(0);
        QSignalSpy started(&desk.controller, &DeepTraceController::callStarted);
        QSignalSpy progress(&desk.controller, &DeepTraceController::searchProgress);
        QSignalSpy found(&desk.controller, &DeepTraceController::searchFinished);
        desk.controller.search(u"  "_s + user.primaryEmail + u" "_s);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(0).value<Call>(), Call::Search);
        QCOMPARE(started.first().at(1).toString(), user.primaryEmail);
        QVERIFY(found.wait(10000));
        QVERIFY(!desk.controller.isBusy());
        QVERIFY(progress.count() >= 2); // users, then devices
        QCOMPARE(desk.controller.searchText(), user.primaryEmail);

        // Every device of the user, named, with the user's e-mail; sorted by name.
        const QList<int> expected = data.devicesOfUser(0);
        DeviceSearchModel *devices = desk.controller.devices();
        QCOMPARE(devices->rowCount(), expected.size());
        QStringList names;
        for (const QJsonValue &v : devices->records()) {
            const QJsonObject device = v.toObject();
            QCOMPARE(device.value("user_email"_L1).toString(), user.primaryEmail);
            names << device.value("name"_L1).toString();
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted);

        // A navigation to (user, hostname) picks the one device of that name.
        const QString hostname = data.devices.at(expected.first()).hostname;
        const DeepTraceController::Pick pick =
            desk.controller.pick(user.primaryEmail.toUpper(), hostname.toLower());
        QCOMPARE(pick.ofUser.size(), expected.size());
        QCOMPARE(pick.matches.size(), 1);
        QCOMPARE(pick.matches.first().value("name"_L1).toString(), hostname);
        QVERIFY(desk.controller.pick(u"nobody@example.com"_s, hostname).ofUser.isEmpty());
    }

    void deviceFinderNamesTheUsersItDidNotSearch()
    {
        // Searching by part of a device name finds devices whose users the first step did not
        // list: the third step looks them up by ID so that every device says whose it is.
        SimFixture sim(options());
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        const sim::TenantData &data = sim.server().tenantData();
        const sim::SimDevice &device = data.devices.at(3);
        auto *finder = new DeviceFinder(&zdx, device.hostname);
        finder->setAutoDelete(false);
        finder->start();
        QVERIFY(waitForJob(finder));
        QVERIFY2(!finder->error(), qPrintable(finder->error().message()));
        bool seen = false;
        for (const QJsonValue &v : finder->devices()) {
            const QJsonObject found = v.toObject();
            if (found.value("id"_L1).toInt() == device.zdxDeviceId) {
                seen = true;
                QCOMPARE(found.value("user_email"_L1).toString(),
                         data.users.at(device.userIndex).primaryEmail);
            }
        }
        QVERIFY(seen);
        QVERIFY(sim.countRequests(u"/zdx/v1/users"_s) >= 2); // by text, then by ID
        delete finder;
    }

    void startFollowCompleteResultsDelete()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        DeepTraceModel *traces = desk.controller.traces();
        QAbstractItemModelTester tester(traces,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const sim::SimDevice &device = sim.server().tenantData().devices.at(0);
        const QJsonObject record{{u"id"_s, device.zdxDeviceId},
                                 {u"name"_s, device.hostname},
                                 {u"user_email"_s, u"someone@example.com"_s}};
        QSignalSpy loaded(&desk.controller, &DeepTraceController::tracesLoaded);
        desk.controller.selectDevice(record);
        QCOMPARE(desk.controller.deviceName(), device.hostname);
        QVERIFY(desk.controller.isRunning(Call::LoadTraces));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(traces->rowCount(), 0);

        // Started: listed and followed at once, before any status check.
        QSignalSpy startedTrace(&desk.controller, &DeepTraceController::traceStarted);
        QSignalSpy ended(&desk.controller, &DeepTraceController::traceEnded);
        QSignalSpy following(&desk.controller, &DeepTraceController::followingChanged);
        desk.controller.startTrace(settings(u"from the controller"_s));
        QVERIFY(desk.controller.isRunning(Call::Start));
        QVERIFY(startedTrace.wait(10000));
        const QString traceId = startedTrace.first().at(0).toString();
        QCOMPARE(traceIds(traces), QStringList{traceId});
        QCOMPARE(desk.controller.followedTraceIds(), QStringList{traceId});
        QCOMPARE(following.last().at(0).toInt(), 1);
        QCOMPARE(desk.controller.activeTrace().value("trace_id"_L1).toVariant().toString(),
                 traceId);
        QCOMPARE(deepTraceName(desk.controller.trace(traceId)), u"from the controller"_s);

        // The simulator's clock runs fast: the trace completes, the watcher stops.
        sim.server().setClockScale(1200);
        QVERIFY(ended.wait(15000));
        sim.server().setClockScale(1);
        QCOMPARE(ended.first().at(0).toString(), traceId);
        QCOMPARE(ended.first().at(1).toJsonObject().value("status"_L1).toString(), u"completed"_s);
        QVERIFY(desk.controller.followedTraceIds().isEmpty());
        QVERIFY(desk.controller.activeTrace().isEmpty());

        // Its results, loaded once and kept.
        QSignalSpy results(&desk.controller, &DeepTraceController::resultsLoaded);
        QSignalSpy resultsProgress(&desk.controller, &DeepTraceController::resultsProgress);
        desk.controller.loadResults(traceId);
        QVERIFY(desk.controller.isLoadingResults(traceId));
        QVERIFY(results.wait(10000));
        QVERIFY(desk.controller.hasResults(traceId));
        QCOMPARE(resultsProgress.last().at(0).toInt(), int(allDeepTraceResults().size()) + 1);
        const QJsonObject all = desk.controller.results(traceId);
        QCOMPARE(all.value("trace"_L1).toObject().value("status"_L1).toString(), u"completed"_s);
        QVERIFY(all.contains("health_metrics"_L1));
        QVERIFY(all.contains("events"_L1));

        // Deleted: gone from the list and from the results kept.
        QSignalSpy deleted(&desk.controller, &DeepTraceController::traceDeleted);
        desk.controller.deleteTrace(traceId);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.first().at(1).toString(), u"from the controller"_s);
        QVERIFY(traceIds(traces).isEmpty());
        QVERIFY(!desk.controller.hasResults(traceId));
        QCOMPARE(sim.countRequests(u"/deeptraces/"_s + traceId, "DELETE"), 1);
    }

    void aTraceAlreadyRunningIsRefusedAndTheListCatchesUp()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        const sim::SimDevice &device = sim.server().tenantData().devices.at(1);
        const QString deviceId = QString::number(device.zdxDeviceId);
        QSignalSpy loaded(&desk.controller, &DeepTraceController::tracesLoaded);
        desk.controller.selectDevice({{u"id"_s, device.zdxDeviceId}, {u"name"_s, device.hostname}});
        QVERIFY(loaded.wait(10000));

        // Someone else starts one meanwhile; the controller's list does not know it.
        ZdxService zdx(desk.client.get());
        DeepTraceStartJob *other = zdx.startDeepTrace(deviceId, settings(u"from the portal"_s));
        QVERIFY(waitForJob(other));
        QVERIFY(!other->error());

        QSignalSpy failed(&desk.controller, &DeepTraceController::failed);
        desk.controller.startTrace(settings(u"mine"_s));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<Call>(), Call::Start);
        const ApiError error = failed.first().at(1).value<ApiError>();
        QVERIFY(DeepTraceController::isActiveRefusal(error));
        QVERIFY(!DeepTraceController::isLimitRefusal(error));
        QVERIFY(!desk.controller.canRetry()); // starting again cannot help
        QVERIFY(
            desk.controller.activeRefusalText(u"from the portal"_s).contains(u"from the portal"_s));
        // The list is loaded again and shows the trace in the way, followed.
        QVERIFY(loaded.wait(10000));
        QCOMPARE(traceIds(desk.controller.traces()), QStringList{other->traceId()});
        QCOMPARE(desk.controller.followedTraceIds(), QStringList{other->traceId()});
        delete other;
    }

    void aTraceDeletedElsewhereIsDroppedAndTheListReloaded()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        const sim::SimDevice &device = sim.server().tenantData().devices.at(2);
        const QString deviceId = QString::number(device.zdxDeviceId);
        ZdxService zdx(desk.client.get());
        DeepTraceStartJob *start = zdx.startDeepTrace(deviceId, settings(u"short-lived"_s, 60));
        QVERIFY(waitForJob(start));
        QSignalSpy loaded(&desk.controller, &DeepTraceController::tracesLoaded);
        desk.controller.selectDevice({{u"id"_s, device.zdxDeviceId}, {u"name"_s, device.hostname}});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(desk.controller.followedTraceIds(), QStringList{start->traceId()});

        QSignalSpy gone(&desk.controller, &DeepTraceController::traceGone);
        ApiJob *del = zdx.deleteDeepTrace(deviceId, start->traceId());
        QVERIFY(waitForJob(del));
        QVERIFY(gone.wait(10000));
        QCOMPARE(gone.first().at(0).toString(), start->traceId());
        QVERIFY(loaded.wait(10000));
        QVERIFY(desk.controller.traces()->records().isEmpty());
        QVERIFY(desk.controller.followedTraceIds().isEmpty());
        delete del;
        delete start;
    }

    void cancelFailsEveryCallAndRetryRepeatsIt()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        sim::SimFault slow;
        slow.kind = sim::SimFault::Kind::Delay;
        slow.product = Product::Zdx;
        slow.delayMs = 3000;
        sim.server().injectFault(slow);
        const sim::SimUser &user = sim.server().tenantData().users.at(0);
        QSignalSpy failed(&desk.controller, &DeepTraceController::failed);
        QSignalSpy ended(&desk.controller, &DeepTraceController::callEnded);
        desk.controller.search(user.primaryEmail);
        QTest::qWait(200);
        desk.controller.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Call>(), Call::Search);
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!desk.controller.isBusy());
        QVERIFY(desk.controller.canRetry());

        QSignalSpy found(&desk.controller, &DeepTraceController::searchFinished);
        desk.controller.retry();
        QVERIFY(!desk.controller.canRetry()); // used once
        QVERIFY(found.wait(10000));
        QVERIFY(desk.controller.devices()->rowCount() > 0);
    }

    void theSessionEndingDropsEverything()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        const sim::SimDevice &device = sim.server().tenantData().devices.at(4);
        ZdxService zdx(desk.client.get());
        DeepTraceStartJob *start = zdx.startDeepTrace(QString::number(device.zdxDeviceId),
                                                      settings(u"left running"_s, 60));
        QVERIFY(waitForJob(start));
        QSignalSpy loaded(&desk.controller, &DeepTraceController::tracesLoaded);
        desk.controller.selectDevice({{u"id"_s, device.zdxDeviceId}, {u"name"_s, device.hostname}});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(desk.controller.followedTraceIds().size(), 1);
        desk.controller.loadTraces();
        QVERIFY(desk.controller.isBusy());

        QSignalSpy failed(&desk.controller, &DeepTraceController::failed);
        desk.controller.setClient(nullptr);
        QVERIFY(!desk.controller.isConnected());
        QVERIFY(!desk.controller.isBusy());
        QVERIFY(desk.controller.device().isEmpty());
        QVERIFY(desk.controller.followedTraceIds().isEmpty());
        QCOMPARE(desk.controller.traces()->rowCount(), 0);
        QTest::qWait(300);
        QCOMPARE(failed.count(), 0); // its own drops are not failures
        delete start;
    }
};

QTEST_GUILESS_MAIN(TestDeepTraceController)
#include "tst_deeptracecontroller.moc"
