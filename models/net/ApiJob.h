// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "HttpLog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace zc {

class ApiClient;

// One API request from first attempt to final answer: waits for a rate-limit slot and a
// token, sends, and follows the retry table (RetryPolicy) until it succeeds, fails or is
// cancelled. Emits exactly one of succeeded/failed, then finished, and deletes itself
// later unless setAutoDelete(false).
class ApiJob : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Queued,
        WaitingForSlot,
        WaitingForToken,
        Sending,
        WaitingToRetry,
        Succeeded,
        Failed
    };
    Q_ENUM(Status)

    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    Status status() const { return m_status; }
    bool isFinished() const { return m_status == Status::Succeeded || m_status == Status::Failed; }

    // The final answer (valid after succeeded; the last answer after failed).
    int httpStatus() const { return m_httpStatus; }
    QJsonDocument json() const { return m_json; }
    QByteArray rawBody() const { return m_body; }
    QByteArray header(const QByteArray &name) const; // case-insensitive
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QString requestId() const;
    ApiError error() const { return m_error; }
    int attempts() const { return m_attempt; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

public Q_SLOTS:
    // Stops the job wherever it is; it fails with ApiError::Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void succeeded(zc::ApiJob *job);
    void failed(zc::ApiJob *job, const zc::ApiError &error);
    void finished(zc::ApiJob *job);
    // A wait before the next attempt: announce it ("rate limited by ZIA, retrying in 3 s").
    void waiting(zc::ApiJob *job, int seconds, zc::WaitReason reason);

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, ApiRequest request);

    void start();
    void acquireSlot();
    void acquireToken();
    void send(const QByteArray &token);
    void onReplyFinished();
    void onTimeout();
    void scheduleRetry(int delayMs, WaitReason reason);
    void succeed();
    void fail(ApiError error);
    ApiError errorFromAnswer() const;

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    Status m_status = Status::Queued;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer; // rate-limit and retry waits
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    QByteArray m_token;
    int m_attempt = 0;
    bool m_reauthenticated = false;
    bool m_haveSlot = false; // a rate-limit slot is reserved for the next send
    bool m_timedOut = false;
    bool m_autoDelete = true;
    qint64 m_waitedMs = 0;
    int m_httpStatus = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ApiError m_error;
};

} // namespace zc
