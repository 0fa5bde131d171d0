// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraceSettings.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zc::ZdxService", text);
}

} // namespace

bool DeepTraceSettings::isValidLength(int minutes)
{
    return validLengths().contains(minutes);
}

ApiError DeepTraceSettings::validate() const
{
    if (sessionName.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::InvalidInput,
                              tr("A deep trace needs a session name."));
    if (sessionName.trimmed().size() > 128)
        return ApiError::make(ApiError::Kind::InvalidInput,
                              tr("The session name is longer than 128 characters."));
    if (!isValidLength(lengthMinutes))
        return ApiError::make(
            ApiError::Kind::InvalidInput,
            tr("A deep trace lasts 5, 15, 30 or 60 minutes, not %1.").arg(lengthMinutes));
    if (appId < 0 || webProbeId < 0 || cloudPathProbeId < 0)
        return ApiError::make(ApiError::Kind::InvalidInput,
                              tr("Application and probe IDs are positive numbers."));
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

QList<DeepTraceResult> allDeepTraceResults()
{
    return {DeepTraceResult::HealthMetrics, DeepTraceResult::TopProcesses,
            DeepTraceResult::WebProbeMetrics, DeepTraceResult::CloudPathMetrics,
            DeepTraceResult::Events};
}

QString deepTraceResultPath(DeepTraceResult result)
{
    switch (result) {
    case DeepTraceResult::HealthMetrics:
        return u"health-metrics"_s;
    case DeepTraceResult::TopProcesses:
        return u"top-processes"_s;
    case DeepTraceResult::WebProbeMetrics:
        return u"webprobe-metrics"_s;
    case DeepTraceResult::CloudPathMetrics:
        return u"cloudpath-metrics"_s;
    case DeepTraceResult::Events:
        return u"events"_s;
    }
    return {};
}

QString deepTraceResultKey(DeepTraceResult result)
{
    return deepTraceResultPath(result).replace(u'-', u'_');
}

} // namespace zc
