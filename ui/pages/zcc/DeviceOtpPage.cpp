// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceOtpPage.h"

#include "Session.h"
#include "pages/zcc/DeviceOtpPane.h"
#include "widgets/BusyBar.h"
#include "widgets/Clipboard.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "widgets/Tone.h"
#include "zcc/DeviceModel.h"
#include "zcc/OtpAuditLog.h"
#include "zcc/ZccService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace zc {

DeviceOtpPage::DeviceOtpPage(Session *session, QWidget *parent)
    : Page(Area::DeviceOtp, session, parent)
    , m_controller(new DeviceOtpController(this))
    , m_scaffold(this, Product::Zcc, PageScaffold::Body::Own)
{
    buildUi();

    DeviceOtpController *c = m_controller;
    connect(c, &DeviceOtpController::connectedChanged, this, &DeviceOtpPage::onConnectedChanged);
    connect(c, &DeviceOtpController::devicesLoaded, this, &DeviceOtpPage::onDevicesLoaded);
    connect(c, &DeviceOtpController::otpsLoaded, this, &DeviceOtpPage::onOtpsLoaded);
    connect(c, &DeviceOtpController::failed, this, &DeviceOtpPage::onFailed);
    connect(c, &DeviceOtpController::otpsCleared, this, [this] {
        m_ui.pane->setStatus({});
        updateDeviceActions();
    });
    connect(otpModel(), &OtpModel::loadingChanged, this, &DeviceOtpPage::updateBusy);
    connect(otpModel(), &QAbstractItemModel::dataChanged, this,
            &DeviceOtpPage::updateDeviceActions);
    connect(otpModel(), &QAbstractItemModel::modelReset, this, &DeviceOtpPage::updateDeviceActions);
    connect(deviceModel(), &DeviceModel::loadingChanged, this, &DeviceOtpPage::updateBusy);
    connect(deviceModel(), &DeviceModel::progress, busyBar(), &BusyBar::onPageProgress);
    connect(deviceModel(), &DeviceModel::cachedAtChanged, this, &DeviceOtpPage::updateAge);

    connect(busyBar(), &BusyBar::cancelRequested, c, &DeviceOtpController::cancel);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, &DeviceOtpPage::retry);

    m_ageTimer.setInterval(5000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        updateAge();
        updateBudget();
    });
    m_ageTimer.start();

    connect(session, &Session::budgetChanged, this, [this](Product product) {
        if (product == Product::Zcc)
            updateBudget();
    });
    connect(session, &Session::readOnlyChanged, this, [this](Product product) {
        if (product == Product::Zcc)
            showReadOnly();
    });
    m_scaffold.followSession(
        [this] {
            if (this->session()->isActive())
                m_controller->setClient(this->session()->client(), this->session()->profileName());
        },
        [this] { m_controller->setClient(nullptr); });
    if (!session->isActive())
        onConnectedChanged(false);
}

DeviceOtpPage::~DeviceOtpPage()
{
    // The controller is a child: it is destroyed after this body, when this is a QWidget only,
    // and clearing its models then must not call this page's slots.
    m_controller->disconnect(this);
    otpModel()->disconnect(this);
    deviceModel()->disconnect(this);
    m_controller->setClient(nullptr); // wipes the values now
}

