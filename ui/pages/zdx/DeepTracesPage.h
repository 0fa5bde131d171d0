// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "pages/zdx/DeviceTracesPane.h"
#include "pages/zdx/TraceResultsPane.h"
#include "zdx/DeepTraceController.h"

#include <QJsonObject>
#include <QPointer>
#include <QVariantMap>

class QLineEdit;
class QPushButton;

namespace zc {

class DeviceSearchModel;
class StartTraceDialog;

// ZDX deep traces for the helpdesk: find a device (user e-mail, name or device name), see its
// deep traces with a status that follows itself, start one (StartTraceDialog, then a
// confirmation), read a completed trace's health metrics, top processes and events as
// exportable tables, delete one. The work is DeepTraceController's; the page lays it out and
// says what happens.
//
// handleNavigation() keys: "userEmail" (searched in ZDX), "hostname" (the device preselected
// when exactly one of the user's devices has that name, case-insensitive), "udid" (the ZCC
// device ID, kept for the header only: ZDX has its own IDs).
class DeepTracesPage : public Page
{
    Q_OBJECT
public:
    explicit DeepTracesPage(Session *session, QWidget *parent = nullptr);
    ~DeepTracesPage() override;

    void refresh() override;
    void handleNavigation(const QVariantMap &arguments) override;

    // Runs a device search for this text (what Enter in the search field does).
    void search(const QString &text);
    // Opens the start dialog for the current device (after the one-active-trace check).
    void startTrace();
    // Asks for confirmation, then deletes the current trace.
    void deleteTrace();
    // The watcher's intervals for traces followed from now on (tests make them short).
    void setWatchIntervals(int initialMs, int maxMs);

    DeepTraceController *controller() const { return m_controller; }
    QJsonObject currentDevice() const { return m_controller->device(); }
    QJsonObject currentTrace() const;
    QStringList watchedTraceIds() const { return m_controller->followedTraceIds(); }
    // The start dialog while it is open.
    StartTraceDialog *startDialog() const;

    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *searchButton() const { return m_searchButton; }
    RecordTableView *devicesView() const { return m_devicesView; }
    RecordTableView *tracesView() const { return m_traces->view(); }
    RecordTableView *healthView() const { return m_results->healthView(); }
    RecordTableView *processesView() const { return m_results->processesView(); }
    RecordTableView *eventsView() const { return m_results->eventsView(); }
    HealthChartsView *healthChartsView() const { return m_results->healthChartsView(); }
    WebProbeView *webProbeView() const { return m_results->webProbeView(); }
    CloudPathView *cloudPathView() const { return m_results->cloudPathView(); }
    QTabWidget *resultsTabs() const { return m_results->tabs(); }
    QPushButton *exportButton() const { return m_results->exportButton(); }
    QLabel *resultsPlaceholder() const { return m_results->placeholder(); }
    QPushButton *startButton() const { return m_traces->startButton(); }
    QPushButton *deleteButton() const { return m_traces->deleteButton(); }
    QLabel *deviceTitle() const { return m_traces->title(); }
    QLabel *followLabel() const { return m_traces->followLabel(); }
    ErrorBanner *errorBanner() const { return m_scaffold.banner(); }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }
    DeviceSearchModel *deviceModel() const { return m_controller->devices(); }
    DeepTraceModel *traceModel() const { return m_controller->traces(); }
    HealthMetricsModel *healthModel() const { return m_results->healthModel(); }
    TopProcessesModel *processesModel() const { return m_results->processesModel(); }
    EventsModel *eventsModel() const { return m_results->eventsModel(); }
    WebProbeModel *webProbeModel() const { return m_results->webProbeModel(); }
    CloudPathModel *cloudPathModel() const { return m_results->cloudPathModel(); }

private:
    void buildUi();
    void connectController();
    void onSessionStarted();
    void onSessionEnded();
    void onReadOnlyChanged();
    void onSearchFinished();
    void applyNavigation();
    void selectDevice(const QJsonObject &device);
    void onTracesLoaded();
    void onStartDialogAccepted();
    void onTraceStarted(const QString &traceId, const DeepTraceSettings &settings);
    void onTraceDeleted(const QString &traceId, const QString &name);
    // The trace started here has ended: the "started" banner, if it still shows, is replaced.
    void onTraceEnded(const QString &traceId, const QJsonObject &trace);
    void onCallStarted(DeepTraceController::Call call, const QString &subject);
    void onFailed(DeepTraceController::Call call, const ApiError &error);
    void showResultsFor(const QJsonObject &trace);
    void showActiveRefusal(const QString &activeName);
    void showError(const ApiError &error);
    void updateActions();
    bool isReadOnly() const;

    DeepTraceController *m_controller;
    PageScaffold m_scaffold;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    RecordTableView *m_devicesView;
    DeviceTracesPane *m_traces;
    TraceResultsPane *m_results;
    QPointer<StartTraceDialog> m_dialog;

    QVariantMap m_pendingNavigation;
    QString m_lastTraceId;    // the trace last current in the list (kept across reloads)
    QString m_startedTraceId; // the trace the "started" info banner is about
    QString m_startedMessage; // that banner's sentence
};

} // namespace zc
