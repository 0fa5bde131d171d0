// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
// Delays are computed in 64 bits and kept within what a QTimer takes (int milliseconds).
int clampedMs(qint64 ms)
{
    return static_cast<int>(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max() - 1000));
}

int exponential(int baseMs, int attempt)
{
    const int shift = std::clamp(attempt - 1, 0, 10);
    return clampedMs(static_cast<qint64>(baseMs) * (1 << shift));
}

// Up to a quarter second of jitter, so that several clients told "retry in 1 s" do not
// come back in the same millisecond.
int jitter()
{
    return static_cast<int>(QRandomGenerator::global()->bounded(250));
}
} // namespace

RetryPolicy::Decision RetryPolicy::decide(const QByteArray &method, int httpStatus,
                                          const QString &serverCode, bool connectionLost,
                                          int serverWaitSeconds, int attempt, qint64 waitedMs) const
{
    const bool isRead = method == "GET" || method == "HEAD";
    Decision d;
    if (attempt >= maxAttempts)
        return d;

    if (httpStatus == 429 || httpStatus == 503 || httpStatus == 504) {
        d.reason = httpStatus == 429 ? WaitReason::ServerRateLimit : WaitReason::ServiceUnavailable;
        if (serverWaitSeconds > maxSingleWaitSeconds)
            return d; // fail fast: a wait of many minutes must not hide behind a spinner
        if (serverWaitSeconds >= 0)
            d.delayMs = clampedMs(serverWaitSeconds * 1000LL) + jitter();
        else if (httpStatus == 429)
            d.delayMs = clampedMs(defaultRateLimitWaitMs) + jitter();
        else
            d.delayMs = exponential(baseBackoffMs, attempt) + jitter();
    } else if (httpStatus == 409 && (serverCode == "EDIT_LOCK_NOT_AVAILABLE"_L1 ||
                                     serverCode == "api.concurrent.access.error"_L1)) {
        if (isRead)
            return d;
        d.reason = WaitReason::EditLock;
        d.delayMs = exponential(editLockBackoffMs, attempt) + jitter();
    } else if (httpStatus >= 500 && httpStatus <= 599) {
        if (!isRead)
            return d; // a write may have happened: never repeat it blindly
        d.reason = WaitReason::ServerError;
        d.delayMs = exponential(baseBackoffMs, attempt) + jitter();
    } else if (connectionLost && httpStatus == 0) {
        if (!isRead)
            return d;
        d.reason = WaitReason::ConnectionLost;
        d.delayMs = exponential(baseBackoffMs, attempt) + jitter();
    } else {
        return d;
    }
    if (waitedMs + d.delayMs > static_cast<qint64>(maxTotalWaitSeconds) * 1000)
        return d;
    d.retry = true;
    return d;
}

RetryPolicy::Decision RetryPolicy::decideSignIn(int httpStatus, bool connectionLost,
                                                bool unreadable, int serverWaitSeconds, int attempt,
                                                qint64 waitedMs) const
{
    if (!unreadable)
        return decide("GET", httpStatus, {}, connectionLost, serverWaitSeconds, attempt, waitedMs);
    Decision d;
    if (attempt >= maxAttempts)
        return d;
    d.reason = WaitReason::ServerError;
    d.delayMs = exponential(baseBackoffMs, attempt) + jitter();
    d.retry = waitedMs + d.delayMs <= static_cast<qint64>(maxTotalWaitSeconds) * 1000;
    return d;
}

} // namespace zc
