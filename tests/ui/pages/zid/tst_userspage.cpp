// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The Users page (ZIdentity) offscreen against the simulator: the first page, search by login,
// name or e-mail (the filter sent), "Load more", "Load all" up to results_total, the seed's
// user bbb@bbc.com with its identity provider okta, and group membership in the detail pane
// computed from the groups' member lists (with Cancel and Find groups). ZIdentity allows 10
// requests a second: 2,500 users (3 pages of 1,000) and 6 groups keep the counts low.
#include "TenantData.h"
#include "ViewFixture.h"
#include "common/Translations.h"
#include "dialogs/DialogSeams.h"
#include "pages/zid/UserGroupsPanel.h"
#include "pages/zid/UsersPage.h"
#include "widgets/BusyBar.h"
#include "widgets/DetailPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zid/GroupMembershipIndex.h"
#include "zid/ZidListModels.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::saveScreenshot;
using zc::test::ViewFixture;

namespace {

constexpr int kUsers = 2500;
constexpr int kGroups = 6;
constexpr auto kSeedLogin = "bbb@bbc.com";
constexpr auto kSeedId = "ihv1284ang34c";

sim::SimOptions options()
{
    sim::SimOptions o;
    o.sizes.users = kUsers;
    o.sizes.zidGroups = kGroups;
    o.sizes.devices = 0;
    o.sizes.zpaSegments = 0;
    return o;
}

QList<sim::RecordedRequest> requestsTo(ViewFixture &fixture, const QString &suffix)
{
    QList<sim::RecordedRequest> found;
    const auto all = fixture.server().recordedRequests();
    for (const auto &r : all) {
        if (r.path.startsWith(u"/ziam/admin/api/v1/"_s) && r.path.endsWith(suffix))
            found.append(r);
    }
    return found;
}

// A query item as the server decoded it ("loginname[like]" arrives percent-encoded).
QString item(const sim::RecordedRequest &request, const QString &key)
{
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : items) {
        if (k == key)
            return v;
    }
    return {};
}

bool has(const sim::RecordedRequest &request, const QString &key)
{
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    return std::any_of(items.begin(), items.end(), [&](const auto &kv) { return kv.first == key; });
}

bool waitForLoad(UsersPage &page, int timeoutMs = 30000)
{
    QSignalSpy loaded(page.userModel(), &RecordTableModel::loaded);
    QSignalSpy failed(page.userModel(), &RecordTableModel::failed);
    return QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, timeoutMs) &&
           loaded.count() == 1;
}

QString cell(UserModel *model, int row, const QString &key)
{
    return model->index(row, model->columnIndex(key)).data().toString();
}

