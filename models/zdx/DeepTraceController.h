// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "zdx/ZdxService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <array>
#include <functional>

namespace zc {

class ApiClient;
class DeepTraceModel;
class DeepTraceWatcher;
class DeviceFinder;
class DeviceSearchModel;

// The deep-trace work of the helpdesk, without widgets: find a device (DeviceFinder), load its
// traces, start one, delete one, load a completed trace's results (kept per trace), and follow
// every trace that has not ended (a DeepTraceWatcher each) so that the list keeps itself up to
// date. One call of each kind at a time; a new device drops what ran for the previous one.
// A failed call can be retried (canRetry(), retry()). The views show devices() and traces().
class DeepTraceController : public QObject
{
    Q_OBJECT
public:
    // The calls, for the sentences a view shows while they run and when they fail.
    enum class Call
    {
        Search,
        LoadTraces,
        Start,
        Delete,
        LoadResults,
        Follow,
    };
    Q_ENUM(Call)

    // What a navigation to (user e-mail, hostname) found among the devices found.
    struct Pick
    {
        QList<QJsonObject> ofUser;  // the devices of the user (all of them without a user)
        QList<QJsonObject> matches; // of those, the ones named `hostname` (case-insensitive)
    };

    explicit DeepTraceController(QObject *parent = nullptr);
    ~DeepTraceController() override;

    // The session's client; nullptr (the session ended) drops everything.
    void setClient(ApiClient *client);
    ZdxService *service() const { return m_zdx; }
    bool isConnected() const { return m_zdx != nullptr; }

    DeviceSearchModel *devices() const { return m_devices; }
    DeepTraceModel *traces() const { return m_traces; }

    // Devices for a line of text (a user's e-mail or name, part of a device name).
    void search(const QString &text);
    QString searchText() const { return m_searchText; }
    Pick pick(const QString &userEmail, const QString &hostname) const;

    // The device whose traces are loaded and followed; selecting one loads its traces.
    void selectDevice(const QJsonObject &device);
    QJsonObject device() const { return m_device; }
    QString deviceId() const;
    QString deviceName() const; // its name, else its ID
    void loadTraces();
    // A device's traces (GET /devices/{id}/deeptraces) newest first, as the list shows them.
    static QJsonArray newestFirst(const QJsonArray &traces);

    // Starts a trace on the device. A trace is listed (and followed) at once; traceStarted()
    // tells which. A refusal because the device runs a trace already loads the list again.
    void startTrace(const DeepTraceSettings &settings);
    static bool isActiveRefusal(const ApiError &error); // the device runs one already
    static bool isLimitRefusal(const ApiError &error);  // the tenant runs as many as allowed
    // Why a trace cannot start on the device: one runs (its name, when known).
    QString activeRefusalText(const QString &activeName = {}) const;
    void deleteTrace(const QString &traceId);
    // An active trace of the device (one runs at a time), if any.
    QJsonObject activeTrace() const;
    QJsonObject trace(const QString &traceId) const;

    // Results of a completed trace: loaded once, then kept until another device is selected.
    void loadResults(const QString &traceId);
    bool hasResults(const QString &traceId) const { return m_results.contains(traceId); }
    QJsonObject results(const QString &traceId) const { return m_results.value(traceId); }
    bool isLoadingResults(const QString &traceId) const;

    // The watchers' intervals for traces followed from now on (tests make them short).
    void setWatchIntervals(int initialMs, int maxMs);
    QStringList followedTraceIds() const { return m_watchers.keys(); }

    // What a view says while the call runs (the subject of callStarted()).
    static QString callText(Call call, const QString &subject);
    bool isRunning(Call call) const;
    bool isBusy() const;
    // Cancels every call under way (each fails with Cancelled).
    void cancel();
    bool canRetry() const { return bool(m_retry); }
    // Repeats the call that failed last (when it can be repeated).
    void retry();

Q_SIGNALS:
    // `subject`: the search text, the device's name (LoadTraces, Start) or the trace's name.
    void callStarted(zc::DeepTraceController::Call call, const QString &subject);
    // The call ended (after its own signals: tracesLoaded(), failed()...).
    void callEnded(zc::DeepTraceController::Call call);
    void failed(zc::DeepTraceController::Call call, const zc::ApiError &error);
    // A sentence on the search under way ("Searching ZDX users… page 2 of 3").
    void searchProgress(const QString &text);
    void resultsProgress(int done, int total);
    // The devices model holds what the search found.
    void searchFinished();
    // The traces model holds the device's traces, newest first.
    void tracesLoaded();
    // A followed trace has a new status; ended: it completed or ended otherwise.
    void traceChanged(const QString &traceId, const QJsonObject &trace);
    void traceEnded(const QString &traceId, const QJsonObject &trace);
    // A followed trace no longer exists (deleted elsewhere): the traces are loaded again.
    void traceGone(const QString &traceId);
    void traceStarted(const QString &traceId, const zc::DeepTraceSettings &settings);
    void traceDeleted(const QString &traceId, const QString &name);
    void resultsLoaded(const QString &traceId);
    void followingChanged(int count);

private:
    void setRetry(std::function<void()> retry) { m_retry = std::move(retry); }
    void onTracesLoaded(const QJsonArray &traces);
    void onStarted(const QJsonObject &answer, const DeepTraceSettings &settings);
    void onStartFailed(const ApiError &error, const DeepTraceSettings &settings);
    void removeTrace(const QString &traceId, const QString &name);
    void followActiveTraces();
    void follow(const QString &traceId);
    void unfollow(const QString &traceId);
    void stopFollowing();
    // Keeps `job` as the call's job until it finished; `onSuccess` runs if it is still the one.
    void track(Call call, Job *job, const QString &subject, std::function<void()> onSuccess,
               std::function<void(const ApiError &)> onFailure);
    void drop(Call call);

    ZdxService *m_zdx = nullptr;
    DeviceSearchModel *m_devices;
    DeepTraceModel *m_traces;
    QJsonObject m_device;
    QString m_searchText;
    std::array<QPointer<Job>, 6> m_calls;          // by Call
    QString m_resultsTraceId;                      // the trace the LoadResults call loads
    QHash<QString, DeepTraceWatcher *> m_watchers; // trace ID -> watcher
    QHash<QString, QJsonObject> m_results;         // trace ID -> results (this device)
    int m_watchInitialMs;
    int m_watchMaxMs;
    std::function<void()> m_retry;
};

// The name of a trace: its session name, else its ID.
QString deepTraceName(const QJsonObject &trace);

} // namespace zc
