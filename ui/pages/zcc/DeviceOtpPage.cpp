// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceOtpPage.h"

#include "Session.h"
#include "pages/zcc/OtpListWidget.h"
#include "widgets/BusyBar.h"
#include "widgets/Clipboard.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zcc/DeviceModel.h"
#include "zcc/OtpAuditLog.h"
#include "zcc/OtpModel.h"
#include "zcc/ZccService.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString udidOf(const QJsonObject &device)
{
    return device.value("udid"_L1).toString();
}

QString hostnameOf(const QJsonObject &device)
{
    return device.value("machineHostname"_L1).toString();
}

QString userOf(const QJsonObject &device)
{
    return device.value("user"_L1).toString();
}

// The text DeviceModel shows for one of its columns.
QString columnText(const QJsonObject &device, const QString &key)
{
    static const QList<RecordColumn> columns = DeviceModel::deviceColumns();
    for (const RecordColumn &column : columns) {
        if (column.key == key)
            return column.display ? column.display(device).toString() : QString();
    }
    return {};
}

} // namespace

DeviceOtpPage::DeviceOtpPage(Session *session, QWidget *parent)
    : Page(Area::DeviceOtp, session, parent)
    , m_otps(new OtpModel(this))
    , m_audit(new OtpAuditLog(this))
{
    buildUi();

    connect(m_otps, &OtpModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_busy->start(
                tr("Fetching the one-time passwords of %1…").arg(hostnameOf(m_otpDevice)));
            m_busy->setCancellable(true);
        } else if (!m_devices || !m_devices->isLoading()) {
            m_busy->finish();
        }
    });
    connect(m_otps, &OtpModel::loaded, this, &DeviceOtpPage::onOtpsLoaded);
    connect(m_otps, &OtpModel::failed, this, [this](const ApiError &error) {
        m_otpJob = nullptr;
        if (!m_quietCancel)
            m_failedOtpDevice = m_otpDevice; // Retry asks for this one's, whatever is selected
        showApiError(error);
    });
    connect(m_otps, &QAbstractItemModel::dataChanged, this, &DeviceOtpPage::onRevealChanged);
    connect(m_otps, &QAbstractItemModel::modelReset, this, [this] {
        m_revealedAt.clear();
        m_revealTimer.stop();
        updateDeviceActions();
    });

    connect(m_busy, &BusyBar::cancelRequested, this, [this] {
        if (m_otpJob)
            m_otpJob->cancel();
        else if (m_devices)
            m_devices->cancel();
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (m_lastCall == LastCall::Search)
            search(m_lastForce);
        else if (m_lastCall == LastCall::Otps)
            retryOtps();
    });

    m_revealTimer.setSingleShot(true);
    connect(&m_revealTimer, &QTimer::timeout, this, &DeviceOtpPage::hideExpiredReveals);
    m_ageTimer.setInterval(5000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        updateAge();
        updateBudget();
    });
    m_ageTimer.start();

    connect(session, &Session::started, this, &DeviceOtpPage::attachService);
    connect(session, &Session::ended, this, &DeviceOtpPage::detachService);
    connect(session, &Session::budgetChanged, this, [this](Product product) {
        if (product == Product::Zcc)
            updateBudget();
    });
    connect(session, &Session::waiting, this,
            [this](Product product, int seconds, WaitReason reason) {
                if (product == Product::Zcc)
                    m_busy->showWait(product, seconds, reason);
            });
    connect(session, &Session::readOnlyChanged, this, [this](Product product) {
        if (product == Product::Zcc)
            showReadOnly();
    });

    if (session->isActive())
        attachService();
    else
        detachService();
}

DeviceOtpPage::~DeviceOtpPage()
{
    m_otps->disconnect(this);
    if (m_otpJob)
        m_otpJob->cancel();
    if (m_devices) {
        m_devices->disconnect(this);
        m_devices->cancel();
    }
    m_otps->clear(); // wipes the values now
}

