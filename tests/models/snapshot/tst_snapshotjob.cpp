// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Taking snapshots of the simulator over real HTTP, before and after its configuration
// changed (renamed, removed, added and edited records), and what the comparison reports;
// collections the client may not read are kept with the reason; cancel ends the job.
#include "DataChanges.h"
#include "SimFixture.h"
#include "TenantData.h"
#include "ZtwData.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotFile.h"
#include "snapshot/SnapshotJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::smallTenant;
using zc::test::waitForJob;

namespace {

std::optional<Snapshot> take(ApiClient *client, QSignalSpy *progress = nullptr)
{
    SnapshotJob job(client);
    std::unique_ptr<QSignalSpy> own;
    if (!progress) {
        own = std::make_unique<QSignalSpy>(&job, &SnapshotJob::progress);
        progress = own.get();
    }
    job.setAutoDelete(false);
    job.start();
    if (!waitForJob(&job, 60000) || job.status() != Job::Status::Succeeded) {
        qWarning() << "snapshot failed:" << job.error().message();
        return std::nullopt;
    }
    return job.snapshot();
}

const CollectionDiff &collectionOf(const SnapshotDiff &diff, const QString &key)
{
    for (const CollectionDiff &c : diff.collections) {
        if (c.key == key)
            return c;
    }
    static const CollectionDiff none;
    return none;
}

const RecordChange *changeOf(const CollectionDiff &c, const QString &id)
{
    for (const RecordChange &change : c.changes) {
        if (change.id == id)
            return &change;
    }
    return nullptr;
}

bool change(SimFixture &sim, sim::SimDataChange::Action action, const QString &collection,
            const QString &id, const QString &name = {}, const QJsonObject &fields = {},
            const QJsonObject &record = {})
{
    QString error;
    const bool done =
        sim.server().changeData({collection, action, id, name, fields, record}, &error);
    if (!done)
        qWarning() << error;
    return done;
}

} // namespace

class TestSnapshotJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesEveryCollection()
    {
        SimFixture sim(smallTenant());
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        SnapshotJob job(client.get());
        QSignalSpy spy(&job, &SnapshotJob::progress);
        job.setAutoDelete(false);
        job.start();
        QVERIFY(waitForJob(&job, 60000));
        QCOMPARE(job.status(), Job::Status::Succeeded);
        const Snapshot &s = job.snapshot();

        QCOMPARE(s.collections.size(), SnapshotCollectionSpec::all().size());
        for (const SnapshotCollection &c : s.collections)
            QVERIFY2(c.isPresent(), qPrintable(c.key + u": "_s + c.message));
        const sim::SimDataSizes sizes = smallTenant().sizes;
        QCOMPARE(s.collection(u"zpa.applicationSegments"_s)->records.size(),
                 qsizetype(sizes.zpaSegments));
        QCOMPARE(s.collection(u"zid.users"_s)->records.size(), qsizetype(sizes.users));
        QCOMPARE(s.collection(u"zid.groups"_s)->records.size(), qsizetype(sizes.zidGroups));
        QCOMPARE(s.collection(u"ztw.connectorGroups"_s)->records,
                 sim::ZtwData::generateGroups(1, 8));
        QCOMPARE(s.collection(u"zia.activation"_s)->records.first().toObject().value("status"_L1),
                 u"ACTIVE"_s);
        QVERIFY(!s.collection(u"zpa.segmentGroups"_s)->records.isEmpty());
        QVERIFY(!s.collection(u"zpa.serverGroups"_s)->records.isEmpty());
        QCOMPARE(s.tenant.value("zpaCustomerId"_L1), u"216196257331281920"_s);
        QVERIFY(s.takenAt.isValid());
        QCOMPARE(s.zconsoleVersion, QStringLiteral(ZCONSOLE_VERSION));

        // Every collection was announced, in order.
        QSet<QString> announced;
        for (const QList<QVariant> &args : spy)
            announced.insert(args.at(2).toString());
        QCOMPARE(announced.size(), SnapshotCollectionSpec::all().size());

        // The file holds configuration only: neither the secret nor a token.
        const QByteArray file = SnapshotFile::toJson(s);
        QVERIFY(!file.contains(sim.clientSecret()));
        QVERIFY(!file.contains("access_token"));
        QVERIFY(!file.toLower().contains("bearer"));
        QVERIFY(!file.contains(SimFixture::kSecretClient));
    }

    void comparesBeforeAndAfterChanges()
    {
        SimFixture sim(smallTenant());
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        const auto before = take(client.get());
        QVERIFY(before);
        QVERIFY(SnapshotDiff::compare(*before, *before).isEqual());

        using Action = sim::SimDataChange::Action;
        const QJsonArray segments = before->collection(u"zpa.applicationSegments"_s)->records;
        const QString renamed = segments.at(10).toObject().value("id"_L1).toString();
        const QString removed = segments.at(11).toObject().value("id"_L1).toString();
        QVERIFY(change(sim, Action::Rename, u"zpa.applicationSegments"_s, renamed, u"Renamed"_s));
        QVERIFY(change(sim, Action::Remove, u"zpa.applicationSegments"_s, removed));
        // A segment's domains reordered only: not a change.
        const QJsonArray domainNames = segments.at(12).toObject().value("domainNames"_L1).toArray();
        QJsonArray domains;
        for (const QJsonValue &domain : domainNames)
            domains.prepend(domain);
        QVERIFY(change(sim, Action::Set, u"zpa.applicationSegments"_s,
                       segments.at(12).toObject().value("id"_L1).toString(), {},
                       {{u"domainNames"_s, domains}}));

        // A connector VM becomes active: a change inside an array of identified objects.
        QJsonObject group =
            before->collection(u"ztw.connectorGroups"_s)->records.first().toObject();
        QJsonArray vms = group.value("ecVMs"_L1).toArray();
        QJsonObject vm = vms.first().toObject();
        const QString vmId = QString::number(vm.value("id"_L1).toInteger());
        vm.insert(u"operationalStatus"_s, u"ACTIVE"_s);
        vms.replace(0, vm);
        const QString groupId = QString::number(group.value("id"_L1).toInteger());
        QVERIFY(
            change(sim, Action::Set, u"ztw.connectorGroups"_s, groupId, {}, {{u"ecVMs"_s, vms}}));

        const sim::TenantData &tenant = sim.server().tenantData();
        QString userWithoutDevices;
        for (int i = 0; i < tenant.users.size() && userWithoutDevices.isEmpty(); ++i) {
            if (tenant.devicesOfUser(i).isEmpty())
                userWithoutDevices = tenant.users.at(i).id;
        }
        QVERIFY(!userWithoutDevices.isEmpty());
        QVERIFY(change(sim, Action::Remove, u"zid.users"_s, userWithoutDevices));
        QVERIFY(change(sim, Action::Add, u"zid.groups"_s, {}, {}, {},
                       {{u"id"_s, u"newgroup00001"_s}, {u"name"_s, u"Auditors"_s}}));
        sim.server().setZiaActivationStatus(u"PENDING"_s);

        const auto after = take(client.get());
        QVERIFY(after);
        const SnapshotDiff diff = SnapshotDiff::compare(*before, *after);
        QVERIFY(!diff.isEqual());

        const CollectionDiff &zpa = collectionOf(diff, u"zpa.applicationSegments"_s);
        QCOMPARE(zpa.changes.size(), 2);
        const RecordChange *rename = changeOf(zpa, renamed);
        QVERIFY(rename);
        QCOMPARE(rename->kind, RecordChange::Kind::Changed);
        QCOMPARE(rename->fields.size(), 1);
        QCOMPARE(rename->fields.first().path, u"name"_s);
        QCOMPARE(rename->fields.first().newValue, QJsonValue(u"Renamed"_s));
        QCOMPARE(changeOf(zpa, removed)->kind, RecordChange::Kind::Removed);

        const CollectionDiff &ztw = collectionOf(diff, u"ztw.connectorGroups"_s);
        QCOMPARE(ztw.changes.size(), 1);
        QCOMPARE(ztw.changes.first().fields,
                 (QList<FieldChange>{
                     {u"ecVMs[id=%1].operationalStatus"_s.arg(vmId), u"INACTIVE"_s, u"ACTIVE"_s}}));

        const CollectionDiff &users = collectionOf(diff, u"zid.users"_s);
        QCOMPARE(users.changes.size(), 1);
        QCOMPARE(users.changes.first().kind, RecordChange::Kind::Removed);
        QCOMPARE(users.changes.first().id, userWithoutDevices);
        const CollectionDiff &groups = collectionOf(diff, u"zid.groups"_s);
        QCOMPARE(groups.changes.size(), 1);
        QCOMPARE(groups.changes.first().kind, RecordChange::Kind::Added);
        QCOMPARE(groups.changes.first().name, u"Auditors"_s);

        QCOMPARE(collectionOf(diff, u"zia.activation"_s).changes.size(), 1);
        QVERIFY(collectionOf(diff, u"ztw.activation"_s).isEqual());
        QVERIFY(collectionOf(diff, u"zpa.segmentGroups"_s).isEqual());
        QCOMPARE(diff.count(RecordChange::Kind::Added), 1);
        QCOMPARE(diff.count(RecordChange::Kind::Removed), 2);
        QCOMPARE(diff.count(RecordChange::Kind::Changed), 3);
    }

    void keepsWhyCollectionsAreMissing()
    {
        SimFixture sim(smallTenant());
        QVERIFY(sim.start());
        sim::SimClient limited;
        limited.clientId = QString::fromLatin1(SimFixture::kSecretClient);
        limited.clientSecret = sim.clientSecret();
        limited.entitlements = {Product::Zia, Product::Zid};
        sim.server().addClient(limited);
        ConnectionSettings settings = sim.settings();
        auto client = sim.makeClient(settings, sim.secretCredentials());
        const auto s = take(client.get());
        QVERIFY(s);
        for (const QString &key :
             {u"zpa.applicationSegments"_s, u"ztw.connectorGroups"_s, u"ztw.activation"_s}) {
            const SnapshotCollection *c = s->collection(key);
            QVERIFY(c);
            QCOMPARE(c->state, SnapshotCollection::State::NotEntitled);
            QCOMPARE(c->errorKind, u"forbidden"_s);
            QVERIFY(!c->message.isEmpty());
        }
        QVERIFY(s->collection(u"zid.users"_s)->isPresent());

        // Without a customer ID, ZPA is not configured.
        settings.zpaCustomerId.clear();
        auto noZpa = sim.makeClient(settings, sim.secretCredentials());
        const auto t = take(noZpa.get());
        QVERIFY(t);
        QCOMPARE(t->collection(u"zpa.serverGroups"_s)->state,
                 SnapshotCollection::State::NotConfigured);
    }

    void aFailedCollectionDoesNotStopTheOthers()
    {
        SimFixture sim(smallTenant());
        QVERIFY(sim.start());
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::MalformedJson;
        fault.product = Product::Zid;
        fault.count = -1;
        sim.server().injectFault(fault);
        auto client = sim.makeClient();
        const auto s = take(client.get());
        QVERIFY(s);
        QCOMPARE(s->collection(u"zid.users"_s)->state, SnapshotCollection::State::Failed);
        QCOMPARE(s->collection(u"zid.users"_s)->errorKind, u"bad_response"_s);
        QVERIFY(s->collection(u"zia.activation"_s)->isPresent());
    }

    void cancelEndsTheJob()
    {
        SimFixture sim(smallTenant());
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        SnapshotJob job(client.get());
        job.setAutoDelete(false);
        QObject::connect(&job, &SnapshotJob::progress, &job, [&job](int index) {
            if (index == 3)
                job.cancel();
        });
        job.start();
        QVERIFY(waitForJob(&job));
        QCOMPARE(job.status(), Job::Status::Failed);
        QCOMPARE(job.error().kind, ApiError::Kind::Cancelled);
        QTest::qWait(100); // nothing queued runs after the end
        QCOMPARE(job.status(), Job::Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotJob)
#include "tst_snapshotjob.moc"
