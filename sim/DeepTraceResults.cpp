// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraceResults.h"

#include <QJsonValue>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

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

QJsonObject point(qint64 time, double value)
{
    return QJsonObject{{u"timestamp"_s, time}, {u"value"_s, value}};
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

struct Event
{
    const char *category;
    const char *name;
    const char *displayName;
    const char *prev;
    const char *curr;
};

// What else happens now and then during a trace.
constexpr std::array<Event, 7> kOtherEvents{{
    {"Network", "dns_servers", "DNS servers", "192.168.1.1", "192.168.1.1, 1.1.1.1"},
    {"Zscaler", "zia_service_edge", "ZIA Public Service Edge", "fra4.sme.zscaler.net",
     "ams2.sme.zscaler.net"},
    {"Zscaler", "zcc_tunnel", "Client Connector tunnel", "Connected", "Reconnecting"},
    {"Zscaler", "zcc_policy", "Client Connector policy", "Default (v41)", "Default (v42)"},
    {"Software", "software_installed", "Software installed", "", "Microsoft Teams 24295.606"},
    {"Software", "app_crash", "Application crashed", "", "OneDrive.exe"},
    {"Hardware", "battery", "Battery level", "24 %", "19 %"},
}};

QJsonObject eventJson(const char *category, const char *name, const QString &displayName,
                      const QString &prev, const QString &curr)
{
    return QJsonObject{{u"category"_s, QString::fromLatin1(category)},
                       {u"name"_s, QString::fromLatin1(name)},
                       {u"display_name"_s, displayName},
                       {u"prev"_s, prev},
                       {u"curr"_s, curr}};
}

} // namespace

DeepTraceResults::DeepTraceResults(const DeepTraces::Trace &trace, quint32 seed,
                                   QList<qint64> times, bool ended)
    : m_trace(trace)
    , m_seed(seed)
    , m_times(std::move(times))
    , m_ended(ended)
{}

double DeepTraceResults::noise(quint32 channel, qint64 sample) const
{
    const quint64 h = mix(mix(mix(m_seed ^ (static_cast<quint64>(m_trace.id) << 20)) ^ channel) ^
                          static_cast<quint64>(sample));
    return static_cast<double>(h >> 11) / static_cast<double>(1ULL << 53);
}

bool DeepTraceResults::isSpike(qsizetype sample) const
{
    const int minutes = m_trace.settings.lengthMinutes;
    const int first = cpuSpikeSample(minutes);
    return sample >= first && sample < first + cpuSpikeLength(minutes);
}

QJsonArray DeepTraceResults::healthMetrics() const
{
    if (m_times.isEmpty())
        return {};
    const int roam = roamSample(m_trace.settings.lengthMinutes);
    QJsonArray cpu, memory, disk, bandwidth, signal;
    for (qsizetype i = 0; i < m_times.size(); ++i) {
        const qint64 t = m_times.at(i);
        cpu.append(point(t, round1(isSpike(i) ? 88 + 9 * noise(101, i) : 9 + 26 * noise(101, i))));
        memory.append(point(t, round1(52 + 0.3 * double(i) + 9 * noise(102, i))));
        const double burst = noise(103, i);
        disk.append(point(t, round1(0.4 + 14 * burst * burst * burst)));
        if (i != roam) // the adapter was reassociating: no sample at all
            bandwidth.append(point(t, round1(6 + 38 * noise(104, i))));
        // After the roam the laptop sits further from the new access point.
        const double dbm = i < roam ? -52 - 9 * noise(105, i) : -61 - 9 * noise(105, i);
        signal.append(point(t, i == roam ? -1.0 : std::round(dbm)));
    }
    const auto category = [](const QString &name, const QString &instance,
                             const QJsonObject &metric) {
        return QJsonObject{
            {u"category"_s, name},
            {u"instances"_s,
             QJsonArray{QJsonObject{{u"name"_s, instance}, {u"metrics"_s, QJsonArray{metric}}}}}};
    };
    const bool mobile = m_trace.device.osType == 1 || m_trace.device.osType == 2;
    return QJsonArray{
        category(u"cpu"_s, u"Total"_s, series(u"cpu"_s, u"%"_s, cpu)),
        category(u"memory"_s, u"System"_s, series(u"memory"_s, u"%"_s, memory)),
        category(u"disk"_s, mobile ? u"Storage"_s : u"Disk 0"_s,
                 series(u"disk_io"_s, u"MB/s"_s, disk)),
        category(u"network"_s, u"Wi-Fi"_s, series(u"network_bandwidth"_s, u"Mbps"_s, bandwidth)),
        category(u"wifi"_s, u"CorpWLAN"_s, series(u"wifi_signal"_s, u"dBm"_s, signal)),
    };
}

