// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "profiles/SecretStore.h"

namespace zc::cli {

// The exit status of zconsole-cli, for scripts:
//   0    success
//   1    the API refused or failed the request (forbidden, read-only, not found, bad answer,
//        a list that paged forever)
//   2    bad usage or input: unknown command or option, invalid settings or key file, a
//        skipped URL, a secret missing from the keychain
//   3    authentication failed: ZIdentity refused the client ID, secret or key
//   4    network or TLS failure, no answer in time, or a proxy that refused (407)
//   5    gave up on a temporary condition after retries: rate limits (429), server
//        errors (5xx), an edit lock held by another administrator (409), answers that could
//        not be read from the token endpoint. Trying again later may succeed.
//   6    the OS keychain could not be used: it is locked, refused access, or there is none
//        (no Secret Service). Unlock or start it and try again; nothing is wrong with the
//        command or the profile.
//   130  interrupted (Ctrl-C): the requests under way were cancelled
enum ExitCode : int
{
    Success = 0,
    ApiFailure = 1,
    UsageError = 2,
    AuthenticationFailed = 3,
    NetworkFailure = 4,
    GaveUp = 5,
    KeychainUnavailable = 6,
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
        // The token endpoint's 5xx were retried by the sign-in itself.
        if (error.duringSignIn)
            return GaveUp;
        // Gave up where the engine retried (5xx on reads, 503/504 on anything), or where the
        // server asked for a longer wait than the retry policy accepts (the sentence says "gave
        // up" too); a write that failed once was not retried and is a plain API failure.
        return error.httpStatus >= 500 && error.httpStatus <= 599 &&
                       (error.attempts > 1 || error.retryAfterSeconds > 0)
                   ? GaveUp
                   : ApiFailure;
    case Kind::InvalidInput:
        return UsageError;
    case Kind::Cancelled:
        return Interrupted;
    case Kind::BadResponse:
        // An unreadable token answer is a server failure, retried like one.
        return error.duringSignIn ? GaveUp : ApiFailure;
    case Kind::Forbidden:
    case Kind::ReadOnly:
    case Kind::NotFound:
    case Kind::EndlessPaging:
        return ApiFailure;
    }
    return ApiFailure;
}

// Reading a profile's secret: nothing stored is a usage problem (store one first); a keychain
// that is locked, refuses or is absent is not the user's input at all.
inline int exitCodeFor(SecretStore::Error error)
{
    switch (error) {
    case SecretStore::Error::None:
        return Success;
    case SecretStore::Error::NotFound:
        return UsageError;
    case SecretStore::Error::KeychainMissing:
    case SecretStore::Error::AccessDenied:
    case SecretStore::Error::Failed:
        return KeychainUnavailable;
    }
    return KeychainUnavailable;
}

} // namespace zc::cli