void DeviceOtpPage::buildUi()
{
    // Search.
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(u"userSearch"_s);
    m_userEdit->setPlaceholderText(tr("Login or e-mail, e.g. jane.doe@example.com"));
    m_userEdit->setClearButtonEnabled(true);
    m_userEdit->setToolTip(tr("The user's login as Client Connector knows it (matched exactly, "
                              "case does not matter). Press Enter to search."));
    m_hostnameEdit = new QLineEdit(this);
    m_hostnameEdit->setObjectName(u"hostnameSearch"_s);
    m_hostnameEdit->setPlaceholderText(tr("Optional: part of the hostname"));
    m_hostnameEdit->setClearButtonEnabled(true);
    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setAutoDefault(false);
    m_searchButton->setToolTip(tr("List the user's devices (Enter). A list fetched in the last "
                                  "few minutes is reused without a call."));
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_userEdit);
    auto *hostLabel = new QLabel(tr("&Hostname:"), this);
    hostLabel->setBuddy(m_hostnameEdit);
    connect(m_userEdit, &QLineEdit::returnPressed, this, [this] { search(); });
    connect(m_hostnameEdit, &QLineEdit::returnPressed, this, [this] { search(); });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(); });

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(userLabel);
    searchRow->addWidget(m_userEdit, 3);
    searchRow->addSpacing(8);
    searchRow->addWidget(hostLabel);
    searchRow->addWidget(m_hostnameEdit, 2);
    searchRow->addWidget(m_searchButton);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(u"errorBanner"_s);
    m_busy = new BusyBar(this);
    m_busy->setObjectName(u"busyBar"_s);

    // Devices.
    m_ageLabel = new QLabel(this);
    m_ageLabel->setObjectName(u"listAge"_s);
    m_ageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setObjectName(u"zccBudget"_s);
    m_budgetLabel->setToolTip(tr("The Client Connector API allows about 100 calls an hour. Every "
                                 "page of a device list and every OTP retrieval is one call."));
    m_deviceView = new RecordTableView(this);
    m_deviceView->setObjectName(u"devices"_s);
    m_deviceView->setExportName(u"zcc-devices"_s);
    m_deviceView->setSettingsKey(u"deviceOtp/devices"_s);
    m_deviceView->filterEdit()->setPlaceholderText(
        tr("Filter the list (no calls): hostname, OS, version…"));
    connect(m_deviceView, &RecordTableView::currentRecordChanged, this,
            &DeviceOtpPage::onDeviceSelected);
    connect(m_deviceView, &RecordTableView::activated, this, [this](const QJsonObject &record) {
        onDeviceSelected(record);
        fetchOtps();
    });
    // Enter in the filter with one device left picks it.
    connect(m_deviceView->filterEdit(), &QLineEdit::returnPressed, this, [this] {
        const QList<QModelIndex> rows = m_deviceView->visibleRows();
        if (rows.size() != 1)
            return;
        m_deviceView->setCurrentRecordId(
            rows.first().data(RecordTableModel::RecordIdRole).toString());
        fetchOtps();
    });

    auto *listInfo = new QHBoxLayout;
    listInfo->setContentsMargins(0, 0, 0, 0);
    listInfo->addWidget(m_ageLabel, 1);
    listInfo->addWidget(m_budgetLabel);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addLayout(listInfo);
    leftLayout->addWidget(m_deviceView, 1);

    // The selected device and its OTPs.
    m_deviceTitle = new QLabel(this);
    m_deviceTitle->setObjectName(u"deviceTitle"_s);
    QFont titleFont = m_deviceTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_deviceTitle->setFont(titleFont);
    m_deviceTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deviceSubtitle = new QLabel(this);
    m_deviceSubtitle->setWordWrap(true);
    m_deviceSubtitle->setForegroundRole(QPalette::PlaceholderText);
    m_deviceSubtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_getOtpsButton = new QPushButton(tr("&Get OTPs"), this);
    m_getOtpsButton->setObjectName(u"getOtps"_s);
    m_getOtpsButton->setAutoDefault(false);
    m_getOtpsButton->setToolTip(tr("Fetch the device's one-time passwords (Enter in the list). "
                                   "One call of the hourly budget; written to the audit list."));
    connect(m_getOtpsButton, &QPushButton::clicked, this, &DeviceOtpPage::fetchOtps);
    m_revealAllButton = new QPushButton(tr("&Reveal all"), this);
    m_revealAllButton->setObjectName(u"revealAll"_s);
    m_revealAllButton->setAutoDefault(false);
    m_revealAllButton->setToolTip(
        tr("Show every one-time password; they hide again after a minute."));
    connect(m_revealAllButton, &QPushButton::clicked, this, &DeviceOtpPage::toggleRevealAll);

    m_copyMainAction = new QAction(tr("Copy the main OTP"), this);
    m_copyMainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyMainAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyMainAction, &QAction::triggered, this, &DeviceOtpPage::copyMainOtp);
    addAction(m_copyMainAction);
    m_copyMainButton = new QPushButton(tr("&Copy main OTP"), this);
    m_copyMainButton->setObjectName(u"copyMainOtp"_s);
    m_copyMainButton->setAutoDefault(false);
    m_copyMainButton->setToolTip(
        tr("Copy the one-time password (else the first one) without revealing it (%1). The "
           "clipboard clears itself.")
            .arg(m_copyMainAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_copyMainButton, &QPushButton::clicked, this, &DeviceOtpPage::copyMainOtp);

    m_deepTracesAction = new QAction(tr("Open &deep traces"), this);
    m_deepTracesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deepTracesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deepTracesAction->setToolTip(tr("Look at this device's ZDX deep traces or start one."));
    connect(m_deepTracesAction, &QAction::triggered, this, &DeviceOtpPage::openDeepTraces);
    addAction(m_deepTracesAction);
    m_deviceView->addContextAction(m_deepTracesAction);
    m_deepTracesButton = new QPushButton(tr("Deep traces…"), this);
    m_deepTracesButton->setObjectName(u"openDeepTraces"_s);
    m_deepTracesButton->setAutoDefault(false);
    m_deepTracesButton->setToolTip(
        tr("Open the device's ZDX deep traces (%1).")
            .arg(m_deepTracesAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_deepTracesButton, &QPushButton::clicked, this, &DeviceOtpPage::openDeepTraces);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_getOtpsButton);
    buttons->addWidget(m_revealAllButton);
    buttons->addWidget(m_copyMainButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deepTracesButton);

    m_otpList = new OtpListWidget(this);
    m_otpList->setObjectName(u"otpList"_s);
    m_otpList->setModel(m_otps);
    connect(m_otpList, &OtpListWidget::copyRequested, this, &DeviceOtpPage::copyOtp);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_otpList);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_otpStatus = new QLabel(this);
    m_otpStatus->setObjectName(u"otpStatus"_s);
    m_otpStatus->setWordWrap(true);
    m_otpStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *right = new QFrame(this);
    right->setFrameShape(QFrame::StyledPanel);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 10, 12, 10);
    rightLayout->setSpacing(8);
    rightLayout->addWidget(m_deviceTitle);
    rightLayout->addWidget(m_deviceSubtitle);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addWidget(m_otpStatus);

    // A user has a few devices: the list on top stays short, the OTPs get the room below.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"deviceOtpSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    // The audit list.
    m_auditToggle = new QToolButton(this);
    m_auditToggle->setObjectName(u"auditToggle"_s);
    m_auditToggle->setCheckable(true);
    m_auditToggle->setAutoRaise(true);
    m_auditToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_auditToggle, &QToolButton::toggled, this, &DeviceOtpPage::setAuditVisible);
    m_auditNote = new QLabel(this);
    m_auditNote->setWordWrap(true);
    m_auditNote->setForegroundRole(QPalette::PlaceholderText);
    m_auditNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_auditView = new QTableView(this);
    m_auditView->setObjectName(u"auditView"_s);
    m_auditView->setModel(m_audit);
    m_auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditView->setAlternatingRowColors(true);
    m_auditView->verticalHeader()->hide();
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_auditView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_auditView->setWordWrap(false);
    m_auditPanel = new QWidget(this);
    auto *auditLayout = new QVBoxLayout(m_auditPanel);
    auditLayout->setContentsMargins(0, 0, 0, 0);
    auditLayout->addWidget(m_auditNote);
    auditLayout->addWidget(m_auditView);
    m_auditPanel->setMaximumHeight(190);
    m_auditView->setMinimumHeight(60);
    m_auditPanel->hide();
    connect(m_audit, &QAbstractItemModel::rowsInserted, this, &DeviceOtpPage::updateAuditToggle);
    connect(m_audit, &QAbstractItemModel::rowsRemoved, this, &DeviceOtpPage::updateAuditToggle);
    connect(m_audit, &QAbstractItemModel::modelReset, this, &DeviceOtpPage::updateAuditToggle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_auditToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_auditPanel);

    setFocusProxy(m_userEdit);
    setTabOrder(m_userEdit, m_hostnameEdit);
    setTabOrder(m_hostnameEdit, m_searchButton);
    setTabOrder(m_searchButton, m_deviceView->filterEdit());
    setTabOrder(m_deviceView->filterEdit(), m_deviceView->view());
    setTabOrder(m_deviceView->view(), m_getOtpsButton);
    setTabOrder(m_getOtpsButton, m_revealAllButton);
    setTabOrder(m_revealAllButton, m_copyMainButton);
    setTabOrder(m_copyMainButton, m_deepTracesButton);

    updateAuditToggle();
    updateDeviceActions();
    fitDeviceList();
}