QJsonArray DeepTraceResults::webProbeMetrics() const
{
    if (m_times.isEmpty() || !DeepTraces::appByWebProbe(m_trace.settings.webProbeId))
        return {};
    const int minutes = m_trace.settings.lengthMinutes;
    QJsonArray fetch, dns, tcp, tls, server, availability;
    for (qsizetype i = 0; i < m_times.size(); ++i) {
        const qint64 t = m_times.at(i);
        if (i == downSample(minutes)) {
            for (QJsonArray *phase : {&fetch, &dns, &tcp, &tls, &server})
                phase->append(point(t, -1));
            availability.append(point(t, 0));
            continue;
        }
        const double d = noise(201, i);
        const double dnsMs = round1(3 + 28 * d * d);
        const double tcpMs = round1(11 + 14 * noise(202, i));
        const double tlsMs = round1(24 + 30 * noise(203, i));
        const double serverMs = round1(i == slowFetchSample(minutes) ? 1450 + 500 * noise(204, i)
                                                                     : 85 + 140 * noise(204, i));
        const double downloadMs = round1(110 + 260 * noise(205, i));
        fetch.append(point(t, round1(dnsMs + tcpMs + tlsMs + serverMs + downloadMs)));
        dns.append(point(t, dnsMs));
        tcp.append(point(t, tcpMs));
        tls.append(point(t, tlsMs));
        server.append(point(t, serverMs));
        availability.append(point(t, 100));
    }
    return QJsonArray{series(u"page_fetch_time"_s, u"ms"_s, fetch),
                      series(u"dns_time"_s, u"ms"_s, dns),
                      series(u"tcp_connect_time"_s, u"ms"_s, tcp),
                      series(u"ssl_handshake_time"_s, u"ms"_s, tls),
                      series(u"server_response_time"_s, u"ms"_s, server),
                      series(u"availability"_s, u"%"_s, availability)};
}

QList<DeepTraceResults::Leg> DeepTraceResults::legs() const
{
    const DeepTraces::App *app = DeepTraces::appByCloudPathProbe(m_trace.settings.cloudPathProbeId);
    if (!app)
        return {};
    const quint64 h = mix(m_seed ^ static_cast<quint64>(m_trace.device.id));
    const auto byte = [h](int shift, int base, int range) {
        return QString::number(base + int((h >> shift) % quint64(range)));
    };
    const QString egress = u"198.51.100."_s + byte(0, 2, 250);
    const QString edge = u"165.225.72."_s + byte(8, 10, 60);
    const QString macTail = byte(16, 16, 200) + u':' + byte(24, 16, 80);
    Leg client{m_trace.device.name, egress, u"None"_s, {}};
    client.hops = {{u"192.168.1.1"_s, u"f4:92:bf:"_s + macTail, u"Ubiquiti"_s, 2.1, 0},
                   {egress, u"00:1a:2b:3c:4d:5e"_s, u"AVM"_s, 9.5, 0}};
    Leg internet{egress, u"fra4.sme.zscaler.net"_s, u"Z-Tunnel 2.0"_s, {}};
    internet.hops = {{u"100.64."_s + byte(32, 0, 250) + u".1"_s, {}, {}, 3.2, 0},
                     {u"62.115.140."_s + byte(40, 2, 250), {}, {}, 6.8, 0.2}, // lossy
                     {u"*"_s, {}, {}, 0, 1},                                  // never answers
                     {u"80.81.192."_s + byte(48, 2, 250), {}, {}, 10.9, 0},
                     {edge, {}, {}, 12.4, 0}};
    const QString destination = QString::fromLatin1(app->destination);
    Leg application{u"fra4.sme.zscaler.net"_s, destination, u"None"_s, {}};
    application.hops = {{u"165.225.72.1"_s, {}, {}, 0.8, 0},
                        {u"80.81.193."_s + byte(52, 2, 250), {}, {}, 2.3, 0},
                        {u"104.44.231."_s + byte(56, 2, 250), {}, {}, 41.5, 0}, // slow
                        {u"52.112.0."_s + byte(60, 2, 14), {}, {}, 43.6, 0}};
    return {client, internet, application};
}

