// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Client Connector: device lists (paging, filters, the cache that spares the hourly budget),
// device details and OTPs (cache-buster, every kind named, nothing secret in logs), against
// the simulator over real HTTP.
#include "SimFixture.h"
#include "TenantData.h"
#include "net/ApiJob.h"
#include "zcc/DeviceModel.h"
#include "zcc/OtpModel.h"
#include "zcc/ZccService.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

namespace {

sim::SimOptions withSizes(int users, int devices)
{
    sim::SimOptions options;
    options.sizes.users = users;
    options.sizes.devices = devices;
    return options;
}

struct ListResult
{
    bool done = false;
    QJsonArray devices;
    bool fromCache = false;
    QDateTime cachedAt;
    ApiError error;
};

ListResult fetchDevices(ZccService &service, const ZccDeviceQuery &query,
                        ZccService::CachePolicy policy = ZccService::CachePolicy::PreferCache)
{
    ListResult result;
    ZccDeviceListJob *job = service.devices(query, policy);
    QObject::connect(job, &Job::succeeded, job, [&result, job] {
        result.done = true;
        result.devices = job->devices();
        result.fromCache = job->fromCache();
        result.cachedAt = job->cachedAt();
    });
    QObject::connect(job, &Job::failed, job, [&result](Job *, const ApiError &error) {
        result.done = true;
        result.error = error;
    });
    if (!QTest::qWaitFor([&result] { return result.done; }, 30000))
        result.error = ApiError::make(ApiError::Kind::Timeout);
    return result;
}

struct OtpResult
{
    bool done = false;
    QList<std::pair<QString, QString>> entries; // copied for the test's checks
    ApiError error;
};

OtpResult fetchOtp(ZccService &service, const QString &udid)
{
    OtpResult result;
    ZccOtpJob *job = service.otp(udid);
    QObject::connect(job, &Job::succeeded, job, [&result, job] {
        result.done = true;
        const OtpSet otps = job->takeOtps();
        for (const OtpEntry &entry : otps.entries())
            result.entries.append({entry.key, QString::fromUtf8(entry.value)});
    });
    QObject::connect(job, &Job::failed, job, [&result](Job *, const ApiError &error) {
        result.done = true;
        result.error = error;
    });
    if (!QTest::qWaitFor([&result] { return result.done; }, 30000))
        result.error = ApiError::make(ApiError::Kind::Timeout);
    return result;
}

QList<sim::RecordedRequest> requestsTo(SimFixture &sim, const QString &endpoint)
{
    QList<sim::RecordedRequest> found;
    const auto all = sim.server().recordedRequests();
    for (const auto &r : all) {
        if (r.path == u"/zcc/papi/public/v1/"_s + endpoint)
            found.append(r);
    }
    return found;
}

QString item(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// Messages captured while a test runs with every zconsole category on.
QStringList g_messages;
QMutex g_mutex;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + u' ' +
                      message);
}

} // namespace

