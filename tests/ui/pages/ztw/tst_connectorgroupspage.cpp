// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The Connector groups page (ZTW) offscreen against the simulator: the seed's groups in a
// group -> VM -> instance tree, status icons, filter, sort, the networks in the detail pane,
// export, not-entitled and cancelled loads, and F5 in the main window. ZTW allows 2 GETs a
// second: every test makes only a few requests.
#include "MainWindow.h"
#include "ScriptedDialogSeams.h"
#include "ViewFixture.h"
#include "common/Translations.h"
#include "pages/ztw/ConnectorGroupsPage.h"
#include "pages/ztw/ConnectorStatusProxyModel.h"
#include "widgets/BusyBar.h"
#include "widgets/DetailPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "widgets/Tone.h"
#include "ztw/ConnectorGroupTreeModel.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::saveScreenshot;
using zc::test::ViewFixture;

namespace {

using Tree = ConnectorGroupTreeModel;

constexpr auto kGroup1 = "zs-cc-vpc-02de960b4c73a7275-us-west-2a";
constexpr auto kVm1 = "zs-cc-vpc-02de960b4c73a7275-us-west-2a-VM-B5bV5";
constexpr auto kInstance1 = "zs-cc-vpc-02de960b4c73a7275-us-west-2a-VM-B5bV5_INSTANCE_1_MnEgQ";
constexpr auto kGroup2 = "zs-cc-vpc-07c37249a25154547-us-east-2a";
constexpr auto kVm2 = "zs-cc-vpc-07c37249a25154547-us-east-2a-VM-0TbUx";
constexpr auto kInstance2 = "zs-cc-vpc-07c37249a25154547-us-east-2a-VM-0TbUx_INSTANCE_1_4emcc";

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

sim::SimOptions withGroups(int groups)
{
    sim::SimOptions options;
    options.sizes.ztwGroups = groups;
    return options;
}

QTreeView *treeOf(ConnectorGroupsPage &page)
{
    return qobject_cast<QTreeView *>(page.table()->view());
}

// The view's row (column 0) whose name is `name`, searched through the whole tree.
QModelIndex findRow(ConnectorGroupsPage &page, const QString &name)
{
    const QModelIndexList found =
        page.table()->proxyModel()->match(page.table()->proxyModel()->index(0, 0), Qt::DisplayRole,
                                          name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QString cell(const QModelIndex &row, int column)
{
    return row.siblingAtColumn(column).data().toString();
}

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model->rowCount(parent); ++r)
        names << model->index(r, 0, parent).data().toString();
    return names;
}

// A page shown at a readable size that has loaded once.
std::unique_ptr<ConnectorGroupsPage> loadedPage(ViewFixture &fixture)
{
    auto page = std::make_unique<ConnectorGroupsPage>(&fixture.session());
    page->resize(1280, 720);
    QSignalSpy loaded(page.get(), &ConnectorGroupsPage::loadFinished);
    page->show(); // the first show loads
    if (!loaded.wait(20000))
        return nullptr;
    return page;
}

// Lets layouts and the detail pane's new rows settle before a screenshot.
void settle()
{
    QTest::qWait(100);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConnectorGroupsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the user reads them: "1 row", "2 rows".
        QVERIFY(zc::installEnglishPlurals(QCoreApplication::instance()));
    }

