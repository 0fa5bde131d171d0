// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "zdx/DeepTraceController.h"

#include <QJsonObject>
#include <QPointer>
#include <QVariantMap>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace zc {

class BusyBar;
class DeepTraceModel;
class DeviceSearchModel;
class ErrorBanner;
class EventsModel;
class HealthMetricsModel;
class RecordTableView;
class StartTraceDialog;
class TopProcessesModel;
class TraceResultsPane;

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
    RecordTableView *tracesView() const { return m_tracesView; }
    RecordTableView *healthView() const;
    RecordTableView *processesView() const;
    RecordTableView *eventsView() const;
    QTabWidget *resultsTabs() const;
    QPushButton *exportButton() const;
    QLabel *resultsPlaceholder() const;
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QLabel *deviceTitle() const { return m_deviceTitle; }
    QLabel *followLabel() const { return m_followLabel; }
    ErrorBanner *errorBanner() const { return m_scaffold.banner(); }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }
    DeviceSearchModel *deviceModel() const { return m_controller->devices(); }
    DeepTraceModel *traceModel() const { return m_controller->traces(); }
    HealthMetricsModel *healthModel() const;
    TopProcessesModel *processesModel() const;
    EventsModel *eventsModel() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    void updateFollowLabel(int count);
    void updateActions();
    bool isReadOnly() const;

    DeepTraceController *m_controller;
    PageScaffold m_scaffold;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    RecordTableView *m_devicesView;
    QLabel *m_deviceTitle;
    QPushButton *m_startButton;
    QPushButton *m_deleteButton;
    QPushButton *m_reloadButton;
    QLabel *m_followLabel;
    RecordTableView *m_tracesView;
    TraceResultsPane *m_results;
    QPointer<StartTraceDialog> m_dialog;

    QVariantMap m_pendingNavigation;
    QString m_lastTraceId;    // the trace last current in the list (kept across reloads)
    QString m_startedTraceId; // the trace the "started" info banner is about
    QString m_startedMessage; // that banner's sentence
};

} // namespace zc
