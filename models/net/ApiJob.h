// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "HttpLog.h"
#include "Job.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace zc {

class ApiClient;

// One API request from first attempt to final answer: waits for a rate-limit slot and a
// token, sends, and follows the retry table (RetryPolicy) until it succeeds, fails or is
// cancelled. The signals, the end and the ownership are Job's; ApiClient::send() makes one
// and starts it on the next event-loop turn.
class ApiJob : public Job
{
    Q_OBJECT
public:
    // Where the request stands while it runs.
    enum class Phase
    {
        Queued,
        WaitingForSlot,
        WaitingForToken,
        Sending,
        WaitingToRetry,
        Done
    };
    Q_ENUM(Phase)

    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    Phase phase() const { return m_phase; }

    // The final answer (valid after succeeded; the last answer after failed).
    int httpStatus() const { return m_httpStatus; }
    QJsonDocument json() const { return m_json; }
    QByteArray rawBody() const { return m_body; }
    // Overwrites the answer's bytes and drops the parsed document: an answer that carried
    // secrets (device OTPs), once they have been taken out.
    void wipeAnswer();
    QByteArray header(const QByteArray &name) const; // case-insensitive
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QString requestId() const;
    int attempts() const { return m_attempt; }

    // Reads a 2xx answer's body as `expect` asks into *json: empty, or the sentence of a
    // BadResponse error. Thread-safe: PagedFetch reads large pages with it off the UI thread.
    static QString readAnswer(const QByteArray &body, ApiRequest::Expect expect,
                              QJsonDocument *json);

protected:
    void run() override;
    void abort() override;
    void completeError(ApiError &error) const override;

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, ApiRequest request);

    void acquireSlot();
    void acquireToken();
    void send(const QByteArray &token);
    void onReplyFinished();
    void onTimeout();
    void scheduleRetry(int delayMs, WaitReason reason);
    void succeedWithAnswer();
    void failWith(ApiError error);
    // Stops the timers and wipes the token: the job is ending.
    void done();
    // Wipes the Authorization header this job built (secureWipe), or only lets it go.
    void dropBearer(bool wipe);
    ApiError errorFromAnswer() const;

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    Phase m_phase = Phase::Queued;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer; // rate-limit and retry waits
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    QByteArray m_token; // a copy of its own (secretCopy), wiped by done()
    // The Authorization header of the last request, sharing the buffer the request holds (with
    // Qt 6.4; later versions copy headers into their own storage, beyond reach).
    QByteArray m_bearer;
    int m_attempt = 0;
    bool m_reauthenticated = false;
    bool m_haveSlot = false; // a rate-limit slot is reserved for the next send
    qint64 m_slotAt = 0;     // when that slot is (RateLimiter::nowMs())
    bool m_timedOut = false;
    qint64 m_waitedMs = 0;
    int m_httpStatus = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace zc
