// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"
#include "zdx/MetricSeries.h"

#include <QFlags>
#include <QJsonValue>
#include <QList>

namespace zc {

// A deep trace's cloud path: the legs from the device to the application (client → egress →
// Zscaler → application) and each leg's hops, one row per hop, for one sample or summed up
// over the whole trace (the default). Reads cloudpath ([{"timestamp", "cloudpath":{"src",
// "dst", "num_hops", "latency", "loss", "num_unresp_hops", "tunnel_type", "hops":[{"ip",
// "gw_mac", "gw_mac_vendor", "pkt_sent", "pkt_rcvd", "latency_min", "latency_max",
// "latency_avg", "latency_diff"}]}}], one entry per leg and sample, legs in path order) and
// cloudpath-metrics ([{"leg_src", "leg_dst", "stats":[series]}]).
//
// Over the whole trace a hop's minimum is the smallest minimum, its maximum the largest
// maximum, its average and added latency the mean of the samples', its loss the packets lost
// of all sent. A hop is flagged when it never answered (Unresponsive), when it lost packets
// (Lossy), and the one hop that adds the most latency (AddsMostLatency).
//
// Rows: {"leg" (1-based), "leg_src", "leg_dst", "hop" (1-based in its leg), "ip", "gw_mac",
// "gw_mac_vendor", "latency_min", "latency_avg", "latency_max", "latency_diff", "loss" (%),
// "pkt_sent", "pkt_rcvd", "unresponsive", "lossy", "adds_most_latency"}; null for no data.
class CloudPathModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum class HopFlag
    {
        None = 0,
        Unresponsive = 1,
        Lossy = 2,
        AddsMostLatency = 4,
    };
    Q_DECLARE_FLAGS(HopFlags, HopFlag)

    struct Leg
    {
        QString src;
        QString dst;
        QString tunnelType;
        double latency = 0; // ms to the leg's last hop; NaN when unknown
        double loss = 0;    // % at the leg's last hop; NaN when unknown
        int unresponsiveHops = 0;
        int firstRow = 0;
        int rowCount = 0;
    };
    // A leg's series from cloudpath-metrics ("latency", "packet_loss", "hop_count").
    struct LegStats
    {
        QString src;
        QString dst;
        QList<MetricSeries> stats; // aligned on LegStats' common times
    };

    explicit CloudPathModel(QObject *parent = nullptr);
    // The columns views show (and the CLI prints).
    static QList<RecordColumn> hopColumns();

    void setResult(const QJsonValue &cloudPath, const QJsonValue &cloudPathMetrics = {});

    QList<qint64> sampleTimes() const;
    // -1: the whole trace; otherwise an index into sampleTimes().
    int sample() const { return m_sample; }
    void setSample(int index);

    const QList<Leg> &legs() const { return m_legs; }
    const QList<LegStats> &legStats() const { return m_legStats; }
    HopFlags hopFlags(int row) const;
    static HopFlags flagsOf(const QJsonObject &row);
    // The row of the hop adding the most latency; -1 when none does.
    int slowestRow() const;
    // "Never answers", "Loses packets", "Adds the most latency", joined; translated.
    static QString flagsText(HopFlags flags);

Q_SIGNALS:
    // setResult() took a new result (after the model reset); setSample() does not emit it.
    void resultChanged();

private:
    struct Sample
    {
        qint64 time = 0;
        QList<QJsonObject> legs; // the "cloudpath" objects, in path order
    };
    void rebuild();

    QList<Sample> m_samples;
    QList<LegStats> m_legStats;
    QList<Leg> m_legs;
    int m_sample = -1;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CloudPathModel::HopFlags)

} // namespace zc
