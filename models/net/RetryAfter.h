// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace zc {

// The longest wait the functions below return: a year. A longer one (a broken or hostile
// server, a date centuries ahead, "1e400") reads as a year. Such waits are only reported:
// RetryPolicy refuses any beyond its maxSingleWaitSeconds (fail fast) and RateLimiter does not
// remember them, so no timer ever gets one (int milliseconds end at ~24.8 days).
inline constexpr int kMaxServerWaitSeconds = 365 * 24 * 3600;

// Parses a Retry-After value into whole seconds (rounded up), or -1 when it cannot be read.
// Accepts what OneAPI's gateways really send: "1", "13s", "1 seconds", "2.5", and HTTP dates
// (RFC 7231 IMF-fixdate) relative to `now`. A date in the past gives 0.
// Every result is at most kMaxServerWaitSeconds.
int parseRetryAfter(const QByteArray &value,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// x-ratelimit-reset: seconds until the window resets. -1 when unreadable.
int parseResetSeconds(const QByteArray &value);

// RateLimit-Reset (ZDX): a UTC epoch in seconds; returns seconds from `now`, at least 0,
// or -1 when unreadable. Small values (below one year of seconds) are read as a delta,
// as the IETF draft defines it, so either style works.
int parseResetEpoch(const QByteArray &value,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// The wait a server asked for on a 429/503 answer, from (in order) Retry-After,
// x-ratelimit-reset, RateLimit-Reset, and a "Retry-After" member of the JSON body.
// -1 when the answer names none.
int serverRequestedWait(const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QJsonObject &body = {},
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace zc
