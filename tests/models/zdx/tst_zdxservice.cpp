// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZDX device and user search against the simulator: the string cursor (next_offset) across
// pages until null, filters, entitlement, and the models over the results.
#include "SimFixture.h"
#include "TenantData.h"
#include "net/ApiJob.h"
#include "net/Pager.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/ZdxDeviceModel.h"
#include "zdx/ZdxService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

namespace {

sim::SimOptions withDevices(int devices, int users = 60)
{
    sim::SimOptions options;
    options.sizes.devices = devices;
    options.sizes.users = users;
    return options;
}

// Runs a fetch to its end; the records, or fails the test.
QJsonArray runFetch(PagedFetch *fetch, ApiError *error = nullptr)
{
    std::unique_ptr<PagedFetch> owned(fetch);
    fetch->setAutoDelete(false);
    QSignalSpy succeeded(fetch, &PagedFetch::succeeded);
    QSignalSpy failed(fetch, &PagedFetch::failed);
    fetch->start();
    if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 20000))
        return {};
    if (!failed.isEmpty() && error)
        *error = failed.first().at(1).value<ApiError>();
    return succeeded.isEmpty() ? QJsonArray() : fetch->records();
}

QList<sim::RecordedRequest> requestsTo(SimFixture &sim, const QString &suffix)
{
    QList<sim::RecordedRequest> list;
    const auto all = sim.server().recordedRequests();
    for (const auto &r : all) {
        if (r.path.endsWith(suffix))
            list.append(r);
    }
    return list;
}

} // namespace

