// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// DeviceOtpController without widgets, against the simulator: a user's devices (again from
// the cache, without a call), one device's OTPs with an audit entry and never a value in it,
// another device dropping a retrieval under way quietly, a failed retrieval remembered for
// Retry, a cancel, and the session ending.
#include "SimFixture.h"
#include "TenantData.h"
#include "platform/UserAccount.h"
#include "zcc/DeviceModel.h"
#include "zcc/DeviceOtpController.h"
#include "zcc/OtpAuditLog.h"
#include "zcc/OtpModel.h"
#include "zcc/ZccService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using Call = DeviceOtpController::Call;

namespace {

sim::SimOptions options()
{
    sim::SimOptions o;
    o.sizes.users = 20;
    o.sizes.devices = 40;
    return o;
}

// A user with at least two devices.
int userWithDevices(const sim::TenantData &data)
{
    for (int i = 0; i < data.users.size(); ++i) {
        if (data.devicesOfUser(i).size() >= 2)
            return i;
    }
    return -1;
}

struct Desk
{
    explicit Desk(SimFixture &sim)
        : client(sim.makeClient())
    {
        controller.auditLog()->setFilePath(dir.filePath(u"otp-audit.jsonl"_s));
        controller.setClient(client.get(), u"helpdesk"_s);
    }
    // Lists the user's devices; false on time-out.
    bool search(const QString &user, bool force = false)
    {
        QSignalSpy loaded(&controller, &DeviceOtpController::devicesLoaded);
        QSignalSpy failed(&controller, &DeviceOtpController::failed);
        ZccDeviceQuery query;
        query.username = user;
        controller.search(query, force);
        return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000) &&
               !loaded.isEmpty();
    }
    QJsonObject device(int row) const { return controller.devices()->record(row); }

    QTemporaryDir dir;
    std::unique_ptr<ApiClient> client;
    DeviceOtpController controller;
};

} // namespace

