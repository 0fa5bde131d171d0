// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTracesPage.h"

#include "Session.h"
#include "dialogs/DialogSeams.h"
#include "net/ApiJob.h"
#include "pages/zdx/CloudPathView.h"
#include "pages/zdx/DeviceFinder.h"
#include "pages/zdx/HealthChartsView.h"
#include "pages/zdx/StartTraceDialog.h"
#include "pages/zdx/TraceProgressDelegate.h"
#include "pages/zdx/WebProbeView.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zdx/CloudPathModel.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/DeepTraceWatcher.h"
#include "zdx/EventsModel.h"
#include "zdx/HealthMetricsModel.h"
#include "zdx/TopProcessesModel.h"
#include "zdx/WebProbeModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
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

QString traceName(const QJsonObject &trace)
{
    const QString name =
        trace.value("trace_details"_L1).toObject().value("session_name"_L1).toString();
    return name.isEmpty() ? deeptrace::traceId(trace) : name;
}

DeepTraceStatus statusOf(const QJsonObject &trace)
{
    return deeptrace::parseStatus(trace.value("status"_L1).toString());
}

void dropJob(QObject *job, QObject *receiver)
{
    if (!job)
        return;
    job->disconnect(receiver);
    if (auto *api = qobject_cast<ApiJob *>(job))
        api->cancel();
    else if (auto *start = qobject_cast<DeepTraceStartJob *>(job)) {
        start->cancel();
        start->deleteLater();
    } else if (auto *results = qobject_cast<DeepTraceResultsJob *>(job)) {
        results->cancel();
        results->deleteLater();
    }
}

} // namespace

