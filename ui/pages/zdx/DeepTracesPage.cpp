// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTracesPage.h"

#include "Session.h"
#include "dialogs/DialogSeams.h"
#include "pages/zdx/StartTraceDialog.h"
#include "widgets/Announcer.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/DeviceSearchModel.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString userOf(const QJsonObject &device)
{
    const QString email = device.value("user_email"_L1).toString();
    return email.isEmpty() ? device.value("user_name"_L1).toString() : email;
}

DeepTraceStatus statusOf(const QJsonObject &trace)
{
    return deeptrace::parseStatus(trace.value("status"_L1).toString());
}

} // namespace

DeepTracesPage::DeepTracesPage(Session *session, QWidget *parent)
    : Page(Area::DeepTraces, session, parent)
    , m_controller(new DeepTraceController(this))
    , m_scaffold(this, Product::Zdx, PageScaffold::Body::Own)
    , m_search(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_devicesView(new RecordTableView(this))
    , m_traces(new DeviceTracesPane(m_controller->traces(), this))
    , m_results(new TraceResultsPane(this))
{
    setObjectName(u"page-"_s + areaKey(Area::DeepTraces));
    buildUi();
    connectController();

    const auto searchNow = [this] {
        m_pendingNavigation.clear();
        search(m_search->text());
    };
    connect(m_search, &QLineEdit::returnPressed, this, searchNow);
    connect(m_searchButton, &QPushButton::clicked, this, searchNow);
    connect(m_devicesView, &RecordTableView::currentRecordChanged, this,
            [this](const QJsonObject &device) {
                if (!device.isEmpty() && recordId(device) != m_controller->deviceId())
                    selectDevice(device);
            });
    connect(m_devicesView, &RecordTableView::activated, this,
            [this] { tracesView()->view()->setFocus(); });
    connect(tracesView(), &RecordTableView::currentRecordChanged, this,
            [this](const QJsonObject &trace) {
                if (!trace.isEmpty())
                    m_lastTraceId = recordId(trace);
                updateActions();
                // A reload passes through "no current row" before the row is current again.
                if (!trace.isEmpty() || traceModel()->rowCount() == 0)
                    showResultsFor(trace);
            });
    connect(m_traces, &DeviceTracesPane::startRequested, this, &DeepTracesPage::startTrace);
    connect(m_traces, &DeviceTracesPane::deleteRequested, this, &DeepTracesPage::deleteTrace);
    connect(m_traces, &DeviceTracesPane::reloadRequested, m_controller,
            &DeepTraceController::loadTraces);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, [this] {
        errorBanner()->clear();
        m_controller->retry();
    });
    connect(busyBar(), &BusyBar::cancelRequested, this, [this] {
        m_controller->cancel();
        busyBar()->finish();
    });
    connect(session, &Session::readOnlyChanged, this, [this](Product product, bool readOnly) {
        if (product != Product::Zdx)
            return;
        onReadOnlyChanged();
        if (!readOnly && errorBanner()->severity() == ErrorBanner::Severity::Warning)
            errorBanner()->clear();
    });
    m_scaffold.followSession([this] { onSessionStarted(); }, [this] { onSessionEnded(); });
    updateActions();
}

DeepTracesPage::~DeepTracesPage()
{
    onSessionEnded();
}