void DeviceOtpPage::fitDeviceList()
{
    // Tall enough for the user's devices (a few, usually), the rest goes to the OTPs.
    const int rows = std::clamp(m_devices ? m_devices->rowCount() : 0, 3, 8);
    auto *table = qobject_cast<QTableView *>(m_deviceView->view());
    const int rowHeight =
        table ? table->verticalHeader()->defaultSectionSize() : fontMetrics().height() + 8;
    const int height = m_ageLabel->sizeHint().height() +
                       m_deviceView->filterEdit()->sizeHint().height() +
                       m_deviceView->header()->sizeHint().height() + rows * rowHeight +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 20;
    QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= height) {
        m_splitter->setSizes({height, std::max(height, 360)});
        return;
    }
    m_splitter->setSizes({height, total - height});
}

void DeviceOtpPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        m_userEdit->setFocus(Qt::OtherFocusReason);
    }
}

// --- Session ---------------------------------------------------------------------------------

void DeviceOtpPage::attachService()
{
    detachService();
    if (!session()->isActive() || !session()->client())
        return;
    m_service = new ZccService(session()->client(), this);
    auto *devices = new DeviceModel(m_service, this);
    connect(devices, &DeviceModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            const QString user = m_devices ? m_devices->query().username : QString();
            m_busy->start(user.isEmpty() ? tr("Looking up devices…")
                                         : tr("Looking up the devices of %1…").arg(user));
            m_busy->setCancellable(true);
        } else if (!m_otpJob) {
            m_busy->finish();
        }
    });
    connect(devices, &DeviceModel::progress, m_busy, &BusyBar::onPageProgress);
    connect(devices, &DeviceModel::loaded, this, [this](int rows) {
        m_listFromCache = m_expectCache;
        fitDeviceList();
        updateAge();
        updateBudget();
        updateEmptyTexts();
        // Keyboard-first: from the search box straight to the list (filter, arrows, Enter).
        if (rows > 0 &&
            (m_userEdit->hasFocus() || m_hostnameEdit->hasFocus() || m_searchButton->hasFocus()))
            m_deviceView->setFocus(Qt::OtherFocusReason);
    });
    connect(devices, &DeviceModel::failed, this, [this](const ApiError &error) {
        m_searchError = error.kind;
        updateEmptyTexts();
        showApiError(error);
    });
    connect(devices, &DeviceModel::cachedAtChanged, this, &DeviceOtpPage::updateAge);
    m_devices = devices;
    m_deviceView->setModel(devices);
    if (!m_deviceView->restoreLayout()) {
        // The user and the UDID are known from the search and the detail side.
        m_deviceView->setColumnVisible(u"user"_s, false);
        m_deviceView->setColumnVisible(u"udid"_s, false);
    }
    m_searchButton->setEnabled(true);
    updateEmptyTexts();
    updateAge();
    updateBudget();
    updateDeviceActions();
    showReadOnly();
}