void DeviceOtpPage::buildUi()
{
    // Search.
    m_ui.user = new QLineEdit(this);
    m_ui.user->setObjectName(u"userSearch"_s);
    m_ui.user->setPlaceholderText(tr("Login or e-mail, e.g. jane.doe@example.com"));
    m_ui.user->setClearButtonEnabled(true);
    m_ui.user->setToolTip(tr("The user's login as Client Connector knows it (matched exactly, "
                             "case does not matter). Press Enter to search."));
    m_ui.hostname = new QLineEdit(this);
    m_ui.hostname->setObjectName(u"hostnameSearch"_s);
    m_ui.hostname->setPlaceholderText(tr("Optional: part of the hostname"));
    m_ui.hostname->setClearButtonEnabled(true);
    m_ui.search = new QPushButton(tr("&Search"), this);
    m_ui.search->setAutoDefault(false);
    m_ui.search->setToolTip(tr("List the user's devices (Enter). A list fetched in the last "
                               "few minutes is reused without a call."));
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_ui.user);
    auto *hostLabel = new QLabel(tr("&Hostname:"), this);
    hostLabel->setBuddy(m_ui.hostname);
    connect(m_ui.user, &QLineEdit::returnPressed, this, [this] { search(); });
    connect(m_ui.hostname, &QLineEdit::returnPressed, this, [this] { search(); });
    connect(m_ui.search, &QPushButton::clicked, this, [this] { search(); });

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(userLabel);
    searchRow->addWidget(m_ui.user, 3);
    searchRow->addSpacing(8);
    searchRow->addWidget(hostLabel);
    searchRow->addWidget(m_ui.hostname, 2);
    searchRow->addWidget(m_ui.search);

    errorBanner()->setObjectName(u"errorBanner"_s);
    busyBar()->setObjectName(u"busyBar"_s);

    // Devices.
    m_ui.age = new QLabel(this);
    m_ui.age->setObjectName(u"listAge"_s);
    m_ui.age->setForegroundRole(QPalette::PlaceholderText);
    m_ui.budget = new QLabel(this);
    m_ui.budget->setObjectName(u"zccBudget"_s);
    m_ui.budget->setToolTip(tr("The Client Connector API allows about 100 calls an hour. Every "
                               "page of a device list and every OTP retrieval is one call."));
    m_ui.devices = new RecordTableView(this);
    m_ui.devices->setObjectName(u"devices"_s);
    m_ui.devices->setExportName(u"zcc-devices"_s);
    m_ui.devices->setAccessibleTitle(tr("Devices"));
    m_ui.devices->setSettingsKey(u"deviceOtp/devices"_s);
    m_ui.devices->setModel(deviceModel());
    if (!m_ui.devices->restoreLayout()) {
        // The user and the UDID are known from the search and the detail side.
        m_ui.devices->setColumnVisible(u"user"_s, false);
        m_ui.devices->setColumnVisible(u"udid"_s, false);
    }
    m_ui.devices->filterEdit()->setPlaceholderText(
        tr("Filter the list (no calls): hostname, OS, version…"));
    connect(m_ui.devices, &RecordTableView::currentRecordChanged, this,
            &DeviceOtpPage::onDeviceSelected);
    connect(m_ui.devices, &RecordTableView::activated, this, [this](const QJsonObject &record) {
        onDeviceSelected(record);
        fetchOtps();
    });
    // Enter in the filter with one device left picks it.
    connect(m_ui.devices->filterEdit(), &QLineEdit::returnPressed, this, [this] {
        const QList<QModelIndex> rows = m_ui.devices->visibleRows();
        if (rows.size() != 1)
            return;
        m_ui.devices->setCurrentRecordId(
            rows.first().data(RecordTableModel::RecordIdRole).toString());
        fetchOtps();
    });

    auto *listInfo = new QHBoxLayout;
    listInfo->setContentsMargins(0, 0, 0, 0);
    listInfo->addWidget(m_ui.age, 1);
    listInfo->addWidget(m_ui.budget);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addLayout(listInfo);
    leftLayout->addWidget(m_ui.devices, 1);

    m_ui.pane = new DeviceOtpPane(otpModel(), this);
    addAction(m_ui.pane->copyMainAction());
    addAction(m_ui.pane->deepTracesAction());
    m_ui.devices->addContextAction(m_ui.pane->deepTracesAction());
    connect(m_ui.pane, &DeviceOtpPane::fetchRequested, this, &DeviceOtpPage::fetchOtps);
    connect(m_ui.pane, &DeviceOtpPane::deepTracesRequested, this, &DeviceOtpPage::openDeepTraces);

    // A user has a few devices: the list on top stays short, the OTPs get the room below.
    m_ui.splitter = new QSplitter(Qt::Vertical, this);
    m_ui.splitter->setObjectName(u"deviceOtpSplitter"_s);
    m_ui.splitter->setChildrenCollapsible(false);
    m_ui.splitter->addWidget(left);
    m_ui.splitter->addWidget(m_ui.pane);
    m_ui.splitter->setStretchFactor(0, 0);
    m_ui.splitter->setStretchFactor(1, 1);

    m_ui.audit = new OtpAuditPanel(auditLog(), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addWidget(errorBanner());
    layout->addWidget(busyBar());
    layout->addWidget(m_ui.splitter, 1);
    layout->addWidget(m_ui.audit);

    setFocusProxy(m_ui.user);
    setTabOrder(m_ui.user, m_ui.hostname);
    setTabOrder(m_ui.hostname, m_ui.search);
    setTabOrder(m_ui.search, m_ui.devices->filterEdit());
    setTabOrder(m_ui.devices->filterEdit(), m_ui.devices->view());
    setTabOrder(m_ui.devices->view(), m_ui.pane->getOtpsButton());
    setTabOrder(m_ui.pane->getOtpsButton(), m_ui.pane->revealAllButton());
    setTabOrder(m_ui.pane->revealAllButton(), m_ui.pane->copyMainButton());
    setTabOrder(m_ui.pane->copyMainButton(), m_ui.pane->deepTracesButton());

    updateDeviceActions();
    fitDeviceList();
}