void DeepTracesPage::buildUi()
{
    // Search.
    auto *searchLabel = new QLabel(tr("&Find device:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(u"deepTracesSearch"_s);
    m_search->setPlaceholderText(tr("User e-mail, user name or device name"));
    m_search->setClearButtonEnabled(true);
    m_searchButton->setObjectName(u"deepTracesSearchButton"_s);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);

    m_devicesView->setObjectName(u"deepTracesDevices"_s);
    m_devicesView->setModel(deviceModel());
    m_devicesView->setSettingsKey(u"deepTraces/devices"_s);
    m_devicesView->setExportName(u"zdx-devices"_s);
    m_devicesView->setAccessibleTitle(tr("Devices"));
    m_devicesView->setEmptyText(
        tr("Type a user's e-mail, a user name or part of a device name above and press Enter."));
    m_devicesView->setNoMatchText(tr("No devices match “%1”. Clear the filter."));

    m_results->showPlaceholder(tr("Select a completed deep trace to see its results."));

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(m_traces);
    vertical->addWidget(m_results);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->setChildrenCollapsible(false);
    horizontal->addWidget(m_devicesView);
    horizontal->addWidget(vertical);
    horizontal->setStretchFactor(0, 2);
    horizontal->setStretchFactor(1, 5);
    horizontal->setSizes({420, 860});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(busyBar());
    layout->addLayout(searchRow);
    layout->addWidget(horizontal, 1);

    setTabOrder(m_search, m_searchButton);
    setTabOrder(m_searchButton, m_devicesView->filterEdit());
    setFocusProxy(m_search);
}

void DeepTracesPage::connectController()
{
    DeepTraceController *c = m_controller;
    connect(c, &DeepTraceController::callStarted, this, &DeepTracesPage::onCallStarted);
    connect(c, &DeepTraceController::callEnded, this, [this] {
        if (!m_controller->isBusy())
            busyBar()->finish();
        updateActions();
    });
    connect(c, &DeepTraceController::failed, this, &DeepTracesPage::onFailed);
    connect(c, &DeepTraceController::searchProgress, busyBar(), &BusyBar::setText);
    connect(c, &DeepTraceController::resultsProgress, this, [this](int done, int total) {
        busyBar()->setProgress(done, total,
                               tr("Loading the results of the deep trace (%1 of %2)…")
                                   .arg(std::min(done + 1, total))
                                   .arg(total));
    });
    connect(c, &DeepTraceController::searchFinished, this, &DeepTracesPage::onSearchFinished);
    connect(c, &DeepTraceController::tracesLoaded, this, &DeepTracesPage::onTracesLoaded);
    connect(c, &DeepTraceController::traceStarted, this, &DeepTracesPage::onTraceStarted);
    connect(c, &DeepTraceController::traceDeleted, this, &DeepTracesPage::onTraceDeleted);
    connect(c, &DeepTraceController::traceChanged, this,
            [this](const QString &traceId, const QJsonObject &trace) {
                updateActions();
                if (recordId(currentTrace()) == traceId)
                    showResultsFor(trace);
            });
    connect(c, &DeepTraceController::traceEnded, this, &DeepTracesPage::onTraceEnded);
    connect(c, &DeepTraceController::traceGone, this, [this](const QString &traceId) {
        errorBanner()->showMessage(ErrorBanner::Severity::Info,
                                   tr("The deep trace %1 no longer exists; it was deleted "
                                      "elsewhere. The list is loaded again.")
                                       .arg(traceId));
    });
    connect(c, &DeepTraceController::resultsLoaded, this, [this](const QString &traceId) {
        if (recordId(currentTrace()) == traceId)
            m_results->showResults(traceId, m_controller->results(traceId));
        updateActions();
    });
    connect(c, &DeepTraceController::followingChanged, m_traces, &DeviceTracesPane::setFollowing);
}

// --- Session -------------------------------------------------------------------------------

void DeepTracesPage::onSessionStarted()
{
    onSessionEnded();
    if (!session()->client())
        return;
    m_controller->setClient(session()->client());
    onReadOnlyChanged();
    updateActions();
    if (!m_pendingNavigation.isEmpty())
        search(m_search->text());
}

void DeepTracesPage::onSessionEnded()
{
    if (m_dialog)
        m_dialog->reject();
    m_controller->setClient(nullptr);
    m_lastTraceId.clear();
    m_startedTraceId.clear();
    m_startedMessage.clear();
    m_results->clear();
    m_traces->showTitle({});
    m_scaffold.clearStatus();
    tracesView()->setEmptyText(tr("Pick a device to see its deep traces."));
    m_results->showPlaceholder(tr("Select a completed deep trace to see its results."));
    updateActions();
}

void DeepTracesPage::onReadOnlyChanged()
{
    updateActions();
    if (isReadOnly())
        errorBanner()->showMessage(
            ErrorBanner::Severity::Warning,
            tr("ZDX is in read-only mode for maintenance: you can look at deep traces and their "
               "results, but not start or delete them until it ends."));
}

bool DeepTracesPage::isReadOnly() const
{
    return session()->isReadOnly(Product::Zdx);
}

// --- Page ----------------------------------------------------------------------------------

void DeepTracesPage::refresh()
{
    if (!m_controller->device().isEmpty())
        m_controller->loadTraces();
    else if (!m_search->text().trimmed().isEmpty())
        search(m_search->text());
}

void DeepTracesPage::handleNavigation(const QVariantMap &arguments)
{
    const QString email = arguments.value(u"userEmail"_s).toString().trimmed();
    const QString host = arguments.value(u"hostname"_s).toString().trimmed();
    const QString text = email.isEmpty() ? host : email;
    if (text.isEmpty())
        return;
    m_pendingNavigation = arguments;
    m_search->setText(text);
    if (m_controller->isConnected())
        search(text);
}

// --- Finding the device --------------------------------------------------------------------

void DeepTracesPage::search(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!m_controller->isConnected())
        return;
    if (trimmed.isEmpty()) {
        errorBanner()->showMessage(ErrorBanner::Severity::Info,
                                   tr("Type a user's e-mail, a user name or part of a device "
                                      "name to search."));
        m_search->setFocus();
        return;
    }
    errorBanner()->clear();
    m_controller->search(trimmed);
}

