// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraceController.h"

#include "DeepTraceModel.h"
#include "DeepTraceWatcher.h"
#include "DeviceFinder.h"
#include "DeviceSearchModel.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

DeepTraceStatus statusOf(const QJsonObject &trace)
{
    return deeptrace::parseStatus(trace.value("status"_L1).toString());
}

} // namespace

QString deepTraceName(const QJsonObject &trace)
{
    const QString name =
        trace.value("trace_details"_L1).toObject().value("session_name"_L1).toString();
    return name.isEmpty() ? deeptrace::traceId(trace) : name;
}

DeepTraceController::DeepTraceController(QObject *parent)
    : QObject(parent)
    , m_devices(new DeviceSearchModel(this))
    , m_traces(new DeepTraceModel(this))
    , m_watchInitialMs(DeepTraceWatcher::defaultInitialIntervalMs)
    , m_watchMaxMs(DeepTraceWatcher::defaultMaxIntervalMs)
{}

DeepTraceController::~DeepTraceController()
{
    blockSignals(true); // the view that listens may be half destroyed
    setClient(nullptr);
}

void DeepTraceController::setClient(ApiClient *client)
{
    for (size_t call = 0; call < m_calls.size(); ++call)
        drop(Call(call));
    stopFollowing();
    delete m_zdx;
    m_zdx = client ? new ZdxService(client, this) : nullptr;
    m_device = {};
    m_searchText.clear();
    m_results.clear();
    m_retry = {};
    m_devices->clear();
    m_traces->clear();
}

// --- Calls ---------------------------------------------------------------------------------

void DeepTraceController::track(Call call, Job *job, const QString &subject,
                                std::function<void()> onSuccess,
                                std::function<void(const ApiError &)> onFailure)
{
    drop(call);
    m_calls[size_t(call)] = job;
    connect(job, &Job::succeeded, this, [this, call, onSuccess = std::move(onSuccess)] {
        m_calls[size_t(call)] = nullptr;
        onSuccess();
        Q_EMIT callEnded(call);
    });
    connect(job, &Job::failed, this,
            [this, call, onFailure = std::move(onFailure)](Job *, const ApiError &error) {
                m_calls[size_t(call)] = nullptr;
                onFailure(error);
                Q_EMIT callEnded(call);
            });
    Q_EMIT callStarted(call, subject);
}

void DeepTraceController::drop(Call call)
{
    if (Job *job = std::exchange(m_calls[size_t(call)], nullptr)) {
        job->disconnect(this);
        job->cancel();
    }
}

QString DeepTraceController::callText(Call call, const QString &subject)
{
    switch (call) {
    case Call::Search:
        return tr("Searching ZDX for “%1”…").arg(subject);
    case Call::LoadTraces:
        return tr("Loading the deep traces of %1…").arg(subject);
    case Call::Start:
        return tr("Starting a deep trace on %1…").arg(subject);
    case Call::Delete:
        return tr("Deleting the deep trace “%1”…").arg(subject);
    case Call::LoadResults:
        return tr("Loading the results of the deep trace…");
    case Call::Follow:
        break;
    }
    return tr("Following the deep trace “%1”…").arg(subject);
}

bool DeepTraceController::isRunning(Call call) const
{
    return !m_calls[size_t(call)].isNull();
}

bool DeepTraceController::isBusy() const
{
    return std::any_of(m_calls.begin(), m_calls.end(),
                       [](const QPointer<Job> &job) { return !job.isNull(); });
}

void DeepTraceController::cancel()
{
    for (const QPointer<Job> &job : m_calls) {
        if (job)
            job->cancel();
    }
}

void DeepTraceController::retry()
{
    if (const std::function<void()> again = std::exchange(m_retry, {}))
        again();
}

// --- Finding the device --------------------------------------------------------------------

void DeepTraceController::search(const QString &text)
{
    if (!m_zdx)
        return;
    m_searchText = text.trimmed();
    auto *finder = new DeviceFinder(m_zdx, m_searchText, this);
    connect(finder, &DeviceFinder::progress, this, &DeepTraceController::searchProgress);
    track(
        Call::Search, finder, m_searchText,
        [this, finder] {
            m_devices->setRecords(finder->devices());
            Q_EMIT searchFinished();
        },
        [this, text = m_searchText](const ApiError &error) {
            setRetry([this, text] { search(text); });
            Q_EMIT failed(Call::Search, error);
        });
    finder->start();
}

