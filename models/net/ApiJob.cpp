// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiJob.h"

#include "ApiClient.h"
#include "NetworkErrors.h"
#include "OneShotUpload.h"
#include "RetryAfter.h"
#include "auth/TokenProvider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ApiJob::ApiJob(ApiClient *client, ApiRequest request)
    : Job(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: a 429
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiJob::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString ApiJob::requestId() const
{
    return QString::fromLatin1(header("x-oneapi-request-id"));
}

void ApiJob::run()
{
    if (!m_client) {
        failWith(cancelledError());
        return;
    }
    if (const ApiError setup = m_client->setupError()) {
        failWith(setup);
        return;
    }
    const QUrl url = m_client->urlFor(m_request);
    if (!url.isValid() || url.isEmpty()) {
        failWith(ApiError::make(ApiError::Kind::InvalidInput,
                                tr("The API URL cannot be formed from the settings.")));
        return;
    }
    if (!isSafeForCredentials(url)) {
        failWith(ApiError::make(
            ApiError::Kind::InvalidInput,
            tr("Refusing to send an access token over plain http to %1.").arg(url.host())));
        return;
    }
    m_elapsed.start();
    acquireToken();
}

void ApiJob::acquireSlot()
{
    // The slot is reserved once a token is at hand, so that a slow sign-in does not eat into
    // the spacing the limiter keeps between requests as the server sees them.
    m_phase = Phase::WaitingForSlot;
    m_haveSlot = true;
    const qint64 now = RateLimiter::nowMs();
    const qint64 wait = m_client->rateLimiter()->reserve(m_request.product, m_request.method, now);
    m_slotAt = now + wait;
    if (wait <= 0) {
        send(m_token);
        return;
    }
    if (wait >= 1000) {
        // Rounded, not ceiled: the limiter's 50 ms margin must not turn 1 s into "2 s".
        const int seconds = static_cast<int>((wait + 500) / 1000);
        announceWait(seconds, WaitReason::ClientRateLimit);
        Q_EMIT m_client->waiting(m_request.product, seconds, WaitReason::ClientRateLimit);
    }
    m_timer.disconnect();
    // After the wait, ask again: the cached token is handed out at once, or renewed if the
    // wait outlived it.
    connect(&m_timer, &QTimer::timeout, this, &ApiJob::acquireToken);
    m_timer.start(static_cast<int>(wait));
}

void ApiJob::acquireToken()
{
    if (isFinished() || !m_client)
        return;
    m_phase = Phase::WaitingForToken;
    m_client->tokenProvider()->requestToken(this,
                                            [this](const QByteArray &token, const ApiError &error) {
                                                if (m_phase != Phase::WaitingForToken)
                                                    return; // cancelled meanwhile
                                                if (error) {
                                                    // As TokenProvider classified it: a refusal is
                                                    // Authentication; a 429, a 5xx or an unreadable
                                                    // answer stays a server failure, already
                                                    // retried there.
                                                    failWith(error);
                                                    return;
                                                }
                                                secureWipe(m_token);
                                                m_token = secretCopy(token);
                                                if (m_haveSlot)
                                                    send(token);
                                                else
                                                    acquireSlot();
                                            });
}

void ApiJob::send(const QByteArray &token)
{
    if (!m_client) {
        failWith(cancelledError());
        return;
    }
    m_phase = Phase::Sending;
    if (&token != &m_token) {
        secureWipe(m_token);
        m_token = secretCopy(token);
    }
    const bool reserved = std::exchange(m_haveSlot, false); // the next attempt reserves anew
    ++m_attempt;
    m_timedOut = false;
    QNetworkRequest request = m_client->networkRequest(m_request, token);
    dropBearer(true);
    m_bearer = request.rawHeader("Authorization");
    const QByteArray body =
        m_request.body.isNull() ? QByteArray() : m_request.body.toJson(QJsonDocument::Compact);
    QNetworkAccessManager *network = m_client->network();
    if (m_request.method == "GET") {
        m_reply = network->get(request);
    } else if (m_request.method == "DELETE" && body.isEmpty()) {
        m_reply = network->deleteResource(request); // idempotent: a resend deletes nothing more
    } else {
        // A write goes out exactly once: see OneShotUpload.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotUpload(body);
        m_reply = network->sendCustomRequest(request, m_request.method, upload);
        upload->setParent(m_reply);
    }
    m_elapsed.restart();
    if (reserved) {
        m_client->rateLimiter()->markSent(m_request.product, m_request.method, m_slotAt,
                                          RateLimiter::nowMs());
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timeout.start(m_request.timeoutMs > 0 ? m_request.timeoutMs
                                            : m_client->retryPolicy().answerTimeoutMs);
    qCDebug(lcNet).noquote() << m_request.method << redactedUrl(request.url()) << "attempt"
                             << m_attempt;
}

void ApiJob::onTimeout()
{
    if (m_reply && m_reply->isRunning()) {
        m_timedOut = true;
        m_reply->abort(); // finishes the reply: onReplyFinished reports the timeout
    }
}

ApiError ApiJob::errorFromAnswer() const
{
    ApiError error;
    error.httpStatus = m_httpStatus;
    readServerError(m_body, &error);
    const bool readOnly =
        header("x-zscaler-mode").trimmed().compare("read-only", Qt::CaseInsensitive) == 0 ||
        error.serverCode == "STATE_READONLY"_L1;
    switch (m_httpStatus) {
    case 400:
    case 422:
        error.kind = ApiError::Kind::InvalidInput;
        if (error.detail.isEmpty())
            error.detail = error.serverMessage.isEmpty()
                               ? tr("%1 refused the request as invalid (HTTP %2).")
                                     .arg(productName(m_request.product))
                                     .arg(m_httpStatus)
                               : tr("%1 refused the request: %2")
                                     .arg(productName(m_request.product), error.serverMessage);
        break;
    case 401:
        error.kind = ApiError::Kind::Authentication;
        break;
    case 403:
        error.kind = readOnly ? ApiError::Kind::ReadOnly : ApiError::Kind::Forbidden;
        break;
    case 404:
        error.kind = ApiError::Kind::NotFound;
        break;
    case 409:
        error.kind = (error.serverCode == "EDIT_LOCK_NOT_AVAILABLE"_L1 ||
                      error.serverCode == "api.concurrent.access.error"_L1)
                         ? ApiError::Kind::EditLock
                         : ApiError::Kind::Server;
        break;
    case 429:
        error.kind = ApiError::Kind::RateLimited;
        break;
    default:
        error.kind = ApiError::Kind::Server;
        break;
    }
    return error;
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeout.stop();
    if (!reply || isFinished())
        return;
    reply->deleteLater();
    dropBearer(!m_timedOut);

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = rawHeaders(reply);
    m_body = reply->readAll();
    m_json = {};
    const qint64 nowMs = RateLimiter::nowMs();
    // m_elapsed restarted when the request went out.
    m_client->rateLimiter()->updateFromHeaders(m_request.product, m_headers, nowMs,
                                               nowMs - m_elapsed.elapsed(), m_request.method,
                                               m_httpStatus);

    ApiError transport = transportError(reply, m_timedOut);

    ActivityEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.product = m_request.product;
    entry.method = m_request.method;
    entry.path = reply->url().path();
    entry.status = m_httpStatus;
    entry.durationMs = m_elapsed.elapsed();
    entry.requestId = requestId();
    entry.attempt = m_attempt;
    entry.outcome = transport ? ApiError::kindKey(transport.kind)
                              : (m_httpStatus / 100 == 2 ? u"ok"_s : QString::number(m_httpStatus));
    Q_EMIT m_client->activity(entry);
    qCInfo(lcNet).noquote() << m_request.method << entry.path << m_httpStatus << entry.durationMs
                            << "ms" << entry.requestId;

    if (transport.kind == ApiError::Kind::Timeout || transport.kind == ApiError::Kind::Tls ||
        transport.kind == ApiError::Kind::Cancelled ||
        transport.kind == ApiError::Kind::ProxyAuthentication) {
        transport.product = m_request.product;
        failWith(transport);
        return;
    }
    if (transport) {
        // The connection dropped before a whole answer arrived.
        const auto decision = m_client->retryPolicy().decide(m_request.method, 0, {}, true, -1,
                                                             m_attempt, m_waitedMs);
        if (decision.retry) {
            scheduleRetry(decision.delayMs, decision.reason);
            return;
        }
        transport.product = m_request.product;
        transport.httpStatus = m_httpStatus;
        transport.requestId = requestId();
        failWith(transport);
        return;
    }

    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        succeedWithAnswer();
        return;
    }

    ApiError error = errorFromAnswer();
    error.product = m_request.product;
    error.requestId = requestId();

    if (m_httpStatus == 401) {
        // The SDKs' rule: drop the token, sign in again, retry once.
        m_client->tokenProvider()->invalidate(m_token);
        if (!m_reauthenticated) {
            m_reauthenticated = true;
            qCInfo(lcAuth) << "401 from" << productName(m_request.product) << "- signing in again";
            m_haveSlot = false;
            acquireToken();
            return;
        }
        failWith(error);
        return;
    }
    if (error.kind == ApiError::Kind::ReadOnly) {
        Q_EMIT m_client->readOnlyDetected(m_request.product, error.serverMessage);
        failWith(error);
        return;
    }

    const int serverWait = serverRequestedWait(m_headers, QJsonDocument::fromJson(m_body).object());
    if (m_httpStatus == 429 && serverWait > 0) {
        // Every request to this product waits, not only this one.
        m_client->rateLimiter()->blockFor(m_request.product, serverWait * 1000LL, nowMs);
    }
    const auto decision = m_client->retryPolicy().decide(
        m_request.method, m_httpStatus, error.serverCode, false, serverWait, m_attempt, m_waitedMs);
    if (decision.retry) {
        scheduleRetry(decision.delayMs, decision.reason);
        return;
    }
    // Only these answers ask for a wait; other answers carry budget headers, not a request.
    if (m_httpStatus == 429 || m_httpStatus == 503 || m_httpStatus == 504)
        error.retryAfterSeconds = serverWait;
    failWith(error);
}

void ApiJob::scheduleRetry(int delayMs, WaitReason reason)
{
    m_phase = Phase::WaitingToRetry;
    m_waitedMs += delayMs;
    // Announce what the server asked for: the jitter is ours, not worth a second more.
    const int seconds = std::max(1, (delayMs + 500) / 1000);
    qCInfo(lcRate).noquote() << waitMessage(m_request.product, seconds, reason);
    ActivityEntry entry;
    entry.kind = ActivityEntry::Kind::Wait;
    entry.time = QDateTime::currentDateTime();
    entry.product = m_request.product;
    entry.method = m_request.method;
    entry.path = m_client->urlFor(m_request).path();
    entry.attempt = m_attempt;
    entry.waitSeconds = seconds;
    entry.waitReason = reason;
    entry.outcome = u"wait"_s;
    Q_EMIT m_client->activity(entry);
    announceWait(seconds, reason);
    Q_EMIT m_client->waiting(m_request.product, seconds, reason);
    m_timer.disconnect();
    m_haveSlot = false;
    connect(&m_timer, &QTimer::timeout, this, &ApiJob::acquireToken);
    m_timer.start(delayMs);
}

QString ApiJob::readAnswer(const QByteArray &body, ApiRequest::Expect expect, QJsonDocument *json)
{
    *json = QJsonDocument();
    if (expect == ApiRequest::Expect::Nothing)
        return {};
    QJsonParseError parseError;
    *json = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty() && expect == ApiRequest::Expect::AnyJson)
        return {}; // an empty 2xx body is fine when no shape is required
    if (parseError.error != QJsonParseError::NoError)
        return tr("The answer is not valid JSON (%1 at byte %2).")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (expect == ApiRequest::Expect::JsonObject && !json->isObject())
        return tr("The answer is not a JSON object.");
    if (expect == ApiRequest::Expect::JsonArray && !json->isArray())
        return tr("The answer is not a JSON array.");
    return {};
}

