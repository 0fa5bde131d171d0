// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZIdentity: users with filters, offset paging that follows next_link's query, "load more"
// and "load all", groups and their members, against the simulator over real HTTP.
#include "SeedSampleFiles.h"
#include "SimFixture.h"
#include "TenantData.h"
#include "net/ApiJob.h"
#include "net/Pager.h"
#include "zid/ZidListModels.h"
#include "zid/ZidService.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::SimFixture;
using zc::test::waitForJob;

namespace {

sim::SimOptions withUsers(int users, int groups = 15)
{
    sim::SimOptions options;
    options.sizes.users = users;
    options.sizes.devices = 0;
    options.sizes.zidGroups = groups;
    return options;
}

QList<sim::RecordedRequest> requestsTo(SimFixture &sim, const QString &suffix)
{
    QList<sim::RecordedRequest> found;
    const auto all = sim.server().recordedRequests();
    for (const auto &r : all) {
        if (r.path.startsWith(u"/ziam/admin/api/v1/"_s) && r.path.endsWith(suffix))
            found.append(r);
    }
    return found;
}

QList<std::pair<QString, QString>> items(const QUrlQuery &query)
{
    QList<std::pair<QString, QString>> list;
    const auto raw = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : raw)
        list.append({k, v});
    return list;
}

bool waitLoaded(RecordTableModel &model)
{
    QSignalSpy loaded(&model, &RecordTableModel::loaded);
    QSignalSpy failed(&model, &RecordTableModel::failed);
    return QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 30000) &&
           loaded.count() == 1;
}

} // namespace

