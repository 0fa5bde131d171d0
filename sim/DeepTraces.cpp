// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraces.h"

#include "SimClock.h"

#include <QJsonValue>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: a cheap, well-spread hash.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QJsonValue idOrNull(int id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue nameOrNull(const char *name)
{
    return name ? QJsonValue(QString::fromLatin1(name)) : QJsonValue(QJsonValue::Null);
}

QJsonObject series(const QString &metric, const QString &unit, const QJsonArray &points)
{
    return QJsonObject{{u"metric"_s, metric}, {u"unit"_s, unit}, {u"datapoints"_s, points}};
}

struct Process
{
    const char *name;
    double cpu;    // typical % of one core
    double memory; // typical MB
};

const QList<Process> &processesFor(int osType)
{
    static const QList<Process> windows{
        {"chrome.exe", 14, 820}, {"msedge.exe", 9, 610},    {"ms-teams.exe", 11, 540},
        {"OUTLOOK.EXE", 6, 380}, {"ZSATunnel.exe", 3, 95},  {"explorer.exe", 2, 140},
        {"MsMpEng.exe", 7, 260}, {"svchost.exe", 2, 60},    {"OneDrive.exe", 1.5, 120},
        {"Zoom.exe", 8, 310},    {"ZSAService.exe", 1, 70}, {"SearchHost.exe", 1, 180}};
    static const QList<Process> mac{{"Google Chrome Helper", 13, 760},
                                    {"Safari", 7, 430},
                                    {"Microsoft Teams", 10, 520},
                                    {"Microsoft Outlook", 5, 360},
                                    {"Zscaler", 3, 90},
                                    {"WindowServer", 6, 240},
                                    {"kernel_task", 5, 12},
                                    {"mds_stores", 4, 110},
                                    {"Finder", 1, 95},
                                    {"zoom.us", 8, 290},
                                    {"Slack Helper", 4, 330},
                                    {"backupd", 2, 60}};
    static const QList<Process> linux{
        {"firefox", 12, 690}, {"chrome", 13, 720},         {"gnome-shell", 6, 310},
        {"Xorg", 4, 150},     {"zstunnel", 3, 85},         {"teams", 9, 480},
        {"systemd", 0.5, 14}, {"pulseaudio", 1, 25},       {"code", 7, 540},
        {"slack", 5, 360},    {"tracker-miner-fs", 2, 70}, {"sshd", 0.3, 9}};
    static const QList<Process> ios{
        {"Safari", 9, 310},     {"Mail", 3, 120},      {"Zscaler", 2, 45},  {"Teams", 7, 260},
        {"SpringBoard", 4, 90}, {"backboardd", 2, 40}, {"Outlook", 4, 180}, {"Zoom", 6, 220}};
    static const QList<Process> android{
        {"com.android.chrome", 10, 330},          {"com.microsoft.teams", 7, 270},
        {"com.zscaler.zscaler", 2, 55},           {"system_server", 5, 240},
        {"com.google.android.gms", 3, 190},       {"surfaceflinger", 3, 60},
        {"com.microsoft.office.outlook", 4, 200}, {"us.zoom.videomeetings", 6, 230}};
    switch (osType) {
    case 1:
        return ios;
    case 2:
        return android;
    case 4:
        return mac;
    case 5:
        return linux;
    default:
        return windows;
    }
}

struct EventKind
{
    const char *type;
    const char *description;
};

constexpr std::array<EventKind, 10> kEvents{{
    {"Network", "Wi-Fi access point changed (roamed to a new BSSID)."},
    {"Network", "Active network interface changed from Wi-Fi to Ethernet."},
    {"Network", "DNS servers changed."},
    {"Zscaler", "Zscaler Client Connector tunnel reconnected."},
    {"Zscaler", "ZIA Public Service Edge changed."},
    {"Zscaler", "Zscaler Client Connector policy updated."},
    {"Software", "Software update installed."},
    {"Software", "Application crashed and was restarted."},
    {"Hardware", "High CPU usage: over 90% for more than a minute."},
    {"Hardware", "Battery level below 20%."},
}};

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

double DeepTraces::noise(const Trace &trace, quint32 channel, qint64 sample) const
{
    const quint64 h = mix(mix(mix(m_seed ^ (static_cast<quint64>(trace.id) << 20)) ^ channel) ^
                          static_cast<quint64>(sample));
    return static_cast<double>(h >> 11) / static_cast<double>(1ULL << 53);
}

