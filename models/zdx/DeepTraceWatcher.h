// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace zc {

class ApiJob;
class ZdxService;

// Follows one deep trace until it ends, gently: polls GET /devices/{id}/deeptraces/{traceId}
// at the initial interval, doubles the wait each time nothing changed (5 s, 10 s, 20 s, 40 s,
// then the cap of 60 s by default), and goes back to the initial interval when the status
// changes. One request at a time, paced by the client's ZDX rate limiter.
// statusChanged() for every new status (the first answer included); completed() when the
// trace completed; failed() when it ended otherwise (aborted, expired, failed, incomplete:
// `status` set, `error` empty) or it cannot be followed (deleted, not entitled, repeated
// errors: `status` empty). The watcher stops itself after completed() or failed().
class DeepTraceWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultInitialIntervalMs = 5000;
    static constexpr int defaultMaxIntervalMs = 60000;
    static constexpr int maxConsecutiveErrors = 3;

    DeepTraceWatcher(ZdxService *service, QString deviceId, QString traceId,
                     QObject *parent = nullptr);
    ~DeepTraceWatcher() override;

    void setInitialInterval(int ms);
    void setMaxInterval(int ms);
    int initialInterval() const { return m_initialMs; }
    int maxInterval() const { return m_maxMs; }
    int currentInterval() const { return m_intervalMs; } // the wait before the next poll

    void start(); // polls at once
    void stop();
    bool isActive() const { return m_active; }

    QString deviceId() const { return m_deviceId; }
    QString traceId() const { return m_traceId; }
    QString status() const { return m_status; } // empty until the first answer
    QJsonObject trace() const { return m_trace; }
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    void statusChanged(const QString &status, const QJsonObject &trace);
    void progressChanged(int percent);
    void completed(const QJsonObject &trace);
    void failed(const QString &status, const zc::ApiError &error);
    void activeChanged(bool active);

private:
    void poll();
    void onAnswer(const QJsonObject &trace);
    void onError(const ApiError &error);
    void scheduleNext(bool changed);
    void end();

    QPointer<ZdxService> m_service;
    QString m_deviceId;
    QString m_traceId;
    QTimer m_timer;
    QPointer<ApiJob> m_job;
    int m_initialMs = defaultInitialIntervalMs;
    int m_maxMs = defaultMaxIntervalMs;
    int m_intervalMs = defaultInitialIntervalMs;
    int m_errors = 0;
    int m_polls = 0;
    int m_progress = -1;
    bool m_active = false;
    QString m_status;
    QJsonObject m_trace;
};

} // namespace zc
