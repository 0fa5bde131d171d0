// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpLog.h"

#include <QByteArray>
#include <QString>

namespace zc {

// Which failed attempts are tried again, how long to wait, and when to give up. The table:
//   429, 503, 504            retry any method, waiting what the server asks (+ jitter)
//   other 5xx                retry GET only, exponential back-off
//   409 EDIT_LOCK_NOT_AVAILABLE / api.concurrent.access.error
//                            retry writes with back-off (the seed: "wait a few seconds")
//   dropped connection       retry GET only
//   401                      handled by ApiJob: drop the token, sign in again, retry once
//   anything else            fail at once
// Caps: attempts per request, total wait per request, and the longest single wait the
// server may ask for before we fail fast instead of hiding a wait of minutes.
struct RetryPolicy
{
    int maxAttempts = 5;               // the first attempt included
    int maxTotalWaitSeconds = 120;     // all waits of one request added up
    int maxSingleWaitSeconds = 300;    // longer server-requested waits fail fast
    int baseBackoffMs = 1000;          // 5xx and connection loss: 1 s, 2 s, 4 s ...
    int editLockBackoffMs = 2000;      // 409 edit lock: 2 s, 4 s, 8 s ...
    int defaultRateLimitWaitMs = 1000; // 429 without any wait header
    // How long one attempt waits for its answer (a request may ask for its own). A timed-out
    // write is not sent again: the server may have applied it.
    int answerTimeoutMs = 30000;

    struct Decision
    {
        bool retry = false;
        int delayMs = 0;
        WaitReason reason = WaitReason::ServerError;
    };

    // attempt: 1 for the first attempt. serverWaitSeconds: -1 when the answer named none.
    // waitedMs: what this request already waited on retries. Every delay fits an int of
    // milliseconds, whatever the policy's numbers.
    Decision decide(const QByteArray &method, int httpStatus, const QString &serverCode,
                    bool connectionLost, int serverWaitSeconds, int attempt, qint64 waitedMs) const;

    // The sign-in at the token endpoint: repeating it changes nothing on the server (each
    // attempt carries a fresh client assertion), so 429, 5xx and a lost connection are retried
    // as for a read, and so is a 2xx answer without a usable token (httpStatus 200 with
    // unreadable = true), waiting as after a server error.
    Decision decideSignIn(int httpStatus, bool connectionLost, bool unreadable,
                          int serverWaitSeconds, int attempt, qint64 waitedMs) const;
};

} // namespace zc
