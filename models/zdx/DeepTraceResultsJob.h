// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Job.h"

#include <QJsonObject>
#include <QString>

namespace zc {

class ApiClient;

// A trace and all its results, fetched one request at a time (ZDX allows 5 a second):
// results() is {"trace": {...}, "health_metrics", "top_processes", "webprobe_metrics",
// "cloudpath_metrics", "cloudpath", "events"}, each result as the API sent it (most are lists).
class DeepTraceResultsJob : public ClientJob
{
    Q_OBJECT
public:
    DeepTraceResultsJob(ApiClient *client, QString deviceId, QString traceId,
                        QObject *parent = nullptr);

    QString deviceId() const { return m_deviceId; }
    QString traceId() const { return m_traceId; }
    QJsonObject results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);

protected:
    void run() override;

private:
    void next();

    QString m_deviceId;
    QString m_traceId;
    int m_step = 0; // 0: the trace, then one per DeepTraceResult
    QJsonObject m_results;
};

} // namespace zc