int rowOfLogin(UserModel *model, const QString &login)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->record(row).value("loginName"_L1).toString() == login)
            return row;
    }
    return -1;
}

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ViewFixture> m_fixture;
    std::unique_ptr<UsersPage> m_page;

    // The names of the groups the simulator says the user belongs to, sorted.
    QStringList expectedGroups(const QString &userId)
    {
        const sim::TenantData &tenant = m_fixture->server().tenantData();
        QStringList names;
        for (const sim::SimUser &user : tenant.users) {
            if (user.id != userId)
                continue;
            for (const sim::SimGroup &group : tenant.groups) {
                if (user.groupIds.contains(group.id))
                    names.append(group.name);
            }
        }
        names.sort(Qt::CaseInsensitive);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the user reads them: "1 row", "2 rows".
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
        m_fixture = std::make_unique<ViewFixture>(options());
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
        m_page = std::make_unique<UsersPage>(&m_fixture->session());
        // Only a search shows a user: no group membership is read before the tests ask.
        m_page->groupsPanel()->setAutoStart(false);
        m_page->resize(1280, 760);
        QVERIFY(!m_page->hasLoaded());
        m_page->show(); // the first show loads the first page
        QVERIFY(m_page->userModel()->isLoading());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QVERIFY(waitForLoad(*m_page));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void loadsFirstPage()
    {
        UserModel *users = m_page->userModel();
        QCOMPARE(users->rowCount(), 100);
        QCOMPARE(users->totalCount(), kUsers);
        QCOMPARE(m_page->loadedLabel()->text(), u"100 of 2,500 users loaded"_s);
        QVERIFY(m_page->loadMoreButton()->isEnabled());
        QVERIFY(m_page->loadAllButton()->isEnabled());
        QVERIFY(m_page->errorBanner()->isHidden());

        const auto requests = requestsTo(*m_fixture, u"/users"_s);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(item(requests.first(), u"limit"_s), u"100"_s);
        QCOMPARE(item(requests.first(), u"offset"_s), u"0"_s);

        // The seed's user, with its identity provider.
        const int row = rowOfLogin(users, QString::fromLatin1(kSeedLogin));
        QVERIFY(row >= 0);
        QCOMPARE(cell(users, row, u"idp"_s), u"okta"_s);
        QCOMPARE(cell(users, row, u"displayName"_s), u"ad"_s);
        QCOMPARE(cell(users, row, u"primaryEmail"_s), u"bbb@bbc.com"_s);
        QCOMPARE(cell(users, row, u"status"_s), u"Active"_s);
        QCOMPARE(cell(users, row, u"source"_s), u"UI"_s);
        const QStringList keys = m_page->table()->visibleColumnKeys();
        for (const char *key :
             {"loginName", "displayName", "primaryEmail", "department", "status", "source", "idp"})
            QVERIFY2(keys.contains(QLatin1StringView(key)), key);
        QTest::qWait(100); // let pending layouts settle before the grab
        QVERIFY(!saveScreenshot(m_page.get(), u"users-loaded"_s).isEmpty());
    }

    void searchesByLoginNameOrEmail()
    {
        m_fixture->server().clearRecordedRequests();
        // Typed: "Login contains" is the default choice; Enter searches at once.
        QCOMPARE(m_page->searchFieldBox()->currentText(), u"Login contains"_s);
        m_page->searchEdit()->setFocus();
        QTest::keyClicks(m_page->searchEdit(), u"bbb"_s);
        QSignalSpy loaded(m_page->userModel(), &RecordTableModel::loaded);
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(loaded.count(), 1);
        auto requests = requestsTo(*m_fixture, u"/users"_s);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(item(requests.first(), u"loginname[like]"_s), u"bbb"_s);
        QVERIFY(!has(requests.first(), u"displayname[like]"_s));
        UserModel *users = m_page->userModel();
        QCOMPARE(users->rowCount(), 1);
        QCOMPARE(cell(users, 0, u"loginName"_s), u"bbb@bbc.com"_s);
        QCOMPARE(cell(users, 0, u"idp"_s), u"okta"_s);
        QCOMPARE(m_page->loadedLabel()->text(), u"1 user"_s);
        QVERIFY(!m_page->loadMoreButton()->isEnabled());

        // The exact login.
        m_page->search(UsersPage::SearchField::LoginIs, QString::fromLatin1(kSeedLogin));
        QVERIFY(waitForLoad(*m_page));
        requests = requestsTo(*m_fixture, u"/users"_s);
        QCOMPARE(item(requests.last(), u"loginname"_s), u"bbb@bbc.com"_s);
        QCOMPARE(users->rowCount(), 1);

        // The display name and the e-mail, each under its own filter.
        m_page->search(UsersPage::SearchField::NameContains, u"ad"_s);
        QVERIFY(waitForLoad(*m_page));
        requests = requestsTo(*m_fixture, u"/users"_s);
        QCOMPARE(item(requests.last(), u"displayname[like]"_s), u"ad"_s);
        QVERIFY(rowOfLogin(users, QString::fromLatin1(kSeedLogin)) >= 0);
        for (int row = 0; row < users->rowCount(); ++row)
            QVERIFY(cell(users, row, u"displayName"_s).contains(u"ad"_s, Qt::CaseInsensitive));

        m_page->search(UsersPage::SearchField::EmailContains, u"bbc.com"_s);
        QVERIFY(waitForLoad(*m_page));
        requests = requestsTo(*m_fixture, u"/users"_s);
        QCOMPARE(item(requests.last(), u"primaryemail[like]"_s), u"bbc.com"_s);
        QCOMPARE(users->rowCount(), 1);

        // Nobody: the empty state says which search found nothing.
        m_page->search(UsersPage::SearchField::LoginContains, u"zz-nobody"_s);
        QVERIFY(waitForLoad(*m_page));
        QCOMPARE(users->rowCount(), 0);
        QVERIFY2(m_page->table()->emptyStateText().startsWith(
                     u"No user's login contains “zz-nobody”."_s),
                 qPrintable(m_page->table()->emptyStateText()));
    }

    void loadMoreAppendsAPage()
    {
        m_page->search(UsersPage::SearchField::LoginContains, {});
        QVERIFY(waitForLoad(*m_page));
        UserModel *users = m_page->userModel();
        QCOMPARE(users->rowCount(), 100);
        const QJsonArray firstPage = users->records();
        m_fixture->server().clearRecordedRequests();

        QTest::mouseClick(m_page->loadMoreButton(), Qt::LeftButton);
        QVERIFY(waitForLoad(*m_page));
        QCOMPARE(users->rowCount(), 200);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(users->record(i), firstPage.at(i).toObject());
        const auto requests = requestsTo(*m_fixture, u"/users"_s);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(item(requests.first(), u"offset"_s), u"100"_s);
        QCOMPARE(item(requests.first(), u"limit"_s), u"100"_s);
        QCOMPARE(m_page->loadedLabel()->text(), u"200 of 2,500 users loaded"_s);
    }

    void loadAllReachesTheTotal()
    {
        m_fixture->server().clearRecordedRequests();
        QStringList progress;
        QObject context; // disconnects when the test returns
        connect(m_page->userModel(), &RecordTableModel::progress, &context,
                [&] { progress.append(m_page->busyBar()->text()); });
        QTest::mouseClick(m_page->loadAllButton(), Qt::LeftButton);
        QVERIFY(m_page->busyBar()->isBusy());
        QVERIFY(waitForLoad(*m_page));
        UserModel *users = m_page->userModel();
        QCOMPARE(users->rowCount(), kUsers);
        QCOMPARE(users->totalCount(), kUsers);
        QCOMPARE(m_page->loadedLabel()->text(), u"2,500 users"_s);
        QVERIFY(!m_page->loadMoreButton()->isEnabled());
        QVERIFY(!m_page->loadAllButton()->isEnabled());
        QVERIFY(!m_page->busyBar()->isBusy());
        QVERIFY2(progress.contains(u"Loading page 2 of 3…"_s), qPrintable(progress.join(u'|')));
        const auto requests = requestsTo(*m_fixture, u"/users"_s);
        QCOMPARE(requests.size(), 3);
        for (const auto &r : requests)
            QCOMPARE(item(r, u"limit"_s), u"1000"_s);
        QCOMPARE(m_page->table()->countLabel()->text(), u"2,500 rows"_s);

        // Filter and export the loaded users.
        m_page->table()->setFilterText(u"okta bbb"_s);
        QCOMPARE(m_page->table()->visibleRowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"users.json"_s);
        QVERIFY(m_page->table()->exportJson(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().toObject().value("idp"_L1).toObject().value("name"_L1), u"okta"_s);
        m_page->table()->clearFilter();
    }

    void detailShowsGroupMembership()
    {
        m_fixture->server().clearRecordedRequests();
        UserGroupsPanel *panel = m_page->groupsPanel();
        panel->setAutoStart(true);
        QVERIFY(m_page->table()->setCurrentRecordId(QString::fromLatin1(kSeedId)));
        DetailPane *detail = m_page->detailPane();
        QCOMPARE(detail->fieldText(u"Login"_s), u"bbb@bbc.com"_s);
        QCOMPARE(detail->fieldText(u"Identity provider"_s), u"okta"_s);
        QCOMPARE(detail->fieldText(u"Status"_s), u"Active"_s);

        // Selecting a user reads the membership once, with progress.
        GroupMembershipIndex *index = m_page->membershipIndex();
        QVERIFY(index->isRunning());
        QVERIFY(panel->busyBar()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(index->isReady(), 20000);
        QVERIFY(!panel->busyBar()->isBusy());
        const QStringList expected = expectedGroups(QString::fromLatin1(kSeedId));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(panel->groupNames(), expected);
        QCOMPARE(panel->statusText(), expected.size() == 1
                                          ? u"Member of 1 group."_s
                                          : u"Member of %1 groups."_s.arg(expected.size()));
        QVERIFY(!panel->findButton()->isVisible());
        // One request for the groups, one per group for its members.
        QCOMPARE(requestsTo(*m_fixture, u"/groups"_s).size(), 1);
        QCOMPARE(requestsTo(*m_fixture, u"/users"_s).size(), kGroups);
        QTest::qWait(100); // let pending layouts settle before the grab
        QVERIFY(!saveScreenshot(m_page.get(), u"users-detail"_s).isEmpty());

        // Another user: answered from the index, no request.
        const int before = int(m_fixture->server().recordedRequests().size());
        const QJsonObject other = m_page->userModel()->record(7);
        QVERIFY(m_page->table()->setCurrentRecordId(recordId(other)));
        QCOMPARE(panel->groupNames(), expectedGroups(recordId(other)));
        QCOMPARE(int(m_fixture->server().recordedRequests().size()), before);
    }

    void cancelledMembershipCanBeReadAgain()
    {
        UserGroupsPanel *panel = m_page->groupsPanel();
        GroupMembershipIndex *index = m_page->membershipIndex();
        sim::SimFault slow;
        slow.kind = sim::SimFault::Kind::Delay;
        slow.delayMs = 3000;
        slow.product = Product::Zid;
        slow.count = 1;

        // F5 drops the index and reloads (automatic reading is off here); Find groups reads it
        // again, slowly, and Cancel stops it.
        panel->setAutoStart(false);
        m_page->refresh();
        QVERIFY(waitForLoad(*m_page));
        QVERIFY(!index->isReady());
        QVERIFY(m_page->table()->setCurrentRecordId(QString::fromLatin1(kSeedId)));
        QVERIFY(panel->groupNames().isEmpty());
        QVERIFY(panel->findButton()->isVisible());
        m_fixture->server().injectFault(slow);
        QTest::mouseClick(panel->findButton(), Qt::LeftButton);
        QVERIFY(index->isRunning());
        QTRY_VERIFY(panel->busyBar()->isBusy());
        QTest::mouseClick(panel->busyBar()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!index->isRunning());
        QVERIFY(!index->isReady());
        QVERIFY(panel->findButton()->isVisible());
        QVERIFY(panel->statusText().contains(u"cancelled"_s));
        m_fixture->server().clearFaults();
        panel->setAutoStart(true);

        // Selecting again does not start it by itself; Find groups does.
        QVERIFY(m_page->table()->setCurrentRecordId(recordId(m_page->userModel()->record(3))));
        QVERIFY(!index->isRunning());
        QVERIFY(m_page->table()->setCurrentRecordId(QString::fromLatin1(kSeedId)));
        QTest::mouseClick(panel->findButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(index->isReady(), 20000);
        QCOMPARE(panel->groupNames(), expectedGroups(QString::fromLatin1(kSeedId)));
    }

    void f5ReloadsAndCancelKeepsRows()
    {
        m_page->groupsPanel()->setAutoStart(false);
        m_fixture->server().clearRecordedRequests();
        m_page->refresh();
        QVERIFY(waitForLoad(*m_page));
        QCOMPARE(requestsTo(*m_fixture, u"/users"_s).size(), 1);
        QCOMPARE(m_page->userModel()->rowCount(), 100);

        sim::SimFault slow;
        slow.kind = sim::SimFault::Kind::Delay;
        slow.delayMs = 3000;
        slow.product = Product::Zid;
        m_fixture->server().injectFault(slow);
        m_page->loadAll();
        QTRY_VERIFY(m_page->busyBar()->isBusy());
        QTest::mouseClick(m_page->busyBar()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_page->userModel()->isLoading());
        QCOMPARE(m_page->userModel()->rowCount(), 100);
        QCOMPARE(m_page->errorBanner()->severity(), ErrorBanner::Severity::Info);
        QVERIFY(m_page->errorBanner()->isVisible());
        QVERIFY(m_page->loadMoreButton()->isEnabled());
        m_fixture->server().clearFaults();
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