DeepTraceController::Pick DeepTraceController::pick(const QString &userEmail,
                                                    const QString &hostname) const
{
    Pick pick;
    for (const QJsonValue &value : m_devices->records()) {
        const QJsonObject device = value.toObject();
        if (userEmail.isEmpty() ||
            device.value("user_email"_L1).toString().compare(userEmail, Qt::CaseInsensitive) == 0)
            pick.ofUser.append(device);
    }
    for (const QJsonObject &device : std::as_const(pick.ofUser)) {
        if (!hostname.isEmpty() &&
            device.value("name"_L1).toString().compare(hostname, Qt::CaseInsensitive) == 0)
            pick.matches.append(device);
    }
    return pick;
}

// --- The device and its traces -------------------------------------------------------------

void DeepTraceController::selectDevice(const QJsonObject &device)
{
    stopFollowing();
    drop(Call::LoadTraces);
    drop(Call::LoadResults);
    m_device = device;
    m_results.clear();
    m_traces->clear();
    loadTraces();
}

QString DeepTraceController::deviceId() const
{
    return recordId(m_device);
}

QString DeepTraceController::deviceName() const
{
    const QString name = m_device.value("name"_L1).toString();
    return name.isEmpty() ? deviceId() : name;
}

void DeepTraceController::loadTraces()
{
    if (!m_zdx || m_device.isEmpty())
        return;
    const QString id = deviceId();
    ApiJob *job = m_zdx->deepTraces(id);
    track(
        Call::LoadTraces, job, deviceName(),
        [this, job, id] {
            if (id == deviceId())
                onTracesLoaded(job->json().array());
        },
        [this](const ApiError &error) {
            setRetry([this] { loadTraces(); });
            Q_EMIT failed(Call::LoadTraces, error);
        });
}

void DeepTraceController::onTracesLoaded(const QJsonArray &traces)
{
    m_traces->setRecords(newestFirst(traces));
    followActiveTraces();
    Q_EMIT tracesLoaded();
}

QJsonArray DeepTraceController::newestFirst(const QJsonArray &traces)
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
    return sorted;
}

QJsonObject DeepTraceController::trace(const QString &traceId) const
{
    for (const QJsonValue &value : m_traces->records()) {
        if (deeptrace::traceId(value.toObject()) == traceId)
            return value.toObject();
    }
    return {};
}

QJsonObject DeepTraceController::activeTrace() const
{
    for (const QJsonValue &value : m_traces->records()) {
        if (deeptrace::isActive(statusOf(value.toObject())))
            return value.toObject();
    }
    return {};
}

// --- Starting and deleting -----------------------------------------------------------------

bool DeepTraceController::isActiveRefusal(const ApiError &error)
{
    return error.httpStatus == 409 && error.serverCode == "DEEP_TRACE_ALREADY_ACTIVE"_L1;
}

bool DeepTraceController::isLimitRefusal(const ApiError &error)
{
    return error.httpStatus == 409 && error.serverCode == "DEEP_TRACE_LIMIT_REACHED"_L1;
}

QString DeepTraceController::activeRefusalText(const QString &activeName) const
{
    return activeName.isEmpty()
               ? tr("%1 already has a deep trace running. ZDX runs one deep trace per device at "
                    "a time: wait for it to complete, or delete it, then start a new one.")
                     .arg(deviceName())
               : tr("%1 already has a deep trace running (“%2”). ZDX runs one deep trace per "
                    "device at a time: wait for it to complete, or delete it, then start a new "
                    "one.")
                     .arg(deviceName(), activeName);
}

void DeepTraceController::startTrace(const DeepTraceSettings &settings)
{
    if (!m_zdx || m_device.isEmpty())
        return;
    const QString id = deviceId();
    DeepTraceStartJob *job = m_zdx->startDeepTrace(id, settings);
    track(
        Call::Start, job, deviceName(),
        [this, job, id, settings] {
            if (id == deviceId())
                onStarted(job->answer(), settings);
        },
        [this, settings](const ApiError &error) { onStartFailed(error, settings); });
}

void DeepTraceController::onStarted(const QJsonObject &answer, const DeepTraceSettings &settings)
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
    follow(id);
    Q_EMIT traceStarted(id, settings);
}

void DeepTraceController::onStartFailed(const ApiError &error, const DeepTraceSettings &settings)
{
    if (isActiveRefusal(error)) {
        m_retry = {};
        Q_EMIT failed(Call::Start, error);
        loadTraces(); // the list was behind: show the active trace
        return;
    }
    setRetry([this, settings] { startTrace(settings); });
    Q_EMIT failed(Call::Start, error);
}