void DeviceOtpPage::detachService()
{
    if (m_otpJob) {
        m_quietCancel = true;
        m_otpJob->cancel();
        m_quietCancel = false;
    }
    clearOtps();
    m_selected = {};
    if (m_devices) {
        m_devices->disconnect(this);
        m_devices->cancel();
        m_deviceView->setModel(nullptr);
        m_devices->deleteLater();
        m_devices = nullptr;
    }
    if (m_service) {
        m_service->deleteLater();
        m_service = nullptr;
    }
    m_busy->finish();
    m_banner->clear();
    m_lastCall = LastCall::None;
    m_failedOtpDevice = {};
    m_searchError = ApiError::Kind::None;
    m_listFromCache = false;
    m_searchedUser.clear();
    m_searchButton->setEnabled(false);
    updateEmptyTexts();
    updateAge();
    updateBudget();
    updateDeviceActions();
}

// --- Devices ---------------------------------------------------------------------------------

void DeviceOtpPage::refresh()
{
    if (m_lastCall == LastCall::None && m_searchedUser.isEmpty() &&
        m_userEdit->text().trimmed().isEmpty()) {
        m_userEdit->setFocus(Qt::ShortcutFocusReason);
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
    m_userEdit->setText(user);
    m_hostnameEdit->setText(hostname);
    search();
}

void DeviceOtpPage::search(bool force)
{
    if (!m_service || !m_devices) {
        m_banner->showMessage(ErrorBanner::Severity::Info,
                              tr("Not signed in. Sign in to a profile to look up devices."));
        return;
    }
    ZccDeviceQuery query;
    query.username = m_userEdit->text().trimmed();
    query.hostname = m_hostnameEdit->text().trimmed();
    if (query.username.isEmpty() && query.hostname.isEmpty()) {
        m_banner->showMessage(ErrorBanner::Severity::Info,
                              tr("Type a user's login or e-mail (or part of a hostname) first."));
        m_userEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_banner->clear();
    m_lastCall = LastCall::Search;
    m_lastForce = force;
    m_searchError = ApiError::Kind::None;
    m_searchedUser = query.username;
    m_expectCache = !force && m_service->isFresh(query);
    m_deviceView->clearFilter();
    m_devices->setQuery(query);
    m_devices->refresh(force);
}

void DeviceOtpPage::onDeviceSelected(const QJsonObject &record)
{
    if (udidOf(record) != udidOf(m_selected) || record.isEmpty()) {
        // Another device: its predecessor's OTPs go, revealed or not.
        if (m_otpJob) {
            m_quietCancel = true;
            m_otpJob->cancel();
            m_quietCancel = false;
            m_otpJob = nullptr;
        }
        clearOtps();
        // A banner about the previous device's OTPs does not belong to this one.
        if (m_lastCall == LastCall::Otps && !m_banner->isHidden()) {
            m_banner->clear();
            showReadOnly(); // the read-only note, if it applies, comes back
        }
    }
    m_selected = record;
    updateDeviceActions();
}

void DeviceOtpPage::openDeepTraces()
{
    if (m_selected.isEmpty())
        return;
    Q_EMIT navigate(Area::DeepTraces, QVariantMap{
                                          {u"userEmail"_s, userOf(m_selected)},
                                          {u"hostname"_s, hostnameOf(m_selected)},
                                          {u"udid"_s, udidOf(m_selected)},
                                      });
}

// --- OTPs ------------------------------------------------------------------------------------

void DeviceOtpPage::fetchOtps()
{
    if (!m_service || m_selected.isEmpty() || udidOf(m_selected).isEmpty())
        return;
    if (m_otpJob) {
        m_quietCancel = true;
        m_otpJob->cancel();
        m_quietCancel = false;
        m_otpJob = nullptr;
    }
    clearOtps();
    m_banner->clear();
    m_lastCall = LastCall::Otps;
    m_failedOtpDevice = {};
    m_otpDevice = m_selected;
    m_otpStatus->setText(tr("Fetching…"));
    m_otpJob = m_service->otp(udidOf(m_selected));
    m_otps->load(m_otpJob);
}

void DeviceOtpPage::retryOtps()
{
    const QJsonObject failed = std::exchange(m_failedOtpDevice, QJsonObject());
    const QString udid = udidOf(failed);
    if (!udid.isEmpty() && udid != udidOf(m_selected)) {
        // Retry is about the device whose call failed, not the one selected since.
        if (!m_deviceView->setCurrentRecordId(udid)) {
            m_banner->showMessage(
                ErrorBanner::Severity::Info,
                tr("%1 is no longer in the list. Search again, then pick it.")
                    .arg(hostnameOf(failed).isEmpty() ? udid : hostnameOf(failed)));
            return;
        }
        onDeviceSelected(m_deviceView->currentRecord());
    }
    fetchOtps();
}

void DeviceOtpPage::onOtpsLoaded(int rows)
{
    m_otpJob = nullptr;
    OtpAuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = session()->profileName();
    entry.user = userOf(m_otpDevice);
    entry.hostname = hostnameOf(m_otpDevice);
    entry.udid = udidOf(m_otpDevice);
    if (!m_audit->append(entry))
        m_banner->showMessage(ErrorBanner::Severity::Warning, m_audit->lastError());

    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (rows == 0) {
        m_otpStatus->setText(tr("The tenant returned no one-time passwords for this device."));
    } else {
        m_otpStatus->setText(
            tr("Fetched at %1. The values stay hidden until you reveal them; Copy puts one on "
               "the clipboard for %2 seconds.")
                .arg(time)
                .arg(Clipboard::instance()->clearTimeout() / 1000));
    }
    updateBudget();
    updateDeviceActions();
}

void DeviceOtpPage::clearOtps()
{
    m_revealTimer.stop();
    m_revealedAt.clear();
    m_otps->setAllRevealed(false);
    m_otps->clear(); // wipes the values
    m_otpDevice = {};
    m_otpStatus->clear();
    updateDeviceActions();
}

int DeviceOtpPage::mainOtpRow() const
{
    int first = -1;
    for (int row = 0; row < m_otps->rowCount(); ++row) {
        const QModelIndex value = m_otps->index(row, OtpModel::ValueColumn);
        if (m_otps->data(value, OtpModel::ValueRole).toString().isEmpty())
            continue;
        if (m_otps->data(value, OtpModel::KindRole).toString() == "otp"_L1)
            return row;
        if (first < 0)
            first = row;
    }
    return first;
}

void DeviceOtpPage::copyOtp(int row)
{
    if (row < 0 || row >= m_otps->rowCount())
        return;
    const QString value =
        m_otps->data(m_otps->index(row, OtpModel::ValueColumn), OtpModel::ValueRole).toString();
    if (value.isEmpty())
        return;
    const QString name = m_otps->data(m_otps->index(row, OtpModel::NameColumn)).toString();
    Clipboard *clipboard = Clipboard::instance();
    clipboard->setText(value, /*sensitive*/ true);
    const int seconds = std::max(1, clipboard->clearTimeout() / 1000);
    m_otpStatus->setText(tr("Copied the “%1” one-time password. The clipboard clears itself in "
                            "%2 seconds unless you copy something else meanwhile.")
                             .arg(name)
                             .arg(seconds));
}

void DeviceOtpPage::copyMainOtp()
{
    const int row = mainOtpRow();
    if (row < 0) {
        m_otpStatus->setText(tr("No one-time password to copy yet: pick a device and press Enter "
                                "to fetch its OTPs."));
        return;
    }
    copyOtp(row);
}

void DeviceOtpPage::toggleRevealAll()
{
    bool allShown = true;
    bool any = false;
    for (int row = 0; row < m_otps->rowCount(); ++row) {
        const QModelIndex value = m_otps->index(row, OtpModel::ValueColumn);
        if (m_otps->data(value, OtpModel::ValueRole).toString().isEmpty())
            continue;
        any = true;
        allShown = allShown && m_otps->isRevealed(row);
    }
    if (!any)
        return;
    for (int row = 0; row < m_otps->rowCount(); ++row) {
        const QModelIndex value = m_otps->index(row, OtpModel::ValueColumn);
        if (!m_otps->data(value, OtpModel::ValueRole).toString().isEmpty())
            m_otps->setRevealed(row, !allShown);
    }
}

void DeviceOtpPage::setRevealTimeout(int ms)
{
    m_revealTimeoutMs = std::max(0, ms);
    scheduleRevealExpiry();
}

void DeviceOtpPage::onRevealChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles)
{
    if (!roles.isEmpty() && !roles.contains(OtpModel::RevealedRole))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (m_otps->isRevealed(row)) {
            if (!m_revealedAt.contains(row))
                m_revealedAt.insert(row, now);
        } else {
            m_revealedAt.remove(row);
        }
    }
    scheduleRevealExpiry();
    updateDeviceActions();
}