DeepTracesPage::DeepTracesPage(Session *session, QWidget *parent)
    : Page(Area::DeepTraces, session, parent)
    , m_devices(new DeviceSearchModel(this))
    , m_traces(new DeepTraceModel(this))
    , m_health(new HealthMetricsModel(this))
    , m_processes(new TopProcessesModel(this))
    , m_events(new EventsModel(this))
    , m_webProbe(new WebProbeModel(this))
    , m_cloudPath(new CloudPathModel(this))
    , m_banner(new ErrorBanner(this))
    , m_busy(new BusyBar(this))
    , m_search(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_devicesView(new RecordTableView(this))
    , m_deviceTitle(new QLabel(this))
    , m_startButton(new QPushButton(tr("S&tart deep trace…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_reloadButton(new QPushButton(tr("&Reload"), this))
    , m_followLabel(new QLabel(this))
    , m_tracesView(new RecordTableView(this))
    , m_resultsStack(new QStackedWidget(this))
    , m_resultsPlaceholder(new QLabel(m_resultsStack))
    , m_resultsTabs(new QTabWidget(m_resultsStack))
    , m_exportButton(new QPushButton(tr("E&xport…"), m_resultsTabs))
    , m_healthView(new RecordTableView(m_resultsTabs))
    , m_processesView(new RecordTableView(m_resultsTabs))
    , m_eventsView(new RecordTableView(m_resultsTabs))
    , m_healthCharts(new HealthChartsView(m_health, m_resultsTabs))
    , m_webProbeView(new WebProbeView(m_webProbe, m_resultsTabs))
    , m_cloudPathView(new CloudPathView(m_cloudPath, m_resultsTabs))
    , m_watchInitialMs(DeepTraceWatcher::defaultInitialIntervalMs)
    , m_watchMaxMs(DeepTraceWatcher::defaultMaxIntervalMs)
{
    setObjectName(u"page-"_s + areaKey(Area::DeepTraces));

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
    m_devicesView->setModel(m_devices);
    m_devicesView->setSettingsKey(u"deepTraces/devices"_s);
    m_devicesView->setExportName(u"zdx-devices"_s);
    m_devicesView->setEmptyText(
        tr("Type a user's e-mail, a user name or part of a device name above and press Enter."));
    m_devicesView->setNoMatchText(tr("No devices match “%1”. Clear the filter."));

    // The device's traces.
    m_deviceTitle->setObjectName(u"deepTracesDeviceTitle"_s);
    m_deviceTitle->setTextFormat(Qt::RichText);
    m_deviceTitle->setWordWrap(true);
    m_startButton->setObjectName(u"startTraceButton"_s);
    m_deleteButton->setObjectName(u"deleteTraceButton"_s);
    m_reloadButton->setObjectName(u"reloadTracesButton"_s);
    m_startButton->setToolTip(tr("Start a deep trace on this device"));
    m_deleteButton->setToolTip(tr("Delete the selected deep trace and its results (Del)"));
    m_reloadButton->setToolTip(tr("Load this device's deep traces again (F5)"));
    m_followLabel->setObjectName(u"deepTracesFollowing"_s);
    m_followLabel->setWordWrap(true);
    m_followLabel->setForegroundRole(QPalette::PlaceholderText);
    m_followLabel->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_startButton);
    actions->addWidget(m_deleteButton);
    actions->addWidget(m_reloadButton);
    actions->addWidget(m_followLabel, 1);
    actions->addStretch(); // keeps the buttons compact while the label is hidden

    m_tracesView->setObjectName(u"deepTracesList"_s);
    m_tracesView->setModel(m_traces);
    m_tracesView->setSettingsKey(u"deepTraces/traces"_s);
    if (!m_tracesView->restoreLayout()) {
        // One device's traces: its user and name are in the title already.
        m_tracesView->setColumnVisible(u"username"_s, false);
        m_tracesView->setColumnVisible(u"device_name"_s, false);
    }
    m_tracesView->setExportName(u"deep-traces"_s);
    m_tracesView->view()->setItemDelegateForColumn(m_traces->columnIndex(u"progress"_s),
                                                   new TraceProgressDelegate(m_tracesView));
    m_tracesView->setEmptyText(tr("Pick a device to see its deep traces."));
    m_tracesView->setNoMatchText(tr("No deep traces match “%1”. Clear the filter."));

    auto *deleteAction = new QAction(tr("Delete deep trace…"), this);
    connect(deleteAction, &QAction::triggered, this, &DeepTracesPage::deleteTrace);
    m_tracesView->addContextAction(deleteAction);
    m_tracesView->view()->installEventFilter(this); // Del deletes the current trace

    // Results.
    m_resultsPlaceholder->setObjectName(u"deepTraceResultsPlaceholder"_s);
    m_resultsPlaceholder->setAlignment(Qt::AlignCenter);
    m_resultsPlaceholder->setWordWrap(true);
    m_resultsPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_resultsTabs->setObjectName(u"deepTraceResults"_s);
    m_healthView->setObjectName(u"healthMetricsView"_s);
    m_healthView->setModel(m_health);
    m_healthView->setEmptyText(tr("ZDX recorded no health metrics for this trace."));
    m_processesView->setObjectName(u"topProcessesView"_s);
    m_processesView->setModel(m_processes);
    m_processesView->setSettingsKey(u"deepTraces/topProcesses"_s);
    m_processesView->setEmptyText(tr("ZDX recorded no processes for this trace."));
    m_eventsView->setObjectName(u"eventsView"_s);
    m_eventsView->setModel(m_events);
    m_eventsView->setSettingsKey(u"deepTraces/events"_s);
    m_eventsView->setEmptyText(tr("ZDX recorded no events for this trace."));
    m_resultsTabs->addTab(m_healthCharts, tr("Health &charts"));
    m_resultsTabs->addTab(m_healthView, tr("&Health metrics"));
    m_resultsTabs->addTab(m_processesView, tr("Top &processes"));
    m_resultsTabs->addTab(m_eventsView, tr("&Events"));
    m_resultsTabs->addTab(m_webProbeView, tr("&Web probe"));
    m_resultsTabs->addTab(m_cloudPathView, tr("C&loud path"));
    m_exportButton->setObjectName(u"exportResultButton"_s);
    m_exportButton->setToolTip(
        tr("Export this result: a table as CSV or JSON, a chart also as PNG"));
    m_resultsTabs->setCornerWidget(m_exportButton, Qt::TopRightCorner);
    m_resultsStack->addWidget(m_resultsPlaceholder);
    m_resultsStack->addWidget(m_resultsTabs);
    showPlaceholder(tr("Select a completed deep trace to see its results."));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_deviceTitle);
    rightLayout->addLayout(actions);
    auto *vertical = new QSplitter(Qt::Vertical, right);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(m_tracesView);
    vertical->addWidget(m_resultsStack);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    rightLayout->addWidget(vertical, 1);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->setChildrenCollapsible(false);
    horizontal->addWidget(m_devicesView);
    horizontal->addWidget(right);
    horizontal->setStretchFactor(0, 2);
    horizontal->setStretchFactor(1, 5);
    horizontal->setSizes({420, 860});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addLayout(searchRow);
    layout->addWidget(horizontal, 1);

    setTabOrder(m_search, m_searchButton);
    setTabOrder(m_searchButton, m_devicesView->filterEdit());
    setFocusProxy(m_search);

    // Wiring.
    const auto searchNow = [this] {
        m_pendingNavigation.clear();
        search(m_search->text());
    };
    connect(m_search, &QLineEdit::returnPressed, this, searchNow);
    connect(m_searchButton, &QPushButton::clicked, this, searchNow);
    connect(m_devicesView, &RecordTableView::currentRecordChanged, this,
            [this](const QJsonObject &device) {
                if (!device.isEmpty() && recordId(device) != recordId(m_device))
                    selectDevice(device);
            });
    connect(m_devicesView, &RecordTableView::activated, this,
            [this] { m_tracesView->view()->setFocus(); });
    connect(m_tracesView, &RecordTableView::currentRecordChanged, this,
            [this](const QJsonObject &trace) {
                updateActions();
                // A reload passes through "no current row" before the row is current again.
                if (!trace.isEmpty() || m_traces->rowCount() == 0)
                    showResultsFor(trace);
            });
    connect(m_startButton, &QPushButton::clicked, this, &DeepTracesPage::startTrace);
    connect(m_deleteButton, &QPushButton::clicked, this, &DeepTracesPage::deleteTrace);
    connect(m_reloadButton, &QPushButton::clicked, this, &DeepTracesPage::loadTraces);
    connect(m_exportButton, &QPushButton::clicked, this, &DeepTracesPage::exportCurrentResult);
    connect(m_banner, &ErrorBanner::retryRequested, this, &DeepTracesPage::retry);
    connect(m_busy, &BusyBar::cancelRequested, this, &DeepTracesPage::cancelCalls);

    connect(session, &Session::started, this, &DeepTracesPage::onSessionStarted);
    connect(session, &Session::ended, this, &DeepTracesPage::onSessionEnded);
    connect(session, &Session::waiting, this,
            [this](Product product, int seconds, WaitReason reason) {
                if (product == Product::Zdx)
                    m_busy->showWait(product, seconds, reason);
            });
    connect(session, &Session::readOnlyChanged, this, [this](Product product, bool readOnly) {
        if (product != Product::Zdx)
            return;
        onReadOnlyChanged();
        if (!readOnly && m_banner->severity() == ErrorBanner::Severity::Warning)
            m_banner->clear();
    });

    if (session->isActive())
        onSessionStarted();
    updateActions();
}

DeepTracesPage::~DeepTracesPage()
{
    onSessionEnded();
}

bool DeepTracesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tracesView->view() && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        deleteTrace();
        return true;
    }
    return Page::eventFilter(watched, event);
}