void DeepTraceController::deleteTrace(const QString &traceId)
{
    if (!m_zdx || m_device.isEmpty())
        return;
    const QString deviceId = this->deviceId();
    const QString name = trace(traceId).isEmpty() ? traceId : deepTraceName(trace(traceId));
    track(
        Call::Delete, m_zdx->deleteDeepTrace(deviceId, traceId), name,
        [this, traceId, deviceId, name] {
            if (deviceId == this->deviceId())
                removeTrace(traceId, name);
        },
        [this, traceId, deviceId, name](const ApiError &error) {
            if (error.kind == ApiError::Kind::NotFound) {
                if (deviceId == this->deviceId())
                    removeTrace(traceId, name); // gone already
                return;
            }
            setRetry([this, traceId] { deleteTrace(traceId); });
            Q_EMIT failed(Call::Delete, error);
        });
}

void DeepTraceController::removeTrace(const QString &traceId, const QString &name)
{
    unfollow(traceId);
    m_results.remove(traceId);
    QJsonArray records;
    for (const QJsonValue &value : m_traces->records()) {
        if (deeptrace::traceId(value.toObject()) != traceId)
            records.append(value);
    }
    m_traces->setRecords(records);
    Q_EMIT traceDeleted(traceId, name);
}

// --- Results -------------------------------------------------------------------------------

void DeepTraceController::loadResults(const QString &traceId)
{
    if (!m_zdx || m_device.isEmpty())
        return;
    DeepTraceResultsJob *job = m_zdx->deepTraceResults(deviceId(), traceId);
    connect(job, &DeepTraceResultsJob::progress, this, &DeepTraceController::resultsProgress);
    m_resultsTraceId = traceId;
    track(
        Call::LoadResults, job, deepTraceName(trace(traceId)),
        [this, job, traceId] {
            m_results.insert(traceId, job->results());
            Q_EMIT resultsLoaded(traceId);
        },
        [this, traceId](const ApiError &error) {
            setRetry([this, traceId] { loadResults(traceId); });
            Q_EMIT failed(Call::LoadResults, error);
        });
}

bool DeepTraceController::isLoadingResults(const QString &traceId) const
{
    return isRunning(Call::LoadResults) && m_resultsTraceId == traceId;
}

// --- Following -----------------------------------------------------------------------------

void DeepTraceController::setWatchIntervals(int initialMs, int maxMs)
{
    m_watchInitialMs = initialMs;
    m_watchMaxMs = maxMs;
}

void DeepTraceController::followActiveTraces()
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

void DeepTraceController::follow(const QString &traceId)
{
    if (!m_zdx || m_watchers.contains(traceId) || m_device.isEmpty())
        return;
    auto *watcher = new DeepTraceWatcher(m_zdx, deviceId(), traceId, this);
    watcher->setInitialInterval(m_watchInitialMs);
    watcher->setMaxInterval(m_watchMaxMs);
    m_watchers.insert(traceId, watcher);
    connect(watcher, &DeepTraceWatcher::statusChanged, this,
            [this, traceId](const QString &, const QJsonObject &trace) {
                m_traces->updateTrace(trace);
                Q_EMIT traceChanged(traceId, trace);
            });
    connect(watcher, &DeepTraceWatcher::progressChanged, this,
            [this, watcher](int) { m_traces->updateTrace(watcher->trace()); });
    connect(watcher, &DeepTraceWatcher::completed, this, [this, traceId](const QJsonObject &trace) {
        m_traces->updateTrace(trace);
        unfollow(traceId);
        Q_EMIT traceEnded(traceId, trace);
    });
    connect(watcher, &DeepTraceWatcher::failed, this,
            [this, watcher, traceId](const QString &status, const ApiError &error) {
                const QJsonObject trace = watcher->trace();
                if (!status.isEmpty())
                    m_traces->updateTrace(trace);
                unfollow(traceId);
                if (!status.isEmpty())
                    Q_EMIT traceEnded(traceId, trace);
                if (!error.isError() || error.kind == ApiError::Kind::Cancelled)
                    return;
                if (error.kind == ApiError::Kind::NotFound) {
                    Q_EMIT traceGone(traceId);
                    loadTraces();
                    return;
                }
                setRetry([this] { loadTraces(); });
                Q_EMIT failed(Call::Follow, error);
            });
    watcher->start();
    Q_EMIT followingChanged(int(m_watchers.size()));
}

void DeepTraceController::unfollow(const QString &traceId)
{
    DeepTraceWatcher *watcher = m_watchers.take(traceId);
    if (watcher) {
        watcher->disconnect(this);
        watcher->stop();
        watcher->deleteLater();
    }
    Q_EMIT followingChanged(int(m_watchers.size()));
}

void DeepTraceController::stopFollowing()
{
    const QStringList ids = m_watchers.keys();
    for (const QString &id : ids)
        unfollow(id);
}

} // namespace zc