class TestZdxService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rawPagesUseAStringCursorThatEndsAsNull()
    {
        SimFixture sim(withDevices(25));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ApiRequest first = ApiRequest::get(Product::Zdx, {u"devices"_s}, {{u"limit"_s, u"10"_s}});
        ApiJob *job = client->send(first);
        QVERIFY(waitForJob(job));
        QCOMPARE(job->httpStatus(), 200);
        const QJsonObject page1 = job->json().object();
        QCOMPARE(page1.value("devices"_L1).toArray().size(), 10);
        QVERIFY(page1.value("next_offset"_L1).isString());
        const QJsonObject device = page1.value("devices"_L1).toArray().first().toObject();
        QCOMPARE(device.keys(), (QStringList{u"id"_s, u"name"_s, u"userid"_s}));

        QString cursor = page1.value("next_offset"_L1).toString();
        int pages = 1;
        int records = 10;
        while (!cursor.isEmpty()) {
            ApiJob *next = client->send(ApiRequest::get(
                Product::Zdx, {u"devices"_s}, {{u"limit"_s, u"10"_s}, {u"offset"_s, cursor}}));
            QVERIFY(waitForJob(next));
            QCOMPARE(next->httpStatus(), 200);
            const QJsonObject page = next->json().object();
            records += int(page.value("devices"_L1).toArray().size());
            ++pages;
            const QJsonValue nextOffset = page.value("next_offset"_L1);
            QVERIFY(nextOffset.isString() || nextOffset.isNull());
            QVERIFY(page.contains("next_offset"_L1));
            cursor = nextOffset.toString();
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(records, 25);
    }

    void devicesAcrossSeveralPages()
    {
        SimFixture sim(withDevices(25));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        PagedFetch *fetch = zdx.searchDevices({}, 10);
        QSignalSpy progress(fetch, &PagedFetch::progress);
        const QJsonArray records = runFetch(fetch);
        QCOMPARE(records.size(), 25);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(2).toInt(), 25);
        // Every device once, in the tenant's order.
        const sim::TenantData &data = sim.server().tenantData();
        for (int i = 0; i < 25; ++i)
            QCOMPARE(records.at(i).toObject().value("id"_L1).toInt(),
                     data.devices.at(i).zdxDeviceId);
        // Page 2 and 3 sent the previous next_offset verbatim, page 1 none.
        const auto requests = requestsTo(sim, u"/zdx/v1/devices"_s);
        QCOMPARE(requests.size(), 3);
        QVERIFY(!requests.at(0).query.hasQueryItem(u"offset"_s));
        QVERIFY(!requests.at(1).query.queryItemValue(u"offset"_s).isEmpty());
        QVERIFY(requests.at(1).query.queryItemValue(u"offset"_s) !=
                requests.at(2).query.queryItemValue(u"offset"_s));
        QCOMPARE(requests.at(0).query.queryItemValue(u"limit"_s), u"10"_s);
    }

    void exactlyOnePageAndShortLastPage()
    {
        SimFixture sim(withDevices(20));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        QCOMPARE(runFetch(zdx.searchDevices({}, 20)).size(), 20);
        QCOMPARE(requestsTo(sim, u"/zdx/v1/devices"_s).size(), 1);
        sim.server().clearRecordedRequests();
        QCOMPARE(runFetch(zdx.searchDevices({}, 15)).size(), 20); // 15 + a short 5
        QCOMPARE(requestsTo(sim, u"/zdx/v1/devices"_s).size(), 2);
    }

    void pageSizeAtTheMaximum()
    {
        SimFixture sim(withDevices(1500, 400));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        QCOMPARE(runFetch(zdx.searchDevices({}, 5000)).size(), 1500);
        const auto requests = requestsTo(sim, u"/zdx/v1/devices"_s);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.first().query.queryItemValue(u"limit"_s), u"1000"_s);
    }

    void emptyResult()
    {
        SimFixture sim(withDevices(30));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        ZdxDeviceQuery query;
        query.text = u"no-such-device-anywhere"_s;
        ApiError error;
        const QJsonArray records = runFetch(zdx.searchDevices(query, 10), &error);
        QVERIFY(!error);
        QVERIFY(records.isEmpty());
        QCOMPARE(requestsTo(sim, u"/zdx/v1/devices"_s).size(), 1);
    }

    void queryAndEmailFilters()
    {
        SimFixture sim(withDevices(80));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        const sim::TenantData &data = sim.server().tenantData();
        const sim::SimDevice &target = data.devices.at(17);
        ZdxDeviceQuery byName;
        byName.text = target.hostname.toUpper();
        QJsonArray found = runFetch(zdx.searchDevices(byName, 10));
        QVERIFY(!found.isEmpty());
        bool seen = false;
        for (const QJsonValue &v : std::as_const(found)) {
            QVERIFY(v.toObject().value("name"_L1).toString().contains(target.hostname,
                                                                      Qt::CaseInsensitive));
            seen = seen || v.toObject().value("id"_L1).toInt() == target.zdxDeviceId;
        }
        QVERIFY(seen);

        const sim::SimUser &user = data.users.at(target.userIndex);
        ZdxDeviceQuery byEmail;
        byEmail.emails = {user.primaryEmail};
        found = runFetch(zdx.searchDevices(byEmail, 10));
        QCOMPARE(found.size(), data.devicesOfUser(target.userIndex).size());
        for (const QJsonValue &v : std::as_const(found))
            QCOMPARE(v.toObject().value("userid"_L1).toInt(), user.zdxUserId);
    }

    void invalidCursorIsRefused()
    {
        SimFixture sim(withDevices(10));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ApiJob *job = client->send(
            ApiRequest::get(Product::Zdx, {u"devices"_s}, {{u"offset"_s, u"not-a-cursor"_s}}));
        QVERIFY(waitForJob(job));
        QCOMPARE(job->error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(job->httpStatus(), 400);
    }

    void usersSearch()
    {
        SimFixture sim(withDevices(60, 45));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        const QJsonArray all = runFetch(zdx.searchUsers({}, 20));
        QCOMPARE(all.size(), 45);
        QCOMPARE(requestsTo(sim, u"/zdx/v1/users"_s).size(), 3);
        const QJsonObject first = all.first().toObject();
        QVERIFY(first.value("id"_L1).isDouble());
        QVERIFY(first.value("name"_L1).isString());
        QVERIFY(first.value("email"_L1).isString());
        QVERIFY(first.value("devices"_L1).isArray());

        // The seed's sample user is user 0.
        const QJsonArray one = runFetch(zdx.searchUsers(u"bbb@bbc.com"_s, 20));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().toObject().value("email"_L1).toString(), u"bbb@bbc.com"_s);

        ZdxUserModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RecordTableModel::loaded);
        model.load(zdx.searchUsers({}, 20));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 45);
        QCOMPARE(model.columnCount(), 4);
    }

    void notEntitled()
    {
        SimFixture sim(withDevices(10));
        QVERIFY(sim.start());
        sim.server().addClient({u"zia-only"_s, sim.clientSecret(), {}, {Product::Zia}, 3600});
        auto client = sim.makeClient(sim.settings(u"zia-only"_s), sim.secretCredentials());
        ZdxService zdx(client.get());
        ApiError error;
        const QJsonArray records = runFetch(zdx.searchDevices({}, 10), &error);
        QVERIFY(records.isEmpty());
        QCOMPARE(error.kind, ApiError::Kind::Forbidden);
        QCOMPARE(error.httpStatus, 403);

        DeepTraceStartJob *start = zdx.startDeepTrace(u"1"_s, {u"x"_s, 5, false, 0, 0, 0});
        QSignalSpy failed(start, &DeepTraceStartJob::failed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Forbidden);
    }

    void deviceModelLoadsEveryPage()
    {
        SimFixture sim(withDevices(35));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZdxService zdx(client.get());
        ZdxDeviceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RecordTableModel::loaded);
        QSignalSpy progress(&model, &RecordTableModel::progress);
        model.load(zdx.searchDevices({}, 10));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 35);
        QCOMPARE(progress.count(), 4);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString(),
                 u"name"_s);
        const QModelIndex name = model.index(0, 1);
        QCOMPARE(name.data().toString(), sim.server().tenantData().devices.at(0).hostname);
        QCOMPARE(model.index(0, 0).data(RecordTableModel::RecordIdRole).toString(),
                 QString::number(sim.server().tenantData().devices.at(0).zdxDeviceId));

        // A failed reload leaves the rows as they were.
        sim.server().injectFault(
            {sim::SimFault::Kind::ServerError, -1, Product::Zdx, "GET", {}, 0, 500});
        client->setRetryPolicy([] {
            RetryPolicy p;
            p.maxAttempts = 1;
            return p;
        }());
        QSignalSpy failed(&model, &RecordTableModel::failed);
        model.load(zdx.searchDevices({}, 10));
        QVERIFY(failed.wait(10000));
        QCOMPARE(model.rowCount(), 35);
        sim.server().clearFaults();
    }

    void deepTraceModelReadsStatusAndProgress()
    {
        DeepTraceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto trace = [](int id, const char *status, int expected) {
            return QJsonObject{{u"trace_id"_s, id},
                               {u"status"_s, QString::fromLatin1(status)},
                               {u"trace_details"_s, QJsonObject{{u"session_name"_s, u"slow wifi"_s},
                                                                {u"session_length_minutes"_s, 5},
                                                                {u"probe_device"_s, true},
                                                                {u"username"_s, u"bbb@bbc.com"_s},
                                                                {u"device_name"_s, u"LAPTOP-1"_s}}},
                               {u"created_at"_s, 1700000000},
                               {u"started_at"_s, 0},
                               {u"ended_at"_s, 0},
                               {u"expected_time"_s, expected}};
        };
        model.setRecords(QJsonArray{trace(3, "not_started", 330), trace(2, "in_progress", 150),
                                    trace(1, "completed", 0), trace(4, "aborted", 0)});
        QCOMPARE(model.rowCount(), 4);
        const int status = model.columnIndex(u"status"_s);
        const int progress = model.columnIndex(u"progress"_s);
        QCOMPARE(model.index(0, status).data().toString(), u"Not started"_s);
        QCOMPARE(model.index(1, status).data().toString(), u"In progress"_s);
        QCOMPARE(model.index(2, status).data().toString(), u"Completed"_s);
        QCOMPARE(model.index(3, status).data().toString(), u"Aborted"_s);
        QCOMPARE(model.index(0, 0).data(DeepTraceModel::ProgressRole).toInt(), 0);
        QCOMPARE(model.index(1, 0).data(DeepTraceModel::ProgressRole).toInt(), 50);
        QCOMPARE(model.index(1, progress).data().toString(), u"50%"_s);
        QCOMPARE(model.index(2, 0).data(DeepTraceModel::ProgressRole).toInt(), 100);
        QCOMPARE(model.index(1, 0).data(DeepTraceModel::StatusRole).toString(), u"in_progress"_s);
        QCOMPARE(model.index(1, 0).data(RecordTableModel::RecordIdRole).toString(), u"2"_s);
        QCOMPARE(model.index(0, model.columnIndex(u"session_name"_s)).data().toString(),
                 u"slow wifi"_s);
        model.updateTrace(trace(2, "completed", 0));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, status).data().toString(), u"Completed"_s);
        model.updateTrace(trace(9, "not_started", 330));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(deeptrace::statusText(u"abort_initiated"_s), u"Abort initiated"_s);
        QVERIFY(deeptrace::isTerminal(DeepTraceStatus::Expired));
        QVERIFY(deeptrace::isActive(DeepTraceStatus::NotStarted));
    }
};

QTEST_GUILESS_MAIN(TestZdxService)
#include "tst_zdxservice.moc"