    void loadShowsTheSeedGroupsAndASummary()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        ConnectorGroupsPage page(&fixture.session());
        page.resize(1280, 720);
        QSignalSpy loaded(&page, &ConnectorGroupsPage::loadFinished);
        QCOMPARE(fixture.sim().countRequests(u"/ecgroup"_s, "GET"), 0); // nothing before shown
        page.show();
        QVERIFY(page.isLoading());
        QVERIFY(page.busyBar()->isBusy());
        QVERIFY(page.table()->emptyStateText().startsWith(u"Loading"_s));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toInt(), 8);
        QVERIFY(!page.busyBar()->isBusy());
        QVERIFY(page.errorBanner()->isHidden());
        QVERIFY(page.table()->emptyStateText().isEmpty());
        QCOMPARE(fixture.sim().countRequests(u"/ecgroup"_s, "GET"), 1);

        const QAbstractItemModel *view = page.table()->proxyModel();
        const QStringList groups = childNames(view, {});
        QCOMPARE(groups.size(), 8);
        QCOMPARE(groups.at(0), s(kGroup1));
        QCOMPARE(groups.at(1), s(kGroup2));
        const QModelIndex group1 = view->index(0, 0);
        const QModelIndex group2 = view->index(1, 0);
        QCOMPARE(childNames(view, group1), QStringList{s(kVm1)});
        QCOMPARE(childNames(view, group2), QStringList{s(kVm2)});
        QCOMPARE(childNames(view, view->index(0, 0, group1)), QStringList{s(kInstance1)});
        QCOMPARE(childNames(view, view->index(0, 0, group2)), QStringList{s(kInstance2)});
        QCOMPARE(cell(group1, Tree::PlatformColumn), u"AWS"_s);
        QCOMPARE(cell(group1, Tree::ZoneColumn), u"US_WEST_2A"_s);
        const QModelIndex vm1 = view->index(0, 0, group1);
        QCOMPARE(cell(vm1, Tree::NatIpColumn), u"52.38.213.147"_s);
        QCOMPARE(cell(vm1, Tree::ZiaGatewayColumn), u"165.225.50.12"_s);
        QCOMPARE(cell(vm1, Tree::ZpaBrokerColumn), u"136.226.57.254"_s);
        QCOMPARE(cell(vm1, Tree::BuildVersionColumn), u"346637"_s);
        // Groups open on their VMs.
        QVERIFY(treeOf(page)->isExpanded(group1));
        QVERIFY(!treeOf(page)->isExpanded(vm1));

        // The summary counts what the tree holds.
        int vms = 0, inactive = 0, instances = 0;
        for (int g = 0; g < view->rowCount(); ++g) {
            const QModelIndex group = view->index(g, 0);
            for (int v = 0; v < view->rowCount(group); ++v) {
                const QModelIndex vm = view->index(v, 0, group);
                ++vms;
                if (vm.data(Tree::StatusRole).toInt() == int(Tree::NodeStatus::Down))
                    ++inactive;
                instances += view->rowCount(vm);
            }
        }
        QVERIFY(inactive >= 2); // the seed's two VMs
        QCOMPARE(page.summaryText(),
                 u"8 groups · %1 VMs (%2 inactive) · %3 instances"_s.arg(vms).arg(inactive).arg(
                     instances));
        QCOMPARE(page.findChild<QLabel *>(u"connectorSummary"_s)->text(), page.summaryText());
    }

    void treeShapeByKeyboardAndContextMenu()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        auto page = loadedPage(fixture);
        QVERIFY(page);
        QTreeView *tree = treeOf(*page);

        // Collapse all from the context menu, beside the component's own actions.
        std::unique_ptr<QMenu> menu(page->table()->createContextMenu());
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text().remove(u'&');
        QVERIFY2(texts.contains(u"Expand All"_s), qPrintable(texts.join(u", "_s)));
        QVERIFY(texts.contains(u"Collapse All"_s));
        QVERIFY(texts.contains(u"Copy"_s));
        QVERIFY(texts.contains(u"Export visible rows…"_s));
        page->collapseAllAction()->trigger();
        const QModelIndex group = page->table()->proxyModel()->index(0, 0);
        QVERIFY(!tree->isExpanded(group));

        // Keyboard: Right opens a group, Down walks into it.
        tree->setFocus();
        tree->setCurrentIndex(group);
        QCOMPARE(page->table()->currentRecord().value("name"_L1).toString(), s(kGroup1));
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(group));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(page->table()->currentRecord().value("name"_L1).toString(), s(kVm1));
        const QModelIndex vm = tree->currentIndex().siblingAtColumn(0);
        QCOMPARE(vm.parent(), group);
        QCOMPARE(vm.data(Tree::NodeKindRole).toInt(), int(Tree::NodeKind::Vm));
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(vm));
        QTest::keyClick(tree, Qt::Key_Down);
        const QModelIndex instance = tree->currentIndex().siblingAtColumn(0);
        QCOMPARE(instance.parent(), vm);
        QCOMPARE(instance.data().toString(), s(kInstance1));
        QCOMPARE(instance.data(Tree::NodeKindRole).toInt(), int(Tree::NodeKind::Instance));
        QVERIFY(tree->visualRect(instance).isValid()); // on screen

        page->expandAllAction()->trigger();
        for (int g = 0; g < page->table()->proxyModel()->rowCount(); ++g)
            QVERIFY(tree->isExpanded(page->table()->proxyModel()->index(g, 0)));
    }

    void statusIconsAndTooltips()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        auto page = loadedPage(fixture);
        QVERIFY(page);
        const QModelIndex vm = findRow(*page, s(kVm1)); // operationalStatus INACTIVE
        QVERIFY(vm.isValid());
        QCOMPARE(vm.data(ConnectorStatusProxyModel::StatusTextRole).toString(), u"Inactive"_s);
        QVERIFY(vm.data(Qt::ToolTipRole).toString().startsWith(u"Inactive — "_s));
        QVERIFY(vm.data(Qt::ToolTipRole).toString().endsWith(s(kVm1)));
        const auto iconColour = [](const QModelIndex &index) {
            const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
            return icon.pixmap(16, 16).toImage().pixelColor(8, 8);
        };
        // The palette's error and success tones (dark mode shades in a dark palette).
        const QColor red = iconColour(vm);
        QCOMPARE(red, zc::toneColor(zc::Tone::Error, QGuiApplication::palette()));
        QVERIFY2(red.red() > 2 * red.green() && red.red() > 2 * red.blue(), qPrintable(red.name()));
        // Only the Name column carries the icon.
        QVERIFY(!vm.siblingAtColumn(Tree::StatusColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(cell(vm, Tree::StatusColumn), u"INACTIVE (REGISTERED, PKG_REPO_REGISTERED)"_s);

        // Its instance is REGISTERED (green); somewhere an ACTIVE VM is green too.
        const QModelIndex instance = findRow(*page, s(kInstance1));
        QCOMPARE(instance.data(ConnectorStatusProxyModel::StatusTextRole).toString(), u"Active"_s);
        const QColor green = iconColour(instance);
        QCOMPARE(green, zc::toneColor(zc::Tone::Success, QGuiApplication::palette()));
        QVERIFY2(green.green() > 2 * green.red() && green.green() > green.blue(),
                 qPrintable(green.name()));
        const QModelIndexList active = page->table()->proxyModel()->match(
            page->table()->proxyModel()->index(0, 0), ConnectorStatusProxyModel::StatusTextRole,
            u"Active"_s, -1, Qt::MatchExactly | Qt::MatchRecursive);
        bool activeVm = false;
        for (const QModelIndex &index : active)
            activeVm |= index.data(Tree::NodeKindRole).toInt() == int(Tree::NodeKind::Vm);
        QVERIFY(activeVm);
        const QColor grey =
            ConnectorStatusProxyModel::circleIcon(Qt::gray).pixmap(16, 16).toImage().pixelColor(8,
                                                                                                8);
        QCOMPARE(grey, QColor(Qt::gray));
        QCOMPARE(ConnectorStatusProxyModel::statusText(Tree::NodeStatus::Unknown), u"Unknown"_s);
    }

    void filterByNatIpKeepsThePath()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        auto page = loadedPage(fixture);
        QVERIFY(page);
        page->collapseAll();
        page->table()->focusFilter();
        QTest::keyClicks(page->table()->filterEdit(), u"3.20.194.248"_s);
        const QAbstractItemModel *view = page->table()->proxyModel();
        QCOMPARE(childNames(view, {}), QStringList{s(kGroup2)});
        const QModelIndex group = view->index(0, 0);
        QCOMPARE(childNames(view, group), QStringList{s(kVm2)});
        QCOMPARE(childNames(view, view->index(0, 0, group)), QStringList{s(kInstance2)});
        QVERIFY(treeOf(*page)->isExpanded(group)); // the path to the match is open
        QCOMPARE(page->table()->rowCountText(), u"1 of 8 rows"_s);
        QVERIFY(page->table()->emptyStateText().isEmpty());
        treeOf(*page)->setCurrentIndex(view->index(0, 0, view->index(0, 0, group)));
        settle();
        saveScreenshot(page.get(), u"connector-groups-filtered"_s);

        page->table()->setFilterText(u"no-such-connector"_s);
        QCOMPARE(page->table()->visibleRowCount(), 0);
        QCOMPARE(page->table()->emptyStateText(),
                 u"No groups, VMs or instances match “no-such-connector”. Clear the filter."_s);
        QTest::keyClick(page->table()->filterEdit(), Qt::Key_Escape);
        QCOMPARE(page->table()->visibleRowCount(), 8);
    }

    void sortByBuildVersionAndPersistTheLayout()
    {
        ViewFixture fixture(withGroups(24));
        QVERIFY(fixture.start());
        auto page = loadedPage(fixture);
        QVERIFY(page);
        const QAbstractItemModel *view = page->table()->proxyModel();
        const auto builds = [view](const QModelIndex &group) {
            QList<qlonglong> list;
            for (int v = 0; v < view->rowCount(group); ++v)
                list << cell(view->index(v, 0, group), Tree::BuildVersionColumn).toLongLong();
            return list;
        };
        // Some group's VMs run different builds and are not in order yet.
        bool unsorted = false;
        for (int g = 0; g < view->rowCount(); ++g) {
            const QList<qlonglong> list = builds(view->index(g, 0));
            unsorted |= !std::is_sorted(list.begin(), list.end());
        }
        QVERIFY(unsorted);

        QHeaderView *header = page->table()->header();
        const QPoint section(header->sectionViewportPosition(Tree::BuildVersionColumn) + 10,
                             header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section);
        QCOMPARE(header->sortIndicatorSection(), int(Tree::BuildVersionColumn));
        const Qt::SortOrder first = header->sortIndicatorOrder();
        for (int g = 0; g < view->rowCount(); ++g) {
            QList<qlonglong> list = builds(view->index(g, 0));
            if (first == Qt::DescendingOrder)
                std::reverse(list.begin(), list.end());
            QVERIFY(std::is_sorted(list.begin(), list.end()));
        }
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section);
        QVERIFY(header->sortIndicatorOrder() != first);
        for (int g = 0; g < view->rowCount(); ++g) {
            QList<qlonglong> list = builds(view->index(g, 0));
            if (header->sortIndicatorOrder() == Qt::DescendingOrder)
                std::reverse(list.begin(), list.end());
            QVERIFY(std::is_sorted(list.begin(), list.end()));
        }
        const Qt::SortOrder order = header->sortIndicatorOrder();

        // The column chooser hides Form factor; both persist for the next page.
        page->table()->setColumnVisible(u"formFactor"_s, false);
        page->table()->saveLayout();
        page.reset();
        auto again = loadedPage(fixture);
        QVERIFY(again);
        QVERIFY(!again->table()->isColumnVisible(u"formFactor"_s));
        QVERIFY(again->table()->isColumnVisible(u"natIp"_s));
        QCOMPARE(again->table()->header()->sortIndicatorSection(), int(Tree::BuildVersionColumn));
        QCOMPARE(again->table()->header()->sortIndicatorOrder(), order);
    }

    void detailPaneShowsTheNetworks()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        auto page = loadedPage(fixture);
        QVERIFY(page);
        DetailPane *detail = page->detailPane();
        QVERIFY(detail->record().isEmpty());

        // The seed's first VM: its management network.
        QVERIFY(page->table()->setCurrentRecordId(u"63260794"_s));
        QCOMPARE(detail->fieldText(u"Name"_s), s(kVm1));
        QCOMPARE(detail->fieldText(u"Management IP"_s), u"10.1.200.178"_s);
        QCOMPARE(detail->fieldText(u"Management netmask"_s), u"255.255.255.0"_s);
        QCOMPARE(detail->fieldText(u"Management gateway"_s), u"10.1.200.1"_s);
        QCOMPARE(detail->fieldText(u"Management DNS"_s), u"10.1.0.2"_s);
        QCOMPARE(detail->fieldText(u"Management network type"_s), u"AUTOMATIC"_s);
        QCOMPARE(detail->fieldText(u"Operational status"_s), u"INACTIVE"_s);
        QCOMPARE(detail->fieldText(u"Build version"_s), u"346637"_s);
        QCOMPARE(detail->fieldText(u"NAT IP"_s), u"52.38.213.147"_s);
        QVERIFY(detail->rawJsonText().contains(u"\"managementNw\""_s));
        QVERIFY(detail->rawJsonText().contains(u"\"10.1.200.178\""_s));

        page->expandAll();
        settle();
        saveScreenshot(page.get(), u"connector-groups-tree-detail"_s);

        // Its instance: the service and the virtual network.
        QVERIFY(page->table()->setCurrentRecordId(u"63260797"_s));
        QCOMPARE(detail->fieldText(u"Name"_s), s(kInstance1));
        QCOMPARE(detail->fieldText(u"Service IP"_s), u"10.1.200.33"_s);
        QCOMPARE(detail->fieldText(u"Service gateway"_s), u"10.1.200.1"_s);
        QCOMPARE(detail->fieldText(u"Service DNS"_s), u"10.1.0.2"_s);
        QCOMPARE(detail->fieldText(u"Virtual IP"_s), u"0.0.0.0"_s);
        QCOMPARE(detail->fieldText(u"Virtual netmask"_s), u"0.0.0.0"_s);
        QCOMPARE(detail->fieldText(u"Instance type"_s), u"SME"_s);
        QCOMPARE(detail->fieldText(u"Management IP"_s), QString());

        // Its group: location, template, tunnel mode and counts.
        QVERIFY(page->table()->setCurrentRecordId(u"63260789"_s));
        QCOMPARE(detail->fieldText(u"Name"_s), s(kGroup1));
        QCOMPARE(detail->fieldText(u"Location"_s), u"us-west-2-vpc-02de960b4c73a7275"_s);
        QCOMPARE(detail->fieldText(u"Template"_s), u"aws-zwlc-id"_s);
        QCOMPARE(detail->fieldText(u"Tunnel mode"_s), u"UNENCRYPTED"_s);
        QCOMPARE(detail->fieldText(u"Zone"_s), u"US_WEST_2A"_s);
        QCOMPARE(detail->fieldText(u"VMs"_s), u"1 (all inactive)"_s);
        QCOMPARE(detail->fieldText(u"Instances"_s), u"1"_s);
        QVERIFY(detail->rawJsonText().contains(u"\"ecVMs\""_s));
    }

    void exportCsvAndJson()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        auto page = loadedPage(fixture);
        QVERIFY(page);
        QTemporaryDir dir;
        ScriptedDialogSeams seams;
        const QString csv = dir.filePath(u"groups.csv"_s);
        const QString json = dir.filePath(u"groups.json"_s);
        seams.saveFileNames << csv << json;

        page->table()->setFilterText(u"52.38.213.147"_s);
        QVERIFY(page->table()->exportAction()->isEnabled());
        page->table()->exportAction()->trigger();
        QCOMPARE(seams.callsOf(u"save"_s).size(), 1);
        QVERIFY(seams.callsOf(u"warning"_s).isEmpty());
        const QStringList lines =
            QString::fromUtf8(readFile(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, group, VM, instance
        QCOMPARE(lines.at(0), u"name,status,platform,zone,location,natIp,ziaGateway,zpaBroker,"
                              "buildVersion,formFactor"_s);
        QVERIFY(lines.at(1).startsWith(s(kGroup1) + u",CLOUD,AWS,US_WEST_2A,"_s));
        QCOMPARE(lines.at(2), s(kVm1) +
                                  u",\"INACTIVE (REGISTERED, PKG_REPO_REGISTERED)\",,,,"
                                  "52.38.213.147,165.225.50.12,136.226.57.254,346637,SMALL"_s);
        QCOMPARE(lines.at(3), s(kInstance1) + u",REGISTERED,,,,52.38.213.147,,,,"_s);

        // JSON: every group as the API sent it, VMs and instances inside.
        page->table()->clearFilter();
        page->table()->exportAction()->trigger();
        const QJsonArray groups = QJsonDocument::fromJson(readFile(json)).array();
        QCOMPARE(groups.size(), 8);
        const QJsonObject first = groups.at(0).toObject();
        QCOMPARE(first.value("id"_L1).toInteger(), 63260789);
        const QJsonObject vm = first.value("ecVMs"_L1).toArray().at(0).toObject();
        QCOMPARE(vm.value("managementNw"_L1).toObject().value("ipStart"_L1).toString(),
                 u"10.1.200.178"_s);
        QCOMPARE(vm.value("ecInstances"_L1).toArray().at(0).toObject().value("name"_L1).toString(),
                 s(kInstance1));
        QCOMPARE(groups.at(1).toObject().value("name"_L1).toString(), s(kGroup2));
    }

    void emptyTenantSaysSo()
    {
        ViewFixture fixture(withGroups(0));
        QVERIFY(fixture.start());
        auto page = loadedPage(fixture);
        QVERIFY(page);
        QVERIFY(page->table()->emptyStateText().startsWith(
            u"No Cloud & Branch Connector groups in this tenant."_s));
        QCOMPARE(page->summaryText(), u"0 groups · 0 VMs · 0 instances"_s);
        QVERIFY(!page->table()->exportAction()->isEnabled());
    }

    void notEntitledClientShowsThePlainWordsBanner()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        auto page = loadedPage(fixture);
        QVERIFY(page);
        QCOMPARE(page->model()->groupCount(), 8);

        // Switching to a client without ZTW reloads, and says why nothing shows.
        fixture.server().addClient(
            {u"zia-only"_s, fixture.sim().clientSecret(), {}, {Product::Zia}, 3600});
        QSignalSpy failed(page.get(), &ConnectorGroupsPage::loadFailed);
        fixture.session().start(u"zia-only"_s, fixture.sim().settings(u"zia-only"_s),
                                fixture.sim().secretCredentials());
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Forbidden);
        ErrorBanner *banner = page->errorBanner();
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Warning);
        QVERIFY2(banner->message().contains(u"not entitled"_s), qPrintable(banner->message()));
        QVERIFY(banner->message().contains(u"ZIdentity"_s));
        QCOMPARE(page->model()->groupCount(), 0); // the other tenant's groups are gone
        QCOMPARE(page->table()->emptyStateText(),
                 u"The connector groups could not be loaded: see the message above."_s);
        QVERIFY(!page->busyBar()->isBusy());
        settle();
        saveScreenshot(page.get(), u"connector-groups-not-entitled"_s);
    }

    void f5ReloadsAndCancelKeepsTheTree()
    {
        ViewFixture fixture;
        QVERIFY(fixture.start());
        MainWindow window(&fixture.session(), &fixture.settings());
        window.resize(1400, 800);
        window.showArea(Area::ConnectorGroups);
        auto *page = qobject_cast<ConnectorGroupsPage *>(window.page(Area::ConnectorGroups));
        QVERIFY(page);
        QSignalSpy loaded(page, &ConnectorGroupsPage::loadFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loaded.wait(20000));
        const int before = fixture.sim().countRequests(u"/ecgroup"_s, "GET");
        QCOMPARE(before, 1);

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(page->isLoading());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(fixture.sim().countRequests(u"/ecgroup"_s, "GET"), before + 1);
        QCOMPARE(page->model()->groupCount(), 8);

        // Cancel from the busy bar: the tree stays, an info banner offers Retry.
        QSignalSpy failed(page, &ConnectorGroupsPage::loadFailed);
        page->refresh();
        QVERIFY(page->busyBar()->isBusy());
        page->busyBar()->cancelButton()->click();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!page->busyBar()->isBusy());
        QCOMPARE(page->errorBanner()->severity(), ErrorBanner::Severity::Info);
        QVERIFY(page->errorBanner()->isRetryVisible());
        QCOMPARE(page->model()->groupCount(), 8);
        QVERIFY(page->table()->emptyStateText().isEmpty());

        // Retry loads again.
        page->errorBanner()->retryButton()->click();
        QVERIFY(page->errorBanner()->isHidden());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page->model()->groupCount(), 8);
    }
};

QTEST_MAIN(TestConnectorGroupsPage)
#include "tst_connectorgroupspage.moc"
