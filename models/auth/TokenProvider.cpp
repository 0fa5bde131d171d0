// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TokenProvider.h"

#include "auth/Jwt.h"
#include "auth/TokenResponse.h"
#include "net/NetworkErrors.h"
#include "net/RetryAfter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

void appendField(QByteArray &body, const char *key, const QByteArray &value)
{
    if (!body.isEmpty())
        body += '&';
    body += key;
    body += '=';
    body += value.toPercentEncoding();
}

} // namespace

TokenProvider::TokenProvider(const ConnectionSettings &settings, Credentials credentials,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(std::move(credentials))
    , m_network(network)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TokenProvider::startRequest);
}

TokenProvider::~TokenProvider()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        dropSent(false);
    }
    dropSent(true);
    secureWipe(m_token);
    m_credentials.wipe();
    delete m_ssl;
}

void TokenProvider::setSslConfiguration(const QSslConfiguration &configuration)
{
    delete m_ssl;
    m_ssl = new QSslConfiguration(configuration);
}

qint64 TokenProvider::refreshMarginMs(int lifetimeSeconds)
{
    const qint64 tenth = static_cast<qint64>(lifetimeSeconds) * 100;
    return std::clamp<qint64>(tenth, 1000, 60000);
}

bool TokenProvider::tokenUsable() const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid())
        return false;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    return left > refreshMarginMs(m_lifetimeSeconds);
}

bool TokenProvider::hasToken() const
{
    return tokenUsable();
}

QDateTime TokenProvider::expiresAt() const
{
    return m_token.isEmpty() ? QDateTime() : m_expiresAt;
}

int TokenProvider::lifetimeSeconds() const
{
    return m_token.isEmpty() ? 0 : m_lifetimeSeconds;
}

void TokenProvider::requestToken(QObject *context, Callback callback)
{
    if (tokenUsable()) {
        // A copy of its own for the caller, whose lifetime is the caller's (see Callback).
        std::shared_ptr<QByteArray> token(new QByteArray(secretCopy(m_token)),
                                          [](QByteArray *bytes) {
                                              secureWipe(*bytes);
                                              delete bytes;
                                          });
        QTimer::singleShot(0, context, [callback = std::move(callback), token] {
            callback(*token, {});
            secureWipe(*token);
        });
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_reply && !m_retryTimer.isActive()) {
        m_attempt = 0;
        m_waitedMs = 0;
        startRequest();
    }
}

void TokenProvider::invalidate(const QByteArray &token)
{
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcAuth) << "The API refused the access token; it is dropped";
        secureWipe(m_token);
        m_expiresAt = {};
    }
}

void TokenProvider::dropSent(bool wipe)
{
    if (wipe) {
        secureWipe(m_sentHeader);
        secureWipe(m_sentBody);
    } else {
        m_sentHeader = QByteArray();
        m_sentBody = QByteArray();
    }
}

void TokenProvider::reset()
{
    secureWipe(m_token);
    m_expiresAt = {};
    m_retryTimer.stop();
    // The reply is dropped unheard: its finished() must not answer the cancelled callers.
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        dropSent(false);
    }
    finishAll({}, ApiError::make(ApiError::Kind::Cancelled));
}

QByteArray TokenProvider::buildBody(ApiError *error) const
{
    QByteArray body;
    appendField(body, "grant_type", "client_credentials");
    appendField(body, "audience", kApiAudience);
    if (m_settings.authMethod == AuthMethod::PrivateKey) {
        if (m_credentials.privateKey.isNull()) {
            *error = ApiError::make(ApiError::Kind::InvalidInput,
                                    tr("No private key is set for this connection."));
            return {};
        }
        const QByteArray assertion = buildClientAssertion(
            m_credentials.privateKey, m_settings.clientId, m_settings.assertionAudienceValue());
        if (assertion.isEmpty()) {
            *error = ApiError::make(ApiError::Kind::InvalidInput,
                                    tr("The private key could not sign the client assertion."));
            return {};
        }
        appendField(body, "client_id", m_settings.clientId.toUtf8());
        appendField(body, "client_assertion", assertion);
        appendField(body, "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    } else {
        if (m_credentials.clientSecret.isEmpty()) {
            *error = ApiError::make(ApiError::Kind::InvalidInput,
                                    tr("No client secret is set for this connection."));
            return {};
        }
        if (m_settings.secretStyle == SecretStyle::Form) {
            appendField(body, "client_id", m_settings.clientId.toUtf8());
            appendField(body, "client_secret", m_credentials.clientSecret);
        }
    }
    return body;
}

void TokenProvider::startRequest()
{
    const QUrl url = m_settings.tokenUrl();
    ApiError error;
    if (!url.isValid() || url.isEmpty()) {
        error = ApiError::make(ApiError::Kind::InvalidInput,
                               tr("The token URL cannot be formed from the settings."));
    } else if (!isSafeForCredentials(url)) {
        error = ApiError::make(
            ApiError::Kind::InvalidInput,
            tr("Refusing to send credentials over plain http to %1.").arg(url.host()));
    }
    QByteArray body;
    if (!error)
        body = buildBody(&error);
    if (error) {
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT signInFailed(error);
            finishAll({}, error);
        });
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept", "application/json");
    if (m_settings.authMethod == AuthMethod::ClientSecret &&
        m_settings.secretStyle == SecretStyle::Basic) {
        QByteArray pair = m_settings.clientId.toUtf8() + ':' + m_credentials.clientSecret;
        dropSent(true);
        m_sentHeader = "Basic " + pair.toBase64();
        request.setRawHeader("Authorization", m_sentHeader);
        secureWipe(pair);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);

    ++m_tokenRequests;
    ++m_attempt;
    qCInfo(lcAuth).noquote() << "Signing in at" << redactedUrl(url) << "with"
                             << (m_settings.authMethod == AuthMethod::PrivateKey
                                     ? "a private-key JWT"
                                     : "a client secret");
    m_replyTimer.start();
    m_sentBody = std::move(body);
    m_reply = m_network->post(request, m_sentBody);
    connect(m_reply, &QNetworkReply::finished, this, &TokenProvider::onReplyFinished);
    m_timedOut = false;
    QTimer::singleShot(m_timeoutMs, m_reply, [this, reply = m_reply] {
        if (reply && reply->isRunning()) {
            m_timedOut = true;
            reply->abort();
        }
    });
}