void DeviceOtpPage::scheduleRevealExpiry()
{
    if (m_revealedAt.isEmpty()) {
        m_revealTimer.stop();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (qint64 at : std::as_const(m_revealedAt))
        earliest = std::min(earliest, at);
    const qint64 due = earliest + m_revealTimeoutMs - QDateTime::currentMSecsSinceEpoch();
    m_revealTimer.start(int(std::clamp<qint64>(due, 0, std::numeric_limits<int>::max())));
}

void DeviceOtpPage::hideExpiredReveals()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<int> expired;
    for (auto it = m_revealedAt.constBegin(); it != m_revealedAt.constEnd(); ++it) {
        if (it.value() + m_revealTimeoutMs <= now + 5)
            expired.append(it.key());
    }
    for (int row : std::as_const(expired))
        m_otps->setRevealed(row, false); // dataChanged drops it from m_revealedAt
    scheduleRevealExpiry();
}

// --- What the page says ----------------------------------------------------------------------

void DeviceOtpPage::showApiError(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return;
    case ApiError::Kind::Cancelled:
        if (m_quietCancel)
            return;
        m_banner->showMessage(ErrorBanner::Severity::Info,
                              tr("Cancelled. Press Retry to ask again."), true);
        return;
    case ApiError::Kind::Forbidden:
        m_banner->showMessage(
            ErrorBanner::Severity::Warning,
            tr("This API client is not entitled to Client Connector (ZCC), so it cannot list "
               "devices or read one-time passwords. An administrator can grant it in ZIdentity."),
            false);
        return;
    case ApiError::Kind::ReadOnly:
        m_banner->showError(error, false);
        return;
    default:
        m_banner->showError(error, true);
        return;
    }
}