QJsonObject DeepTraceResults::legSample(const Leg &leg, int legIndex, qsizetype sample) const
{
    QJsonArray hops;
    double previous = 0;
    int unresponsive = 0;
    double lastLoss = 0;
    double lastLatency = 0;
    for (qsizetype k = 0; k < leg.hops.size(); ++k) {
        const Hop &hop = leg.hops.at(k);
        const quint32 channel = 1000 + quint32(legIndex) * 100 + quint32(k) * 10;
        if (hop.loss >= 1) {
            ++unresponsive;
            hops.append(QJsonObject{{u"ip"_s, hop.ip},
                                    {u"gw_mac"_s, QString()},
                                    {u"gw_mac_vendor"_s, QString()},
                                    {u"pkt_sent"_s, packetsPerHop},
                                    {u"pkt_rcvd"_s, 0},
                                    {u"latency_min"_s, -1},
                                    {u"latency_max"_s, -1},
                                    {u"latency_avg"_s, -1},
                                    {u"latency_diff"_s, -1}});
            continue;
        }
        const double avg =
            std::max(previous, round1(hop.latency * (0.92 + 0.22 * noise(channel, sample))));
        const double min = round1(avg * (0.72 + 0.18 * noise(channel + 1, sample)));
        const double max = round1(avg * (1.15 + 0.9 * noise(channel + 2, sample)));
        const int lost =
            hop.loss > 0
                ? int(std::lround(packetsPerHop * hop.loss * (0.5 + noise(channel + 3, sample))))
                : 0;
        hops.append(QJsonObject{{u"ip"_s, hop.ip},
                                {u"gw_mac"_s, hop.mac},
                                {u"gw_mac_vendor"_s, hop.vendor},
                                {u"pkt_sent"_s, packetsPerHop},
                                {u"pkt_rcvd"_s, packetsPerHop - lost},
                                {u"latency_min"_s, min},
                                {u"latency_max"_s, max},
                                {u"latency_avg"_s, avg},
                                {u"latency_diff"_s, round1(avg - previous)}});
        previous = avg;
        lastLatency = avg;
        lastLoss = 100.0 * lost / packetsPerHop;
    }
    return QJsonObject{{u"src"_s, leg.src},
                       {u"dst"_s, leg.dst},
                       {u"num_hops"_s, int(leg.hops.size())},
                       {u"latency"_s, lastLatency},
                       {u"loss"_s, lastLoss},
                       {u"num_unresp_hops"_s, unresponsive},
                       {u"tunnel_type"_s, leg.tunnelType},
                       {u"hops"_s, hops}};
}

QJsonArray DeepTraceResults::cloudPath() const
{
    const QList<Leg> path = legs();
    QJsonArray list;
    for (qsizetype i = 0; i < m_times.size(); ++i) {
        for (qsizetype l = 0; l < path.size(); ++l)
            list.append(QJsonObject{{u"timestamp"_s, m_times.at(i)},
                                    {u"cloudpath"_s, legSample(path.at(l), int(l), i)}});
    }
    return list;
}