QJsonObject DeepTraces::healthMetrics(const Trace &trace) const
{
    struct Metric
    {
        const char *name;
        const char *unit;
        double base;
        double range;
    };
    static constexpr std::array<Metric, 5> kMetrics{{
        {"cpu", "%", 12, 55},
        {"memory", "%", 45, 35},
        {"disk_io", "MB/s", 0.5, 25},
        {"network_bandwidth", "Mbps", 4, 90},
        {"wifi_signal", "dBm", -78, 30},
    }};
    const QList<qint64> times = sampleTimes(trace);
    QJsonArray metrics;
    for (quint32 m = 0; m < kMetrics.size(); ++m) {
        const Metric &metric = kMetrics.at(m);
        QJsonArray points;
        for (qsizetype i = 0; i < times.size(); ++i)
            points.append(QJsonObject{
                {u"timestamp"_s, times.at(i)},
                {u"value"_s, round1(metric.base + metric.range * noise(trace, 100 + m, i))}});
        metrics.append(
            series(QString::fromLatin1(metric.name), QString::fromLatin1(metric.unit), points));
    }
    return QJsonObject{{u"trace_id"_s, trace.id}, {u"metrics"_s, metrics}};
}

QJsonObject DeepTraces::webProbeMetrics(const Trace &trace) const
{
    const App *app = appByWebProbe(trace.settings.webProbeId);
    if (!app)
        return QJsonObject{{u"trace_id"_s, trace.id},
                           {u"web_probe"_s, QJsonValue::Null},
                           {u"metrics"_s, QJsonArray()}};
    const QList<qint64> times = sampleTimes(trace);
    QJsonArray fetch, response, dns, availability;
    for (qsizetype i = 0; i < times.size(); ++i) {
        const bool down = noise(trace, 200, i) < 0.04;
        const double dnsMs = round1(4 + 50 * noise(trace, 201, i));
        const double serverMs = round1(40 + 300 * noise(trace, 202, i));
        const double pageMs =
            down ? 0 : round1(dnsMs + serverMs + 150 + 900 * noise(trace, 203, i));
        const qint64 t = times.at(i);
        fetch.append(QJsonObject{{u"timestamp"_s, t}, {u"value"_s, pageMs}});
        response.append(QJsonObject{{u"timestamp"_s, t}, {u"value"_s, down ? 0 : serverMs}});
        dns.append(QJsonObject{{u"timestamp"_s, t}, {u"value"_s, dnsMs}});
        availability.append(QJsonObject{{u"timestamp"_s, t}, {u"value"_s, down ? 0 : 100}});
    }
    return QJsonObject{
        {u"trace_id"_s, trace.id},
        {u"web_probe"_s, QJsonObject{{u"id"_s, app->webProbeId},
                                     {u"name"_s, QString::fromLatin1(app->webProbeName)},
                                     {u"url"_s, QString::fromLatin1(app->url)}}},
        {u"metrics"_s, QJsonArray{series(u"page_fetch_time"_s, u"ms"_s, fetch),
                                  series(u"server_response_time"_s, u"ms"_s, response),
                                  series(u"dns_time"_s, u"ms"_s, dns),
                                  series(u"availability"_s, u"%"_s, availability)}},
    };
}

QJsonObject DeepTraces::cloudPathMetrics(const Trace &trace) const
{
    const App *app = appByCloudPathProbe(trace.settings.cloudPathProbeId);
    if (!app)
        return QJsonObject{{u"trace_id"_s, trace.id},
                           {u"cloudpath_probe"_s, QJsonValue::Null},
                           {u"cloudpaths"_s, QJsonArray()}};
    const QList<qint64> times = sampleTimes(trace);
    const quint64 h = mix(m_seed ^ static_cast<quint64>(trace.device.id));
    const QString edge = u"165.225.%1.%2"_s.arg(16 + (h % 200)).arg(1 + ((h >> 8) % 250));
    const QString isp = u"100.64.%1.1"_s.arg((h >> 16) % 250);
    const QString dest =
        u"52.%1.%2.%3"_s.arg(96 + ((h >> 24) % 30)).arg((h >> 32) % 250).arg(1 + ((h >> 40) % 250));
    const QList<std::pair<QString, double>> hops{{u"192.168.1.1"_s, 1},
                                                 {u"10.%1.0.1"_s.arg((h >> 4) % 250), 6},
                                                 {isp, 9},
                                                 {edge, 14},
                                                 {u"165.225.0.1"_s, 3},
                                                 {dest, 11}};
    QJsonArray paths;
    for (qsizetype i = 0; i < times.size(); ++i) {
        QJsonArray hopList;
        double total = 0;
        for (qsizetype k = 0; k < hops.size(); ++k) {
            const double latency =
                round1(hops.at(k).second * (0.6 + 0.9 * noise(trace, 300 + quint32(k), i)));
            total += latency;
            const double loss = noise(trace, 400 + quint32(k), i) < 0.05
                                    ? round1(5 * noise(trace, 500 + quint32(k), i))
                                    : 0.0;
            hopList.append(QJsonObject{{u"hop"_s, int(k + 1)},
                                       {u"ip"_s, hops.at(k).first},
                                       {u"latency_ms"_s, latency},
                                       {u"packet_loss"_s, loss}});
        }
        paths.append(QJsonObject{{u"timestamp"_s, times.at(i)},
                                 {u"src"_s, trace.device.name},
                                 {u"dest"_s, QString::fromLatin1(app->destination)},
                                 {u"total_latency_ms"_s, round1(total)},
                                 {u"hops"_s, hopList}});
    }
    return QJsonObject{
        {u"trace_id"_s, trace.id},
        {u"cloudpath_probe"_s,
         QJsonObject{{u"id"_s, app->cloudPathProbeId},
                     {u"name"_s, QString::fromLatin1(app->cloudPathProbeName)},
                     {u"destination"_s, QString::fromLatin1(app->destination)}}},
        {u"cloudpaths"_s, paths},
    };
}

