// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraces.h"

#include "DeepTraceResults.h"
#include "SimClock.h"

#include <QJsonValue>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

QJsonValue idOrNull(int id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue nameOrNull(const char *name)
{
    return name ? QJsonValue(QString::fromLatin1(name)) : QJsonValue(QJsonValue::Null);
}

} // namespace

const QList<DeepTraces::App> &DeepTraces::apps()
{
    static const QList<App> list{
        {1, "Microsoft Outlook Online", 11, "Outlook Online Web Probe",
         "https://outlook.office365.com/owa/", 12, "Outlook Online CloudPath Probe",
         "outlook.office365.com"},
        {2, "Microsoft Teams", 21, "Teams Web Probe", "https://teams.microsoft.com/", 22,
         "Teams CloudPath Probe", "teams.microsoft.com"},
        {3, "Zoom", 31, "Zoom Web Probe", "https://zoom.us/", 32, "Zoom CloudPath Probe",
         "zoom.us"},
        {4, "Salesforce", 41, "Salesforce Web Probe", "https://login.salesforce.com/", 42,
         "Salesforce CloudPath Probe", "login.salesforce.com"},
        {5, "Google Workspace", 51, "Google Workspace Web Probe", "https://mail.google.com/", 52,
         "Google Workspace CloudPath Probe", "mail.google.com"},
        {6, "Box", 61, "Box Web Probe", "https://app.box.com/", 62, "Box CloudPath Probe",
         "app.box.com"},
    };
    return list;
}

const DeepTraces::App *DeepTraces::appById(int id)
{
    for (const App &app : apps()) {
        if (app.id == id)
            return &app;
    }
    return nullptr;
}

const DeepTraces::App *DeepTraces::appByWebProbe(int probeId)
{
    for (const App &app : apps()) {
        if (app.webProbeId == probeId)
            return &app;
    }
    return nullptr;
}

const DeepTraces::App *DeepTraces::appByCloudPathProbe(int probeId)
{
    for (const App &app : apps()) {
        if (app.cloudPathProbeId == probeId)
            return &app;
    }
    return nullptr;
}

DeepTraces::DeepTraces(const SimClock &clock, quint32 seed)
    : m_clock(clock)
    , m_seed(seed)
    , m_nextId(1001)
{}

DeepTraces::StartResult DeepTraces::start(const Device &device, const Settings &settings,
                                          qint64 *traceId)
{
    for (const auto &[id, trace] : m_traces) {
        if (trace.device.id == device.id && isActive(trace)) {
            *traceId = id;
            return StartResult::DeviceBusy;
        }
    }
    if (activeCount() >= maxActivePerTenant)
        return StartResult::TenantFull;
    Trace trace;
    trace.id = m_nextId++;
    trace.device = device;
    trace.settings = settings;
    trace.createdMs = m_clock.nowMs();
    m_traces.emplace(trace.id, trace);
    *traceId = trace.id;
    return StartResult::Started;
}

const DeepTraces::Trace *DeepTraces::find(int deviceId, qint64 traceId) const
{
    const auto it = m_traces.find(traceId);
    if (it == m_traces.end() || it->second.device.id != deviceId)
        return nullptr;
    return &it->second;
}

QList<const DeepTraces::Trace *> DeepTraces::tracesOf(int deviceId) const
{
    QList<const Trace *> list;
    for (auto it = m_traces.rbegin(); it != m_traces.rend(); ++it) {
        if (it->second.device.id == deviceId)
            list.append(&it->second);
    }
    return list;
}

bool DeepTraces::remove(int deviceId, qint64 traceId)
{
    if (!find(deviceId, traceId))
        return false;
    m_traces.erase(traceId);
    return true;
}

int DeepTraces::activeCount() const
{
    int n = 0;
    for (const auto &[id, trace] : m_traces) {
        if (isActive(trace))
            ++n;
    }
    return n;
}

QString DeepTraces::status(const Trace &trace) const
{
    const qint64 now = m_clock.nowMs();
    if (now < trace.startMs())
        return u"not_started"_s;
    if (now < trace.endMs())
        return u"in_progress"_s;
    return u"completed"_s;
}

bool DeepTraces::isActive(const Trace &trace) const
{
    return m_clock.nowMs() < trace.endMs();
}

qint64 DeepTraces::expectedSeconds(const Trace &trace) const
{
    const qint64 left = trace.endMs() - m_clock.nowMs();
    return left > 0 ? (left + 999) / 1000 : 0;
}

QJsonObject DeepTraces::toJson(const Trace &trace) const
{
    const Settings &s = trace.settings;
    const App *app = appById(s.appId);
    const App *web = appByWebProbe(s.webProbeId);
    const App *path = appByCloudPathProbe(s.cloudPathProbeId);
    const QJsonObject details{
        {u"session_name"_s, s.sessionName},
        {u"username"_s, trace.device.username},
        {u"user_id"_s, trace.device.userId},
        {u"device_id"_s, trace.device.id},
        {u"device_name"_s, trace.device.name},
        {u"session_length_minutes"_s, s.lengthMinutes},
        {u"probe_device"_s, s.probeDevice},
        {u"app_id"_s, idOrNull(s.appId)},
        {u"app_name"_s, nameOrNull(app ? app->name : nullptr)},
        {u"web_probe_id"_s, idOrNull(s.webProbeId)},
        {u"web_probe_name"_s, nameOrNull(web ? web->webProbeName : nullptr)},
        {u"cloudpath_probe_id"_s, idOrNull(s.cloudPathProbeId)},
        {u"cloudpath_probe_name"_s, nameOrNull(path ? path->cloudPathProbeName : nullptr)},
    };
    const qint64 now = m_clock.nowMs();
    return QJsonObject{
        {u"trace_id"_s, trace.id},
        {u"status"_s, status(trace)},
        {u"trace_details"_s, details},
        {u"created_at"_s, trace.createdMs / 1000},
        {u"started_at"_s, now >= trace.startMs() ? trace.startMs() / 1000 : 0},
        {u"ended_at"_s, now >= trace.endMs() ? trace.endMs() / 1000 : 0},
        {u"expected_time"_s, expectedSeconds(trace)},
    };
}

QList<qint64> DeepTraces::sampleTimes(const Trace &trace) const
{
    const qint64 until = std::min(m_clock.nowMs(), trace.endMs());
    QList<qint64> times;
    for (qint64 t = trace.startMs() + sampleSeconds * 1000LL; t <= until;
         t += sampleSeconds * 1000LL)
        times.append(t / 1000);
    return times;
}

DeepTraceResults DeepTraces::results(const Trace &trace) const
{
    return DeepTraceResults(trace, m_seed, sampleTimes(trace), m_clock.nowMs() >= trace.endMs());
}

} // namespace zc::sim
