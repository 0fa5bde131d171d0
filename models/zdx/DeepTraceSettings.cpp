// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraceSettings.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace zc {

bool DeepTraceSettings::isValidLength(int minutes)
{
    return validLengths().contains(minutes);
}

ApiError DeepTraceSettings::validate() const
{
    if (sessionName.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::InvalidInput,
                              QCoreApplication::translate("zc::DeepTraceSettings",
                                                          "A deep trace needs a session name."));
    if (sessionName.trimmed().size() > 128)
        return ApiError::make(
            ApiError::Kind::InvalidInput,
            QCoreApplication::translate("zc::DeepTraceSettings",
                                        "The session name is longer than 128 characters."));
    if (!isValidLength(lengthMinutes))
        return ApiError::make(
            ApiError::Kind::InvalidInput,
            QCoreApplication::translate("zc::DeepTraceSettings",
                                        "A deep trace lasts 5, 15, 30 or 60 minutes, not %1.")
                .arg(lengthMinutes));
    if (appId < 0 || webProbeId < 0 || cloudPathProbeId < 0)
        return ApiError::make(
            ApiError::Kind::InvalidInput,
            QCoreApplication::translate("zc::DeepTraceSettings",
                                        "Application and probe IDs are positive numbers."));
    return {};
}

QJsonObject DeepTraceSettings::toJson() const
{
    QJsonObject body{{u"session_name"_s, sessionName.trimmed()},
                     {u"session_length_minutes"_s, lengthMinutes},
                     {u"probe_device"_s, probeDevice}};
    if (appId > 0)
        body.insert(u"app_id"_s, appId);
    if (webProbeId > 0)
        body.insert(u"web_probe_id"_s, webProbeId);
    if (cloudPathProbeId > 0)
        body.insert(u"cloudpath_probe_id"_s, cloudPathProbeId);
    return body;
}

namespace {

// Each result document and its path, in the order the results are read.
constexpr std::array kResultPaths{
    std::pair{DeepTraceResult::HealthMetrics, "health-metrics"},
    std::pair{DeepTraceResult::TopProcesses, "top-processes"},
    std::pair{DeepTraceResult::WebProbeMetrics, "webprobe-metrics"},
    std::pair{DeepTraceResult::CloudPathMetrics, "cloudpath-metrics"},
    std::pair{DeepTraceResult::CloudPath, "cloudpath"},
    std::pair{DeepTraceResult::Events, "events"},
};

} // namespace

QList<DeepTraceResult> allDeepTraceResults()
{
    QList<DeepTraceResult> results;
    for (const auto &[result, path] : kResultPaths)
        results.append(result);
    return results;
}

QString deepTraceResultPath(DeepTraceResult result)
{
    for (const auto &[known, path] : kResultPaths) {
        if (known == result)
            return QString::fromLatin1(path);
    }
    return {};
}

QString deepTraceResultKey(DeepTraceResult result)
{
    return deepTraceResultPath(result).replace(u'-', u'_');
}

} // namespace zc