void ApiJob::succeedWithAnswer()
{
    if (const QString problem = readAnswer(m_body, m_request.expect, &m_json); !problem.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::BadResponse, problem);
        error.httpStatus = m_httpStatus;
        error.requestId = requestId();
        failWith(error);
        return;
    }
    done();
    succeed();
}

void ApiJob::failWith(ApiError error)
{
    done();
    fail(std::move(error));
}

void ApiJob::done()
{
    m_phase = Phase::Done;
    m_timer.stop();
    m_timeout.stop();
    secureWipe(m_token);
    dropBearer(!m_reply);
}

void ApiJob::dropBearer(bool wipe)
{
    // Only once the network layer is done with the request: a reply aborted in flight may
    // still be read by Qt's HTTP thread, so its header is released, not overwritten.
    if (wipe)
        secureWipe(m_bearer);
    else
        m_bearer = QByteArray();
}

void ApiJob::wipeAnswer()
{
    secureWipe(m_body);
    m_json = QJsonDocument();
}

void ApiJob::completeError(ApiError &error) const
{
    if (!error.product)
        error.product = m_request.product;
    error.attempts = m_attempt;
    qCInfo(lcNet).noquote() << m_request.method << m_request.encodedPath()
                            << "failed:" << ApiError::kindKey(error.kind) << error.httpStatus
                            << error.serverCode;
}

void ApiJob::abort()
{
    done();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace zc