void DeviceOtpPage::fitDeviceList()
{
    // Tall enough for the user's devices (a few, usually), the rest goes to the OTPs.
    const int rows = std::clamp(deviceModel()->rowCount(), 3, 8);
    auto *table = qobject_cast<QTableView *>(m_ui.devices->view());
    const int rowHeight =
        table ? table->verticalHeader()->defaultSectionSize() : fontMetrics().height() + 8;
    const int height = m_ui.age->sizeHint().height() +
                       m_ui.devices->filterEdit()->sizeHint().height() +
                       m_ui.devices->header()->sizeHint().height() + rows * rowHeight +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 20;
    QList<int> sizes = m_ui.splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= height) {
        m_ui.splitter->setSizes({height, std::max(height, 360)});
        return;
    }
    m_ui.splitter->setSizes({height, total - height});
}

void DeviceOtpPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        m_ui.user->setFocus(Qt::OtherFocusReason);
    }
}

// --- Session ---------------------------------------------------------------------------------

void DeviceOtpPage::onConnectedChanged(bool connected)
{
    busyBar()->finish();
    errorBanner()->clear();
    m_ui.search->setEnabled(connected);
    updateEmptyTexts();
    updateAge();
    updateBudget();
    updateDeviceActions();
    if (connected)
        showReadOnly();
}

void DeviceOtpPage::updateBusy()
{
    if (otpModel()->isLoading()) {
        busyBar()->start(tr("Fetching the one-time passwords of %1…")
                             .arg(DeviceOtpController::hostnameOf(m_controller->otpDevice())));
        busyBar()->setCancellable(true);
    } else if (deviceModel()->isLoading()) {
        const QString user = deviceModel()->query().username;
        busyBar()->start(user.isEmpty() ? tr("Looking up devices…")
                                        : tr("Looking up the devices of %1…").arg(user));
        busyBar()->setCancellable(true);
    } else {
        busyBar()->finish();
    }
}

// --- Devices ---------------------------------------------------------------------------------

