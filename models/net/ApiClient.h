// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "ApiJob.h"
#include "ApiRequest.h"
#include "HttpLog.h"
#include "NetworkAccess.h"
#include "RateLimiter.h"
#include "RetryPolicy.h"
#include "auth/Credentials.h"
#include "oneapi/ConnectionSettings.h"

#include <QObject>
#include <QSslConfiguration>

namespace zc {

class TokenProvider;

// The one place requests leave from: owns the network access manager, the token provider
// and the rate limiter; resolves URLs, adds the bearer header, applies TLS settings.
// Everything above it (services, models, CLI) speaks in ApiRequests and ApiJobs.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(const ConnectionSettings &settings, Credentials credentials,
              QObject *parent = nullptr);
    ~ApiClient() override;

    // A problem found before any request (bad settings, unreadable CA file). Every job sent
    // while it is set fails at once with this error.
    ApiError setupError() const { return m_setupError; }

    // Creates and starts a job on the next event-loop turn, so the caller can connect to
    // its signals first. The job is a child of the client.
    ApiJob *send(const ApiRequest &request);

    // Every product in turn: which ones answer for this client (used by "auth test" and
    // "Test connection"). Emits productProbed for each, then probeFinished.
    void probeProducts();

    // The full URL for a request, without cache-buster (for tests and display).
    QUrl urlFor(const ApiRequest &request) const;

    const ConnectionSettings &settings() const { return m_settings; }
    TokenProvider *tokenProvider() const { return m_tokens; }
    RateLimiter *rateLimiter() const { return m_limiter; }
    // Its requests take the proxy of settings().proxy, with the proxy password of the
    // credentials.
    NetworkAccess *network() const { return m_network; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // Also what the token request and the rate limiter's longest remembered wait follow.
    void setRetryPolicy(const RetryPolicy &policy);

    // Cancels every job under way (they fail with Cancelled).
    void cancelAll();

Q_SIGNALS:
    void activity(const zc::ActivityEntry &entry);
    void waiting(zc::Product product, int seconds, zc::WaitReason reason);
    void readOnlyDetected(zc::Product product, const QString &message);
    void productProbed(zc::Product product, const zc::ApiError &error);
    void probeFinished();

private:
    friend class ApiJob;
    QNetworkRequest networkRequest(const ApiRequest &request, const QByteArray &token) const;

    ConnectionSettings m_settings;
    NetworkAccess *m_network;
    TokenProvider *m_tokens;
    RateLimiter *m_limiter;
    RetryPolicy m_retryPolicy;
    QSslConfiguration m_ssl;
    ApiError m_setupError;
};

// System trust store plus the PEM certificates of caFile. Sets *error when the file cannot
// be read or holds no certificate.
QSslConfiguration buildSslConfiguration(const QString &caFile, ApiError *error);

} // namespace zc
