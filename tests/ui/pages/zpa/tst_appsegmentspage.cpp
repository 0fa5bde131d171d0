// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The App segments page (ZPA) offscreen against the simulator: every page of 1,201 segments,
// filter, numeric port sort, the detail pane (server groups, decoded description), find by
// domain with wildcards, the microtenant switch (microtenantId sent, rows changed), export to
// CSV and JSON, a cancelled switch that keeps the rows, and the profile's default microtenant.
// ZPA allows 20 GETs per 10 s: one shared page, a handful of requests per test.
#include "ScriptedDialogSeams.h"
#include "ViewFixture.h"
#include "common/Translations.h"
#include "pages/zpa/AppSegmentsPage.h"
#include "pages/zpa/DomainFilterModel.h"
#include "pages/zpa/ServerGroupTable.h"
#include "widgets/BusyBar.h"
#include "widgets/DetailPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zpa/AppSegmentModel.h"
#include "zpa/MicrotenantModel.h"
#include "zpa/ZpaFormat.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::saveScreenshot;
using zc::test::ViewFixture;

namespace {

constexpr int kSegments = 1201; // 3 pages of 500

sim::SimOptions options()
{
    sim::SimOptions o;
    o.sizes.zpaSegments = kSegments;
    o.sizes.zpaMicrotenants = 3;
    o.sizes.users = 10;
    o.sizes.devices = 0;
    return o;
}

QList<sim::RecordedRequest> segmentRequests(ViewFixture &fixture)
{
    QList<sim::RecordedRequest> found;
    const auto all = fixture.server().recordedRequests();
    for (const auto &r : all) {
        if (r.path.startsWith(u"/zpa/mgmtconfig/v1/admin/customers/"_s) &&
            r.path.endsWith(u"/application"_s))
            found.append(r);
    }
    return found;
}

QJsonObject recordAt(const QModelIndex &index)
{
    return index.data(RecordTableModel::RawJsonRole).toJsonObject();
}

QStringList visibleNames(RecordTableView *table)
{
    QStringList names;
    for (const QModelIndex &index : table->visibleRows())
        names.append(recordAt(index).value("name"_L1).toString());
    return names;
}

// Waits until the segment model finished one load (loaded or failed).
bool waitForLoad(AppSegmentsPage &page, int timeoutMs = 30000)
{
    QSignalSpy loaded(page.segmentModel(), &RecordTableModel::loaded);
    QSignalSpy failed(page.segmentModel(), &RecordTableModel::failed);
    return QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, timeoutMs) &&
           loaded.count() == 1;
}

} // namespace

class TestAppSegmentsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ViewFixture> m_fixture;
    std::unique_ptr<AppSegmentsPage> m_page;
    QStringList m_progressTexts;

    int column(const QString &key) const { return m_page->segmentModel()->columnIndex(key); }

    bool selectByName(const QString &name)
    {
        for (const QModelIndex &index : m_page->table()->visibleRows()) {
            if (recordAt(index).value("name"_L1).toString() == name) {
                m_page->table()->view()->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the user reads them: "1 row", "2 rows".
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
        m_fixture = std::make_unique<ViewFixture>(options());
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
        m_page = std::make_unique<AppSegmentsPage>(&m_fixture->session());
        connect(m_page->segmentModel(), &RecordTableModel::progress, this,
                [this] { m_progressTexts.append(m_page->busyBar()->text()); });
        m_page->resize(1280, 760);
        QVERIFY(!m_page->hasLoaded());
        m_page->show(); // the first show loads
        QVERIFY(m_page->segmentModel()->isLoading());
        QVERIFY(m_page->busyBar()->isBusy());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QVERIFY(waitForLoad(*m_page));
        QVERIFY(QTest::qWaitFor([&] { return m_page->microtenantModel()->rowCount() == 5; }));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void loadsEveryPage()
    {
        QVERIFY(m_page->hasLoaded());
        QCOMPARE(m_page->segmentModel()->rowCount(), kSegments);
        QCOMPARE(m_page->table()->visibleRowCount(), kSegments);
        QCOMPARE(m_page->table()->countLabel()->text(), u"1,201 rows"_s);
        QVERIFY(!m_page->busyBar()->isBusy());
        QVERIFY(m_page->errorBanner()->isHidden());

        // Three pages of 500, every microtenant (the profile names none).
        const auto requests = segmentRequests(*m_fixture);
        QCOMPARE(requests.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(requests.at(i).query.queryItemValue(u"page"_s), QString::number(i + 1));
            QCOMPARE(requests.at(i).query.queryItemValue(u"pagesize"_s), u"500"_s);
            QVERIFY(!requests.at(i).query.hasQueryItem(u"microtenantId"_s));
        }
        QVERIFY2(m_progressTexts.contains(u"Loading page 2 of 3…"_s),
                 qPrintable(m_progressTexts.join(u" | "_s)));

        // The selector: All (chosen), Default, then the three microtenants.
        QComboBox *box = m_page->microtenantBox();
        QCOMPARE(box->count(), 5);
        QCOMPARE(box->currentIndex(), MicrotenantModel::kAllRow);
        QCOMPARE(box->itemText(0), u"All"_s);
        QCOMPARE(box->itemText(1), u"Default"_s);
        QCOMPARE(box->itemText(2), u"Finance"_s);

        // The columns the issue names, shown with the API's data.
        const QStringList keys = m_page->table()->visibleColumnKeys();
        for (const char *key : {"name", "domains", "tcpPorts", "udpPorts", "enabled",
                                "segmentGroup", "serverGroups", "microtenant"})
            QVERIFY2(keys.contains(QLatin1StringView(key)), key);
        QTest::qWait(100); // let pending layouts settle before the grab
        QVERIFY(!saveScreenshot(m_page.get(), u"app-segments-loaded"_s).isEmpty());
    }

    void filtersAsYouType()
    {
        RecordTableView *table = m_page->table();
        QTest::keyClicks(table->filterEdit(), u"test-wildcard"_s);
        QCOMPARE(table->visibleRowCount(), 1);
        QCOMPARE(visibleNames(table), QStringList{u"test-wildcard"_s});
        QCOMPARE(table->countLabel()->text(), u"1 of 1,201 rows"_s);

        table->setFilterText(u"no-such-segment-anywhere"_s);
        QCOMPARE(table->visibleRowCount(), 0);
        QVERIFY(table->emptyStateText().contains(u"no-such-segment-anywhere"_s));
        table->clearFilter();
        QCOMPARE(table->visibleRowCount(), kSegments);
    }

    void columnLayoutPersists()
    {
        RecordTableView *table = m_page->table();
        QCOMPARE(table->settingsKey(), u"app-segments"_s);
        table->setColumnVisible(u"modified"_s, false);
        table->saveLayout();
        {
            // Another page (not shown, so it loads nothing) finds the saved layout.
            AppSegmentsPage other(&m_fixture->session());
            QVERIFY(!other.table()->isColumnVisible(u"modified"_s));
            QVERIFY(other.table()->isColumnVisible(u"domains"_s));
        }
        table->setColumnVisible(u"modified"_s, true);
        table->saveLayout();
    }

    void sortsPortsNumerically()
    {
        RecordTableView *table = m_page->table();
        auto *view = qobject_cast<QTableView *>(table->view());
        QVERIFY(view);
        view->sortByColumn(column(u"tcpPorts"_s), Qt::AscendingOrder);

        QList<int> firsts;
        for (const QModelIndex &index : table->visibleRows())
            firsts.append(ZpaFormat::firstPort(recordAt(index), ZpaFormat::Protocol::Tcp));
        QCOMPARE(firsts.size(), kSegments);
        QVERIFY(std::is_sorted(firsts.begin(), firsts.end()));
        // Numbers, not text: 80 before 443 before 3389 before 8000 (text would say otherwise).
        for (int port : {80, 443, 3389, 8000})
            QVERIFY2(firsts.contains(port), qPrintable(QString::number(port)));
        QVERIFY(firsts.indexOf(80) < firsts.indexOf(443));
        QVERIFY(firsts.indexOf(443) < firsts.indexOf(3389));
        QVERIFY(firsts.indexOf(3389) < firsts.indexOf(8000));

        view->sortByColumn(column(u"tcpPorts"_s), Qt::DescendingOrder);
        const int top =
            ZpaFormat::firstPort(recordAt(table->visibleRows().first()), ZpaFormat::Protocol::Tcp);
        QCOMPARE(top, firsts.last());
        view->sortByColumn(column(u"name"_s), Qt::AscendingOrder);
    }

    void detailShowsServerGroupsAndDescription()
    {
        QVERIFY(selectByName(u"test-wildcard"_s));
        DetailPane *detail = m_page->detailPane();
        QCOMPARE(detail->record().value("name"_L1).toString(), u"test-wildcard"_s);
        // The seed's description is "&#x2a;&#x2e;example&#x2e;com": shown decoded, raw in JSON.
        QCOMPARE(detail->fieldText(u"Description"_s), u"*.example.com"_s);
        QCOMPARE(detail->fieldText(u"Domains"_s), u"*.example.com"_s);
        QCOMPARE(detail->fieldText(u"TCP ports"_s), u"443, 80"_s);
        QCOMPARE(detail->fieldText(u"Segment group"_s), u"ZPA"_s);
        QCOMPARE(detail->fieldText(u"Microtenant"_s), u"Default"_s);
        QVERIFY(detail->rawJsonText().contains(u"&#x2a;&#x2e;example&#x2e;com"_s));

        ServerGroupTable *groups = m_page->serverGroupTable();
        QVERIFY(groups->isVisible());
        QCOMPARE(groups->names(), QStringList{u"ZPA"_s});
        QCOMPARE(groups->heading()->text(), u"Server groups (1)"_s);
        QCOMPARE(groups->model()->index(0, 1).data().toString(), u"Yes"_s); // enabled
        QCOMPARE(groups->model()->index(0, 3).data().toString(), u"7207654021241"_s);
        QTest::qWait(100); // let pending layouts settle before the grab
        QVERIFY(!saveScreenshot(m_page.get(), u"app-segments-detail"_s).isEmpty());

        // A generated segment with two server groups lists both.
        for (const QModelIndex &index : m_page->table()->visibleRows()) {
            if (recordAt(index).value("serverGroups"_L1).toArray().size() == 2) {
                m_page->table()->view()->setCurrentIndex(index);
                break;
            }
        }
        QCOMPARE(groups->names().size(), 2);
    }

    void findsSegmentsByDomain()
    {
        RecordTableView *table = m_page->table();
        // Typed like a user: the table follows after a short pause.
        m_page->domainEdit()->setFocus();
        QTest::keyClicks(m_page->domainEdit(), u"docs.example.com"_s);
        QTRY_VERIFY(m_page->domainFilter()->isFinding());
        QStringList names = visibleNames(table);
        // The docs segment publishes it; the wildcard segment *.example.com covers it too.
        QVERIFY2(names.contains(u"docs.example.com"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(names.contains(u"test-wildcard"_s));
        QCOMPARE(names.size(), 2);
        QCOMPARE(m_page->domainStatusLabel()->text(), u"2 segments publish “docs.example.com”."_s);
        // The first match is selected and shown.
        QVERIFY(!table->currentRecord().isEmpty());
        QVERIFY(names.contains(table->currentRecord().value("name"_L1).toString()));
        QVERIFY(m_page->findChild<QAction *>(u"showAllSegmentsAction"_s)->isEnabled());

        // Only the wildcard covers a.example.com; a URL is reduced to its host.
        m_page->findDomain(u"https://A.Example.com:8443/path"_s);
        QCOMPARE(visibleNames(table), QStringList{u"test-wildcard"_s});
        QCOMPARE(m_page->domainStatusLabel()->text(), u"1 segment publishes “a.example.com”."_s);
        QCOMPARE(table->currentRecord().value("name"_L1).toString(), u"test-wildcard"_s);
        QCOMPARE(m_page->detailPane()->fieldText(u"Description"_s), u"*.example.com"_s);
        QTest::qWait(100); // let pending layouts settle before the grab
        QVERIFY(!saveScreenshot(m_page.get(), u"app-segments-find-by-domain"_s).isEmpty());

        // The wildcard entry itself, and the bare parent domain (not covered by *.example.com).
        m_page->findDomain(u"*.example.com"_s);
        QCOMPARE(visibleNames(table), QStringList{u"test-wildcard"_s});
        m_page->findDomain(u"example.com"_s);
        QCOMPARE(visibleNames(table), QStringList{u"example"_s});

        // Nothing publishes it: the empty state says so.
        m_page->findDomain(u"x.example.org"_s);
        QCOMPARE(table->visibleRowCount(), 0);
        QVERIFY2(table->emptyStateText().startsWith(u"No segment publishes “x.example.org”."_s),
                 qPrintable(table->emptyStateText()));
        QVERIFY(table->emptyStateLabel()->isVisible());

        // Esc in the field shows every segment again.
        m_page->domainEdit()->setFocus();
        QTest::keyClick(m_page->domainEdit(), Qt::Key_Escape);
        QCOMPARE(m_page->domainEdit()->text(), QString());
        QCOMPARE(table->visibleRowCount(), kSegments);
        QCOMPARE(m_page->domainStatusLabel()->text(), QString());
    }

    void exportsVisibleRows()
    {
        RecordTableView *table = m_page->table();
        m_page->findDomain(u"docs.example.com"_s);
        QCOMPARE(table->visibleRowCount(), 2);
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(u"segments.csv"_s);
        const QString jsonPath = dir.filePath(u"segments.json"_s);

        // Through the context menu's action and the file dialog seam.
        ScriptedDialogSeams seams;
        seams.saveFileNames << csvPath << jsonPath;
        QSignalSpy exported(table, &RecordTableView::exported);
        std::unique_ptr<QMenu> menu(table->createContextMenu());
        QVERIFY(menu->actions().contains(table->exportAction()));
        QVERIFY(menu->actions().contains(m_page->findChild<QAction *>(u"findByDomainAction"_s)));
        table->exportAction()->trigger();
        QVERIFY(table->exportVisibleRows());
        QCOMPARE(exported.count(), 2);

        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + the two visible rows
        QCOMPARE(lines.first(), table->visibleColumnKeys().join(u','));
        QVERIFY(lines.first().startsWith(u"name,domains,tcpPorts,udpPorts,enabled"_s));
        QVERIFY2(lines.at(1).contains(u"docs.example.com"_s) ||
                     lines.at(2).contains(u"docs.example.com"_s),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.join(u'\n').contains(u"54-65535"_s));

        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray records = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(records.size(), 2);
        for (const QJsonValue &value : records) {
            const QJsonObject o = value.toObject();
            // The API's own field names and values, not the column texts.
            QVERIFY(o.contains(u"domainNames"_s));
            QVERIFY(o.contains(u"segmentGroupName"_s));
            QVERIFY(o.contains(u"tcpPortRanges"_s));
            QVERIFY(o.value("serverGroups"_L1).isArray());
        }
        QStringList names;
        for (const QJsonValue &value : records)
            names.append(value.toObject().value("name"_L1).toString());
        names.sort();
        QCOMPARE(names, (QStringList{u"docs.example.com"_s, u"test-wildcard"_s}));
        m_page->findDomain({});
    }

    void switchesMicrotenant()
    {
        m_fixture->server().clearRecordedRequests();
        MicrotenantModel *tenants = m_page->microtenantModel();
        const int row = 2; // the first listed microtenant
        const QString id = tenants->microtenantIdAt(row);
        QVERIFY(!id.isEmpty() && id != "0"_L1);

        QComboBox *box = m_page->microtenantBox();
        box->setCurrentIndex(row);
        Q_EMIT box->activated(row); // as a user's choice
        QCOMPARE(m_page->microtenantId(), id);
        QVERIFY(waitForLoad(*m_page));

        const auto requests = segmentRequests(*m_fixture);
        QVERIFY(!requests.isEmpty());
        for (const auto &r : requests)
            QCOMPARE(r.query.queryItemValue(u"microtenantId"_s), id);
        const int rows = m_page->segmentModel()->rowCount();
        QVERIFY(rows > 0 && rows < kSegments);
        for (int i = 0; i < rows; ++i)
            QCOMPARE(m_page->segmentModel()->record(i).value("microtenantId"_L1).toString(), id);
        QCOMPARE(m_page->loadedMicrotenantId(), id);
        QCOMPARE(m_page->table()->countLabel()->text(), u"%1 rows"_s.arg(rows));
        const int microtenantColumn = column(u"microtenant"_s);
        QCOMPARE(m_page->segmentModel()->index(0, microtenantColumn).data().toString(),
                 u"Finance"_s);

        // The seed's segments are in Default: "docs.example.com" is not published here.
        m_page->findDomain(u"docs.example.com"_s);
        QCOMPARE(m_page->table()->visibleRowCount(), 0);
        QVERIFY2(m_page->table()->emptyStateText().contains(u"Choose All microtenants"_s),
                 qPrintable(m_page->table()->emptyStateText()));
        m_page->findDomain({});
    }

    void cancelKeepsPreviousRows()
    {
        const QString before = m_page->loadedMicrotenantId();
        const int rows = m_page->segmentModel()->rowCount();
        QVERIFY(!before.isEmpty());

        sim::SimFault slow;
        slow.kind = sim::SimFault::Kind::Delay;
        slow.delayMs = 4000;
        slow.product = Product::Zpa;
        slow.count = 1;
        m_fixture->server().injectFault(slow);

        m_page->setMicrotenantId(u"0"_s); // Default
        QCOMPARE(m_page->microtenantBox()->currentIndex(), MicrotenantModel::kDefaultRow);
        QTRY_VERIFY(m_page->busyBar()->isBusy());
        QVERIFY(m_page->busyBar()->cancelButton()->isVisible());
        QTest::mouseClick(m_page->busyBar()->cancelButton(), Qt::LeftButton);

        QTRY_VERIFY(!m_page->segmentModel()->isLoading());
        QVERIFY(!m_page->busyBar()->isBusy());
        QCOMPARE(m_page->segmentModel()->rowCount(), rows);
        QCOMPARE(m_page->loadedMicrotenantId(), before);
        // The selector names the microtenant whose rows are shown again.
        QCOMPARE(m_page->microtenantId(), before);
        QCOMPARE(m_page->microtenantBox()->currentIndex(),
                 m_page->microtenantModel()->rowOf(before));
        QVERIFY(m_page->errorBanner()->isVisible());
        QCOMPARE(m_page->errorBanner()->severity(), ErrorBanner::Severity::Info);
        QVERIFY(m_page->errorBanner()->message().contains(u"cancelled"_s));
        m_fixture->server().clearFaults();

        // Retry loads what was cancelled.
        m_page->errorBanner()->retryButton()->click();
        QCOMPARE(m_page->microtenantId(), u"0"_s);
        QVERIFY(waitForLoad(*m_page));
        QCOMPARE(m_page->loadedMicrotenantId(), u"0"_s);
        QVERIFY(m_page->errorBanner()->isHidden());
        for (int i = 0; i < m_page->segmentModel()->rowCount(); ++i)
            QCOMPARE(ZpaFormat::microtenantName(m_page->segmentModel()->record(i)), u"Default"_s);
    }

    void failedSwitchShowsErrorAndKeepsRows()
    {
        // ZPA refuses a microtenant it does not know (400): a red banner that says why (no
        // Retry: the same request cannot succeed), and the rows and the selector stay on what
        // is shown.
        const QString before = m_page->loadedMicrotenantId();
        const int rows = m_page->segmentModel()->rowCount();
        QSignalSpy failed(m_page->segmentModel(), &RecordTableModel::failed);
        m_page->setMicrotenantId(u"999"_s);
        QCOMPARE(m_page->microtenantBox()->currentIndex(), -1);
        QCOMPARE(m_page->microtenantBox()->placeholderText(), u"Microtenant 999"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(m_page->segmentModel()->rowCount(), rows);
        QCOMPARE(m_page->microtenantId(), before);
        QCOMPARE(m_page->microtenantBox()->currentIndex(),
                 m_page->microtenantModel()->rowOf(before));
        QVERIFY(m_page->errorBanner()->isVisible());
        QCOMPARE(m_page->errorBanner()->severity(), ErrorBanner::Severity::Error);
        QVERIFY(!m_page->errorBanner()->isRetryVisible());
        QVERIFY2(!m_page->errorBanner()->message().isEmpty(),
                 qPrintable(m_page->errorBanner()->message()));
        qInfo("%s", qPrintable(m_page->errorBanner()->message()));
    }

    void emptyMicrotenantSaysSo()
    {
        // Only the seed's five segments, all in Default: the microtenants hold none.
        sim::SimOptions small = options();
        small.sizes.zpaSegments = 5;
        small.sizes.zpaMicrotenants = 2;
        ViewFixture fixture(small);
        QVERIFY(fixture.start());
        AppSegmentsPage page(&fixture.session());
        page.resize(1100, 600);
        page.show();
        QVERIFY(waitForLoad(page));
        QCOMPARE(page.segmentModel()->rowCount(), 5);
        QTRY_COMPARE(page.microtenantModel()->rowCount(), 4);
        page.setMicrotenantId(page.microtenantModel()->microtenantIdAt(2));
        QVERIFY(waitForLoad(page));
        QCOMPARE(page.segmentModel()->rowCount(), 0);
        QVERIFY2(page.table()->emptyStateText().startsWith(
                     u"No application segments in this microtenant."_s),
                 qPrintable(page.table()->emptyStateText()));
        QVERIFY(page.table()->emptyStateLabel()->isVisible());
        QTest::qWait(100); // let pending layouts settle before the grab
        QVERIFY(!saveScreenshot(&page, u"app-segments-empty"_s).isEmpty());
    }

    void profileMicrotenantIsPreselectedAndF5Reloads()
    {
        // Another profile whose default microtenant is Default ("0"): the page starts over.
        ConnectionSettings settings = m_fixture->sim().settings();
        settings.zpaMicrotenantId = u"0"_s;
        m_fixture->server().clearRecordedRequests();
        QSignalSpy started(&m_fixture->session(), &Session::started);
        m_fixture->session().start(u"default-mt"_s, settings, m_fixture->sim().secretCredentials());
        QCOMPARE(started.count(), 1);
        QCOMPARE(m_page->microtenantId(), u"0"_s);
        QVERIFY(m_page->segmentModel()->isLoading()); // the page is shown: it loads at once
        QVERIFY(waitForLoad(*m_page));
        QTRY_COMPARE(m_page->microtenantBox()->currentIndex(), MicrotenantModel::kDefaultRow);
        QCOMPARE(m_page->microtenantBox()->currentText(), u"Default"_s);
        auto requests = segmentRequests(*m_fixture);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().query.queryItemValue(u"microtenantId"_s), u"0"_s);

        // F5.
        m_page->refresh();
        QVERIFY(waitForLoad(*m_page));
        requests = segmentRequests(*m_fixture);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.last().query.queryItemValue(u"microtenantId"_s), u"0"_s);

        // Signing out empties the page.
        m_fixture->session().end();
        QCOMPARE(m_page->segmentModel()->rowCount(), 0);
        QVERIFY(m_page->table()->emptyStateText().startsWith(u"Sign in"_s));
    }
};

QTEST_MAIN(TestAppSegmentsPage)
#include "tst_appsegmentspage.moc"
