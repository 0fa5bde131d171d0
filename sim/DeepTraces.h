// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>

namespace zc::sim {

class DeepTraceResults;
class SimClock;

// The deep traces of the simulated ZDX tenant: their lifecycle on the simulated clock and the
// diagnostics they collect. A trace is not_started for 30 simulated seconds, then in_progress
// for session_length_minutes, then completed; its results grow one sample per simulated minute
// while it runs and are the same whenever they are asked (derived from the seed and the trace).
class DeepTraces
{
public:
    static constexpr int startDelaySeconds = 30;
    static constexpr int maxActivePerTenant = 15;
    static constexpr int sampleSeconds = 60; // "results refresh every minute"

    // What a POST asked for, already validated.
    struct Settings
    {
        QString sessionName;
        int lengthMinutes = 5;
        bool probeDevice = false;
        int appId = 0; // 0: none
        int webProbeId = 0;
        int cloudPathProbeId = 0;
    };

    // The device as ZDX knows it when the trace starts.
    struct Device
    {
        int id = 0;
        QString name;
        QString username; // the user's e-mail
        int userId = 0;
        int osType = 3; // as SimDevice::osType
    };

    struct Trace
    {
        qint64 id = 0;
        Device device;
        Settings settings;
        qint64 createdMs = 0; // simulated epoch ms
        qint64 startMs() const { return createdMs + startDelaySeconds * 1000LL; }
        qint64 endMs() const { return startMs() + settings.lengthMinutes * 60'000LL; }
    };

    enum class StartResult
    {
        Started,
        DeviceBusy, // *activeId receives the device's active trace
        TenantFull,
    };

    // The probes a trace can use: applications with one web and one cloud-path probe each.
    struct App
    {
        int id;
        const char *name;
        int webProbeId;
        const char *webProbeName;
        const char *url;
        int cloudPathProbeId;
        const char *cloudPathProbeName;
        const char *destination;
    };
    static const QList<App> &apps();
    static const App *appById(int id);
    static const App *appByWebProbe(int probeId);
    static const App *appByCloudPathProbe(int probeId);

    DeepTraces(const SimClock &clock, quint32 seed);

    StartResult start(const Device &device, const Settings &settings, qint64 *traceId);
    const Trace *find(int deviceId, qint64 traceId) const;
    QList<const Trace *> tracesOf(int deviceId) const; // newest first
    bool remove(int deviceId, qint64 traceId);
    int activeCount() const;

    QString status(const Trace &trace) const;
    bool isActive(const Trace &trace) const;
    // Seconds until the trace is expected to end (0 once it has).
    qint64 expectedSeconds(const Trace &trace) const;

    // {trace_id, status, trace_details{...}, created_at, started_at, ended_at, expected_time}
    QJsonObject toJson(const Trace &trace) const;

    // The result documents (sim/README.md, "ZDX routes") of what the trace has collected
    // so far. The trace must outlive the answer.
    DeepTraceResults results(const Trace &trace) const;

private:
    // Sample times (epoch seconds) collected so far: one per minute after the start.
    QList<qint64> sampleTimes(const Trace &trace) const;

    const SimClock &m_clock;
    quint32 m_seed;
    qint64 m_nextId;
    std::map<qint64, Trace> m_traces;
};

} // namespace zc::sim