// --- Session -------------------------------------------------------------------------------

void DeepTracesPage::onSessionStarted()
{
    onSessionEnded();
    if (!session()->client())
        return;
    m_zdx = new ZdxService(session()->client(), this);
    m_finder = new DeviceFinder(m_zdx, this);
    connect(m_finder, &DeviceFinder::progress, m_busy, &BusyBar::setText);
    connect(m_finder, &DeviceFinder::finished, this, &DeepTracesPage::onSearchFinished);
    connect(m_finder, &DeviceFinder::failed, this, [this](const ApiError &error) {
        endCall();
        const QString text = m_finder->text();
        showError(error, [this, text] { search(text); });
    });
    onReadOnlyChanged();
    updateActions();
    if (!m_pendingNavigation.isEmpty())
        search(m_search->text());
}

void DeepTracesPage::onSessionEnded()
{
    if (m_dialog)
        m_dialog->reject();
    dropJob(m_listJob, this);
    dropJob(m_deleteJob, this);
    dropJob(m_startJob, this);
    dropJob(m_resultsJob, this);
    m_listJob = nullptr;
    m_deleteJob = nullptr;
    m_startJob = nullptr;
    m_resultsJob = nullptr;
    stopFollowing();
    delete m_finder;
    m_finder = nullptr;
    delete m_zdx;
    m_device = {};
    m_results.clear();
    m_shownResults.clear();
    m_retry = {};
    m_startedTraceId.clear();
    m_startedMessage.clear();
    m_devices->clear();
    m_traces->clear();
    m_health->clear();
    m_processes->clear();
    m_events->clear();
    m_webProbe->setResult({});
    m_cloudPath->setResult({});
    m_deviceTitle->clear();
    m_banner->clear();
    m_busy->finish();
    m_tracesView->setEmptyText(tr("Pick a device to see its deep traces."));
    showPlaceholder(tr("Select a completed deep trace to see its results."));
    updateActions();
}

void DeepTracesPage::onReadOnlyChanged()
{
    updateActions();
    if (isReadOnly())
        m_banner->showMessage(ErrorBanner::Severity::Warning,
                              tr("ZDX is in read-only mode for maintenance: you can look at deep "
                                 "traces and their results, but not start or delete them until "
                                 "it ends."));
}

bool DeepTracesPage::isReadOnly() const
{
    return session()->isReadOnly(Product::Zdx);
}

// --- Page ----------------------------------------------------------------------------------

void DeepTracesPage::refresh()
{
    if (!m_device.isEmpty())
        loadTraces();
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
    if (m_zdx)
        search(text);
}

// --- Finding the device --------------------------------------------------------------------

void DeepTracesPage::search(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!m_zdx)
        return;
    if (trimmed.isEmpty()) {
        m_banner->showMessage(ErrorBanner::Severity::Info,
                              tr("Type a user's e-mail, a user name or part of a device name "
                                 "to search."));
        m_search->setFocus();
        return;
    }
    m_banner->clear();
    beginCall(tr("Searching ZDX for “%1”…").arg(trimmed));
    m_finder->find(trimmed);
}