QJsonArray DeepTraceResults::cloudPathMetrics() const
{
    const QList<Leg> path = legs();
    if (m_times.isEmpty())
        return {};
    QJsonArray list;
    for (qsizetype l = 0; l < path.size(); ++l) {
        QJsonArray latency, loss, hopCount;
        for (qsizetype i = 0; i < m_times.size(); ++i) {
            const QJsonObject sample = legSample(path.at(l), int(l), i);
            const qint64 t = m_times.at(i);
            latency.append(point(t, sample.value("latency"_L1).toDouble()));
            loss.append(point(t, sample.value("loss"_L1).toDouble()));
            hopCount.append(point(t, sample.value("num_hops"_L1).toInt()));
        }
        list.append(QJsonObject{{u"leg_src"_s, path.at(l).src},
                                {u"leg_dst"_s, path.at(l).dst},
                                {u"stats"_s, QJsonArray{series(u"latency"_s, u"ms"_s, latency),
                                                        series(u"packet_loss"_s, u"%"_s, loss),
                                                        series(u"hop_count"_s, {}, hopCount)}}});
    }
    return list;
}

QJsonObject DeepTraceResults::topProcesses() const
{
    const QList<Process> &processes = processesFor(m_trace.device.osType);
    struct Row
    {
        QString name;
        int pid;
        double cpu;
        double memory;
    };
    QList<Row> rows;
    if (!m_times.isEmpty()) {
        for (qsizetype p = 0; p < processes.size(); ++p) {
            double cpu = 0, memory = 0;
            for (qsizetype i = 0; i < m_times.size(); ++i) {
                cpu += processes.at(p).cpu * (0.3 + 1.4 * noise(600 + quint32(p), i));
                memory += processes.at(p).memory * (0.8 + 0.4 * noise(700 + quint32(p), i));
            }
            const int pid =
                400 + int(mix(m_seed ^ quint64(m_trace.device.id) ^ quint64(p)) % 30000);
            rows.append({QString::fromLatin1(processes.at(p).name), pid,
                         round1(cpu / double(m_times.size())),
                         round1(memory / double(m_times.size()))});
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
        {u"trace_id"_s, m_trace.id},
        {u"timestamp"_s,
         m_times.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_times.last())},
        {u"top_processes"_s, list},
    };
}

QJsonArray DeepTraceResults::events() const
{
    const qint64 start = m_trace.startMs() / 1000;
    QJsonArray list;
    if (m_times.isEmpty() && !m_ended)
        return list;
    list.append(
        QJsonObject{{u"timestamp"_s, start},
                    {u"events"_s, QJsonArray{eventJson("Zscaler", "deep_trace", u"Deep trace"_s,
                                                       u"Not started"_s, u"In progress"_s)}}});
    const int minutes = m_trace.settings.lengthMinutes;
    for (qsizetype i = 0; i < m_times.size(); ++i) {
        QJsonArray now;
        if (i == roamSample(minutes))
            now.append(eventJson("Network", "wifi_bssid", u"Wi-Fi access point (BSSID)"_s,
                                 u"a4:2b:b0:19:6e:10"_s, u"a4:2b:b0:19:71:c4"_s));
        if (i == cpuSpikeSample(minutes))
            now.append(
                eventJson("Hardware", "high_cpu", u"CPU usage"_s, u"Normal"_s, u"Above 85 %"_s));
        if (noise(800, i) < 0.2) {
            const auto pick = static_cast<size_t>(noise(801, i) * kOtherEvents.size());
            const Event &e = kOtherEvents.at(std::min(pick, kOtherEvents.size() - 1));
            now.append(eventJson(e.category, e.name, QString::fromLatin1(e.displayName),
                                 QString::fromLatin1(e.prev), QString::fromLatin1(e.curr)));
        }
        if (!now.isEmpty())
            list.append(QJsonObject{
                {u"timestamp"_s, m_times.at(i) - qint64(noise(802, i) * DeepTraces::sampleSeconds)},
                {u"events"_s, now}});
    }
    if (m_ended)
        list.append(
            QJsonObject{{u"timestamp"_s, m_trace.endMs() / 1000},
                        {u"events"_s, QJsonArray{eventJson("Zscaler", "deep_trace", u"Deep trace"_s,
                                                           u"In progress"_s, u"Completed"_s)}}});
    return list;
}

} // namespace zc::sim
