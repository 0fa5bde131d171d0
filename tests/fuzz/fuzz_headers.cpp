// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// Retry-After and rate-limit headers: the input is a header block ("Name: value" lines) and,
// after a blank line, a JSON body. The waits they ask for go through RetryAfter, the rate
// limiter of each product and the retry policy, and must come out as waits a timer can take.
#include "FuzzSupport.h"
#include "net/RateLimiter.h"
#include "net/RetryAfter.h"
#include "net/RetryPolicy.h"

#include <QDateTime>

#include <limits>

namespace {

constexpr qint64 kNow = 1'700'000'000'000; // a fixed "now": runs must be reproducible

void checkWait(int seconds)
{
    ZC_FUZZ_CHECK(seconds >= -1 && seconds <= zc::kMaxServerWaitSeconds);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = zc::fuzz::bytes(data, size);
    const qsizetype blank = input.indexOf("\n\n");
    const QByteArray block = blank < 0 ? input : input.left(blank);
    const QJsonObject body =
        zc::fuzz::json(blank < 0 ? QByteArray() : input.mid(blank + 2)).object();

    QList<QPair<QByteArray, QByteArray>> headers;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
    for (const QByteArray &line : block.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray value = line.mid(colon + 1).trimmed();
        headers.append({line.left(colon).trimmed(), value});
        checkWait(zc::parseRetryAfter(value, now));
        checkWait(zc::parseResetSeconds(value));
        checkWait(zc::parseResetEpoch(value, now));
    }
    const int wait = zc::serverRequestedWait(headers, body, now);
    checkWait(wait);

    // A wait the server asks for on a 429 or 503 is waited for only when the policy accepts
    // it; any delay fits a timer.
    const zc::RetryPolicy policy;
    for (int status : {429, 503, 500}) {
        for (const char *method : {"GET", "POST"}) {
            const auto decision = policy.decide(method, status, {}, false, wait, 1, 0);
            ZC_FUZZ_CHECK(decision.delayMs >= 0);
            if (status != 500)
                ZC_FUZZ_CHECK(!decision.retry || wait <= policy.maxSingleWaitSeconds);
        }
    }

    zc::RateLimiter limiter;
    for (zc::Product product : zc::allProducts) {
        limiter.updateFromHeaders(product, headers, kNow);
        if (wait > 0)
            limiter.blockFor(product, wait * 1000LL, kNow);
        const zc::RateBudget budget = limiter.budget(product);
        ZC_FUZZ_CHECK(budget.remaining >= -1 && budget.limit >= -1);
        const qint64 slot = limiter.reserve(product, "GET", kNow);
        // Whatever the headers said, the wait fits a timer and is no longer than the longest
        // published window (an hour) or the longest wait the limiter remembers.
        ZC_FUZZ_CHECK(slot >= 0 && slot <= std::numeric_limits<int>::max());
        ZC_FUZZ_CHECK(slot <= std::max<qint64>(3'600'050, limiter.maxBlockSeconds() * 1000LL));
    }
    return 0;
}
