// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QByteArray>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcAuth) // zconsole.auth: sign-in, token refresh
Q_DECLARE_LOGGING_CATEGORY(lcNet)  // zconsole.net: requests, retries
Q_DECLARE_LOGGING_CATEGORY(lcRate) // zconsole.ratelimit: client and server waits

namespace zc {

// The URL as it may be logged: scheme, host, port and path only. Query strings carry
// search terms, UDIDs and cache-busters; user info could carry credentials.
QString redactedUrl(const QUrl &url);
// A header value as it may be logged: Authorization and cookies become "<redacted>".
QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value);

// Why a request is waiting before it is sent again.
enum class WaitReason
{
    ClientRateLimit,    // our own limiter keeps us under the published limit
    ServerRateLimit,    // the server answered 429
    ServiceUnavailable, // 503 / 504
    ServerError,        // 5xx on a GET
    EditLock,           // 409 EDIT_LOCK_NOT_AVAILABLE
    ConnectionLost,     // dropped connection on a GET
};

// "Rate limited by ZIA, retrying in 3 s." — translated.
QString waitMessage(Product product, int seconds, WaitReason reason);

// One line of the activity log: what went over the wire, nothing secret.
struct ActivityEntry
{
    enum class Kind
    {
        Request,
        TokenRequest,
        Wait
    };
    Kind kind = Kind::Request;
    QDateTime time;
    std::optional<Product> product;
    QByteArray method;
    QString path; // without query string
    int status = 0;
    qint64 durationMs = 0;
    QString requestId;
    int attempt = 1;
    int waitSeconds = 0;
    WaitReason waitReason = WaitReason::ClientRateLimit;
    QString outcome; // short untranslated word: "ok", "429", "network", "timeout"...
};

} // namespace zc

Q_DECLARE_METATYPE(zc::ActivityEntry)
Q_DECLARE_METATYPE(zc::WaitReason)