class TestDeviceOtpController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsDevicesThenFromTheCache()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        QAbstractItemModelTester tester(desk.controller.devices(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const sim::TenantData &data = sim.server().tenantData();
        const int userIndex = userWithDevices(data);
        QVERIFY(userIndex >= 0);
        const sim::SimUser &user = data.users.at(userIndex);
        QVERIFY(desk.search(user.loginName));
        QCOMPARE(desk.controller.devices()->rowCount(), data.devicesOfUser(userIndex).size());
        QVERIFY(!desk.controller.listFromCache());
        QCOMPARE(desk.controller.lastCall(), Call::Search);
        QCOMPARE(desk.controller.searchedUser(), user.loginName);
        QCOMPARE(sim.countRequests(u"/getDevices"_s), 1);

        // Again: the cache answers, no call is spent; Refresh asks anyway.
        QVERIFY(desk.search(user.loginName));
        QVERIFY(desk.controller.listFromCache());
        QCOMPARE(sim.countRequests(u"/getDevices"_s), 1);
        desk.controller.searchAgain();
        QTRY_VERIFY(!desk.controller.devices()->isLoading());
        QCOMPARE(sim.countRequests(u"/getDevices"_s), 1);
        QVERIFY(desk.search(user.loginName, true));
        QVERIFY(!desk.controller.listFromCache());
        QCOMPARE(sim.countRequests(u"/getDevices"_s), 2);
    }

    void fetchesOtpsAndAuditsTheRetrieval()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        const sim::TenantData &data = sim.server().tenantData();
        const int userIndex = userWithDevices(data);
        QVERIFY(desk.search(data.users.at(userIndex).loginName));
        const QJsonObject device = desk.device(0);
        QVERIFY(desk.controller.selectDevice(device));
        QVERIFY(!desk.controller.selectDevice(device)); // the same device again: no change
        QSignalSpy loaded(&desk.controller, &DeviceOtpController::otpsLoaded);
        desk.controller.fetchOtps();
        QVERIFY(desk.controller.isFetchingOtps());
        QCOMPARE(desk.controller.otpDevice(), device);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!desk.controller.isFetchingOtps());
        QCOMPARE(desk.controller.lastCall(), Call::Otps);
        OtpModel *otps = desk.controller.otps();
        QVERIFY(otps->rowCount() > 0);
        QCOMPARE(loaded.first().at(0).toInt(), otps->rowCount());
        QCOMPARE(otps->udid(), DeviceOtpController::udidOf(device));

        // The audit list names the retrieval, never a value.
        QVERIFY(desk.controller.auditError().isEmpty());
        QCOMPARE(desk.controller.auditLog()->rowCount(), 1);
        const OtpAuditEntry entry = desk.controller.auditLog()->entry(0);
        QCOMPARE(entry.profile, u"helpdesk"_s);
        QCOMPARE(entry.udid, DeviceOtpController::udidOf(device));
        QCOMPARE(entry.hostname, DeviceOtpController::hostnameOf(device));
        QCOMPARE(entry.user, DeviceOtpController::userOf(device));
        QCOMPARE(entry.client, desk.client->settings().clientId);
        QCOMPARE(entry.osUser, platform::currentUserName());
        QVERIFY(!entry.osUser.isEmpty());
        QCOMPARE(entry.kinds, otps->kinds());
        QCOMPARE(entry.kinds.size(), otps->rowCount());
        QFile file(desk.controller.auditLog()->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        for (int row = 0; row < otps->rowCount(); ++row) {
            const QString value =
                otps->index(row, OtpModel::ValueColumn).data(OtpModel::ValueRole).toString();
            if (!value.isEmpty())
                QVERIFY(!written.contains(value.toUtf8()));
        }

        // Another device: the OTPs go.
        QSignalSpy cleared(&desk.controller, &DeviceOtpController::otpsCleared);
        QVERIFY(desk.controller.selectDevice(desk.device(1)));
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(otps->rowCount(), 0);
        QVERIFY(desk.controller.otpDevice().isEmpty());
    }

    void anotherDeviceDropsARetrievalQuietly()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        const sim::TenantData &data = sim.server().tenantData();
        QVERIFY(desk.search(data.users.at(userWithDevices(data)).loginName));
        sim::SimFault slow;
        slow.kind = sim::SimFault::Kind::Delay;
        slow.product = Product::Zcc;
        slow.delayMs = 2000;
        sim.server().injectFault(slow);
        desk.controller.selectDevice(desk.device(0));
        QSignalSpy failed(&desk.controller, &DeviceOtpController::failed);
        QSignalSpy loaded(&desk.controller, &DeviceOtpController::otpsLoaded);
        desk.controller.fetchOtps();
        QTest::qWait(200);
        desk.controller.selectDevice(desk.device(1));
        QVERIFY(!desk.controller.isFetchingOtps());
        QTest::qWait(2500);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(desk.controller.otps()->rowCount(), 0);
        QCOMPARE(desk.controller.auditLog()->rowCount(), 0);
    }

    void aFailedRetrievalIsRememberedAndCancelIsReported()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        const sim::TenantData &data = sim.server().tenantData();
        QVERIFY(desk.search(data.users.at(userWithDevices(data)).loginName));
        const QJsonObject first = desk.device(0);
        desk.controller.selectDevice(first);

        sim::SimFault broken;
        broken.kind = sim::SimFault::Kind::ServerError;
        broken.product = Product::Zcc;
        broken.count = 10;
        sim.server().injectFault(broken);
        QSignalSpy failed(&desk.controller, &DeviceOtpController::failed);
        desk.controller.fetchOtps();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).value<Call>(), Call::Otps);
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Server);
        QCOMPARE(desk.controller.failedOtpDevice(), first);
        // Selecting another device keeps what failed, for Retry.
        desk.controller.selectDevice(desk.device(1));
        QCOMPARE(desk.controller.failedOtpDevice(), first);
        desk.controller.forgetFailedOtpDevice();
        QVERIFY(desk.controller.failedOtpDevice().isEmpty());

        // A cancel asked for is a failure like any other (Retry asks again).
        sim::SimFault slow;
        slow.kind = sim::SimFault::Kind::Delay;
        slow.product = Product::Zcc;
        slow.delayMs = 2000;
        sim.server().clearFaults();
        sim.server().injectFault(slow);
        failed.clear();
        desk.controller.fetchOtps();
        QTest::qWait(200);
        desk.controller.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QCOMPARE(desk.controller.failedOtpDevice(), desk.device(1));
    }

    void theSessionEndingDropsEverything()
    {
        SimFixture sim(options());
        QVERIFY(sim.start());
        Desk desk(sim);
        const sim::TenantData &data = sim.server().tenantData();
        QVERIFY(desk.search(data.users.at(userWithDevices(data)).loginName));
        desk.controller.selectDevice(desk.device(0));
        QSignalSpy loaded(&desk.controller, &DeviceOtpController::otpsLoaded);
        desk.controller.fetchOtps();
        QVERIFY(loaded.wait(10000));
        QVERIFY(desk.controller.otps()->rowCount() > 0);

        QSignalSpy connected(&desk.controller, &DeviceOtpController::connectedChanged);
        QSignalSpy failed(&desk.controller, &DeviceOtpController::failed);
        desk.controller.setClient(nullptr);
        QCOMPARE(connected.count(), 1);
        QCOMPARE(connected.first().at(0).toBool(), false);
        QVERIFY(!desk.controller.isConnected());
        QVERIFY(!desk.controller.service());
        QCOMPARE(desk.controller.devices()->rowCount(), 0);
        QVERIFY(!desk.controller.devices()->cachedAt().isValid());
        QCOMPARE(desk.controller.otps()->rowCount(), 0);
        QVERIFY(desk.controller.selectedDevice().isEmpty());
        QCOMPARE(desk.controller.lastCall(), Call::None);
        QCOMPARE(failed.count(), 0);
        // Nothing to search with.
        ZccDeviceQuery query;
        query.username = data.users.first().loginName;
        desk.controller.search(query);
        QVERIFY(!desk.controller.devices()->isLoading());
    }
};

QTEST_GUILESS_MAIN(TestDeviceOtpController)
#include "tst_deviceotpcontroller.moc"