void DeepTracesPage::onSearchFinished(const QJsonArray &devices)
{
    endCall();
    m_devicesView->clearFilter();
    m_devices->setRecords(devices);
    m_devicesView->setEmptyText(
        tr("ZDX knows no device for “%1”. Check the spelling, or search for the user's "
           "e-mail.")
            .arg(m_finder->text()));
    if (!m_pendingNavigation.isEmpty()) {
        applyNavigation();
        return;
    }
    if (devices.size() == 1) {
        const QJsonObject only = devices.first().toObject();
        m_devicesView->setCurrentRecordId(recordId(only));
        if (recordId(only) != recordId(m_device))
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

    QList<QJsonObject> ofUser;
    for (const QJsonValue &value : m_devices->records()) {
        const QJsonObject device = value.toObject();
        if (email.isEmpty() ||
            device.value("user_email"_L1).toString().compare(email, Qt::CaseInsensitive) == 0)
            ofUser.append(device);
    }
    const QString who = email.isEmpty() ? host : email;
    if (ofUser.isEmpty()) {
        m_banner->showMessage(
            ErrorBanner::Severity::Warning,
            tr("ZDX knows no device of %1. The device may not have reported to ZDX yet, or the "
               "user is not monitored by ZDX.")
                .arg(who));
        return;
    }
    QList<QJsonObject> matches;
    for (const QJsonObject &device : std::as_const(ofUser)) {
        if (!host.isEmpty() &&
            device.value("name"_L1).toString().compare(host, Qt::CaseInsensitive) == 0)
            matches.append(device);
    }
    if (matches.size() == 1) {
        const QJsonObject device = matches.first();
        m_devicesView->setCurrentRecordId(recordId(device));
        if (recordId(device) != recordId(m_device))
            selectDevice(device);
        m_tracesView->view()->setFocus();
        return;
    }
    if (matches.size() > 1) {
        m_devicesView->setFilterText(host);
        m_banner->showMessage(
            ErrorBanner::Severity::Info,
            tr("%1 has %n ZDX devices named %2. Pick the right one from the list.", nullptr,
               int(matches.size()))
                .arg(who, host));
    } else if (host.isEmpty()) {
        m_banner->showMessage(
            ErrorBanner::Severity::Info,
            tr("%1 has %n ZDX device(s). Pick one from the list.", nullptr, int(ofUser.size()))
                .arg(who));
    } else {
        m_banner->showMessage(ErrorBanner::Severity::Info,
                              tr("None of the ZDX devices of %1 is named %2. Pick the right one "
                                 "from the %n device(s) listed.",
                                 nullptr, int(ofUser.size()))
                                  .arg(who, host));
    }
    m_devicesView->filterEdit()->setFocus(); // Down moves into the rows
}

void DeepTracesPage::selectDevice(const QJsonObject &device)
{
    stopFollowing();
    dropJob(m_listJob, this);
    m_listJob = nullptr;
    dropJob(m_resultsJob, this);
    m_resultsJob = nullptr;
    m_device = device;
    m_results.clear();
    m_shownResults.clear();
    m_traces->clear();
    endCall();

    const QString user = device.value("user_email"_L1).toString();
    const QString userName = device.value("user_name"_L1).toString();
    QString who;
    if (!user.isEmpty() && !userName.isEmpty())
        who = tr("%1 (%2)").arg(user.toHtmlEscaped(), userName.toHtmlEscaped());
    else
        who = (user.isEmpty() ? userName : user).toHtmlEscaped();
    m_deviceTitle->setText(
        who.isEmpty()
            ? tr("<b>%1</b> · ZDX device %2").arg(deviceName().toHtmlEscaped(), recordId(device))
            : tr("<b>%1</b> · %2 · ZDX device %3")
                  .arg(deviceName().toHtmlEscaped(), who, recordId(device)));
    m_tracesView->setEmptyText(
        tr("No deep traces on %1 yet. Start one with Start deep trace….").arg(deviceName()));
    showPlaceholder(tr("Select a completed deep trace to see its results."));
    updateActions();
    loadTraces();
}

QString DeepTracesPage::deviceName() const
{
    const QString name = m_device.value("name"_L1).toString();
    return name.isEmpty() ? recordId(m_device) : name;
}

// --- The device's traces -------------------------------------------------------------------

StartTraceDialog *DeepTracesPage::startDialog() const
{
    return m_dialog;
}

QJsonObject DeepTracesPage::currentTrace() const
{
    return m_tracesView->currentRecord();
}

void DeepTracesPage::loadTraces()
{
    if (!m_zdx || m_device.isEmpty())
        return;
    dropJob(m_listJob, this);
    const QString deviceId = recordId(m_device);
    beginCall(tr("Loading the deep traces of %1…").arg(deviceName()));
    ApiJob *job = m_zdx->deepTraces(deviceId);
    m_listJob = job;
    connect(job, &ApiJob::succeeded, this, [this, job, deviceId](ApiJob *) {
        if (job != m_listJob)
            return;
        m_listJob = nullptr;
        endCall();
        if (deviceId == recordId(m_device))
            onTracesLoaded(job->json().array());
    });
    connect(job, &ApiJob::failed, this, [this, job](ApiJob *, const ApiError &error) {
        if (job != m_listJob)
            return;
        m_listJob = nullptr;
        endCall();
        showError(error, [this] { loadTraces(); });
    });
}

void DeepTracesPage::onTracesLoaded(const QJsonArray &traces)
{
    QList<QJsonObject> list;
    for (const QJsonValue &value : traces)
        list.append(value.toObject());
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value("created_at"_L1).toInteger() > b.value("created_at"_L1).toInteger();
    });
    QJsonArray sorted;
    for (const QJsonObject &trace : std::as_const(list))
        sorted.append(trace);
    const QString current = recordId(currentTrace());
    m_traces->setRecords(sorted);
    if (!list.isEmpty() && (current.isEmpty() || !m_tracesView->setCurrentRecordId(current)))
        m_tracesView->setCurrentRecordId(deeptrace::traceId(list.first()));
    followActiveTraces();
    showResultsFor(currentTrace());
    updateActions();
}

