// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/Credentials.h"
#include "net/ApiError.h"
#include "net/HttpLog.h"
#include "net/RetryPolicy.h"
#include "oneapi/ConnectionSettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslConfiguration;

namespace zc {

// Signs in at ZIdentity with the client-credentials grant and keeps the access token in
// memory only. Concurrent callers share one token request; a token close to its expiry is
// replaced before use; a token the API refused (401) is dropped so the next caller signs in
// again. A 429, a 5xx, a lost connection or an unreadable answer is a server failure, not a
// refused sign-in: it is retried as the retry policy says (RetryPolicy::decideSignIn) and
// reported as such (RateLimited, Server, BadResponse, Network); only a refusal (400, 401,
// 403) or an answer from something that is no token endpoint is Authentication.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QByteArray &token, const ApiError &error)>;

    TokenProvider(const ConnectionSettings &settings, Credentials credentials,
                  QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenProvider() override;

    // Calls back (always asynchronously, with `context` alive) with a usable token or the
    // error that prevented sign-in. A cached token is handed out without a request. The token
    // is a copy for this call only, wiped when the callback returns: a caller that keeps it
    // takes a secretCopy() of its own (and wipes that).
    void requestToken(QObject *context, Callback callback);
    // Drops the current token if it is `token` (the API answered 401 to it).
    void invalidate(const QByteArray &token);
    // Drops the token and cancels a sign-in under way (its callers get Cancelled).
    void reset();

    bool hasToken() const;
    QDateTime expiresAt() const; // invalid without a token
    int lifetimeSeconds() const; // as the token endpoint granted it, 0 without a token
    int tokenRequestCount() const { return m_tokenRequests; }

    void setSslConfiguration(const QSslConfiguration &configuration);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    // How long before expiry a token is replaced: a tenth of its lifetime, between 1 s and
    // 60 s, so both 5-second test tokens and 24-hour tokens refresh in time.
    static qint64 refreshMarginMs(int lifetimeSeconds);

Q_SIGNALS:
    void signedIn(const QDateTime &expiresAt, int lifetimeSeconds);
    void signInFailed(const zc::ApiError &error);
    // A wait before the sign-in is tried again (ApiClient announces it as ZIdentity's).
    void waiting(int seconds, zc::WaitReason reason);
    void activity(const zc::ActivityEntry &entry);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void startRequest();
    void onReplyFinished();
    // Wipes m_sentHeader and m_sentBody once the network is done with them, or only lets go of
    // them when a reply was aborted in flight (Qt's HTTP thread may still read them).
    void dropSent(bool wipe);
    void finishAll(const QByteArray &token, const ApiError &error);
    bool retryLater(const RetryPolicy::Decision &decision, const QString &path);
    bool tokenUsable() const;
    QByteArray buildBody(ApiError *error) const;

    ConnectionSettings m_settings;
    Credentials m_credentials;
    QNetworkAccessManager *m_network;
    QSslConfiguration *m_ssl = nullptr;
    QPointer<QNetworkReply> m_reply;
    // What the token request in flight carries (the Basic header, the form body with a secret
    // or an assertion): Qt sends from these very buffers, so they are wiped once it is done.
    QByteArray m_sentHeader;
    QByteArray m_sentBody;
    QElapsedTimer m_replyTimer;
    QList<Waiter> m_waiters;
    QByteArray m_token;
    QDateTime m_expiresAt;
    int m_lifetimeSeconds = 0;
    int m_tokenRequests = 0;
    int m_timeoutMs = 30000;
    bool m_timedOut = false;
    RetryPolicy m_retryPolicy;
    QTimer m_retryTimer;
    int m_attempt = 0; // of the sign-in under way
    qint64 m_waitedMs = 0;
};

} // namespace zc
