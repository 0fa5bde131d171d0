// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace zc {

class ApiClient;
class ApiJob;
class PagedFetch;

// Filters of ZDX device search (GET /devices). Empty members are not sent.
struct ZdxDeviceQuery
{
    QString text;       // `q`: part of the device name, hostname or the user's e-mail
    QStringList emails; // `emails`: devices of these users
    QList<int> userIds; // `userids`
    qint64 from = -1;   // `from`, epoch seconds (-1: the API's default, the last 2 hours)
    qint64 to = -1;     // `to`, epoch seconds
};

// What a deep trace records (POST /devices/{id}/deeptraces).
struct DeepTraceSettings
{
    QString sessionName;
    int lengthMinutes = 5; // 5, 15, 30 or 60
    bool probeDevice = false;
    int appId = 0; // 0: not sent
    int webProbeId = 0;
    int cloudPathProbeId = 0;

    static bool isValidLength(int minutes);
    static QList<int> validLengths() { return {5, 15, 30, 60}; }
    // InvalidInput (with a translated sentence) when the settings cannot be sent.
    ApiError validate() const;
    QJsonObject toJson() const;
};

// The result documents of a deep trace, under /devices/{id}/deeptraces/{traceId}/.
enum class DeepTraceResult
{
    HealthMetrics,
    TopProcesses,
    WebProbeMetrics,
    CloudPathMetrics,
    CloudPath,
    Events,
};
QList<DeepTraceResult> allDeepTraceResults();
QString deepTraceResultPath(DeepTraceResult result); // "health-metrics"
QString deepTraceResultKey(DeepTraceResult result);  // "health_metrics" (CLI JSON output)

// Starts a deep trace: refuses invalid settings without sending anything (failed() on the
// next event-loop turn with InvalidInput), otherwise POSTs them.
class DeepTraceStartJob : public QObject
{
    Q_OBJECT
public:
    DeepTraceStartJob(ApiClient *client, QString deviceId, DeepTraceSettings settings,
                      QObject *parent = nullptr);

    void start();
    void cancel();
    bool isFinished() const { return m_done; }
    // {"trace_id", "status", "expected_time"} after succeeded.
    QJsonObject answer() const { return m_answer; }
    QString traceId() const;
    ApiError error() const { return m_error; }

Q_SIGNALS:
    void succeeded(const QJsonObject &answer);
    void failed(const zc::ApiError &error);
    void finished();

private:
    void finish(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_deviceId;
    DeepTraceSettings m_settings;
    QPointer<ApiJob> m_job;
    QJsonObject m_answer;
    ApiError m_error;
    bool m_done = false;
};

// A trace and all its results, fetched one request at a time (ZDX allows 5 a second):
// finished() hands out {"trace": {...}, "health_metrics", "top_processes", "webprobe_metrics",
// "cloudpath_metrics", "cloudpath", "events"}, each result as the API sent it (most are
// lists).
class DeepTraceResultsJob : public QObject
{
    Q_OBJECT
public:
    DeepTraceResultsJob(ApiClient *client, QString deviceId, QString traceId,
                        QObject *parent = nullptr);

    void start();
    void cancel();
    bool isFinished() const { return m_done; }
    QJsonObject results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QJsonObject &results);
    void failed(const zc::ApiError &error);

private:
    void next();

    QPointer<ApiClient> m_client;
    QString m_deviceId;
    QString m_traceId;
    int m_step = 0; // 0: the trace, then one per DeepTraceResult
    QPointer<ApiJob> m_job;
    QJsonObject m_results;
    bool m_done = false;
};

// ZDX calls the console makes: device and user search (cursor pagination, `next_offset` a
// string until null), and deep traces: start, list, status, results, delete.
class ZdxService : public QObject
{
    Q_OBJECT
public:
    explicit ZdxService(ApiClient *client, QObject *parent = nullptr);

    // Not started: hand them to a RecordTableModel's load() or call start(). Children of
    // the service. Records: {id, name, userid} / {id, name, email, devices}.
    PagedFetch *searchDevices(const ZdxDeviceQuery &query = {}, int pageSize = 100);
    PagedFetch *searchUsers(const QString &text = {}, int pageSize = 100);
    // Added: the users with these ZDX user IDs (`userids`), e.g. to name a device's user.
    PagedFetch *searchUsersById(const QList<int> &userIds, int pageSize = 100);

    // Started at once; the job is a child of the service.
    DeepTraceStartJob *startDeepTrace(const QString &deviceId, const DeepTraceSettings &settings);
    // GET /devices/{id}/deeptraces: a JSON array of traces.
    ApiJob *deepTraces(const QString &deviceId);
    // GET /devices/{id}/deeptraces/{traceId}: {trace_id, status, trace_details, ...}.
    ApiJob *deepTrace(const QString &deviceId, const QString &traceId);
    ApiJob *deepTraceResult(const QString &deviceId, const QString &traceId,
                            DeepTraceResult result);
    DeepTraceResultsJob *deepTraceResults(const QString &deviceId, const QString &traceId);
    // DELETE: the trace and its data are gone (204).
    ApiJob *deleteDeepTrace(const QString &deviceId, const QString &traceId);

    ApiClient *client() const { return m_client; }

private:
    QPointer<ApiClient> m_client;
};

} // namespace zc
