// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
int exponential(int baseMs, int attempt)
{
    const int shift = std::clamp(attempt - 1, 0, 10);
    return baseMs * (1 << shift);
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
            d.delayMs = serverWaitSeconds * 1000 + jitter();
        else if (httpStatus == 429)
            d.delayMs = defaultRateLimitWaitMs + jitter();
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

} // namespace zc