void DeepTracesPage::setWatchIntervals(int initialMs, int maxMs)
{
    m_watchInitialMs = initialMs;
    m_watchMaxMs = maxMs;
}

void DeepTracesPage::followActiveTraces()
{
    QStringList present;
    for (const QJsonValue &value : m_traces->records()) {
        const QJsonObject trace = value.toObject();
        const QString id = deeptrace::traceId(trace);
        present << id;
        if (!deeptrace::isTerminal(statusOf(trace)))
            follow(id);
    }
    const QStringList followed = m_watchers.keys();
    for (const QString &id : followed) {
        if (!present.contains(id))
            unfollow(id);
    }
}

void DeepTracesPage::follow(const QString &traceId)
{
    if (!m_zdx || m_watchers.contains(traceId) || m_device.isEmpty())
        return;
    auto *watcher = new DeepTraceWatcher(m_zdx, recordId(m_device), traceId, this);
    watcher->setInitialInterval(m_watchInitialMs);
    watcher->setMaxInterval(m_watchMaxMs);
    m_watchers.insert(traceId, watcher);
    const auto isCurrent = [this, traceId] { return recordId(currentTrace()) == traceId; };
    connect(watcher, &DeepTraceWatcher::statusChanged, this,
            [this, isCurrent](const QString &, const QJsonObject &trace) {
                m_traces->updateTrace(trace);
                updateActions();
                if (isCurrent())
                    showResultsFor(trace);
            });
    connect(watcher, &DeepTraceWatcher::progressChanged, this,
            [this, watcher](int) { m_traces->updateTrace(watcher->trace()); });
    connect(watcher, &DeepTraceWatcher::completed, this,
            [this, traceId, isCurrent](const QJsonObject &trace) {
                m_traces->updateTrace(trace);
                unfollow(traceId);
                updateActions();
                onStartedTraceEnded(traceId, trace);
                if (isCurrent())
                    showResultsFor(trace);
            });
    connect(watcher, &DeepTraceWatcher::failed, this,
            [this, watcher, traceId](const QString &status, const ApiError &error) {
                if (!status.isEmpty()) {
                    m_traces->updateTrace(watcher->trace());
                    onStartedTraceEnded(traceId, watcher->trace());
                }
                unfollow(traceId);
                updateActions();
                if (!error.isError() || error.kind == ApiError::Kind::Cancelled)
                    return;
                if (error.kind == ApiError::Kind::NotFound) {
                    m_banner->showMessage(ErrorBanner::Severity::Info,
                                          tr("The deep trace %1 no longer exists; it was "
                                             "deleted elsewhere. The list is loaded again.")
                                              .arg(traceId));
                    loadTraces();
                    return;
                }
                showError(error, [this] { loadTraces(); });
            });
    watcher->start();
    updateFollowLabel();
}

void DeepTracesPage::unfollow(const QString &traceId)
{
    DeepTraceWatcher *watcher = m_watchers.take(traceId);
    if (watcher) {
        watcher->disconnect(this);
        watcher->stop();
        watcher->deleteLater();
    }
    updateFollowLabel();
}

void DeepTracesPage::stopFollowing()
{
    const QStringList ids = m_watchers.keys();
    for (const QString &id : ids)
        unfollow(id);
}

void DeepTracesPage::updateFollowLabel()
{
    const int count = int(m_watchers.size());
    m_followLabel->setVisible(count > 0);
    m_followLabel->setText(tr("Following %n running trace(s): the status refreshes by itself, "
                              "less often while nothing changes.",
                              nullptr, count));
}

// --- Starting ------------------------------------------------------------------------------