void DeviceOtpPage::refresh()
{
    if (m_controller->lastCall() == DeviceOtpController::Call::None &&
        m_controller->searchedUser().isEmpty() && m_ui.user->text().trimmed().isEmpty()) {
        m_ui.user->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    search(true);
}

void DeviceOtpPage::handleNavigation(const QVariantMap &arguments)
{
    QString user = arguments.value(u"user"_s).toString();
    if (user.isEmpty())
        user = arguments.value(u"userEmail"_s).toString();
    const QString hostname = arguments.value(u"hostname"_s).toString();
    if (user.isEmpty() && hostname.isEmpty())
        return;
    m_ui.user->setText(user);
    m_ui.hostname->setText(hostname);
    search();
}

void DeviceOtpPage::search(bool force)
{
    if (!m_controller->isConnected()) {
        errorBanner()->showMessage(ErrorBanner::Severity::Info,
                                   tr("Not signed in. Sign in to a profile to look up devices."));
        return;
    }
    ZccDeviceQuery query;
    query.username = m_ui.user->text().trimmed();
    query.hostname = m_ui.hostname->text().trimmed();
    if (query.username.isEmpty() && query.hostname.isEmpty()) {
        errorBanner()->showMessage(
            ErrorBanner::Severity::Info,
            tr("Type a user's login or e-mail (or part of a hostname) first."));
        m_ui.user->setFocus(Qt::OtherFocusReason);
        return;
    }
    errorBanner()->clear();
    m_ui.devices->clearFilter();
    m_controller->search(query, force);
}

void DeviceOtpPage::onDevicesLoaded(int rows)
{
    fitDeviceList();
    updateAge();
    updateBudget();
    updateEmptyTexts();
    // Keyboard-first: from the search box straight to the list (filter, arrows, Enter).
    if (rows > 0 && (m_ui.user->hasFocus() || m_ui.hostname->hasFocus() || m_ui.search->hasFocus()))
        m_ui.devices->setFocus(Qt::OtherFocusReason);
}

void DeviceOtpPage::onDeviceSelected(const QJsonObject &record)
{
    // A banner about the previous device's OTPs does not belong to this one.
    if (m_controller->selectDevice(record) &&
        m_controller->lastCall() == DeviceOtpController::Call::Otps && !errorBanner()->isHidden()) {
        errorBanner()->clear();
        showReadOnly(); // the read-only note, if it applies, comes back
    }
    updateDeviceActions();
}

void DeviceOtpPage::openDeepTraces()
{
    if (m_controller->selectedDevice().isEmpty())
        return;
    Q_EMIT navigate(
        Area::DeepTraces,
        QVariantMap{
            {u"userEmail"_s, DeviceOtpController::userOf(m_controller->selectedDevice())},
            {u"hostname"_s, DeviceOtpController::hostnameOf(m_controller->selectedDevice())},
            {u"udid"_s, DeviceOtpController::udidOf(m_controller->selectedDevice())},
        });
}

// --- OTPs ------------------------------------------------------------------------------------

void DeviceOtpPage::fetchOtps()
{
    const QJsonObject selected = m_controller->selectedDevice();
    if (!m_controller->isConnected() || DeviceOtpController::udidOf(selected).isEmpty())
        return;
    errorBanner()->clear();
    m_controller->fetchOtps();
    m_ui.pane->setStatus(tr("Fetching…"));
    updateDeviceActions();
}

void DeviceOtpPage::retry()
{
    if (m_controller->lastCall() == DeviceOtpController::Call::Search)
        m_controller->searchAgain();
    else if (m_controller->lastCall() == DeviceOtpController::Call::Otps)
        retryOtps();
}

void DeviceOtpPage::retryOtps()
{
    const QJsonObject failed = m_controller->failedOtpDevice();
    m_controller->forgetFailedOtpDevice();
    const QString udid = DeviceOtpController::udidOf(failed);
    if (!udid.isEmpty() && udid != DeviceOtpController::udidOf(m_controller->selectedDevice())) {
        // Retry is about the device whose call failed, not the one selected since.
        if (!m_ui.devices->setCurrentRecordId(udid)) {
            const QString host = DeviceOtpController::hostnameOf(failed);
            errorBanner()->showMessage(ErrorBanner::Severity::Info,
                                       tr("%1 is no longer in the list. Search again, then pick "
                                          "it.")
                                           .arg(host.isEmpty() ? udid : host));
            return;
        }
        onDeviceSelected(m_ui.devices->currentRecord());
    }
    fetchOtps();
}

void DeviceOtpPage::onOtpsLoaded(int rows)
{
    if (!m_controller->auditError().isEmpty())
        errorBanner()->showMessage(ErrorBanner::Severity::Warning, m_controller->auditError());
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (rows == 0) {
        m_ui.pane->setStatus(tr("The tenant returned no one-time passwords for this device."));
    } else {
        m_ui.pane->setStatus(
            tr("Fetched at %1. The values stay hidden until you reveal them; Copy puts one on "
               "the clipboard for %n second(s).",
               nullptr, Clipboard::instance()->clearTimeout() / 1000)
                .arg(time));
    }
    updateBudget();
    updateDeviceActions();
}

void DeviceOtpPage::copyOtp(int row)
{
    m_ui.pane->copy(row);
}

void DeviceOtpPage::copyMainOtp()
{
    m_ui.pane->copyMain();
}

void DeviceOtpPage::toggleRevealAll()
{
    m_ui.pane->toggleRevealAll();
}

void DeviceOtpPage::setAuditVisible(bool visible)
{
    m_ui.audit->setOpen(visible);
}

// --- What the page says ----------------------------------------------------------------------

void DeviceOtpPage::onFailed(DeviceOtpController::Call call, const ApiError &error)
{
    if (call == DeviceOtpController::Call::Search)
        updateEmptyTexts();
    if (error.kind == ApiError::Kind::Forbidden) {
        errorBanner()->showMessage(
            ErrorBanner::Severity::Warning,
            tr("This API client is not entitled to Client Connector (ZCC), so it cannot list "
               "devices or read one-time passwords. An administrator can grant it in ZIdentity."),
            false);
        return;
    }
    m_scaffold.showFailure(error, tr("Cancelled. Press Retry to ask again."));
}

void DeviceOtpPage::showReadOnly()
{
    const QString text = tr("Client Connector is in read-only mode right now. Looking up devices "
                            "and one-time passwords still works: both only read.");
    if (!session()->isReadOnly(Product::Zcc)) {
        // The note goes when the mode ends; an error shown since stays.
        if (!errorBanner()->isHidden() && errorBanner()->message() == text)
            errorBanner()->clear();
        return;
    }
    if (errorBanner()->isHidden())
        errorBanner()->showMessage(ErrorBanner::Severity::Info, text);
}

void DeviceOtpPage::updateAge()
{
    const DeviceModel *devices = deviceModel();
    if (!devices->cachedAt().isValid()) {
        m_ui.age->setText(service() ? tr("No list fetched yet.") : QString());
        m_ui.age->setToolTip({});
        return;
    }
    const qint64 seconds =
        std::max<qint64>(0, devices->cachedAt().secsTo(QDateTime::currentDateTimeUtc()));
    QString age;
    if (seconds < 10)
        age = tr("just now");
    else if (seconds < 60)
        age = tr("%1 s ago").arg(seconds);
    else if (seconds < 3600)
        age = tr("%1 min ago").arg(seconds / 60);
    else
        age = tr("%1 h ago").arg(seconds / 3600);

    QString text;
    if (!devices->isFresh())
        text = tr("Fetched %1; the next search or F5 asks the tenant again.").arg(age);
    else if (m_controller->listFromCache())
        text = tr("Fetched %1, from cache (no call spent).").arg(age);
    else
        text = tr("Fetched %1.").arg(age);
    m_ui.age->setText(text);
    const int minutes = std::max(1, (service() ? service()->cacheLifetimeSeconds() : 300) / 60);
    m_ui.age->setToolTip(tr("Device lists are reused for %1 min to spare the hourly budget of "
                            "Client Connector calls. F5 fetches the list again.")
                             .arg(minutes));
}

void DeviceOtpPage::updateBudget()
{
    if (!session()->isActive()) {
        m_ui.budget->clear();
        return;
    }
    RateBudget budget = session()->budget(Product::Zcc);
    const qint64 untilReset =
        budget.resetAt.isValid() ? QDateTime::currentDateTimeUtc().secsTo(budget.resetAt) : -1;
    // The window the tenant last reported about has started over since.
    if (budget.isKnown() && budget.limit > 0 && budget.resetAt.isValid() && untilReset <= 0)
        budget.remaining = budget.limit;
    QString text;
    if (!budget.isKnown())
        text = tr("Client Connector: about 100 calls an hour");
    else if (budget.limit > 0)
        text = tr("%1 of %2 calls left this hour").arg(budget.remaining).arg(budget.limit);
    else
        text = tr("%1 calls left this hour").arg(budget.remaining);
    m_ui.budget->setText(text);
    const bool low = budget.isKnown() && budget.remaining <= 10;
    m_ui.budget->setStyleSheet(low ? toneTextStyle(Tone::Error, surroundingPalette(m_ui.budget)) +
                                         u" font-weight: bold;"_s
                                   : QString());
}

void DeviceOtpPage::updateDeviceActions()
{
    m_ui.pane->showDevice(m_controller->selectedDevice(), m_controller->isConnected(),
                          m_controller->isFetchingOtps());
}

void DeviceOtpPage::updateEmptyTexts()
{
    m_ui.devices->setLoadingText(tr("Looking up devices…"));
    m_ui.devices->setNoMatchText(tr("No devices match “%1”. Press Esc to clear the filter."));
    if (!service()) {
        m_ui.devices->setEmptyText(tr("Not signed in. Sign in to a profile to look up devices."));
    } else if (m_controller->searchError() == ApiError::Kind::Cancelled) {
        m_ui.devices->setEmptyText(tr("The search was cancelled. Press Retry above to ask again."));
    } else if (m_controller->searchError() == ApiError::Kind::Forbidden ||
               m_controller->searchError() == ApiError::Kind::ReadOnly) {
        m_ui.devices->setEmptyText(tr("The search failed — see the message above."));
    } else if (m_controller->searchError() != ApiError::Kind::None) {
        m_ui.devices->setEmptyText(
            tr("The search failed — see the message above and press Retry."));
    } else if (!deviceModel()->cachedAt().isValid()) {
        m_ui.devices->setEmptyText(
            tr("Type a user's login or e-mail above and press Enter to list their devices."));
    } else {
        const ZccDeviceQuery query = deviceModel()->query();
        if (!query.hostname.isEmpty() && !query.username.isEmpty())
            m_ui.devices->setEmptyText(tr("No device of %1 has “%2” in its hostname.")
                                           .arg(query.username, query.hostname));
        else if (!query.username.isEmpty())
            m_ui.devices->setEmptyText(tr("No Client Connector devices for “%1”. Check the "
                                          "login: it must match exactly.")
                                           .arg(query.username));
        else
            m_ui.devices->setEmptyText(
                tr("No device has “%1” in its hostname.").arg(query.hostname));
    }
}

} // namespace zc
