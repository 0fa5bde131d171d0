// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeepTraceResultsJob.h"
#include "DeepTraceSettings.h"
#include "DeepTraceStartJob.h"
#include "net/Service.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zc {

// Filters of ZDX device search (GET /devices). Empty members are not sent.
struct ZdxDeviceQuery
{
    QString text;       // `q`: part of the device name, hostname or the user's e-mail
    QStringList emails; // `emails`: devices of these users
    QList<int> userIds; // `userids`
    qint64 from = -1;   // `from`, epoch seconds (-1: the API's default, the last 2 hours)
    qint64 to = -1;     // `to`, epoch seconds
};

// ZDX calls the console makes: device and user search (cursor pagination, `next_offset` a
// string until null), and deep traces: start, list, status, results, delete.
class ZdxService : public Service
{
    Q_OBJECT
public:
    explicit ZdxService(ApiClient *client, QObject *parent = nullptr);

    // Not started: hand them to a RecordTableModel's load() or call start(). Records: {id, name,
    // userid} / {id, name, email, devices}.
    PagedFetch *searchDevices(const ZdxDeviceQuery &query = {}, int pageSize = 100);
    PagedFetch *searchUsers(const QString &text = {}, int pageSize = 100);
    // Added: the users with these ZDX user IDs (`userids`), e.g. to name a device's user.
    PagedFetch *searchUsersById(const QList<int> &userIds, int pageSize = 100);

    // Started on the next turn.
    DeepTraceStartJob *startDeepTrace(const QString &deviceId, const DeepTraceSettings &settings);
    // GET /devices/{id}/deeptraces: a JSON array of traces.
    ApiJob *deepTraces(const QString &deviceId);
    // GET /devices/{id}/deeptraces/{traceId}: {trace_id, status, trace_details, ...}.
    ApiJob *deepTrace(const QString &deviceId, const QString &traceId);
    ApiJob *deepTraceResult(const QString &deviceId, const QString &traceId,
                            DeepTraceResult result);
    // Every part of deepTrace() and deepTraceResult() in one job, started on the next turn.
    DeepTraceResultsJob *deepTraceResults(const QString &deviceId, const QString &traceId);
    // DELETE: the trace and its data are gone (204).
    ApiJob *deleteDeepTrace(const QString &deviceId, const QString &traceId);

    // The requests the deep-trace jobs send.
    static ApiRequest deepTraceRequest(const QString &deviceId, const QString &traceId);
    static ApiRequest deepTraceResultRequest(const QString &deviceId, const QString &traceId,
                                             DeepTraceResult result);
    static ApiRequest startDeepTraceRequest(const QString &deviceId,
                                            const DeepTraceSettings &settings);
};

} // namespace zc
