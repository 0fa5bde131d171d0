// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// GroupMembershipIndex without widgets, against the simulator: the groups of every user from
// the group list and each group's members ("group i of n"), sorted by name; a cancel that
// leaves no index; clear(); and a new service dropping a read under way.
#include "SimFixture.h"
#include "TenantData.h"
#include "zid/GroupMembershipIndex.h"
#include "zid/GroupMembershipJob.h"
#include "zid/ZidService.h"

#include <QCollator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;

namespace {

sim::SimOptions options(int users, int groups)
{
    sim::SimOptions o;
    o.sizes.users = users;
    o.sizes.zidGroups = groups;
    o.sizes.devices = 10;
    return o;
}

QStringList names(const QJsonArray &groups)
{
    QStringList list;
    for (const QJsonValue &g : groups)
        list << g.toObject().value("name"_L1).toString();
    return list;
}

// The names of the user's groups as the tenant knows them, sorted as the index sorts.
QStringList expectedGroups(const sim::TenantData &data, const sim::SimUser &user)
{
    QStringList list;
    for (const sim::SimGroup &group : data.groups) {
        if (user.groupIds.contains(group.id))
            list << group.name;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(list.begin(), list.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return list;
}

} // namespace

class TestGroupMembershipIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryGroupAndInvertsIt()
    {
        SimFixture sim(options(60, 6));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService zid(client.get());
        GroupMembershipIndex index;
        index.setService(&zid);
        QSignalSpy running(&index, &GroupMembershipIndex::runningChanged);
        QSignalSpy progress(&index, &GroupMembershipIndex::progress);
        QSignalSpy finished(&index, &GroupMembershipIndex::finished);
        QSignalSpy failed(&index, &GroupMembershipIndex::failed);
        index.start();
        QVERIFY(index.isRunning());
        index.start(); // one read at a time
        QCOMPARE(running.count(), 1);
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!index.isRunning());
        QVERIFY(index.isReady());
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.last().at(0).toBool(), false);

        const sim::TenantData &data = sim.server().tenantData();
        QCOMPARE(index.groupCount(), data.groups.size());
        // "Reading the groups", then group 0..n of n.
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.first().at(1).toInt(), -1);
        QCOMPARE(progress.last().at(0).toInt(), int(data.groups.size()));
        QCOMPARE(progress.last().at(1).toInt(), int(data.groups.size()));
        QCOMPARE(progress.count(), int(data.groups.size()) + 2);
        // One request for the list, one per group.
        QCOMPARE(sim.countRequests(u"/groups"_s), 1);
        QCOMPARE(sim.countRequests(u"/users"_s), int(data.groups.size()));

        int withGroups = 0;
        for (const sim::SimUser &user : data.users) {
            const QStringList expected = expectedGroups(data, user);
            QCOMPARE(names(index.groupsOf(user.id)), expected);
            withGroups += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(withGroups > 0);
        QVERIFY(index.groupsOf(u"no-such-user"_s).isEmpty());

        index.clear();
        QVERIFY(!index.isReady());
        QCOMPARE(index.groupCount(), 0);
        QVERIFY(index.groupsOf(data.users.first().id).isEmpty());
    }

    void cancelLeavesNoIndex()
    {
        SimFixture sim(options(40, 8));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService zid(client.get());
        sim::SimFault slow; // every answer takes a while: there is time to cancel
        slow.kind = sim::SimFault::Kind::Delay;
        slow.product = Product::Zid;
        slow.count = -1;
        slow.delayMs = 150;
        sim.server().injectFault(slow);
        GroupMembershipIndex index;
        index.setService(&zid);
        QSignalSpy progress(&index, &GroupMembershipIndex::progress);
        QSignalSpy failed(&index, &GroupMembershipIndex::failed);
        QSignalSpy activity(client.get(), &ApiClient::activity);
        index.start();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 10000); // some groups are read
        QVERIFY(index.isRunning());
        const qsizetype answeredBeforeCancel = activity.count();
        index.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QCOMPARE(index.lastError().kind, ApiError::Kind::Cancelled);
        QVERIFY(!index.isRunning());
        QVERIFY(!index.isReady());
        // Nothing more is asked: no answer arrives after the cancel, and the simulator saw the
        // groups read before it plus at most the one in flight (the job reads one group at a
        // time; that request was written before the cancel and may reach the simulator after).
        QTest::qWait(300);
        QCOMPARE(activity.count(), answeredBeforeCancel);
        qsizetype usersAnswered = 0;
        for (const QList<QVariant> &signal : std::as_const(activity))
            usersAnswered += signal.at(0).value<ActivityEntry>().path.endsWith(u"/users"_s);
        const int seen = sim.countRequests(u"/users"_s);
        QVERIFY2(seen >= usersAnswered && seen <= usersAnswered + 1,
                 qPrintable(u"%1 seen, %2 answered"_s.arg(seen).arg(usersAnswered)));
    }

    void aNewServiceDropsTheReadQuietly()
    {
        SimFixture sim(options(40, 8));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService zid(client.get());
        GroupMembershipIndex index;
        index.setService(&zid);
        QSignalSpy failed(&index, &GroupMembershipIndex::failed);
        QSignalSpy finished(&index, &GroupMembershipIndex::finished);
        QSignalSpy running(&index, &GroupMembershipIndex::runningChanged);
        index.start();
        index.setService(nullptr);
        QVERIFY(!index.isRunning());
        QCOMPARE(running.last().at(0).toBool(), false);
        QTest::qWait(300);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 0);
        index.start(); // no service: nothing happens
        QVERIFY(!index.isRunning());
    }

    void theJobReportsGroupByGroup()
    {
        SimFixture sim(options(30, 4));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService zid(client.get());
        GroupMembershipJob job(&zid);
        job.setAutoDelete(false);
        QSignalSpy progress(&job, &GroupMembershipJob::progress);
        job.start();
        QVERIFY(zc::test::waitForJob(&job));
        QVERIFY2(!job.error(), qPrintable(job.error().message()));
        QCOMPARE(job.groups().size(), 4);
        QCOMPARE(job.groupsRead(), 4);
        QCOMPARE(progress.count(), 6);
        const sim::TenantData &data = sim.server().tenantData();
        for (const sim::SimUser &user : data.users)
            QCOMPARE(job.groupsByUser().value(user.id).size(), expectedGroups(data, user).size());
    }
};

QTEST_GUILESS_MAIN(TestGroupMembershipIndex)
#include "tst_groupmembershipindex.moc"