void DeviceOtpPage::showReadOnly()
{
    const QString text = tr("Client Connector is in read-only mode right now. Looking up devices "
                            "and one-time passwords still works: both only read.");
    if (!session()->isReadOnly(Product::Zcc)) {
        // The note goes when the mode ends; an error shown since stays.
        if (!m_banner->isHidden() && m_banner->message() == text)
            m_banner->clear();
        return;
    }
    if (m_banner->isHidden())
        m_banner->showMessage(ErrorBanner::Severity::Info, text);
}

void DeviceOtpPage::updateAge()
{
    if (!m_devices || !m_devices->cachedAt().isValid()) {
        m_ageLabel->setText(m_service ? tr("No list fetched yet.") : QString());
        m_ageLabel->setToolTip({});
        return;
    }
    const qint64 seconds =
        std::max<qint64>(0, m_devices->cachedAt().secsTo(QDateTime::currentDateTimeUtc()));
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
    if (!m_devices->isFresh())
        text = tr("Fetched %1; the next search or F5 asks the tenant again.").arg(age);
    else if (m_listFromCache)
        text = tr("Fetched %1, from cache (no call spent).").arg(age);
    else
        text = tr("Fetched %1.").arg(age);
    m_ageLabel->setText(text);
    const int minutes = std::max(1, (m_service ? m_service->cacheLifetimeSeconds() : 300) / 60);
    m_ageLabel->setToolTip(tr("Device lists are reused for %1 min to spare the hourly budget of "
                              "Client Connector calls. F5 fetches the list again.")
                               .arg(minutes));
}

