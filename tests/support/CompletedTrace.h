// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A deep trace run to its end on the simulator, and its results as DeepTraceResultsJob hands
// them out: what the result models and views are fed in their tests.

#include "SimTypes.h"

#include <QJsonObject>
#include <QString>

namespace zc {
class ApiClient;
class CloudPathModel;
} // namespace zc

namespace zc::test {

class SimFixture;

struct CompletedTrace
{
    QString deviceId;
    QString traceId;
    int minutes = 0;
    QJsonObject results; // {"trace", "health_metrics", ..., "cloudpath", "events"}
    QString error;       // empty when it worked
};

// A small tenant (20 devices) whose rate limits do not slow the result tests down.
sim::SimOptions resultTestOptions();

// Starts a trace of `minutes` on the tenant's device `deviceIndex` with Microsoft Teams' web
// probe (21) and cloud-path probe (22) unless `probes` is false, speeds the simulated clock up
// until it has completed, and loads every result with `client`.
CompletedTrace runTraceToTheEnd(SimFixture &sim, ApiClient *client, int deviceIndex, int minutes,
                                bool probes = true);

// The first row of a cloud path whose hop IP starts with `prefix`; -1 when there is none.
int hopRow(const CloudPathModel &model, const QString &prefix);

} // namespace zc::test
