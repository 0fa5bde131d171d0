// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeepTraces.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace zc::sim {

// The diagnostics one deep trace has collected so far, as the result endpoints send them
// (sim/README.md, "ZDX routes"). Everything derives from the seed, the trace and the sample
// index, so a result asked twice is the same and a running trace's results only grow.
//
// Each trace tells the same story, scaled to its length, so the demo has something to show:
// the Wi-Fi roams at 2/5 of the trace (no Wi-Fi signal then, -1, and no bandwidth sample at
// all), the CPU spikes at 3/5, the web probe's server answers slowly at 4/5 (and traces of
// 15 minutes or more have one sample where the site was down); on the cloud path, one ISP hop
// loses packets, one never answers and one Microsoft/Zscaler backbone hop adds most latency.
class DeepTraceResults
{
public:
    static constexpr int packetsPerHop = 10;

    // `times`: the samples taken so far (epoch seconds, one a minute after the start).
    DeepTraceResults(const DeepTraces::Trace &trace, quint32 seed, QList<qint64> times, bool ended);

    // [{"category", "instances":[{"name", "metrics":[{"metric","unit","datapoints"}]}]}]
    QJsonArray healthMetrics() const;
    // [{"metric","unit","datapoints"}]: the page-fetch phases and availability.
    QJsonArray webProbeMetrics() const;
    // [{"leg_src","leg_dst","stats":[latency, packet_loss, hop_count series]}]
    QJsonArray cloudPathMetrics() const;
    // [{"timestamp","cloudpath":{"src","dst","num_hops","latency","loss","num_unresp_hops",
    //   "tunnel_type","hops":[...]}}], one entry per leg and sample.
    QJsonArray cloudPath() const;
    // {"trace_id","timestamp","top_processes":[{"name","pid","cpu","memory"}]}
    QJsonObject topProcesses() const;
    // [{"timestamp","events":[{"category","name","display_name","prev","curr"}]}]
    QJsonArray events() const;

    // Where the story's moments fall for a trace of `minutes` (sample indexes).
    static int roamSample(int minutes) { return minutes * 2 / 5; }
    static int cpuSpikeSample(int minutes) { return minutes * 3 / 5; }
    static int cpuSpikeLength(int minutes) { return minutes >= 24 ? minutes / 12 : 1; }
    static int slowFetchSample(int minutes) { return minutes * 4 / 5; }
    // -1 when the trace is too short to have one.
    static int downSample(int minutes) { return minutes >= 15 ? minutes / 5 : -1; }

private:
    struct Hop
    {
        QString ip; // "*" when the hop never answers
        QString mac;
        QString vendor;
        double latency; // typical average, ms, from the leg's source
        double loss;    // typical share of packets lost, 0..1
    };
    struct Leg
    {
        QString src;
        QString dst;
        QString tunnelType;
        QList<Hop> hops;
    };
    QList<Leg> legs() const;
    QJsonObject legSample(const Leg &leg, int legIndex, qsizetype sample) const;
    double noise(quint32 channel, qint64 sample) const; // 0..1
    bool isSpike(qsizetype sample) const;

    const DeepTraces::Trace &m_trace;
    quint32 m_seed;
    QList<qint64> m_times;
    bool m_ended;
};

} // namespace zc::sim