void DeviceOtpPage::updateBudget()
{
    if (!session()->isActive()) {
        m_budgetLabel->clear();
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
    m_budgetLabel->setText(text);
    const bool low = budget.isKnown() && budget.remaining <= 10;
    m_budgetLabel->setStyleSheet(low ? u"color: #b3261e; font-weight: bold;"_s : QString());
}

void DeviceOtpPage::updateDeviceActions()
{
    const bool hasDevice = m_service && !m_selected.isEmpty();
    m_getOtpsButton->setEnabled(hasDevice && !udidOf(m_selected).isEmpty());
    m_deepTracesButton->setEnabled(hasDevice);
    m_deepTracesAction->setEnabled(hasDevice);

    bool anyValue = false;
    bool allShown = true;
    for (int row = 0; row < m_otps->rowCount(); ++row) {
        const QModelIndex value = m_otps->index(row, OtpModel::ValueColumn);
        if (m_otps->data(value, OtpModel::ValueRole).toString().isEmpty())
            continue;
        anyValue = true;
        allShown = allShown && m_otps->isRevealed(row);
    }
    m_revealAllButton->setEnabled(anyValue);
    m_revealAllButton->setText(anyValue && allShown ? tr("&Hide all") : tr("&Reveal all"));
    m_copyMainButton->setEnabled(anyValue);

    if (!hasDevice) {
        m_deviceTitle->setText(tr("No device selected"));
        m_deviceSubtitle->setText(
            m_service ? tr("Pick a device in the list (arrow keys), then press Enter or Get OTPs.")
                      : tr("Sign in to a profile to look up devices."));
        m_otpList->setEmptyText(tr("The one-time passwords of the selected device show here, "
                                   "hidden until you reveal them."));
        return;
    }
    const QString hostname = hostnameOf(m_selected);
    m_deviceTitle->setText(hostname.isEmpty() ? udidOf(m_selected) : hostname);
    QStringList facts{userOf(m_selected), columnText(m_selected, u"type"_s)};
    const QString version = columnText(m_selected, u"agentVersion"_s);
    if (!version.isEmpty())
        facts.append(tr("Client Connector %1").arg(version));
    facts.append(columnText(m_selected, u"registrationState"_s));
    facts.removeAll(QString());
    m_deviceSubtitle->setText(facts.join(u"  ·  "_s));
    m_deviceSubtitle->setToolTip(tr("UDID: %1").arg(udidOf(m_selected)));
    m_otpList->setEmptyText(
        m_otpJob ? tr("Fetching the one-time passwords…")
                 : tr("Press Enter in the list or Get OTPs to fetch this device's one-time "
                      "passwords. That is one call of the hourly budget, and it is written to "
                      "the audit list."));
}

void DeviceOtpPage::updateEmptyTexts()
{
    m_deviceView->setLoadingText(tr("Looking up devices…"));
    m_deviceView->setNoMatchText(tr("No devices match “%1”. Press Esc to clear the filter."));
    if (!m_service) {
        m_deviceView->setEmptyText(tr("Not signed in. Sign in to a profile to look up devices."));
    } else if (m_searchError == ApiError::Kind::Cancelled) {
        m_deviceView->setEmptyText(tr("The search was cancelled. Press Retry above to ask again."));
    } else if (m_searchError == ApiError::Kind::Forbidden ||
               m_searchError == ApiError::Kind::ReadOnly) {
        m_deviceView->setEmptyText(tr("The search failed — see the message above."));
    } else if (m_searchError != ApiError::Kind::None) {
        m_deviceView->setEmptyText(
            tr("The search failed — see the message above and press Retry."));
    } else if (!m_devices || !m_devices->cachedAt().isValid()) {
        m_deviceView->setEmptyText(
            tr("Type a user's login or e-mail above and press Enter to list their devices."));
    } else {
        const ZccDeviceQuery query = m_devices->query();
        if (!query.hostname.isEmpty() && !query.username.isEmpty())
            m_deviceView->setEmptyText(tr("No device of %1 has “%2” in its hostname.")
                                           .arg(query.username, query.hostname));
        else if (!query.username.isEmpty())
            m_deviceView->setEmptyText(tr("No Client Connector devices for “%1”. Check the "
                                          "login: it must match exactly.")
                                           .arg(query.username));
        else
            m_deviceView->setEmptyText(
                tr("No device has “%1” in its hostname.").arg(query.hostname));
    }
}

void DeviceOtpPage::setAuditVisible(bool visible)
{
    if (m_auditToggle->isChecked() != visible)
        m_auditToggle->setChecked(visible); // comes back here
    m_auditPanel->setVisible(visible);
    updateAuditToggle();
}

void DeviceOtpPage::updateAuditToggle()
{
    const bool open = m_auditToggle->isChecked();
    m_auditToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_auditToggle->setText(
        tr("Audit list: OTP retrievals on this computer (%1)").arg(m_audit->rowCount()));
    m_auditNote->setText(
        tr("Who read which device's one-time passwords from this computer, newest first. The "
           "values themselves are never recorded. Kept in %1 (the last %2).")
            .arg(QDir::toNativeSeparators(m_audit->filePath()))
            .arg(m_audit->maximumEntries()));
}

} // namespace zc
