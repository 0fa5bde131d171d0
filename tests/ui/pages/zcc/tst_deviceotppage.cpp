// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The Device OTP page offscreen against the simulator, the way a helpdesk agent uses it:
// search a user by keyboard, filter without calls, reuse the fresh list, pick a device with the
// arrows, fetch its OTPs (named, masked), reveal one, copy it (concealed, then cleared), hide
// again, audit entry without the values, the cache-buster, deep traces, and what the page says
// when the client is not entitled, a call fails, is cancelled or waits. ZCC allows about 100
// calls an hour: every test makes only a few.
#include "TenantData.h"
#include "ViewFixture.h"
#include "pages/PageFactory.h"
#include "pages/zcc/DeviceOtpPage.h"
#include "pages/zcc/OtpListWidget.h"
#include "widgets/Announcer.h"
#include "widgets/BusyBar.h"
#include "widgets/Clipboard.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zcc/DeviceModel.h"
#include "zcc/OtpAuditLog.h"
#include "zcc/OtpModel.h"
#include "zcc/ZccService.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace zc;
using zc::test::saveScreenshot;
using zc::test::ViewFixture;

namespace {

constexpr auto kUser = "bbb@bbc.com";

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The small tenant with more devices than users (some users have several).
sim::SimOptions deviceTenant()
{
    sim::SimOptions options = test::smallTenant();
    options.sizes.devices = 40;
    return options;
}

// The simulator's devices of one user, by hostname.
QStringList hostnamesOf(ViewFixture &fixture, int userIndex)
{
    QStringList names;
    for (const sim::SimDevice &device : fixture.server().tenantData().devices) {
        if (device.userIndex == userIndex)
            names.append(device.hostname);
    }
    names.sort();
    return names;
}

const sim::SimDevice *deviceByUdid(ViewFixture &fixture, const QString &udid)
{
    for (const sim::SimDevice &device : fixture.server().tenantData().devices) {
        if (device.udid == udid)
            return &device;
    }
    return nullptr;
}

QStringList shownHostnames(DeviceOtpPage &page)
{
    QStringList names;
    const int column = page.deviceModel()->columnIndex(u"machineHostname"_s);
    for (const QModelIndex &row : page.widgets().devices->visibleRows())
        names.append(row.siblingAtColumn(column).data().toString());
    names.sort();
    return names;
}

QList<sim::RecordedRequest> otpRequests(ViewFixture &fixture)
{
    QList<sim::RecordedRequest> found;
    for (const sim::RecordedRequest &r : fixture.server().recordedRequests()) {
        if (r.path.endsWith(u"/getOtp"_s))
            found.append(r);
    }
    return found;
}

QString otpValue(DeviceOtpPage &page, int row)
{
    return page.otpModel()->index(row, OtpModel::ValueColumn).data(OtpModel::ValueRole).toString();
}

QStringList allOtpValues(DeviceOtpPage &page)
{
    QStringList values;
    for (int row = 0; row < page.otpModel()->rowCount(); ++row) {
        if (!otpValue(page, row).isEmpty())
            values.append(otpValue(page, row));
    }
    return values;
}

// Lets pending layouts settle, then saves the page.
bool shoot(QWidget *page, const QString &name)
{
    QTest::qWait(30);
    return !saveScreenshot(page, name).isEmpty();
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct PageUnderTest
{
    QTemporaryDir dir;
    std::unique_ptr<DeviceOtpPage> page;

    explicit PageUnderTest(Session *session)
        : page(std::make_unique<DeviceOtpPage>(session))
    {
        page->auditLog()->setFilePath(auditPath());
        page->resize(1180, 720);
    }
    QString auditPath() const { return dir.filePath(u"otp-audit.jsonl"_s); }
    bool show()
    {
        page->show();
        return QTest::qWaitForWindowActive(page.get());
    }
};

// Types the user and presses Enter in the search box; waits for the list.
bool searchUser(DeviceOtpPage &page, const QString &user)
{
    page.widgets().user->clear();
    QTest::keyClicks(page.widgets().user, user);
    QTest::keyClick(page.widgets().user, Qt::Key_Return);
    return QTest::qWaitFor([&page] { return !page.deviceModel()->isLoading(); }, 20000);
}

bool waitForOtps(DeviceOtpPage &page)
{
    return QTest::qWaitFor(
        [&page] { return !page.otpModel()->isLoading() && page.otpModel()->rowCount() > 0; },
        20000);
}

} // namespace

class TestDeviceOtpPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Clipboard::instance()->setClearTimeout(Clipboard::DefaultClearTimeoutMs);
    }

    void init() { QGuiApplication::clipboard()->clear(); }

    void factoryMakesThePage()
    {
        Session session;
        std::unique_ptr<QWidget> page(createPage(Area::DeviceOtp, &session, nullptr));
        auto *otp = qobject_cast<DeviceOtpPage *>(page.get());
        QVERIFY(otp);
        QCOMPARE(otp->area(), Area::DeviceOtp);
        // Signed out: nothing to search, and the list says why.
        QVERIFY(!otp->widgets().search->isEnabled());
        QVERIFY(otp->widgets().devices->emptyStateText().contains(u"Not signed in"_s));
    }

    void helpdeskPath()
    {
        ViewFixture fixture(deviceTenant());
        QVERIFY(fixture.start());
        PageUnderTest t(&fixture.session());
        DeviceOtpPage &page = *t.page;
        QVERIFY(t.show());

        // Focus starts in the search box.
        QCOMPARE(QApplication::focusWidget(), page.widgets().user);
        QVERIFY(page.widgets().devices->emptyStateText().contains(u"press Enter"_s));

        // Type the user, Enter: the two devices of the seed's user.
        QVERIFY(searchUser(page, s(kUser)));
        QCOMPARE(page.widgets().devices->totalRowCount(), 2);
        QCOMPARE(shownHostnames(page), hostnamesOf(fixture, 0));
        QCOMPARE(fixture.sim().countRequests(u"/getDevices"_s), 1);
        QVERIFY(!page.errorBanner()->isVisible());
        // The columns an agent needs; user and UDID are known already.
        const QStringList columns = page.widgets().devices->visibleColumnKeys();
        QCOMPARE(columns, (QStringList{u"machineHostname"_s, u"type"_s, u"agentVersion"_s,
                                       u"registrationState"_s, u"last_seen_time"_s}));
        // The list's age and the remaining budget next to it.
        QVERIFY2(page.widgets().age->text().startsWith(u"Fetched just now"_s),
                 qPrintable(page.widgets().age->text()));
        QVERIFY(!page.widgets().age->text().contains(u"cache"_s));
        const QRegularExpression budget(u"^(\\d+) of (\\d+) calls left this hour$"_s);
        const auto match = budget.match(page.widgets().budget->text());
        QVERIFY2(match.hasMatch(), qPrintable(page.widgets().budget->text()));
        QVERIFY(match.captured(1).toInt() < match.captured(2).toInt());
        // Keyboard-first: the search moved on to the list's filter.
        QCOMPARE(QApplication::focusWidget(), page.widgets().devices->filterEdit());
        QVERIFY(shoot(&page, u"device-otp-search-results"_s));

        // Type-ahead narrows the fetched list without a call.
        const QString firstHost = hostnamesOf(fixture, 0).first();
        QTest::keyClicks(page.widgets().devices->filterEdit(), firstHost);
        QCOMPARE(page.widgets().devices->visibleRowCount(), 1);
        QCOMPARE(shownHostnames(page), QStringList{firstHost});
        QTest::keyClick(page.widgets().devices->filterEdit(), Qt::Key_Escape);
        QCOMPARE(page.widgets().devices->visibleRowCount(), 2);
        QCOMPARE(fixture.sim().countRequests(u"/getDevices"_s), 1);

        // The same user again while the list is fresh: no call, and the page says so.
        QVERIFY(searchUser(page, s(kUser)));
        QCOMPARE(page.widgets().devices->totalRowCount(), 2);
        QCOMPARE(fixture.sim().countRequests(u"/getDevices"_s), 1);
        QVERIFY2(page.widgets().age->text().contains(u"from cache"_s),
                 qPrintable(page.widgets().age->text()));

        // Arrows pick a device.
        QAbstractItemView *view = page.widgets().devices->view();
        QTest::keyClick(page.widgets().devices->filterEdit(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), view);
        const QString first = page.selectedDevice().value("udid"_L1).toString();
        QVERIFY(!first.isEmpty());
        QTest::keyClick(view, Qt::Key_Down);
        const QString second = page.selectedDevice().value("udid"_L1).toString();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(page.selectedDevice().value("udid"_L1).toString(), first);
        QCOMPARE(page.widgets().pane->title()->text(),
                 page.selectedDevice().value("machineHostname"_L1).toString());
        QVERIFY(page.widgets().pane->getOtpsButton()->isEnabled());

        // Enter asks for the OTPs: every kind the tenant returns, readable, masked.
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(waitForOtps(page));
        QCOMPARE(otpRequests(fixture).size(), 1);
        const sim::SimDevice *device = deviceByUdid(fixture, first);
        QVERIFY(device);
        QStringList kinds;
        for (int row = 0; row < page.otpModel()->rowCount(); ++row)
            kinds.append(page.otpModel()->index(row, 0).data(OtpModel::KindRole).toString());
        QCOMPARE(kinds, device->otpKinds);
        OtpListWidget *list = page.widgets().pane->list();
        QCOMPARE(list->rowCount(), int(kinds.size()));
        for (int row = 0; row < list->rowCount(); ++row) {
            QCOMPARE(list->nameLabel(row)->text(), OtpSet::kindName(kinds.at(row)));
            QVERIFY(list->nameLabel(row)->text() != kinds.at(row));
            const bool empty = otpValue(page, row).isEmpty();
            QCOMPARE(list->valueLabel(row)->text(), empty ? u"(none)"_s : OtpModel::kMask);
            QCOMPARE(list->revealButton(row)->isEnabled(), !empty);
            QCOMPARE(list->copyButton(row)->isEnabled(), !empty);
        }
        QCOMPARE(list->nameLabel(0)->text(), u"One-time password"_s);
        if (kinds.contains(u"exitOtp"_s))
            QCOMPARE(list->nameLabel(int(kinds.indexOf(u"exitOtp"_s)))->text(), u"Exit"_s);
        QStringList seenValues = allOtpValues(page);
        QVERIFY(!seenValues.isEmpty());
        QVERIFY(shoot(&page, u"device-otp-masked"_s));

        // Reveal one: the value the simulator sent, the others stay masked.
        int row = 1;
        while (row < list->rowCount() && otpValue(page, row).isEmpty())
            ++row;
        QVERIFY(row < list->rowCount());
        QTest::mouseClick(list->revealButton(row), Qt::LeftButton);
        const QString revealed = otpValue(page, row);
        QCOMPARE(revealed.size(), 10);
        QCOMPARE(list->valueLabel(row)->text(), revealed);
        QVERIFY(list->valueLabel(row)->text() != OtpModel::kMask);
        QCOMPARE(list->revealButton(row)->text(), u"Hide"_s);
        QCOMPARE(list->valueLabel(0)->text(), OtpModel::kMask);
        // Revealed, yet not selectable and without the label's own Copy: a selection would go
        // to X11's PRIMARY, a Copy straight to the clipboard, both past Clipboard.
        QLabel *shown = list->valueLabel(row);
        QCOMPARE(shown->textInteractionFlags(), Qt::TextInteractionFlags(Qt::NoTextInteraction));
        QVERIFY(shown->contextMenuPolicy() == Qt::NoContextMenu ||
                shown->contextMenuPolicy() == Qt::PreventContextMenu);
        QTest::mouseDClick(shown, Qt::LeftButton);
        QVERIFY(!shown->hasSelectedText());
        QVERIFY(shown->selectedText().isEmpty());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(shoot(&page, u"device-otp-revealed"_s));

        // Copy: on the clipboard, concealed, then cleared.
        Clipboard::instance()->setClearTimeout(400);
        QTest::mouseClick(list->copyButton(row), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), revealed);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(page.widgets().pane->status()->text().contains(list->nameLabel(row)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);

        // The shortcut copies the main OTP ("otp"), masked or not.
        QCOMPARE(list->valueLabel(0)->text(), OtpModel::kMask);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), otpValue(page, 0));
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
                 QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
        Clipboard::instance()->setClearTimeout(Clipboard::DefaultClearTimeoutMs);

        // Revealed OTPs hide again by themselves.
        QCOMPARE(page.revealTimeout(), 60000);
        page.setRevealTimeout(300);
        QTest::mouseClick(page.widgets().pane->revealAllButton(), Qt::LeftButton);
        for (int r = 0; r < list->rowCount(); ++r) {
            if (!otpValue(page, r).isEmpty())
                QCOMPARE(list->valueLabel(r)->text(), otpValue(page, r));
        }
        QCOMPARE(page.widgets().pane->revealAllButton()->text().remove(u'&'), u"Hide all"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < page.otpModel()->rowCount(); ++r) {
                    if (page.otpModel()->isRevealed(r))
                        return false;
                }
                return true;
            }(),
            3000);
        QCOMPARE(list->valueLabel(row)->text(), OtpModel::kMask);
        page.setRevealTimeout(DeviceOtpPage::kDefaultRevealTimeoutMs);

        // The audit list has the retrieval: user and device, never the values.
        QCOMPARE(page.auditLog()->rowCount(), 1);
        const OtpAuditEntry entry = page.auditLog()->entry(0);
        QCOMPARE(entry.user, s(kUser));
        QCOMPARE(entry.hostname, device->hostname);
        QCOMPARE(entry.udid, first);
        QCOMPARE(entry.profile, u"test"_s);
        QVERIFY(page.widgets().audit->toggle()->text().endsWith(u"(1)"_s));
        QVERIFY(!page.widgets().audit->view()->isVisible());
        QTest::mouseClick(page.widgets().audit->toggle(), Qt::LeftButton);
        QVERIFY(page.widgets().audit->view()->isVisible());
        QCOMPARE(page.widgets().audit->view()->model()->rowCount(), 1);
        QCOMPARE(page.widgets()
                     .audit->view()
                     ->model()
                     ->index(0, OtpAuditLog::HostnameColumn)
                     .data()
                     .toString(),
                 device->hostname);
        QVERIFY(shoot(&page, u"device-otp-audit"_s));

        // Deep traces of this device, with the keys the deep-traces page reads.
        QSignalSpy navigate(&page, &Page::navigate);
        QTest::mouseClick(page.widgets().pane->deepTracesButton(), Qt::LeftButton);
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.at(0).at(0).value<Area>(), Area::DeepTraces);
        const QVariantMap arguments = navigate.at(0).at(1).toMap();
        QCOMPARE(arguments.value(u"userEmail"_s).toString(), s(kUser));
        QCOMPARE(arguments.value(u"hostname"_s).toString(), device->hostname);
        QCOMPARE(arguments.value(u"udid"_s).toString(), first);

        // Another device: the OTPs are hidden and gone.
        QTest::mouseClick(list->revealButton(row), Qt::LeftButton);
        QVERIFY(page.otpModel()->isRevealed(row));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(page.selectedDevice().value("udid"_L1).toString(), second);
        QCOMPARE(page.otpModel()->rowCount(), 0);
        QCOMPARE(list->rowCount(), 0);
        QVERIFY(!page.widgets().pane->revealAllButton()->isEnabled());

        // Two more retrievals: the cache-buster differs every time.
        QTest::mouseClick(page.widgets().pane->getOtpsButton(), Qt::LeftButton);
        QVERIFY(waitForOtps(page));
        seenValues += allOtpValues(page);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(otpRequests(fixture).size(), 3, 20000);
        QVERIFY(waitForOtps(page));
        seenValues += allOtpValues(page);
        const auto requests = otpRequests(fixture);
        QSet<QString> busters;
        for (const sim::RecordedRequest &r : requests) {
            const QString buster = r.query.queryItemValue(u"_"_s);
            QVERIFY(!buster.isEmpty());
            busters.insert(buster);
        }
        QCOMPARE(busters.size(), 3);
        QCOMPARE(requests.at(1).query.queryItemValue(u"udid"_s), second);
        QTRY_COMPARE(page.auditLog()->rowCount(), 3);
        QCOMPARE(page.auditLog()->entry(0).udid, second);

        // The audit file on disk holds no OTP value, revealed or not.
        const QByteArray audit = fileContent(t.auditPath());
        QCOMPARE(audit.count('\n'), 3);
        QVERIFY(audit.contains(s(kUser).toUtf8()));
        for (const QString &value : std::as_const(seenValues))
            QVERIFY2(!audit.contains(value.toUtf8()), "an OTP value reached the audit file");
        QCOMPARE(fixture.sim().countRequests(u"/getDevices"_s), 1);
    }

    void keyboardOnlyWithAnnouncements()
    {
        // The helpdesk flow with no mouse at all: find the user's device, fetch its OTPs,
        // reveal one, copy it, reveal all; each status change is announced to screen readers.
        ViewFixture fixture(deviceTenant());
        QVERIFY(fixture.start());
        PageUnderTest t(&fixture.session());
        DeviceOtpPage &page = *t.page;
        QVERIFY(t.show());
        const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key(key), modifiers);
        };

        QCOMPARE(QApplication::focusWidget(), page.widgets().user);
        QTest::keyClicks(page.widgets().user, s(kUser));
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page.widgets().devices->totalRowCount() == 2, 20000);
        QCOMPARE(QApplication::focusWidget(), page.widgets().devices->filterEdit());
        press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), page.widgets().devices->view());
        press(Qt::Key_Return);
        QVERIFY(waitForOtps(page));

        // Tab from the list reaches the first Reveal button with a value to show.
        OtpListWidget *list = page.widgets().pane->list();
        int row = -1;
        for (int i = 0; i < 40 && row < 0; ++i) {
            press(Qt::Key_Tab);
            for (int r = 0; r < list->rowCount(); ++r) {
                if (QApplication::focusWidget() == list->revealButton(r))
                    row = r;
            }
        }
        QVERIFY2(row >= 0, "Tab never reached a Reveal button");
        QVERIFY(list->revealButton(row)->isEnabled());
        const QString name = list->nameLabel(row)->text();
        press(Qt::Key_Space);
        QCOMPARE(list->valueLabel(row)->text(), otpValue(page, row));
        QCOMPARE(Announcer::lastAnnouncement(&page),
                 u"The %1 one-time password is shown."_s.arg(name));
        // The announcement names the password, never its value.
        QVERIFY(!Announcer::lastAnnouncement(&page).contains(otpValue(page, row)));

        // The next Tab is the same row's Copy.
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), list->copyButton(row));
        press(Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), otpValue(page, row));
        QVERIFY2(Announcer::lastAnnouncement(&page).startsWith(u"Copied the “%1”"_s.arg(name)),
                 qPrintable(Announcer::lastAnnouncement(&page)));

        // Reveal all by its mnemonic, hide all again by the button's new one (Alt+H is the
        // Hostname field's).
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(Announcer::lastAnnouncement(&page), u"All one-time passwords are shown."_s);
        QVERIFY(page.otpModel()->allValuesRevealed());
        QCOMPARE(page.widgets().pane->revealAllButton()->text(), u"H&ide all"_s);
        press(Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(Announcer::lastAnnouncement(&page), u"All one-time passwords are hidden."_s);
        QVERIFY(!page.otpModel()->allValuesRevealed());
    }

    void enterInTheFilterWithOneDeviceLeft()
    {
        ViewFixture fixture(deviceTenant());
        QVERIFY(fixture.start());
        PageUnderTest t(&fixture.session());
        DeviceOtpPage &page = *t.page;
        QVERIFY(t.show());
        // User 1 has exactly one device.
        const QString user = fixture.server().tenantData().users.at(1).loginName;
        QVERIFY(searchUser(page, user));
        QCOMPARE(page.widgets().devices->totalRowCount(), 1);
        QCOMPARE(shownHostnames(page), hostnamesOf(fixture, 1));
        QTest::keyClick(page.widgets().devices->filterEdit(), Qt::Key_Return);
        QVERIFY(waitForOtps(page));
        QCOMPARE(page.auditLog()->entry(0).user, user);
        QCOMPARE(page.auditLog()->entry(0).hostname, hostnamesOf(fixture, 1).first());

        // The hostname narrows on the client: nothing of it, still no second call.
        page.widgets().hostname->setText(u"no-such-host"_s);
        QTest::keyClick(page.widgets().hostname, Qt::Key_Return);
        QTRY_COMPARE(page.widgets().devices->totalRowCount(), 0);
        QVERIFY(page.widgets().devices->emptyStateText().contains(u"no-such-host"_s));
        QCOMPARE(fixture.sim().countRequests(u"/getDevices"_s), 1);
        // The device went with the list, and its OTPs with it.
        QCOMPARE(page.otpModel()->rowCount(), 0);
    }

    void sessionEndWipesTheOtps()
    {
        ViewFixture fixture(deviceTenant());
        QVERIFY(fixture.start());
        PageUnderTest t(&fixture.session());
        DeviceOtpPage &page = *t.page;
        QVERIFY(t.show());
        QVERIFY(searchUser(page, s(kUser)));
        QTest::keyClick(page.widgets().devices->filterEdit(), Qt::Key_Down);
        QTest::keyClick(page.widgets().devices->view(), Qt::Key_Return);
        QVERIFY(waitForOtps(page));
        page.otpModel()->setAllRevealed(true);

        fixture.session().end();
        QCOMPARE(page.otpModel()->rowCount(), 0);
        QCOMPARE(page.widgets().pane->list()->rowCount(), 0);
        QVERIFY(!page.service());
        QVERIFY(!page.widgets().search->isEnabled());
        QVERIFY(page.widgets().devices->emptyStateText().contains(u"Not signed in"_s));
        QVERIFY(page.selectedDevice().isEmpty());

        // A new session brings a new service; the list comes from the tenant again.
        fixture.session().start(u"again"_s, fixture.sim().settings(),
                                fixture.sim().secretCredentials());
        QVERIFY(page.service());
        QVERIFY(page.widgets().search->isEnabled());
        QVERIFY(searchUser(page, s(kUser)));
        QCOMPARE(page.widgets().devices->totalRowCount(), 2);
        QCOMPARE(fixture.sim().countRequests(u"/getDevices"_s), 2);
    }

    void notEntitledInPlainWords()
    {
        ViewFixture fixture(deviceTenant());
        QVERIFY(fixture.start());
        PageUnderTest t(&fixture.session());
        DeviceOtpPage &page = *t.page;
        QVERIFY(t.show());
        fixture.server().addClient(
            {u"zia-only"_s, fixture.sim().clientSecret(), {}, {Product::Zia}, 3600});
        fixture.session().start(u"zia-only"_s, fixture.sim().settings(u"zia-only"_s),
                                fixture.sim().secretCredentials());
        QVERIFY(searchUser(page, s(kUser)));
        ErrorBanner *banner = page.errorBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Warning);
        QVERIFY2(
            banner->message().startsWith(u"This API client is not entitled to Client Connector"_s),
            qPrintable(banner->message()));
        QVERIFY(!banner->isRetryVisible());
        QVERIFY(!page.busyBar()->isBusy());
        QVERIFY(shoot(&page, u"device-otp-not-entitled"_s));
    }

    void errorBannerWithRetry()
    {
        ViewFixture fixture(deviceTenant());
        QVERIFY(fixture.start());
        PageUnderTest t(&fixture.session());
        DeviceOtpPage &page = *t.page;
        QVERIFY(t.show());
        sim::SimFault fault;
        fault.kind = sim::SimFault::Kind::MalformedJson;
        fault.product = Product::Zcc;
        fault.count = 1;
        fixture.server().injectFault(fault);
        QVERIFY(searchUser(page, s(kUser)));
        ErrorBanner *banner = page.errorBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Error);
        QVERIFY(banner->isRetryVisible());
        QCOMPARE(page.widgets().devices->totalRowCount(), 0);
        QCOMPARE(page.widgets().user->text(), s(kUser)); // what was typed stays for the Retry
        // The empty list points to Retry, not to typing a login.
        QCOMPARE(page.widgets().devices->emptyStateText(),
                 s("The search failed — see the message above and press Retry."));
        // Every column shows its whole title, even with no rows to size it by.
        QHeaderView *header = page.widgets().devices->header();
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString title =
                header->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            QVERIFY2(header->sectionSize(c) > header->fontMetrics().horizontalAdvance(title),
                     qPrintable(title));
        }
        QVERIFY(shoot(&page, u"device-otp-error"_s));

        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.widgets().devices->totalRowCount(), 2, 20000);
        QVERIFY(!banner->isVisible());

        // An OTP failure offers Retry too, and Retry fetches the OTPs.
        page.widgets().devices->setCurrentRecordId(
            page.deviceModel()->record(0).value("udid"_L1).toString());
        fault.product = Product::Zcc;
        fixture.server().injectFault(fault);
        QTest::mouseClick(page.widgets().pane->getOtpsButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(page.otpModel()->rowCount(), 0);
        QCOMPARE(page.auditLog()->rowCount(), 0); // nothing retrieved, nothing audited
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(waitForOtps(page));
        QCOMPARE(page.auditLog()->rowCount(), 1);
        const QString udidA = page.deviceModel()->record(0).value("udid"_L1).toString();
        const QString udidB = page.deviceModel()->record(1).value("udid"_L1).toString();
        QVERIFY(udidA != udidB);
        QCOMPARE(otpRequests(fixture).last().query.queryItemValue(u"udid"_s), udidA);

        // Device A's OTPs fail, then B is selected: A's error is not shown for B, and a Retry
        // still pending asks for A's OTPs, not B's.
        const qsizetype asked = otpRequests(fixture).size();
        fixture.server().injectFault(fault);
        QTest::mouseClick(page.widgets().pane->getOtpsButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(otpRequests(fixture).size(), asked + 1);
        QCOMPARE(otpRequests(fixture).last().query.queryItemValue(u"udid"_s), udidA);
        QVERIFY(banner->isRetryVisible());
        QVERIFY(page.widgets().devices->setCurrentRecordId(udidB));
        QCOMPARE(page.selectedDevice().value("udid"_L1).toString(), udidB);
        QVERIFY(!banner->isVisible());
        QCOMPARE(otpRequests(fixture).size(), asked + 1);
        Q_EMIT banner->retryRequested();
        QVERIFY(waitForOtps(page));
        QCOMPARE(otpRequests(fixture).size(), asked + 2);
        QCOMPARE(otpRequests(fixture).last().query.queryItemValue(u"udid"_s), udidA);
        QCOMPARE(page.selectedDevice().value("udid"_L1).toString(), udidA);
        QCOMPARE(page.auditLog()->entry(0).udid, udidA);
    }

    void cancelAndWaitCountdown()
    {
        ViewFixture fixture(deviceTenant());
        QVERIFY(fixture.start());
        PageUnderTest t(&fixture.session());
        DeviceOtpPage &page = *t.page;
        QVERIFY(t.show());
        page.busyBar()->setTickInterval(50);
        sim::SimFault slow;
        slow.kind = sim::SimFault::Kind::Delay;
        slow.product = Product::Zcc;
        slow.delayMs = 3000;
        fixture.server().injectFault(slow);
        QTest::keyClicks(page.widgets().user, s(kUser));
        QTest::keyClick(page.widgets().user, Qt::Key_Return);
        QVERIFY(page.busyBar()->isBusy());
        QVERIFY(page.busyBar()->text().contains(s(kUser)));
        QVERIFY(page.busyBar()->cancelButton()->isVisible());
        QTest::mouseClick(page.busyBar()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.busyBar()->isBusy());
        QCOMPARE(page.errorBanner()->severity(), ErrorBanner::Severity::Info);
        QVERIFY(page.errorBanner()->isRetryVisible());
        QCOMPARE(page.widgets().devices->totalRowCount(), 0);

        // A rate-limit wait of ZCC shows as a countdown; other products' waits do not.
        Q_EMIT fixture.session().waiting(Product::Zdx, 5, WaitReason::ServerRateLimit);
        QVERIFY(!page.busyBar()->isWaiting());
        Q_EMIT fixture.session().waiting(Product::Zcc, 3, WaitReason::ServerRateLimit);
        QVERIFY(page.busyBar()->isWaiting());
        QVERIFY(page.busyBar()->isVisible());
        QVERIFY(page.busyBar()->text().contains(u"3"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!page.busyBar()->isWaiting(), 3000);
    }

    void navigationFillsTheSearch()
    {
        ViewFixture fixture(deviceTenant());
        QVERIFY(fixture.start());
        PageUnderTest t(&fixture.session());
        DeviceOtpPage &page = *t.page;
        page.handleNavigation({{u"userEmail"_s, s(kUser)}});
        QCOMPARE(page.widgets().user->text(), s(kUser));
        QTRY_COMPARE_WITH_TIMEOUT(page.widgets().devices->totalRowCount(), 2, 20000);
        // F5 asks the tenant again even though the list is fresh.
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().countRequests(u"/getDevices"_s), 2, 20000);
        QTRY_VERIFY(!page.deviceModel()->isLoading());
        QVERIFY(!page.widgets().age->text().contains(u"cache"_s));
    }
};

QTEST_MAIN(TestDeviceOtpPage)
#include "tst_deviceotppage.moc"
