// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace zc {

// What a 200 answer of the token endpoint carries:
// {"access_token":"...","token_type":"Bearer","expires_in":3600}. Separate from the network
// code so that it can be unit-tested and fuzzed: it reads whatever the server sent.
struct TokenResponse
{
    // ZIdentity grants lifetimes from 1 minute to 24 hours: a longer expires_in is read as
    // 24 hours (the token is then only refreshed early), never as a number that overflows.
    static constexpr int kMaxLifetimeSeconds = 24 * 3600;

    QByteArray accessToken; // empty when the answer holds no usable token
    int expiresInSeconds = 0;

    bool isUsable() const { return !accessToken.isEmpty() && expiresInSeconds > 0; }

    // expires_in may be a number or a numeric string; token_type, when present, must be
    // Bearer; the token must be visible ASCII (it goes into an Authorization header as is).
    // Not usable when any of this does not hold. The caller owns (and wipes) accessToken.
    static TokenResponse parse(const QByteArray &body);
};

} // namespace zc