void DeepTracesPage::onSearchFinished()
{
    m_devicesView->clearFilter();
    m_devicesView->setEmptyText(
        tr("ZDX knows no device for “%1”. Check the spelling, or search for the user's "
           "e-mail.")
            .arg(m_controller->searchText()));
    if (!m_pendingNavigation.isEmpty()) {
        applyNavigation();
        return;
    }
    const QJsonArray devices = deviceModel()->records();
    if (devices.size() == 1) {
        const QJsonObject only = devices.first().toObject();
        m_devicesView->setCurrentRecordId(recordId(only));
        if (recordId(only) != m_controller->deviceId())
            selectDevice(only);
    }
    if (!devices.isEmpty())
        m_devicesView->filterEdit()->setFocus(); // Down moves into the rows
}

void DeepTracesPage::applyNavigation()
{
    const QVariantMap arguments = std::exchange(m_pendingNavigation, {});
    const QString email = arguments.value(u"userEmail"_s).toString().trimmed();
    const QString host = arguments.value(u"hostname"_s).toString().trimmed();
    const DeepTraceController::Pick pick = m_controller->pick(email, host);
    const QString who = email.isEmpty() ? host : email;
    if (pick.ofUser.isEmpty()) {
        errorBanner()->showMessage(
            ErrorBanner::Severity::Warning,
            tr("ZDX knows no device of %1. The device may not have reported to ZDX yet, or the "
               "user is not monitored by ZDX.")
                .arg(who));
        return;
    }
    if (pick.matches.size() == 1) {
        const QJsonObject device = pick.matches.first();
        m_devicesView->setCurrentRecordId(recordId(device));
        if (recordId(device) != m_controller->deviceId())
            selectDevice(device);
        tracesView()->view()->setFocus();
        return;
    }
    const int devices = int(pick.ofUser.size());
    if (pick.matches.size() > 1) {
        m_devicesView->setFilterText(host);
        errorBanner()->showMessage(
            ErrorBanner::Severity::Info,
            tr("%1 has %n ZDX devices named %2. Pick the right one from the list.", nullptr,
               int(pick.matches.size()))
                .arg(who, host));
    } else if (host.isEmpty()) {
        errorBanner()->showMessage(
            ErrorBanner::Severity::Info,
            tr("%1 has %n ZDX device(s). Pick one from the list.", nullptr, devices).arg(who));
    } else {
        errorBanner()->showMessage(ErrorBanner::Severity::Info,
                                   tr("None of the ZDX devices of %1 is named %2. Pick the right "
                                      "one from the %n device(s) listed.",
                                      nullptr, devices)
                                       .arg(who, host));
    }
    m_devicesView->filterEdit()->setFocus(); // Down moves into the rows
}

void DeepTracesPage::selectDevice(const QJsonObject &device)
{
    m_lastTraceId.clear();
    m_controller->selectDevice(device);
    m_traces->showDevice(device, m_controller->deviceName());
    m_results->showPlaceholder(tr("Select a completed deep trace to see its results."));
    updateActions();
}