class TestZidService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedExampleVerbatim()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        // The seed's own request: /users?limit=100&offset=0&loginname=bbb@bbc.com
        ApiJob *job = client->send(ApiRequest::get(
            Product::Zid, {u"users"_s},
            {{u"limit"_s, u"100"_s}, {u"offset"_s, u"0"_s}, {u"loginname"_s, u"bbb@bbc.com"_s}}));
        QVERIFY(waitForJob(job));
        const QJsonObject answer = job->json().object();
        QCOMPARE(answer.value("pageOffset"_L1).toInt(), 0);
        QCOMPARE(answer.value("pageSize"_L1).toInt(), 100);
        QCOMPARE(answer.value("results_total"_L1).toInt(), 1);
        QVERIFY(!answer.contains("next_link"_L1));
        QVERIFY(!answer.contains("prev_link"_L1));
        QCOMPARE(answer.value("records"_L1).toArray(), QJsonArray{zc::test::seedUserRecord()});
    }

    void filtersSentAsTheApiNamesThem()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService service(client.get());
        UserModel model(&service);
        ZidUserFilter filter;
        filter.loginLike = u"SMITH"_s;
        filter.displayNameLike = u"smith"_s;
        filter.emailLike = u"smith"_s;
        model.setFilter(filter);
        model.loadAll();
        QVERIFY(waitLoaded(model));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.record(row).value("loginName"_L1).toString().contains(u"smith"_s));
        const auto query = items(requestsTo(sim, u"/users"_s).last().query);
        QVERIFY(query.contains(std::pair{u"loginname[like]"_s, u"SMITH"_s}));
        QVERIFY(query.contains(std::pair{u"displayname[like]"_s, u"smith"_s}));
        QVERIFY(query.contains(std::pair{u"primaryemail[like]"_s, u"smith"_s}));
        QVERIFY(query.contains(std::pair{u"limit"_s, u"1000"_s})); // the maximum page size

        filter = {};
        filter.login = u"BBB@BBC.COM"_s;
        model.setFilter(filter);
        model.loadAll();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.record(0), zc::test::seedUserRecord());
        QVERIFY(items(requestsTo(sim, u"/users"_s).last().query)
                    .contains(std::pair{u"loginname"_s, u"BBB@BBC.COM"_s}));
    }

    void loadMoreFollowsNextLinkThenLoadAll()
    {
        SimFixture sim(withUsers(250));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService service(client.get());
        UserModel model(&service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadFirstPage(100);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canLoadMore());
        QCOMPARE(model.totalCount(), 250);

        // next_link is absolute, on the host the request named; only its query is reused.
        ApiJob *probe = client->send(ApiRequest::get(
            Product::Zid, {u"users"_s}, {{u"limit"_s, u"100"_s}, {u"offset"_s, u"0"_s}}));
        QVERIFY(waitForJob(probe));
        const QUrl next(probe->json().object().value("next_link"_L1).toString());
        QCOMPARE(next.scheme(), u"http"_s);
        QCOMPARE(next.port(), int(sim.server().port()));
        QCOMPARE(next.path(), u"/ziam/admin/api/v1/users"_s);

        QSignalSpy progress(&model, &RecordTableModel::progress);
        model.loadMore();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(progress.last().at(0).toInt(), 2);
        QCOMPARE(progress.last().at(1).toInt(), 3); // page 2 of 3
        const auto second = requestsTo(sim, u"/users"_s).last();
        QCOMPARE(items(second.query), items(QUrlQuery(next.query())));
        model.loadMore();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canLoadMore());
        model.loadMore(); // nothing more: no request
        QTest::qWait(50);
        const qsizetype before = requestsTo(sim, u"/users"_s).size();
        QCOMPARE(before, 4);

        model.loadAll(); // one request at limit 1000
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(requestsTo(sim, u"/users"_s).size(), before + 1);
        QCOMPARE(model.record(0).value("id"_L1).toString(), u"ihv1284ang34c"_s);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.data(model.index(row, 0), RecordTableModel::RecordIdRole).toString());
        QCOMPARE(ids.size(), 250);
    }

    // 2,500 users into an empty table: three pages, three insertions, no reset of 2,500 rows.
    void loadAllShowsAnEmptyTablePageByPage()
    {
        SimFixture sim(withUsers(2500));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService service(client.get());
        UserModel model(&service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.loadAll();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 2500);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.totalCount(), 2500);
        QVERIFY(!model.canLoadMore());
    }

    void nextLinkHostIsIgnored()
    {
        // The gateway's link names a host the client must not call: only the query counts.
        const QJsonObject answer{
            {u"results_total"_s, 3},
            {u"records"_s, QJsonArray{QJsonObject{{u"id"_s, u"a"_s}}}},
            {u"next_link"_s,
             u"https://internal-gw.zscaler.example:8443/ziam/admin/api/v1/users?limit=1&offset=1&loginname%5Blike%5D=x"_s}};
        const paging::Page page = paging::parse(
            PageStyle::Zid, QJsonDocument(answer), 1,
            {{u"limit"_s, u"1"_s}, {u"offset"_s, u"0"_s}, {u"loginname[like]"_s, u"x"_s}});
        QVERIFY(!page.last);
        QCOMPARE(page.nextQuery,
                 (QList<std::pair<QString, QString>>{
                     {u"limit"_s, u"1"_s}, {u"offset"_s, u"1"_s}, {u"loginname[like]"_s, u"x"_s}}));
    }

    // Issue 12, finding 5: a query value holding '&', '=', '+', ' ' and '%' reaches page 2 and
    // 3 exactly as page 1: the simulator's next_link carries it encoded (AT%26T...), and the
    // pager decodes that link once. (The simulator ignores this parameter, as the gateway
    // ignores unknown ones, so that every page has records.)
    void nextLinkKeepsEncodedValues()
    {
        SimFixture sim(withUsers(250));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        const QString value = u"AT&T=1+2 %"_s;
        const ApiRequest request = ApiRequest::get(Product::Zid, {u"users"_s}, {{u"tag"_s, value}});

        ApiJob *probe = client->send(
            ApiRequest::get(Product::Zid, {u"users"_s},
                            {{u"tag"_s, value}, {u"limit"_s, u"100"_s}, {u"offset"_s, u"0"_s}}));
        QVERIFY(waitForJob(probe));
        const QString link = probe->json().object().value("next_link"_L1).toString();
        QVERIFY2(link.contains(u"tag=AT%26T%3D1%2B2%20%25"_s), qPrintable(link));

        PagedFetch fetch(client.get(), request, PageStyle::Zid, 100);
        fetch.setAutoDelete(false); // on the stack
        fetch.start();
        QVERIFY(waitForJob(&fetch, 30000));
        QVERIFY2(!fetch.error(), qPrintable(fetch.error().message()));
        QCOMPARE(fetch.records().size(), 250);
        const auto pages = requestsTo(sim, u"/users"_s);
        QCOMPARE(pages.size(), 4); // the probe, then three pages
        for (const auto &page : pages) {
            QCOMPARE(page.query.queryItemValue(u"tag"_s, QUrl::FullyDecoded), value);
            QVERIFY(page.query.query(QUrl::FullyEncoded).contains(u"tag=AT%26T%3D1%2B2%20%25"_s));
        }
    }

    void emptyTenant()
    {
        SimFixture sim(withUsers(0, 0));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService service(client.get());
        UserModel users(&service);
        users.loadAll();
        QVERIFY(waitLoaded(users));
        QCOMPARE(users.rowCount(), 0);
        QVERIFY(!users.canLoadMore());
        users.loadFirstPage();
        QVERIFY(waitLoaded(users));
        QCOMPARE(users.rowCount(), 0);
        QVERIFY(!users.canLoadMore());
        GroupModel groups(&service);
        groups.loadAll();
        QVERIFY(waitLoaded(groups));
        QCOMPARE(groups.rowCount(), 0);
        QCOMPARE(requestsTo(sim, u"/users"_s).size(), 2);
    }

    void exactlyOnePage()
    {
        SimFixture sim(withUsers(1000));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService service(client.get());
        UserModel model(&service);
        model.loadAll();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(requestsTo(sim, u"/users"_s).size(), 1); // no next_link on the last page
        QCOMPARE(model.pagesLoaded(), 1);
    }

    void shortLastPage()
    {
        SimFixture sim(withUsers(1001));
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService service(client.get());
        UserModel model(&service);
        QSignalSpy progress(&model, &RecordTableModel::progress);
        model.loadAll();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1001);
        const auto requests = requestsTo(sim, u"/users"_s);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(1).query.queryItemValue(u"offset"_s), u"1000"_s);
        QCOMPARE(progress.count(), 2);
        QCOMPARE(progress.at(0).at(1).toInt(), 2); // page 1 of 2
        QCOMPARE(model.totalCount(), 1001);
    }

    void groupsAndMembers()
    {
        SimFixture sim(withUsers(300, 12));
        QVERIFY(sim.start());
        const sim::TenantData &tenant = sim.server().tenantData();
        auto client = sim.makeClient();
        ZidService service(client.get());
        GroupModel groups(&service);
        QAbstractItemModelTester groupTester(
            &groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.loadAll();
        QVERIFY(waitLoaded(groups));
        QCOMPARE(groups.rowCount(), 12);
        QCOMPARE(groups.data(groups.index(0, 0)).toString(), tenant.groups.at(0).name);

        GroupMemberModel members(&service);
        QAbstractItemModelTester memberTester(
            &members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString groupId = groups.record(0).value("id"_L1).toString();
        members.setGroupId(groupId);
        members.loadFirstPage(10);
        QVERIFY(waitLoaded(members));
        QCOMPARE(members.totalCount(), tenant.usersOfGroup(groupId).size());
        members.loadAll();
        QVERIFY(waitLoaded(members));
        QCOMPARE(members.rowCount(), tenant.usersOfGroup(groupId).size());
        for (int row = 0; row < members.rowCount(); ++row)
            QVERIFY(tenant.userById(members.record(row).value("id"_L1).toString())
                        ->groupIds.contains(groupId));
        QVERIFY(requestsTo(sim, u"/groups/"_s + groupId + u"/users"_s).size() >= 2);

        // An unknown group fails and leaves the rows.
        const int rows = members.rowCount();
        members.setGroupId(u"nosuchgroup00"_s);
        QSignalSpy failed(&members, &RecordTableModel::failed);
        members.loadAll();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
        QCOMPARE(members.rowCount(), rows);

        ApiJob *one = service.group(groupId);
        QVERIFY(waitForJob(one));
        QCOMPARE(one->json().object().value("name"_L1).toString(), tenant.groups.at(0).name);
        ApiJob *user = service.user(u"ihv1284ang34c"_s);
        QVERIFY(waitForJob(user));
        QCOMPARE(user->json().object(), zc::test::seedUserRecord());
    }

    void userModelColumns()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        auto client = sim.makeClient();
        ZidService service(client.get());
        UserModel model(&service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadFirstPage();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.columnCount(), 7);
        const QStringList expected{u"bbb@bbc.com"_s, u"ad"_s, u"bbb@bbc.com"_s, QString(),
                                   u"Active"_s,      u"UI"_s, u"okta"_s};
        for (int column = 0; column < 7; ++column)
            QCOMPARE(model.data(model.index(0, column)).toString(), expected.at(column));
        QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), u"Identity provider"_s);
        QCOMPARE(model.data(model.index(0, 0), RecordTableModel::RawJsonRole).toJsonObject(),
                 zc::test::seedUserRecord());
    }

    void notEntitled()
    {
        SimFixture sim;
        QVERIFY(sim.start());
        sim.server().addClient({u"zia-only"_s, sim.clientSecret(), {}, {Product::Zia}, 3600});
        auto client = sim.makeClient(sim.settings(u"zia-only"_s), sim.secretCredentials());
        ZidService service(client.get());
        UserModel model(&service);
        QSignalSpy failed(&model, &RecordTableModel::failed);
        model.loadAll();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Forbidden);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZidService)
#include "tst_zidservice.moc"
