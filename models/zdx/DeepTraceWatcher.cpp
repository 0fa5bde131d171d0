// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraceWatcher.h"

#include "DeepTraceModel.h"
#include "ZdxService.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

DeepTraceWatcher::DeepTraceWatcher(ZdxService *service, QString deviceId, QString traceId,
                                   QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_deviceId(std::move(deviceId))
    , m_traceId(std::move(traceId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeepTraceWatcher::poll);
}

DeepTraceWatcher::~DeepTraceWatcher()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void DeepTraceWatcher::setInitialInterval(int ms)
{
    m_initialMs = std::max(1, ms);
    m_maxMs = std::max(m_maxMs, m_initialMs);
    if (!m_active)
        m_intervalMs = m_initialMs;
}

void DeepTraceWatcher::setMaxInterval(int ms)
{
    m_maxMs = std::max(m_initialMs, ms);
    m_intervalMs = std::min(m_intervalMs, m_maxMs);
}

void DeepTraceWatcher::start()
{
    if (m_active)
        return;
    m_active = true;
    m_errors = 0;
    m_intervalMs = m_initialMs;
    Q_EMIT activeChanged(true);
    poll();
}

void DeepTraceWatcher::stop()
{
    if (!m_active)
        return;
    m_timer.stop();
    if (m_job) {
        ApiJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
    }
    m_active = false;
    Q_EMIT activeChanged(false);
}

void DeepTraceWatcher::end()
{
    m_timer.stop();
    m_job = nullptr;
    if (m_active) {
        m_active = false;
        Q_EMIT activeChanged(false);
    }
}

void DeepTraceWatcher::poll()
{
    if (!m_active || m_job)
        return;
    if (!m_service) {
        end();
        Q_EMIT failed(QString(), Job::cancelledError());
        return;
    }
    ++m_polls;
    ApiJob *job = m_service->deepTrace(m_deviceId, m_traceId);
    m_job = job;
    connect(job, &Job::succeeded, this, [this, job] {
        m_job = nullptr;
        onAnswer(job->json().object());
    });
    connect(job, &Job::failed, this, [this](Job *, const ApiError &error) {
        m_job = nullptr;
        onError(error);
    });
}

void DeepTraceWatcher::onAnswer(const QJsonObject &trace)
{
    m_errors = 0;
    m_trace = trace;
    const QString status = trace.value("status"_L1).toString();
    const bool changed = status != m_status;
    m_status = status;
    if (changed)
        Q_EMIT statusChanged(status, trace);
    const int percent = deeptrace::progress(trace);
    if (percent != m_progress) {
        m_progress = percent;
        Q_EMIT progressChanged(percent);
    }
    const DeepTraceStatus parsed = deeptrace::parseStatus(status);
    if (parsed == DeepTraceStatus::Completed) {
        end();
        Q_EMIT completed(trace);
        return;
    }
    if (deeptrace::isTerminal(parsed)) {
        end();
        Q_EMIT failed(status, {});
        return;
    }
    scheduleNext(changed);
}

void DeepTraceWatcher::onError(const ApiError &error)
{
    using Kind = ApiError::Kind;
    const bool fatal = error.kind == Kind::NotFound || error.kind == Kind::Forbidden ||
                       error.kind == Kind::Authentication || error.kind == Kind::InvalidInput ||
                       error.kind == Kind::Cancelled || error.kind == Kind::Tls;
    if (fatal || ++m_errors >= maxConsecutiveErrors) {
        end();
        Q_EMIT failed(QString(), error);
        return;
    }
    scheduleNext(false);
}

void DeepTraceWatcher::scheduleNext(bool changed)
{
    if (!m_active)
        return;
    if (changed)
        m_intervalMs = m_initialMs;
    else
        m_intervalMs = std::min(m_maxMs, m_intervalMs * 2);
    m_timer.start(m_intervalMs);
}

} // namespace zc
