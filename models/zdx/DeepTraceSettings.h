// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace zc {

// What a deep trace records (POST /devices/{id}/deeptraces).
struct DeepTraceSettings
{
    QString sessionName;
    int lengthMinutes = 5; // 5, 15, 30 or 60
    bool probeDevice = false;
    int appId = 0; // 0: not sent
    int webProbeId = 0;
    int cloudPathProbeId = 0;

    static bool isValidLength(int minutes);
    static QList<int> validLengths() { return {5, 15, 30, 60}; }
    // InvalidInput (with a translated sentence) when the settings cannot be sent.
    ApiError validate() const;
    QJsonObject toJson() const;
};

// The result documents of a deep trace, under /devices/{id}/deeptraces/{traceId}/.
enum class DeepTraceResult
{
    HealthMetrics,
    TopProcesses,
    WebProbeMetrics,
    CloudPathMetrics,
    CloudPath,
    Events,
};
QList<DeepTraceResult> allDeepTraceResults();
QString deepTraceResultPath(DeepTraceResult result); // "health-metrics"
QString deepTraceResultKey(DeepTraceResult result);  // "health_metrics" (CLI JSON output)

} // namespace zc
