// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiClient.h"
#include "net/ApiError.h"
#include "pages/Page.h"
#include "zdx/ZdxService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace zc {

class ApiJob;
class BusyBar;
class CloudPathModel;
class CloudPathView;
class DeepTraceModel;
class DeepTraceWatcher;
class DeviceFinder;
class DeviceSearchModel;
class ErrorBanner;
class EventsModel;
class HealthChartsView;
class HealthMetricsModel;
class RecordTableView;
class StartTraceDialog;
class TopProcessesModel;
class WebProbeModel;
class WebProbeView;

// ZDX deep traces for the helpdesk: find a device (user e-mail, name or device name), see its
// deep traces with a status that follows itself (DeepTraceWatcher, backing off while nothing
// changes), start one (StartTraceDialog, then a confirmation), read a completed trace's
// results (health as charts and as a table, top processes, events, the web probe's page-fetch
// timings, the cloud path), each exportable, delete one.
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

    QJsonObject currentDevice() const { return m_device; }
    QJsonObject currentTrace() const;
    QStringList watchedTraceIds() const { return m_watchers.keys(); }
    // The start dialog while it is open.
    StartTraceDialog *startDialog() const;

    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *searchButton() const { return m_searchButton; }
    RecordTableView *devicesView() const { return m_devicesView; }
    RecordTableView *tracesView() const { return m_tracesView; }
    RecordTableView *healthView() const { return m_healthView; }
    RecordTableView *processesView() const { return m_processesView; }
    RecordTableView *eventsView() const { return m_eventsView; }
    HealthChartsView *healthChartsView() const { return m_healthCharts; }
    WebProbeView *webProbeView() const { return m_webProbeView; }
    CloudPathView *cloudPathView() const { return m_cloudPathView; }
    QTabWidget *resultsTabs() const { return m_resultsTabs; }
    QPushButton *exportButton() const { return m_exportButton; }
    QLabel *resultsPlaceholder() const { return m_resultsPlaceholder; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QLabel *deviceTitle() const { return m_deviceTitle; }
    QLabel *followLabel() const { return m_followLabel; }
    ErrorBanner *errorBanner() const { return m_banner; }
    BusyBar *busyBar() const { return m_busy; }
    DeviceSearchModel *deviceModel() const { return m_devices; }
    DeepTraceModel *traceModel() const { return m_traces; }
    HealthMetricsModel *healthModel() const { return m_health; }
    TopProcessesModel *processesModel() const { return m_processes; }
    EventsModel *eventsModel() const { return m_events; }
    WebProbeModel *webProbeModel() const { return m_webProbe; }
    CloudPathModel *cloudPathModel() const { return m_cloudPath; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSessionStarted();
    void onSessionEnded();
    void onReadOnlyChanged();
    void onSearchFinished(const QJsonArray &devices);
    void applyNavigation();
    void selectDevice(const QJsonObject &device);
    void loadTraces();
    void onTracesLoaded(const QJsonArray &traces);
    void onStartDialogAccepted();
    void sendStart(const DeepTraceSettings &settings);
    void onStarted(const QJsonObject &answer, const DeepTraceSettings &settings);
    void onStartFailed(const ApiError &error, const DeepTraceSettings &settings);
    void sendDelete(const QString &traceId);
    void followActiveTraces();
    void follow(const QString &traceId);
    void unfollow(const QString &traceId);
    void stopFollowing();
    void updateFollowLabel();
    void showResultsFor(const QJsonObject &trace);
    void loadResults(const QString &traceId);
    void showResults(const QString &traceId, const QJsonObject &results);
    void showPlaceholder(const QString &text);
    void exportCurrentResult();
    void showActiveRefusal(const QString &detail);
    // The trace started here has ended: the "started" banner, if it still shows, is replaced.
    void onStartedTraceEnded(const QString &traceId, const QJsonObject &trace);
    void showError(const ApiError &error, std::function<void()> retry);
    void retry();
    void updateActions();
    bool isReadOnly() const;
    QString deviceName() const;

    // The busy bar: one sentence for what runs now; Cancel stops every call under way.
    void beginCall(const QString &text);
    void endCall();
    bool isCalling() const;
    void cancelCalls();

    QPointer<ZdxService> m_zdx;
    DeviceFinder *m_finder = nullptr;
    DeviceSearchModel *m_devices;
    DeepTraceModel *m_traces;
    HealthMetricsModel *m_health;
    TopProcessesModel *m_processes;
    EventsModel *m_events;
    WebProbeModel *m_webProbe;
    CloudPathModel *m_cloudPath;

    ErrorBanner *m_banner;
    BusyBar *m_busy;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    RecordTableView *m_devicesView;
    QLabel *m_deviceTitle;
    QPushButton *m_startButton;
    QPushButton *m_deleteButton;
    QPushButton *m_reloadButton;
    QLabel *m_followLabel;
    RecordTableView *m_tracesView;
    QStackedWidget *m_resultsStack;
    QLabel *m_resultsPlaceholder;
    QTabWidget *m_resultsTabs;
    QPushButton *m_exportButton;
    RecordTableView *m_healthView;
    RecordTableView *m_processesView;
    RecordTableView *m_eventsView;
    HealthChartsView *m_healthCharts;
    WebProbeView *m_webProbeView;
    CloudPathView *m_cloudPathView;
    QPointer<StartTraceDialog> m_dialog;

    QJsonObject m_device; // the selected device's search record
    QVariantMap m_pendingNavigation;
    QHash<QString, DeepTraceWatcher *> m_watchers; // trace ID -> watcher
    QHash<QString, QJsonObject> m_results;         // trace ID -> results (this device)
    QString m_shownResults;                        // trace ID whose results are shown
    int m_watchInitialMs;
    int m_watchMaxMs;

    QPointer<ApiJob> m_listJob;
    QPointer<ApiJob> m_deleteJob;
    QPointer<DeepTraceStartJob> m_startJob;
    QPointer<DeepTraceResultsJob> m_resultsJob;
    QString m_resultsTraceId; // the trace m_resultsJob loads
    QString m_startedTraceId; // the trace the "started" info banner is about
    QString m_startedMessage; // that banner's sentence
    std::function<void()> m_retry;
};

} // namespace zc