void TokenProvider::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    dropSent(!m_timedOut);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->readAll();

    ActivityEntry entry;
    entry.kind = ActivityEntry::Kind::TokenRequest;
    entry.time = QDateTime::currentDateTime();
    entry.method = "POST";
    entry.path = reply->url().path();
    entry.status = status;
    entry.durationMs = m_replyTimer.elapsed();
    entry.requestId = QString::fromLatin1(reply->rawHeader("x-oneapi-request-id"));

    ApiError error = transportError(reply, m_timedOut);
    bool unreadable = error.kind == ApiError::Kind::BadResponse; // cut short after the status
    if (!error && status == 200) {
        TokenResponse response = TokenResponse::parse(body);
        if (!response.isUsable()) {
            error = ApiError::make(ApiError::Kind::BadResponse,
                                   tr("The token endpoint's answer has no usable access token."));
            error.httpStatus = status;
            unreadable = true;
        } else {
            secureWipe(m_token);
            m_token = std::exchange(response.accessToken, {});
            m_lifetimeSeconds = response.expiresInSeconds;
            m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_lifetimeSeconds);
        }
    } else if (!error) {
        // A refusal of the credentials, or an answer from something that is no token endpoint
        // (a wrong token URL): Authentication. A rate limit or a server failure is not.
        error.kind = status == 429                      ? ApiError::Kind::RateLimited
                     : (status >= 500 && status <= 599) ? ApiError::Kind::Server
                                                        : ApiError::Kind::Authentication;
        error.httpStatus = status;
        readServerError(body, &error);
    }
    int serverWait = -1;
    if (error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Server) {
        serverWait = serverRequestedWait(rawHeaders(reply), QJsonDocument::fromJson(body).object());
        if (status == 429 || status == 503 || status == 504)
            error.retryAfterSeconds = serverWait;
    }
    secureWipe(body);
    error.requestId = entry.requestId;
    error.duringSignIn = true;

    entry.outcome = error ? ApiError::kindKey(error.kind) : u"ok"_s;
    Q_EMIT activity(entry);

    if (error && error.kind != ApiError::Kind::Authentication &&
        error.kind != ApiError::Kind::Timeout && error.kind != ApiError::Kind::Tls) {
        const bool lost = error.kind == ApiError::Kind::Network && isConnectionLost(reply->error());
        const RetryPolicy::Decision decision = m_retryPolicy.decideSignIn(
            error.httpStatus, lost, unreadable, serverWait, m_attempt, m_waitedMs);
        if (decision.retry && retryLater(decision, entry.path))
            return;
    }
    error.attempts = m_attempt;
    if (error) {
        qCInfo(lcAuth).noquote() << "Sign-in failed:" << ApiError::kindKey(error.kind) << status
                                 << error.serverCode;
        Q_EMIT signInFailed(error);
        finishAll({}, error);
        return;
    }
    qCInfo(lcAuth) << "Signed in; the token lives" << m_lifetimeSeconds << "s";
    Q_EMIT signedIn(m_expiresAt, m_lifetimeSeconds);
    finishAll(m_token, {});
}

bool TokenProvider::retryLater(const RetryPolicy::Decision &decision, const QString &path)
{
    if (m_waiters.isEmpty())
        return false; // nobody waits for this token any more
    m_waitedMs += decision.delayMs;
    const int seconds = std::max(1, (decision.delayMs + 500) / 1000);
    qCInfo(lcRate).noquote() << waitMessage(Product::Zid, seconds, decision.reason);
    ActivityEntry entry;
    entry.kind = ActivityEntry::Kind::Wait;
    entry.time = QDateTime::currentDateTime();
    entry.product = Product::Zid;
    entry.method = "POST";
    entry.path = path;
    entry.attempt = m_attempt;
    entry.waitSeconds = seconds;
    entry.waitReason = decision.reason;
    entry.outcome = u"wait"_s;
    Q_EMIT activity(entry);
    Q_EMIT waiting(seconds, decision.reason);
    m_retryTimer.start(decision.delayMs);
    return true;
}

void TokenProvider::finishAll(const QByteArray &token, const ApiError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (!w.context)
            continue;
        // Each caller gets a copy of its own: wiping m_token later never empties theirs.
        QByteArray own = secretCopy(token);
        w.callback(own, error);
        secureWipe(own);
    }
}

} // namespace zc
