// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"

namespace zc::cli {

// The exit status of zconsole-cli, for scripts:
//   0    success
//   1    the API refused or failed the request (forbidden, read-only, not found, bad answer)
//   2    bad usage or input: unknown command or option, invalid settings or key file, a
//        skipped URL, a secret missing from the keychain
//   3    authentication failed: ZIdentity refused the client ID, secret or key
//   4    network or TLS failure, no answer in time, or a proxy that refused (407)
//   5    gave up on a temporary condition after retries: rate limits (429), server
//        errors (5xx), an edit lock held by another administrator (409). Trying again
//        later may succeed.
//   130  interrupted (Ctrl-C): the requests under way were cancelled
enum ExitCode : int
{
    Success = 0,
    ApiFailure = 1,
    UsageError = 2,
    AuthenticationFailed = 3,
    NetworkFailure = 4,
    GaveUp = 5,
    Interrupted = 130,
};

inline int exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Success;
    case Kind::Network:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::ProxyAuthentication:
        return NetworkFailure;
    case Kind::Authentication:
        return AuthenticationFailed;
    case Kind::RateLimited:
    case Kind::EditLock:
        return GaveUp;
    case Kind::Server:
        // Gave up only where the engine retried (5xx on reads, 503/504 on anything); a write
        // that failed once was not retried and is a plain API failure.
        return error.httpStatus >= 500 && error.httpStatus <= 599 && error.attempts > 1
                   ? GaveUp
                   : ApiFailure;
    case Kind::InvalidInput:
        return UsageError;
    case Kind::Cancelled:
        return Interrupted;
    case Kind::Forbidden:
    case Kind::ReadOnly:
    case Kind::NotFound:
    case Kind::BadResponse:
        return ApiFailure;
    }
    return ApiFailure;
}

} // namespace zc::cli
