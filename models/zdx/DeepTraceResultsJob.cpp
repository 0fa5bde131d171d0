// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraceResultsJob.h"

#include "ZdxService.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

DeepTraceResultsJob::DeepTraceResultsJob(ApiClient *client, QString deviceId, QString traceId,
                                         QObject *parent)
    : ClientJob(client, parent)
    , m_deviceId(std::move(deviceId))
    , m_traceId(std::move(traceId))
{}

void DeepTraceResultsJob::run()
{
    next();
}

void DeepTraceResultsJob::next()
{
    const QList<DeepTraceResult> kinds = allDeepTraceResults();
    const int total = int(kinds.size()) + 1;
    if (m_step >= total) {
        succeed();
        return;
    }
    if (clientGone())
        return;
    const bool trace = m_step == 0;
    const DeepTraceResult kind = trace ? DeepTraceResult::HealthMetrics : kinds.at(m_step - 1);
    const QString key = trace ? u"trace"_s : deepTraceResultKey(kind);
    const ApiRequest request =
        trace ? ZdxService::deepTraceRequest(m_deviceId, m_traceId)
              : ZdxService::deepTraceResultRequest(m_deviceId, m_traceId, kind);
    follow(client()->send(request), [this, key, total](ApiJob *job) {
        // The trace is an object; the results are mostly lists.
        const QJsonDocument json = job->json();
        m_results.insert(key, json.isArray() ? QJsonValue(json.array()) : json.object());
        ++m_step;
        Q_EMIT progress(m_step, total);
        next();
    });
}

} // namespace zc
