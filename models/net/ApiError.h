// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "oneapi/Product.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace zc {

// One typed error for everything that can go wrong between a view and the tenant. Errors
// travel as values; they become sentences only at the UI or CLI edge (message()).
struct ApiError
{
    Q_GADGET
public:
    enum class Kind
    {
        None,
        Network,        // DNS, refused, reset, dropped connection
        Tls,            // certificate or handshake failure; never ignored
        Timeout,        // no complete answer in time
        Authentication, // token endpoint refused us, or 401 after a fresh sign-in
        Forbidden,      // 403: not entitled or not allowed
        ReadOnly,       // 403 with x-zscaler-mode: read-only / STATE_READONLY
        NotFound,       // 404
        EditLock,       // 409 EDIT_LOCK_NOT_AVAILABLE or ZPA concurrent edit, after retries
        RateLimited,    // 429 after retries, or the server asked for too long a wait
        Server,         // 5xx after retries, or an unexpected status
        BadResponse,    // malformed, truncated or unexpected JSON
        Cancelled,      // the user or the caller cancelled
        InvalidInput,   // refused before sending: bad settings, bad argument, bad key file
        EndlessPaging,  // a list that pages forever was stopped (PagingGuard); detail says why
        // 407: the proxy wants credentials, and had none or refused them.
        ProxyAuthentication,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    std::optional<Product> product; // which product answered, when known
    int httpStatus = 0;             // 0 when no HTTP answer arrived
    QString serverCode;             // the server's `code`, `id` or OAuth `error`
    QString serverMessage;          // the server's `message` or `error_description`
    QString requestId;              // x-oneapi-request-id, to quote to Zscaler support
    QString detail;                 // technical detail (Qt network error text, parser error)
    int retryAfterSeconds = -1;     // for RateLimited/Server: what the server last asked for
    int attempts = 0;               // how many times the request was sent (0: never)
    bool duringSignIn = false;      // the token request at ZIdentity failed, not an API call
    // "host:port" of the proxy, when the failure was the proxy's.
    QString proxy;
    // ProxyAuthentication: a proxy user was configured, and the proxy refused it.
    bool proxyCredentialsGiven = false;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // A translated sentence for people, naming what happened and what to do. Never contains
    // secrets: error fields are filled from server answers and Qt texts only.
    QString message() const;
    // Untranslated one-word name of the kind, for logs and JSON output ("rate_limited").
    static QString kindKey(Kind kind);

    static ApiError make(Kind kind, QString detail = {});
};

} // namespace zc

Q_DECLARE_METATYPE(zc::ApiError)