void DeepTracesPage::startTrace()
{
    if (!m_zdx || m_device.isEmpty())
        return;
    if (isReadOnly()) {
        onReadOnlyChanged();
        return;
    }
    for (const QJsonValue &value : m_traces->records()) {
        const QJsonObject trace = value.toObject();
        if (deeptrace::isActive(statusOf(trace))) {
            showActiveRefusal(traceName(trace));
            m_tracesView->setCurrentRecordId(deeptrace::traceId(trace));
            return;
        }
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog =
        new StartTraceDialog(deviceName(), userOf(m_device), QDateTime::currentDateTime(), this);
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
    const QString question =
        tr("Start a %1-minute deep trace on %2?").arg(settings.lengthMinutes).arg(deviceName()) +
        u"\n\n"_s +
        tr("Session name: %1. No other deep trace can run on this device until it ends.")
            .arg(settings.sessionName);
    const QMessageBox::StandardButton answer =
        DialogSeams::instance()->question(this, tr("Start deep trace"), question,
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        sendStart(settings);
}

void DeepTracesPage::sendStart(const DeepTraceSettings &settings)
{
    if (!m_zdx || m_device.isEmpty())
        return;
    dropJob(m_startJob, this);
    const QString deviceId = recordId(m_device);
    beginCall(tr("Starting a deep trace on %1…").arg(deviceName()));
    DeepTraceStartJob *job = m_zdx->startDeepTrace(deviceId, settings);
    m_startJob = job;
    updateActions();
    connect(job, &DeepTraceStartJob::succeeded, this,
            [this, job, deviceId, settings](const QJsonObject &answer) {
                if (job != m_startJob)
                    return;
                m_startJob = nullptr;
                job->deleteLater();
                endCall();
                updateActions();
                if (deviceId == recordId(m_device))
                    onStarted(answer, settings);
            });
    connect(job, &DeepTraceStartJob::failed, this, [this, job, settings](const ApiError &error) {
        if (job != m_startJob)
            return;
        m_startJob = nullptr;
        job->deleteLater();
        endCall();
        updateActions();
        onStartFailed(error, settings);
    });
}

void DeepTracesPage::onStarted(const QJsonObject &answer, const DeepTraceSettings &settings)
{
    // What the answer and the settings say until the first status check brings the record.
    const QJsonObject details{{u"session_name"_s, settings.sessionName},
                              {u"session_length_minutes"_s, settings.lengthMinutes},
                              {u"probe_device"_s, settings.probeDevice},
                              {u"device_name"_s, deviceName()},
                              {u"username"_s, m_device.value("user_email"_L1)}};
    const QJsonObject trace{{u"trace_id"_s, answer.value("trace_id"_L1)},
                            {u"status"_s, answer.value("status"_L1)},
                            {u"expected_time"_s, answer.value("expected_time"_L1)},
                            {u"created_at"_s, QDateTime::currentSecsSinceEpoch()},
                            {u"started_at"_s, 0},
                            {u"ended_at"_s, 0},
                            {u"trace_details"_s, details}};
    const QString id = deeptrace::traceId(trace);
    QJsonArray records{trace};
    for (const QJsonValue &value : m_traces->records()) {
        if (deeptrace::traceId(value.toObject()) != id)
            records.append(value);
    }
    m_traces->setRecords(records);
    m_tracesView->setCurrentRecordId(id);
    m_startedTraceId = id;
    m_startedMessage = tr("Deep trace “%1” started on %2. Its status refreshes by itself; "
                          "the results appear below when it has completed.")
                           .arg(settings.sessionName, deviceName());
    m_banner->showMessage(ErrorBanner::Severity::Info, m_startedMessage);
    follow(id);
    showResultsFor(currentTrace());
    updateActions();
}

void DeepTracesPage::onStartedTraceEnded(const QString &traceId, const QJsonObject &trace)
{
    if (traceId != m_startedTraceId)
        return;
    m_startedTraceId.clear();
    const QString started = std::exchange(m_startedMessage, {});
    // Only the banner as onStarted() left it: anything shown since is newer news.
    if (m_banner->isHidden() || m_banner->severity() != ErrorBanner::Severity::Info ||
        m_banner->message() != started)
        return;
    const DeepTraceStatus status = statusOf(trace);
    if (status != DeepTraceStatus::Completed) {
        m_banner->clear(); // the list and the results pane say how it ended
        return;
    }
    const bool shown = recordId(currentTrace()) == traceId;
    m_banner->showMessage(
        ErrorBanner::Severity::Info,
        shown ? tr("Deep trace “%1” has completed; its results are below.").arg(traceName(trace))
              : tr("Deep trace “%1” has completed. Select it to see its "
                   "results.")
                    .arg(traceName(trace)));
}

void DeepTracesPage::onStartFailed(const ApiError &error, const DeepTraceSettings &settings)
{
    if (error.httpStatus == 409 && error.serverCode == "DEEP_TRACE_ALREADY_ACTIVE"_L1) {
        showActiveRefusal({});
        loadTraces(); // the list was behind: show the active trace
        return;
    }
    if (error.httpStatus == 409 && error.serverCode == "DEEP_TRACE_LIMIT_REACHED"_L1) {
        m_retry = [this, settings] { sendStart(settings); };
        m_banner->showMessage(ErrorBanner::Severity::Warning,
                              tr("The tenant already runs as many deep traces as ZDX allows. "
                                 "Wait for one to end, or delete one, then press Retry."),
                              true);
        return;
    }
    showError(error, [this, settings] { sendStart(settings); });
}

void DeepTracesPage::showActiveRefusal(const QString &activeName)
{
    const QString sentence =
        activeName.isEmpty()
            ? tr("%1 already has a deep trace running. ZDX runs one deep trace per device at a "
                 "time: wait for it to complete, or delete it, then start a new one.")
                  .arg(deviceName())
            : tr("%1 already has a deep trace running (“%2”). ZDX runs one deep trace per "
                 "device at a time: wait for it to complete, or delete it, then start a new "
                 "one.")
                  .arg(deviceName(), activeName);
    m_retry = {};
    m_banner->showMessage(ErrorBanner::Severity::Warning, sentence, false);
}

// --- Deleting ------------------------------------------------------------------------------

void DeepTracesPage::deleteTrace()
{
    const QJsonObject trace = currentTrace();
    if (!m_zdx || trace.isEmpty() || m_deleteJob)
        return;
    if (isReadOnly()) {
        onReadOnlyChanged();
        return;
    }
    const QString name = traceName(trace);
    const QString text =
        deeptrace::isActive(statusOf(trace))
            ? tr("Delete the deep trace “%1” on %2? It is still running: deleting it stops it "
                 "and its data is lost.")
                  .arg(name, deviceName())
            : tr("Delete the deep trace “%1” on %2? Its results are deleted with it.")
                  .arg(name, deviceName());
    const QMessageBox::StandardButton answer = DialogSeams::instance()->question(
        this, tr("Delete deep trace"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        sendDelete(deeptrace::traceId(trace));
}

void DeepTracesPage::sendDelete(const QString &traceId)
{
    if (!m_zdx || m_device.isEmpty())
        return;
    const QString deviceId = recordId(m_device);
    QString name = traceId;
    for (const QJsonValue &value : m_traces->records()) {
        if (deeptrace::traceId(value.toObject()) == traceId)
            name = traceName(value.toObject());
    }
    beginCall(tr("Deleting the deep trace “%1”…").arg(name));
    ApiJob *job = m_zdx->deleteDeepTrace(deviceId, traceId);
    m_deleteJob = job;
    updateActions();
    const auto removed = [this, traceId, deviceId, name] {
        if (deviceId != recordId(m_device))
            return;
        unfollow(traceId);
        m_results.remove(traceId);
        QJsonArray records;
        for (const QJsonValue &value : m_traces->records()) {
            if (deeptrace::traceId(value.toObject()) != traceId)
                records.append(value);
        }
        m_traces->setRecords(records);
        if (m_shownResults == traceId)
            m_shownResults.clear();
        showResultsFor(currentTrace());
        m_banner->showMessage(ErrorBanner::Severity::Info,
                              tr("Deleted the deep trace “%1”.").arg(name));
    };
    connect(job, &ApiJob::succeeded, this, [this, job, removed](ApiJob *) {
        if (job != m_deleteJob)
            return;
        m_deleteJob = nullptr;
        endCall();
        removed();
        updateActions();
    });
    connect(job, &ApiJob::failed, this,
            [this, job, removed, traceId](ApiJob *, const ApiError &error) {
                if (job != m_deleteJob)
                    return;
                m_deleteJob = nullptr;
                endCall();
                updateActions();
                if (error.kind == ApiError::Kind::NotFound) {
                    removed(); // gone already
                    return;
                }
                showError(error, [this, traceId] { sendDelete(traceId); });
            });
}

// --- Results -------------------------------------------------------------------------------

void DeepTracesPage::showResultsFor(const QJsonObject &trace)
{
    if (trace.isEmpty()) {
        m_shownResults.clear();
        showPlaceholder(m_traces->rowCount() == 0
                            ? tr("The results of a completed deep trace appear here.")
                            : tr("Select a completed deep trace to see its results."));
        return;
    }
    const QString id = deeptrace::traceId(trace);
    const DeepTraceStatus status = statusOf(trace);
    if (status == DeepTraceStatus::Completed) {
        if (m_results.contains(id)) {
            if (m_shownResults != id)
                showResults(id, m_results.value(id));
            return;
        }
        if (m_resultsJob && m_resultsTraceId == id)
            return;
        loadResults(id);
        return;
    }
    m_shownResults.clear();
    if (deeptrace::isTerminal(status))
        showPlaceholder(tr("This deep trace ended as “%1”: ZDX has no complete results for it.")
                            .arg(deeptrace::statusText(status)));
    else
        showPlaceholder(tr("The results appear here when the deep trace has completed. It is "
                           "“%1” now.")
                            .arg(deeptrace::statusText(trace.value("status"_L1).toString())));
}

void DeepTracesPage::loadResults(const QString &traceId)
{
    if (!m_zdx || m_device.isEmpty())
        return;
    dropJob(m_resultsJob, this);
    const QString deviceId = recordId(m_device);
    m_shownResults.clear();
    showPlaceholder(tr("Loading the results…"));
    beginCall(tr("Loading the results of the deep trace…"));
    DeepTraceResultsJob *job = m_zdx->deepTraceResults(deviceId, traceId);
    m_resultsJob = job;
    m_resultsTraceId = traceId;
    connect(job, &DeepTraceResultsJob::progress, this, [this](int done, int total) {
        m_busy->setProgress(done, total,
                            tr("Loading the results of the deep trace (%1 of %2)…")
                                .arg(std::min(done + 1, total))
                                .arg(total));
    });
    connect(job, &DeepTraceResultsJob::finished, this,
            [this, job, traceId, deviceId](const QJsonObject &results) {
                if (job != m_resultsJob)
                    return;
                m_resultsJob = nullptr;
                job->deleteLater();
                endCall();
                if (deviceId != recordId(m_device))
                    return;
                m_results.insert(traceId, results);
                if (recordId(currentTrace()) == traceId)
                    showResults(traceId, results);
            });
    connect(job, &DeepTraceResultsJob::failed, this, [this, job, traceId](const ApiError &error) {
        if (job != m_resultsJob)
            return;
        m_resultsJob = nullptr;
        job->deleteLater();
        endCall();
        showPlaceholder(tr("The results could not be loaded."));
        showError(error, [this, traceId] { loadResults(traceId); });
    });
}

void DeepTracesPage::showResults(const QString &traceId, const QJsonObject &results)
{
    m_health->setResult(results.value("health_metrics"_L1));
    m_processes->setResult(results.value("top_processes"_L1).toObject());
    m_events->setResult(results.value("events"_L1));
    m_webProbe->setResult(results.value("webprobe_metrics"_L1));
    m_cloudPath->setResult(results.value("cloudpath"_L1), results.value("cloudpath_metrics"_L1));
    m_webProbeView->setProbeName(results.value("trace"_L1)
                                     .toObject()
                                     .value("trace_details"_L1)
                                     .toObject()
                                     .value("web_probe_name"_L1)
                                     .toString());
    const QString base = u"deep-trace-%1-"_s.arg(traceId);
    m_healthCharts->setExportName(base + u"health"_s);
    m_webProbeView->setExportName(base + u"web-probe"_s);
    m_cloudPathView->setExportName(base + u"cloud-path"_s);
    m_healthView->setExportName(base + u"health-metrics"_s);
    m_processesView->setExportName(base + u"top-processes"_s);
    m_eventsView->setExportName(base + u"events"_s);
    m_shownResults = traceId;
    m_resultsStack->setCurrentWidget(m_resultsTabs);
    m_exportButton->setEnabled(true);
}

void DeepTracesPage::showPlaceholder(const QString &text)
{
    m_resultsPlaceholder->setText(text);
    m_resultsStack->setCurrentWidget(m_resultsPlaceholder);
    m_exportButton->setEnabled(false);
}

void DeepTracesPage::exportCurrentResult()
{
    if (auto *view = qobject_cast<RecordTableView *>(m_resultsTabs->currentWidget()))
        view->exportVisibleRows();
    else if (auto *chart = qobject_cast<ChartWithTable *>(m_resultsTabs->currentWidget()))
        chart->exportResult();
}

// --- Errors, actions, calls ----------------------------------------------------------------

void DeepTracesPage::showError(const ApiError &error, std::function<void()> retry)
{
    m_retry = std::move(retry);
    switch (error.kind) {
    case ApiError::Kind::None:
        m_banner->clear();
        return;
    case ApiError::Kind::Forbidden:
        m_retry = {};
        m_banner->showNotEntitled(Product::Zdx);
        return;
    case ApiError::Kind::ReadOnly:
        m_banner->showError(error, false);
        return;
    case ApiError::Kind::Cancelled:
        m_banner->showMessage(ErrorBanner::Severity::Info,
                              tr("Cancelled. Press Retry to try again."), bool(m_retry));
        return;
    default:
        m_banner->showError(error, bool(m_retry));
        return;
    }
}

void DeepTracesPage::retry()
{
    std::function<void()> again = std::exchange(m_retry, {});
    m_banner->clear();
    if (again)
        again();
}

void DeepTracesPage::updateActions()
{
    const bool connected = m_zdx != nullptr;
    const bool hasDevice = connected && !m_device.isEmpty();
    const bool readOnly = connected && isReadOnly();
    const QString readOnlyTip =
        tr("ZDX is in read-only mode: deep traces cannot be started or deleted now.");
    m_search->setEnabled(connected);
    m_searchButton->setEnabled(connected);
    m_startButton->setEnabled(hasDevice && !readOnly && !m_startJob);
    m_startButton->setToolTip(readOnly ? readOnlyTip : tr("Start a deep trace on this device"));
    m_deleteButton->setEnabled(hasDevice && !readOnly && !currentTrace().isEmpty() && !m_deleteJob);
    m_deleteButton->setToolTip(
        readOnly ? readOnlyTip : tr("Delete the selected deep trace and its results (Del)"));
    m_reloadButton->setEnabled(hasDevice);
    m_exportButton->setEnabled(!m_shownResults.isEmpty());
    if (!connected)
        m_deviceTitle->setText(tr("Sign in to a tenant to work with ZDX deep traces."));
    else if (m_device.isEmpty())
        m_deviceTitle->setText(tr("Find the user's device to see and start its deep traces."));
}

void DeepTracesPage::beginCall(const QString &text)
{
    m_busy->start(text);
    m_busy->setCancellable(true);
}

void DeepTracesPage::endCall()
{
    if (!isCalling())
        m_busy->finish();
}

bool DeepTracesPage::isCalling() const
{
    return (m_finder && m_finder->isRunning()) || m_listJob || m_deleteJob || m_startJob ||
           m_resultsJob;
}

void DeepTracesPage::cancelCalls()
{
    if (m_finder && m_finder->isRunning())
        m_finder->cancel();
    if (m_listJob)
        m_listJob->cancel();
    if (m_deleteJob)
        m_deleteJob->cancel();
    if (m_startJob)
        m_startJob->cancel();
    if (m_resultsJob)
        m_resultsJob->cancel();
    m_busy->finish();
}

} // namespace zc