// --- The device's traces -------------------------------------------------------------------

StartTraceDialog *DeepTracesPage::startDialog() const
{
    return m_dialog;
}

QJsonObject DeepTracesPage::currentTrace() const
{
    return m_traces->currentTrace();
}

void DeepTracesPage::onTracesLoaded()
{
    if (traceModel()->rowCount() > 0 &&
        (m_lastTraceId.isEmpty() || !tracesView()->setCurrentRecordId(m_lastTraceId)))
        tracesView()->setCurrentRecordId(deeptrace::traceId(traceModel()->record(0)));
    showResultsFor(currentTrace());
    updateActions();
}

void DeepTracesPage::setWatchIntervals(int initialMs, int maxMs)
{
    m_controller->setWatchIntervals(initialMs, maxMs);
}

// --- Starting ------------------------------------------------------------------------------

void DeepTracesPage::startTrace()
{
    if (!m_controller->isConnected() || m_controller->device().isEmpty())
        return;
    if (isReadOnly()) {
        onReadOnlyChanged();
        return;
    }
    if (const QJsonObject active = m_controller->activeTrace(); !active.isEmpty()) {
        showActiveRefusal(deepTraceName(active));
        tracesView()->setCurrentRecordId(deeptrace::traceId(active));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new StartTraceDialog(m_controller->deviceName(), userOf(m_controller->device()),
                                        QDateTime::currentDateTime(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, &DeepTracesPage::onStartDialogAccepted);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->open();
}

void DeepTracesPage::onStartDialogAccepted()
{
    if (!m_dialog)
        return;
    const DeepTraceSettings settings = m_dialog->settings();
    const QString question = tr("Start a %1-minute deep trace on %2?")
                                 .arg(settings.lengthMinutes)
                                 .arg(m_controller->deviceName()) +
                             u"\n\n"_s +
                             tr("Session name: %1. No other deep trace can run on this device "
                                "until it ends.")
                                 .arg(settings.sessionName);
    const QMessageBox::StandardButton answer =
        DialogSeams::instance()->question(this, tr("Start deep trace"), question,
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        m_controller->startTrace(settings);
}

void DeepTracesPage::onTraceStarted(const QString &traceId, const DeepTraceSettings &settings)
{
    tracesView()->setCurrentRecordId(traceId);
    m_startedTraceId = traceId;
    m_startedMessage = tr("Deep trace “%1” started on %2. Its status refreshes by itself; "
                          "the results appear below when it has completed.")
                           .arg(settings.sessionName, m_controller->deviceName());
    errorBanner()->showMessage(ErrorBanner::Severity::Info, m_startedMessage);
    showResultsFor(currentTrace());
    updateActions();
}

void DeepTracesPage::onTraceEnded(const QString &traceId, const QJsonObject &trace)
{
    updateActions();
    const bool shown = recordId(currentTrace()) == traceId;
    if (shown)
        showResultsFor(trace);
    if (traceId != m_startedTraceId)
        return;
    m_startedTraceId.clear();
    const QString started = std::exchange(m_startedMessage, {});
    const bool completed = statusOf(trace) == DeepTraceStatus::Completed;
    const QString news =
        !completed ? tr("Deep trace “%1” has ended without completing.").arg(deepTraceName(trace))
        : shown
            ? tr("Deep trace “%1” has completed; its results are below.").arg(deepTraceName(trace))
            : tr("Deep trace “%1” has completed. Select it to see its results.")
                  .arg(deepTraceName(trace));
    // Only the banner as onTraceStarted() left it: anything shown since is newer news. A
    // screen reader hears of the end either way.
    ErrorBanner *banner = errorBanner();
    if (banner->isHidden() || banner->severity() != ErrorBanner::Severity::Info ||
        banner->message() != started) {
        Announcer::announce(this, news);
        return;
    }
    if (!completed) {
        banner->clear(); // the list and the results pane say how it ended
        Announcer::announce(this, news);
        return;
    }
    banner->showMessage(ErrorBanner::Severity::Info, news); // announces it
}

void DeepTracesPage::showActiveRefusal(const QString &activeName)
{
    errorBanner()->showMessage(ErrorBanner::Severity::Warning,
                               m_controller->activeRefusalText(activeName), false);
}

// --- Deleting ------------------------------------------------------------------------------

void DeepTracesPage::deleteTrace()
{
    const QJsonObject trace = currentTrace();
    if (!m_controller->isConnected() || trace.isEmpty() ||
        m_controller->isRunning(DeepTraceController::Call::Delete))
        return;
    if (isReadOnly()) {
        onReadOnlyChanged();
        return;
    }
    const QString name = deepTraceName(trace);
    const QString device = m_controller->deviceName();
    const QString text =
        deeptrace::isActive(statusOf(trace))
            ? tr("Delete the deep trace “%1” on %2? It is still running: deleting it stops it "
                 "and its data is lost.")
                  .arg(name, device)
            : tr("Delete the deep trace “%1” on %2? Its results are deleted with it.")
                  .arg(name, device);
    const QMessageBox::StandardButton answer = DialogSeams::instance()->question(
        this, tr("Delete deep trace"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_controller->deleteTrace(deeptrace::traceId(trace));
}

void DeepTracesPage::onTraceDeleted(const QString &traceId, const QString &name)
{
    Q_UNUSED(traceId)
    showResultsFor(currentTrace());
    errorBanner()->showMessage(ErrorBanner::Severity::Info,
                               tr("Deleted the deep trace “%1”.").arg(name));
}

// --- Results -------------------------------------------------------------------------------

void DeepTracesPage::showResultsFor(const QJsonObject &trace)
{
    m_results->showFor(trace, m_controller, traceModel()->rowCount() == 0);
}

// --- Calls, errors, actions ----------------------------------------------------------------

void DeepTracesPage::onCallStarted(DeepTraceController::Call call, const QString &subject)
{
    if (call == DeepTraceController::Call::Follow)
        return;
    if (call == DeepTraceController::Call::LoadResults)
        m_results->showPlaceholder(tr("Loading the results…"));
    busyBar()->start(DeepTraceController::callText(call, subject));
    busyBar()->setCancellable(true);
    updateActions();
}

void DeepTracesPage::onFailed(DeepTraceController::Call call, const ApiError &error)
{
    if (call == DeepTraceController::Call::LoadResults)
        m_results->showPlaceholder(tr("The results could not be loaded."));
    if (call == DeepTraceController::Call::Start && DeepTraceController::isActiveRefusal(error)) {
        showActiveRefusal({});
        return;
    }
    if (call == DeepTraceController::Call::Start && DeepTraceController::isLimitRefusal(error)) {
        errorBanner()->showMessage(ErrorBanner::Severity::Warning,
                                   tr("The tenant already runs as many deep traces as ZDX "
                                      "allows. Wait for one to end, or delete one, then press "
                                      "Retry."),
                                   true);
        return;
    }
    showError(error);
}

void DeepTracesPage::showError(const ApiError &error)
{
    m_scaffold.showFailure(error, tr("Cancelled. Press Retry to try again."),
                           m_controller->canRetry(), PageScaffold::Forbidden::NotEntitled);
}

void DeepTracesPage::updateActions()
{
    const bool connected = m_controller->isConnected();
    const bool hasDevice = connected && !m_controller->device().isEmpty();
    const bool readOnly = connected && isReadOnly();
    m_search->setEnabled(connected);
    m_searchButton->setEnabled(connected);
    m_traces->setActions(hasDevice && !readOnly &&
                             !m_controller->isRunning(DeepTraceController::Call::Start),
                         hasDevice && !readOnly && !currentTrace().isEmpty() &&
                             !m_controller->isRunning(DeepTraceController::Call::Delete),
                         hasDevice, readOnly);
    exportButton()->setEnabled(!m_results->shownTraceId().isEmpty());
    if (!connected)
        m_traces->showTitle(tr("Sign in to a tenant to work with ZDX deep traces."));
    else if (!hasDevice)
        m_traces->showTitle(tr("Find the user's device to see and start its deep traces."));
}

} // namespace zc
