// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Cloud & Branch Connector: groups across pages, the group -> VM -> instance tree, and
// activation (POST, PUT after a 405, read-only), against the simulator over real HTTP. ZTW
// allows 2 GETs and 1 write a second: every test keeps its request count low.
#include "SeedSampleFiles.h"
#include "SimFixture.h"
#include "ZtwData.h"
#include "net/ApiJob.h"
#include "net/Pager.h"
#include "ztw/ConnectorGroupTreeModel.h"
#include "ztw/ZtwActivation.h"
#include "ztw/ZtwService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

namespace {

sim::SimOptions withGroups(int groups)
{
    sim::SimOptions options;
    options.sizes.ztwGroups = groups;
    return options;
}

// The query items of the recorded GET /ecgroup requests, in order.
QList<QUrlQuery> groupQueries(SimFixture &sim)
{
    QList<QUrlQuery> queries;
    for (const auto &r : sim.server().recordedRequests()) {
        if (r.method == "GET" && r.path == "/ztw/api/v1/ecgroup"_L1)
            queries.append(r.query);
    }
    return queries;
}

using Kind = ConnectorGroupTreeModel::NodeKind;
using Status = ConnectorGroupTreeModel::NodeStatus;

} // namespace

class TestZtwService : public QObject
{
    Q_OBJECT

private:
    // Loads every group into a tree model (with a model tester watching) and returns them.
    QJsonArray loadTree(SimFixture &sim, ConnectorGroupTreeModel &model, int pageSize,
                        QSignalSpy *progress = nullptr)
    {
        auto client = sim.makeClient();
        ZtwService ztw(client.get());
        QSignalSpy loaded(&model, &ConnectorGroupTreeModel::loaded);
        QSignalSpy failed(&model, &ConnectorGroupTreeModel::failed);
        std::unique_ptr<QSignalSpy> ownProgress;
        if (!progress) {
            ownProgress = std::make_unique<QSignalSpy>(&model, &ConnectorGroupTreeModel::progress);
            progress = ownProgress.get();
        }
        model.load(ztw.groups(pageSize));
        if (!loaded.wait(20000) || !failed.isEmpty())
            return {};
        return model.groups();
    }

private Q_SLOTS:
    void emptyTenant()
    {
        SimFixture sim(withGroups(0));
        QVERIFY(sim.start());
        ConnectorGroupTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray groups = loadTree(sim, model, ZtwService::kPageSize);
        QVERIFY(groups.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        const QList<QUrlQuery> queries = groupQueries(sim);
        QCOMPARE(queries.size(), 1);
        QCOMPARE(queries.first().queryItemValue(u"page"_s), u"1"_s);
        QCOMPARE(queries.first().queryItemValue(u"pageSize"_s), u"1000"_s);
    }

    void defaultTenantInOnePageAtTheMaximumSize()
    {
        SimFixture sim; // 8 groups
        QVERIFY(sim.start());
        ConnectorGroupTreeModel model;
        QSignalSpy progress(&model, &ConnectorGroupTreeModel::progress);
        const QJsonArray groups = loadTree(sim, model, 5000, &progress); // clamped to 1000
        QCOMPARE(groups.size(), 8);
        const QList<QUrlQuery> queries = groupQueries(sim);
        QCOMPARE(queries.size(), 1); // 8 < 1000: the first page is the short last one
        QCOMPARE(queries.first().queryItemValue(u"pageSize"_s), u"1000"_s);
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.first().at(0).toInt(), 1);
        QCOMPARE(progress.first().at(2).toInt(), 8);
    }

    void exactlyOneFullPage()
    {
        SimFixture sim(withGroups(4));
        QVERIFY(sim.start());
        ConnectorGroupTreeModel model;
        const QJsonArray groups = loadTree(sim, model, 4);
        QCOMPARE(groups.size(), 4);
        // A full page may have more behind it: the empty second page ends the list.
        const QList<QUrlQuery> queries = groupQueries(sim);
        QCOMPARE(queries.size(), 2);
        QCOMPARE(queries.at(1).queryItemValue(u"page"_s), u"2"_s);
        QCOMPARE(queries.at(1).queryItemValue(u"pageSize"_s), u"4"_s);
    }