QJsonObject DeepTraces::topProcesses(const Trace &trace) const
{
    const QList<qint64> times = sampleTimes(trace);
    const QList<Process> &processes = processesFor(trace.device.osType);
    struct Row
    {
        QString name;
        int pid;
        double cpu;
        double memory;
    };
    QList<Row> rows;
    if (!times.isEmpty()) {
        for (qsizetype p = 0; p < processes.size(); ++p) {
            double cpu = 0, memory = 0;
            for (qsizetype i = 0; i < times.size(); ++i) {
                cpu += processes.at(p).cpu * (0.3 + 1.4 * noise(trace, 600 + quint32(p), i));
                memory += processes.at(p).memory * (0.8 + 0.4 * noise(trace, 700 + quint32(p), i));
            }
            const int pid = 400 + int(mix(m_seed ^ quint64(trace.device.id) ^ quint64(p)) % 30000);
            rows.append({QString::fromLatin1(processes.at(p).name), pid,
                         round1(cpu / double(times.size())),
                         round1(memory / double(times.size()))});
        }
        std::sort(rows.begin(), rows.end(),
                  [](const Row &a, const Row &b) { return a.cpu > b.cpu; });
        rows = rows.mid(0, 10);
    }
    QJsonArray list;
    for (const Row &row : std::as_const(rows))
        list.append(QJsonObject{{u"name"_s, row.name},
                                {u"pid"_s, row.pid},
                                {u"cpu"_s, row.cpu},
                                {u"memory"_s, row.memory}});
    return QJsonObject{
        {u"trace_id"_s, trace.id},
        {u"timestamp"_s, times.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(times.last())},
        {u"top_processes"_s, list},
    };
}

QJsonObject DeepTraces::events(const Trace &trace) const
{
    QJsonArray list;
    const qint64 now = m_clock.nowMs();
    if (now >= trace.startMs()) {
        list.append(QJsonObject{
            {u"timestamp"_s, trace.startMs() / 1000},
            {u"type"_s, u"Zscaler"_s},
            {u"description"_s, u"Deep trace \"%1\" started."_s.arg(trace.settings.sessionName)}});
        const QList<qint64> times = sampleTimes(trace);
        for (qsizetype i = 0; i < times.size(); ++i) {
            if (noise(trace, 800, i) >= 0.3)
                continue;
            const auto pick = static_cast<size_t>(noise(trace, 801, i) * kEvents.size());
            const EventKind &event = kEvents.at(std::min(pick, kEvents.size() - 1));
            list.append(QJsonObject{
                {u"timestamp"_s, times.at(i) - qint64(noise(trace, 802, i) * sampleSeconds)},
                {u"type"_s, QString::fromLatin1(event.type)},
                {u"description"_s, QString::fromLatin1(event.description)}});
        }
    }
    if (now >= trace.endMs())
        list.append(QJsonObject{{u"timestamp"_s, trace.endMs() / 1000},
                                {u"type"_s, u"Zscaler"_s},
                                {u"description"_s, u"Deep trace completed."_s}});
    return QJsonObject{{u"trace_id"_s, trace.id}, {u"events"_s, list}};
}

} // namespace zc::sim