class TestZccService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyTenant()
    {
        SimFixture sim(withSizes(0, 0));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZccService service(client.get());
        const ListResult r = fetchDevices(service, {});
        QVERIFY2(!r.error, qPrintable(r.error.message()));
        QVERIFY(r.devices.isEmpty());
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), 1);
    }

    void exactlyOnePageAtTheMaximumSize()
    {
        SimFixture sim(withSizes(4000, 5000));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZccService service(client.get());
        const ListResult r = fetchDevices(service, {});
        QVERIFY2(!r.error, qPrintable(r.error.message()));
        QCOMPARE(r.devices.size(), 5000);
        const auto requests = requestsTo(sim, u"getDevices"_s);
        // A full page may be followed by more: the second (empty) page ends it.
        QCOMPARE(requests.size(), 2);
        QCOMPARE(item(requests.at(0).query, u"pageSize"_s), u"5000"_s);
        QCOMPARE(item(requests.at(0).query, u"page"_s), u"1"_s);
        QCOMPARE(item(requests.at(1).query, u"page"_s), u"2"_s);
        // The bare array carries the notes' field names.
        const QJsonObject first = r.devices.first().toObject();
        for (const char *key :
             {"udid", "user", "machineHostname", "owner", "type", "state", "registrationState",
              "osVersion", "agentVersion", "last_seen_time", "macAddress", "companyName"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QCOMPARE(first.value("user"_L1).toString(), u"bbb@bbc.com"_s);
    }

    void shortLastPage()
    {
        SimFixture sim(withSizes(4000, 5003));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZccService service(client.get());
        const ListResult r = fetchDevices(service, {});
        QCOMPARE(r.devices.size(), 5003);
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), 2);
        QSet<QString> udids;
        for (const QJsonValue &d : r.devices)
            udids.insert(d.toObject().value("udid"_L1).toString());
        QCOMPARE(udids.size(), 5003); // no page repeated
    }

    void filtersUserAndOsOnTheApiHostnameHere()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        const sim::TenantData &tenant = sim.server().tenantData();
        auto client = sim.makeClient();
        ZccService service(client.get());

        ZccDeviceQuery byUser;
        byUser.username = u"BBB@bbc.com"_s; // exact login, case-insensitive
        ListResult r = fetchDevices(service, byUser);
        QCOMPARE(r.devices.size(), 2);
        auto requests = requestsTo(sim, u"getDevices"_s);
        QCOMPARE(item(requests.last().query, u"username"_s), u"BBB@bbc.com"_s);
        QVERIFY(!requests.last().query.hasQueryItem(u"osType"_s));

        ZccDeviceQuery byOs;
        byOs.osType = zcc::osTypeFromName(u"macOS"_s);
        QCOMPARE(byOs.osType, 4);
        r = fetchDevices(service, byOs);
        int macs = 0;
        for (const sim::SimDevice &d : tenant.devices)
            macs += d.osType == 4 ? 1 : 0;
        QCOMPARE(r.devices.size(), macs);
        for (const QJsonValue &d : r.devices)
            QCOMPARE(d.toObject().value("type"_L1).toInt(), 4);
        requests = requestsTo(sim, u"getDevices"_s);
        QCOMPARE(item(requests.last().query, u"osType"_s), u"4"_s);

        ZccDeviceQuery byHost = byOs;
        byHost.hostname = u"macbook-AIR"_s;
        const int before = int(requestsTo(sim, u"getDevices"_s).size());
        r = fetchDevices(service, byHost); // same API query: answered from the cache
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), before);
        QVERIFY(r.fromCache);
        QVERIFY(!r.devices.isEmpty());
        for (const QJsonValue &d : r.devices)
            QVERIFY(d.toObject().value("machineHostname"_L1).toString().endsWith(u"MacBook-Air"_s));
        for (const auto &request : requestsTo(sim, u"getDevices"_s))
            QVERIFY(!request.query.hasQueryItem(u"hostname"_s));
    }

    void freshListMakesNoCallUnlessForced()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZccService service(client.get());
        QCOMPARE(service.cacheLifetimeSeconds(), 300);
        QVERIFY(!service.isFresh({}));
        QVERIFY(!service.cachedAt({}).isValid());

        const ListResult first = fetchDevices(service, {});
        QVERIFY(!first.fromCache);
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), 1);
        QVERIFY(service.isFresh({}));
        QCOMPARE(service.cachedAt({}), first.cachedAt);

        const ListResult second = fetchDevices(service, {});
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), 1); // NO request while fresh
        QVERIFY(second.fromCache);
        QCOMPARE(second.devices, first.devices);
        QCOMPARE(second.cachedAt, first.cachedAt);

        // A filtered query is answered from the fresh full list too.
        ZccDeviceQuery byUser;
        byUser.username = u"bbb@bbc.com"_s;
        const ListResult filtered = fetchDevices(service, byUser);
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), 1);
        QCOMPARE(filtered.devices.size(), 2);

        const ListResult forced = fetchDevices(service, {}, ZccService::CachePolicy::Refresh);
        QVERIFY(!forced.fromCache);
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), 2);
        QVERIFY(forced.cachedAt >= first.cachedAt);

        service.setCacheLifetimeSeconds(0); // everything is stale now
        QVERIFY(!service.isFresh({}));
        fetchDevices(service, {});
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), 3);
    }

    void budgetFromHeaders()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZccService service(client.get());
        QVERIFY(!service.budget().isKnown());
        QSignalSpy budget(&service, &ZccService::budgetChanged);
        fetchDevices(service, {});
        const auto request = requestsTo(sim, u"getDevices"_s).first();
        Q_UNUSED(request)
        QVERIFY(budget.count() >= 1);
        QCOMPARE(service.budget().limit, 100);
        QCOMPARE(service.budget().remaining, 99);
        QVERIFY(service.budget().resetAt.isValid());
        const QString udid = sim.server().tenantData().devices.at(0).udid;
        fetchOtp(service, udid); // getOtp counts against the same budget
        QCOMPARE(service.budget().remaining, 98);
        QCOMPARE(budget.last().at(0).value<RateBudget>().remaining, 98);
    }

    void otpCacheBusterAndEveryKind()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        const sim::SimDevice &device = sim.server().tenantData().devices.at(0);
        auto client = sim.makeClient();
        ZccService service(client.get());
        const OtpResult first = fetchOtp(service, device.udid);
        const OtpResult second = fetchOtp(service, device.udid);
        QVERIFY2(!first.error, qPrintable(first.error.message()));
        QCOMPARE(first.entries.size(), device.otpKinds.size());
        // Every kind the tenant sent, in the portal's order; fresh values each call.
        QStringList kinds;
        for (const auto &[key, value] : first.entries) {
            kinds.append(key);
            if (device.emptyOtpKinds.contains(key)) {
                QVERIFY(value.isEmpty());
                continue;
            }
            QCOMPARE(value.size(), 10);
            for (QChar c : value)
                QVERIFY((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'));
        }
        QCOMPARE(kinds, device.otpKinds);
        QVERIFY(first.entries != second.entries);

        const auto requests = requestsTo(sim, u"getOtp"_s);
        QCOMPARE(requests.size(), 2);
        QSet<QString> busters;
        for (const auto &r : requests) {
            QCOMPARE(item(r.query, u"udid"_s), device.udid);
            const QString buster = item(r.query, u"_"_s);
            QVERIFY2(!buster.isEmpty(), "no cache-buster");
            bool numeric = false;
            buster.toLongLong(&numeric);
            QVERIFY(numeric);
            busters.insert(buster);
        }
        QCOMPARE(busters.size(), 2); // different on each call
    }

    void unknownUdid()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZccService service(client.get());
        const OtpResult r = fetchOtp(service, u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
        QVERIFY(r.entries.isEmpty());
    }

    void everyKindHasAName()
    {
        QCOMPARE(OtpSet::knownKinds().size(), 11);
        QSet<QString> names;
        for (const QString &kind : OtpSet::knownKinds()) {
            const QString name = OtpSet::kindName(kind);
            QVERIFY2(!name.isEmpty() && name != kind, qPrintable(kind));
            names.insert(name);
        }
        QCOMPARE(names.size(), 11);
        QCOMPARE(OtpSet::kindName(u"exitOtp"_s), u"Exit"_s);
        QCOMPARE(OtpSet::kindName(u"zdpDisableOtp"_s), u"Disable Endpoint DLP (ZDP)"_s);
        QCOMPARE(OtpSet::kindName(u"futureOtp"_s), u"futureOtp"_s);
        // Unknown string members are kept, after the known ones.
        const OtpSet set = OtpSet::fromJson(
            QJsonObject{{u"futureOtp"_s, u"abc"_s}, {u"exitOtp"_s, u"x"_s}, {u"otp"_s, u"y"_s}});
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.entries().at(0).key, u"otp"_s);
        QCOMPARE(set.entries().at(1).key, u"exitOtp"_s);
        QCOMPARE(set.entries().at(2).key, u"futureOtp"_s);
    }

    void deviceDetails()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        const sim::SimDevice &device = sim.server().tenantData().devices.at(2);
        auto client = sim.makeClient();
        ZccService service(client.get());
        ApiJob *job = service.deviceDetails(
            sim.server().tenantData().users.at(device.userIndex).loginName, device.udid);
        QVERIFY(waitForJob(job));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->json().object().value("unique_id"_L1).toString(), device.udid);
        QCOMPARE(job->json().object().value("machineHostname"_L1).toString(), device.hostname);
    }

    void deviceModel()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZccService service(client.get());
        DeviceModel model(&service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Client Connector version"_s);
        QSignalSpy loaded(&model, &DeviceModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait(20000));
        const sim::TenantData &tenant = sim.server().tenantData();
        QCOMPARE(model.rowCount(), tenant.devices.size());
        QVERIFY(model.isFresh());
        QVERIFY(model.cachedAt().isValid());
        const sim::SimDevice &d0 = tenant.devices.at(0);
        QCOMPARE(model.data(model.index(0, 0)).toString(), d0.hostname);
        QCOMPARE(model.data(model.index(0, 1)).toString(), u"bbb@bbc.com"_s);
        QVERIFY(model.data(model.index(0, 2)).toString().startsWith(u"Windows"_s));
        QCOMPARE(model.data(model.index(0, 4)).toString(), u"Registered"_s);
        QVERIFY(!model.data(model.index(0, 5)).toString().isEmpty());
        QCOMPARE(model.data(model.index(0, 5), RecordTableModel::SortRole).toLongLong(),
                 d0.lastSeenEpoch * 1000);
        QCOMPARE(model.data(model.index(0, 6)).toString(), d0.udid);
        QCOMPARE(model.data(model.index(0, 0), RecordTableModel::RecordIdRole).toString(), d0.udid);

        // Search by user and hostname: the fresh full list answers without a call.
        ZccDeviceQuery query;
        query.username = u"bbb@bbc.com"_s;
        query.hostname = u"laptop"_s;
        model.setQuery(query);
        model.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(requestsTo(sim, u"getDevices"_s).size(), 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, 0)).toString().contains(u"LAPTOP"_s));

        // A failure leaves the rows.
        const int rows = model.rowCount();
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::Unauthorized;
        fault.count = -1;
        fault.product = Product::Zcc;
        sim.server().injectFault(fault);
        QSignalSpy failed(&model, &DeviceModel::failed);
        model.refresh(true);
        QVERIFY(failed.wait(20000));
        QCOMPARE(model.rowCount(), rows);
    }

    void otpModel()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        const sim::SimDevice &device = sim.server().tenantData().devices.at(0);
        auto client = sim.makeClient();
        ZccService service(client.get());
        OtpModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &OtpModel::loaded);
        model.load(service.otp(device.udid));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), device.otpKinds.size());
        QCOMPARE(model.udid(), device.udid);
        int nonEmptyRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString kind = model.data(model.index(row, OtpModel::KindColumn)).toString();
            QCOMPARE(kind, device.otpKinds.at(row));
            QCOMPARE(model.data(model.index(row, OtpModel::NameColumn)).toString(),
                     OtpSet::kindName(kind));
            if (!device.emptyOtpKinds.contains(kind) && nonEmptyRow < 0)
                nonEmptyRow = row;
        }
        QVERIFY(nonEmptyRow >= 0);
        const QModelIndex value = model.index(nonEmptyRow, OtpModel::ValueColumn);
        const QString secret = model.data(value, OtpModel::ValueRole).toString();
        QCOMPARE(secret.size(), 10);
        QCOMPARE(model.data(value).toString(), OtpModel::kMask); // masked by default
        QVERIFY(!model.isRevealed(nonEmptyRow));
        QSignalSpy changed(&model, &OtpModel::dataChanged);
        QVERIFY(model.setData(value, true, OtpModel::RevealedRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(value).toString(), secret);
        model.setAllRevealed(false);
        QCOMPARE(model.data(value).toString(), OtpModel::kMask);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void notEntitled()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().addClient({u"zia-only"_s, sim.clientSecret(), {}, {Product::Zia}, 3600});
        auto client = sim.makeClient(sim.settings(u"zia-only"_s), sim.secretCredentials());
        ZccService service(client.get());
        const ListResult r = fetchDevices(service, {});
        QCOMPARE(r.error.kind, ApiError::Kind::Forbidden);
        const OtpResult otp = fetchOtp(service, sim.server().tenantData().devices.at(0).udid);
        QCOMPARE(otp.error.kind, ApiError::Kind::Forbidden);
    }

    void noOtpInTheLog()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        const sim::SimDevice &device = sim.server().tenantData().devices.at(0);
        auto client = sim.makeClient();
        ZccService service(client.get());
        g_messages.clear();
        QLoggingCategory::setFilterRules(u"zconsole.*=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const OtpResult r = fetchOtp(service, device.udid);
        OtpModel model;
        QSignalSpy loaded(&model, &OtpModel::loaded);
        model.load(service.otp(device.udid));
        const bool ok = loaded.wait(20000);
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.data(model.index(row, 2), OtpModel::ValueRole).toString());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ok);
        QVERIFY(!r.error);
        for (const auto &[key, value] : r.entries)
            values.append(value);
        QVERIFY(!g_messages.isEmpty()); // the categories did log the requests
        const QString log = g_messages.join(u'\n');
        for (const QString &value : std::as_const(values)) {
            if (!value.isEmpty())
                QVERIFY2(!log.contains(value), "an OTP value reached the log");
        }
        QVERIFY(!log.contains(device.udid)); // no query strings either
    }
};

QTEST_GUILESS_MAIN(TestZccService)
#include "tst_zccservice.moc"