    void shortLastPage()
    {
        SimFixture sim(withGroups(7));
        QVERIFY(sim.start());
        ConnectorGroupTreeModel model;
        QSignalSpy progress(&model, &ConnectorGroupTreeModel::progress);
        const QJsonArray groups = loadTree(sim, model, 3, &progress);
        QCOMPARE(groups.size(), 7);
        QCOMPARE(groupQueries(sim).size(), 3); // 3 + 3 + 1
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(2).toInt(), 7);
        QSet<qint64> ids; // no page repeated, none skipped
        for (const QJsonValue &g : groups)
            ids.insert(g.toObject().value("id"_L1).toInteger());
        QCOMPARE(ids.size(), 7);
        for (const auto &r : sim.server().recordedRequests())
            QCOMPARE(r.status, 200); // paced under 2 GETs a second: never a 429
    }

    void seedGroupsVerbatimInJson()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        ConnectorGroupTreeModel model;
        const QJsonArray groups = loadTree(sim, model, ZtwService::kPageSize);
        QVERIFY(groups.size() >= 2);
        const QJsonArray seed = zc::test::seedConnectorGroups();
        QCOMPARE(seed.size(), 2);
        QCOMPARE(groups.at(0), seed.at(0));
        QCOMPARE(groups.at(1), seed.at(1));
        // The raw JSON role hands out the API's objects unchanged.
        QCOMPARE(model.index(0, 0).data(ConnectorGroupTreeModel::RawJsonRole).toJsonObject(),
                 seed.at(0).toObject());
    }

    void treeShapeGroupVmInstance()
    {
        SimFixture sim(withGroups(24));
        QVERIFY(sim.start());
        ConnectorGroupTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray groups = loadTree(sim, model, ZtwService::kPageSize);
        QCOMPARE(groups.size(), 24);
        QCOMPARE(model.rowCount(), 24);
        QCOMPARE(model.columnCount(), int(ConnectorGroupTreeModel::ColumnCount));

        // The seed's first group, level by level.
        const QModelIndex group = model.index(0, 0);
        QCOMPARE(group.data().toString(), u"zs-cc-vpc-02de960b4c73a7275-us-west-2a"_s);
        QCOMPARE(group.data(ConnectorGroupTreeModel::NodeKindRole).toInt(), int(Kind::Group));
        QCOMPARE(group.data(ConnectorGroupTreeModel::RecordIdRole).toString(), u"63260789"_s);
        const auto cell = [&model](const QModelIndex &node, int column) {
            return model.index(node.row(), column, node.parent()).data().toString();
        };
        QCOMPARE(cell(group, ConnectorGroupTreeModel::StatusColumn), u"CLOUD"_s);
        QCOMPARE(cell(group, ConnectorGroupTreeModel::PlatformColumn), u"AWS"_s);
        QCOMPARE(cell(group, ConnectorGroupTreeModel::ZoneColumn), u"US_WEST_2A"_s);
        QCOMPARE(cell(group, ConnectorGroupTreeModel::LocationColumn),
                 u"us-west-2-vpc-02de960b4c73a7275"_s);
        QCOMPARE(model.rowCount(group), 1);

        const QModelIndex vm = model.index(0, 0, group);
        QCOMPARE(vm.parent(), group);
        QCOMPARE(vm.data(ConnectorGroupTreeModel::NodeKindRole).toInt(), int(Kind::Vm));
        QCOMPARE(cell(vm, ConnectorGroupTreeModel::NameColumn),
                 u"zs-cc-vpc-02de960b4c73a7275-us-west-2a-VM-B5bV5"_s);
        QCOMPARE(cell(vm, ConnectorGroupTreeModel::StatusColumn),
                 u"INACTIVE (REGISTERED, PKG_REPO_REGISTERED)"_s);
        QCOMPARE(cell(vm, ConnectorGroupTreeModel::NatIpColumn), u"52.38.213.147"_s);
        QCOMPARE(cell(vm, ConnectorGroupTreeModel::ZiaGatewayColumn), u"165.225.50.12"_s);
        QCOMPARE(cell(vm, ConnectorGroupTreeModel::ZpaBrokerColumn), u"136.226.57.254"_s);
        QCOMPARE(cell(vm, ConnectorGroupTreeModel::BuildVersionColumn), u"346637"_s);
        QCOMPARE(cell(vm, ConnectorGroupTreeModel::FormFactorColumn), u"SMALL"_s);
        QCOMPARE(vm.data(ConnectorGroupTreeModel::StatusRole).toInt(), int(Status::Down));
        QCOMPARE(group.data(ConnectorGroupTreeModel::StatusRole).toInt(), int(Status::Down));
        QCOMPARE(model.index(0, ConnectorGroupTreeModel::BuildVersionColumn, group)
                     .data(ConnectorGroupTreeModel::SortRole),
                 QVariant(qlonglong(346637)));

        const QModelIndex instance = model.index(0, 0, vm);
        QCOMPARE(instance.parent(), vm);
        QCOMPARE(instance.data(ConnectorGroupTreeModel::NodeKindRole).toInt(), int(Kind::Instance));
        QCOMPARE(cell(instance, ConnectorGroupTreeModel::StatusColumn), u"REGISTERED"_s);
        QCOMPARE(cell(instance, ConnectorGroupTreeModel::NatIpColumn), u"52.38.213.147"_s);
        QCOMPARE(instance.data(ConnectorGroupTreeModel::StatusRole).toInt(), int(Status::Up));
        QCOMPARE(instance.data(ConnectorGroupTreeModel::RawJsonRole)
                     .toJsonObject()
                     .value("ecInstanceType"_L1)
                     .toString(),
                 u"SME"_s);
        QCOMPARE(model.rowCount(instance), 0);

        // The generated groups: three clouds, 1-3 VMs, 1-2 instances, both VM states, and
        // more than one build.
        QSet<QString> platforms, vmStates, builds;
        for (int g = 2; g < model.rowCount(); ++g) {
            const QModelIndex gi = model.index(g, 0);
            platforms.insert(cell(gi, ConnectorGroupTreeModel::PlatformColumn));
            QVERIFY(!cell(gi, ConnectorGroupTreeModel::ZoneColumn).isEmpty());
            const int vms = model.rowCount(gi);
            QVERIFY2(vms >= 1 && vms <= 3, qPrintable(QString::number(vms)));
            for (int v = 0; v < vms; ++v) {
                const QModelIndex vi = model.index(v, 0, gi);
                vmStates.insert(vi.data(ConnectorGroupTreeModel::RawJsonRole)
                                    .toJsonObject()
                                    .value("operationalStatus"_L1)
                                    .toString());
                builds.insert(cell(vi, ConnectorGroupTreeModel::BuildVersionColumn));
                const int instances = model.rowCount(vi);
                QVERIFY(instances >= 1 && instances <= 2);
            }
        }
        QCOMPARE(platforms, (QSet<QString>{u"AWS"_s, u"AZURE"_s, u"GCP"_s}));
        QCOMPARE(vmStates, (QSet<QString>{u"ACTIVE"_s, u"INACTIVE"_s}));
        QVERIFY(builds.size() > 1);
        QCOMPARE(model
                     .headerData(ConnectorGroupTreeModel::NatIpColumn, Qt::Horizontal,
                                 ConnectorGroupTreeModel::ColumnKeyRole)
                     .toString(),
                 u"natIp"_s);
    }

    void sameSeedSameTenant()
    {
        const QJsonArray a = sim::ZtwData::generateGroups(7, 12);
        QCOMPARE(a, sim::ZtwData::generateGroups(7, 12));
        QVERIFY(a != sim::ZtwData::generateGroups(8, 12));
        QCOMPARE(sim::ZtwData::generateGroups(7, 1).size(), 1);
    }

    void notEntitledIsForbiddenAndKeepsTheTree()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().addClient({u"zia-only"_s, sim.clientSecret(), {}, {Product::Zia}, 3600});
        ConnectorGroupTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray previous = zc::test::seedConnectorGroups();
        model.setGroups(previous);
        auto client = sim.makeClient(sim.settings(u"zia-only"_s), sim.secretCredentials());
        ZtwService ztw(client.get());
        QSignalSpy failed(&model, &ConnectorGroupTreeModel::failed);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.load(ztw.groups());
        QVERIFY(failed.wait(10000));
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Forbidden);
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(model.lastError().kind, ApiError::Kind::Forbidden);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.groups(), previous);
        QCOMPARE(model.rowCount(), 2);

        ApiJob *status = ztw.activationStatus();
        status->setAutoDelete(false);
        QVERIFY(waitForJob(status));
        QCOMPARE(status->error().kind, ApiError::Kind::Forbidden);
        delete status;
    }

    void cancelKeepsTheTree()
    {
        SimFixture sim(withGroups(9));
        QVERIFY(sim.start());
        ConnectorGroupTreeModel model;
        const QJsonArray previous = zc::test::seedConnectorGroups();
        model.setGroups(previous);
        auto client = sim.makeClient();
        ZtwService ztw(client.get());
        QSignalSpy progress(&model, &ConnectorGroupTreeModel::progress);
        QSignalSpy failed(&model, &ConnectorGroupTreeModel::failed);
        QSignalSpy loading(&model, &ConnectorGroupTreeModel::loadingChanged);
        model.load(ztw.groups(2));
        QVERIFY(model.isLoading());
        QVERIFY(progress.wait(10000));
        model.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.last().first().toBool(), false);
        QCOMPARE(model.groups(), previous);
    }

    void activationRoundTripPendingToActive()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().setZtwActivationPending(true);
        auto client = sim.makeClient();
        ZtwActivation activation(client.get());
        QSignalSpy changed(&activation, &ZtwActivation::changed);
        QSignalSpy activated(&activation, &ZtwActivation::activated);
        activation.refresh();
        QVERIFY(activation.isLoading());
        QVERIFY(changed.wait(10000));
        QCOMPARE(activation.state(), ZtwActivation::State::Pending);
        QCOMPARE(activation.orgEditStatus(), u"EDITS_PRESENT"_s);
        for (const char *key :
             {"orgEditStatus", "orgLastActivateStatus", "adminStatusMap", "adminActivateStatus"})
            QVERIFY2(activation.status().contains(QLatin1StringView(key)), key);

        activation.activate();
        QVERIFY(activated.wait(10000));
        QCOMPARE(activation.state(), ZtwActivation::State::Active);
        QCOMPARE(activation.adminActivateStatus(), u"ADM_ACTV_DONE"_s);
        QVERIFY(!sim.server().isZtwActivationPending());
        QCOMPARE(sim.countRequests(u"/ecAdminActivateStatus/activate"_s, "POST"), 1);
        QCOMPARE(sim.countRequests(u"/ecAdminActivateStatus/activate"_s, "PUT"), 0);

        activation.refresh();
        QVERIFY(changed.wait(10000));
        QCOMPARE(activation.state(), ZtwActivation::State::Active);
        QVERIFY(!activation.isLoading());
    }

    void activateFallsBackToPutOn405()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().setZtwActivationPending(true);
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::ServerError;
        fault.status = 405;
        fault.product = Product::Ztw;
        fault.method = "POST";
        sim.server().injectFault(fault);
        auto client = sim.makeClient();
        ZtwService ztw(client.get());
        ZtwActivateJob *job = ztw.activate();
        QByteArray method;
        QJsonObject result;
        // The job deletes itself once finished: read it while it answers.
        connect(job, &ZtwActivateJob::succeeded, this, [&method, &result, job] {
            method = job->method();
            result = job->result();
        });
        QSignalSpy succeeded(job, &ZtwActivateJob::succeeded);
        QVERIFY(succeeded.wait(10000));
        QCOMPARE(method, QByteArray("PUT"));
        QCOMPARE(result.value("orgEditStatus"_L1).toString(), u"EDITS_CLEARED"_s);
        QList<QByteArray> methods;
        QList<int> statuses;
        for (const auto &r : sim.server().recordedRequests()) {
            if (r.path.endsWith("/ecAdminActivateStatus/activate"_L1)) {
                methods << r.method;
                statuses << r.status;
            }
        }
        QCOMPARE(methods, (QList<QByteArray>{"POST", "PUT"}));
        QCOMPARE(statuses, (QList<int>{405, 200}));
        QVERIFY(!sim.server().isZtwActivationPending());
    }

    void readOnlyRefusalKeepsItPending()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().setZtwActivationPending(true);
        sim.server().setReadOnly(true);
        auto client = sim.makeClient();
        ZtwActivation activation(client.get());
        QSignalSpy failed(&activation, &ZtwActivation::failed);
        QSignalSpy readOnly(&activation, &ZtwActivation::readOnlyChanged);
        activation.activate();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::ReadOnly);
        QVERIFY(activation.isReadOnly());
        QVERIFY(!readOnly.isEmpty());
        QVERIFY(!activation.isLoading());
        QVERIFY(sim.server().isZtwActivationPending());
        // A read-only refusal is not a 405: no PUT follows.
        QCOMPARE(sim.countRequests(u"/ecAdminActivateStatus/activate"_s, "PUT"), 0);

        // Reading still works meanwhile.
        QSignalSpy changed(&activation, &ZtwActivation::changed);
        activation.refresh();
        QVERIFY(changed.wait(10000));
        QCOMPARE(activation.state(), ZtwActivation::State::Pending);
    }

    void stateOfKnownValues()
    {
        const auto state = [](const char *edit, const char *admin) {
            return ZtwActivation::stateOf(
                QJsonObject{{u"orgEditStatus"_s, QString::fromLatin1(edit)},
                            {u"adminActivateStatus"_s, QString::fromLatin1(admin)}});
        };
        QCOMPARE(state("EDITS_PRESENT", "ADM_EDITING"), ZtwActivation::State::Pending);
        QCOMPARE(state("EDITS_CLEARED", "ADM_ACTV_DONE"), ZtwActivation::State::Active);
        QCOMPARE(state("EDITS_PRESENT", "ADM_ACTIVATING"), ZtwActivation::State::Activating);
        QCOMPARE(state("EDITS_PRESENT", "ADM_ACTV_FAIL"), ZtwActivation::State::Failed);
        QCOMPARE(state("", ""), ZtwActivation::State::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestZtwService)
#include "tst_ztwservice.moc"
