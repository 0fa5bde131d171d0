// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CloudPathModel.h"

#include "zdx/ResultColumns.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean(const QList<double> &values)
{
    double sum = 0;
    int n = 0;
    for (double v : values) {
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    return n ? sum / n : kNaN;
}

} // namespace

QList<RecordColumn> CloudPathModel::hopColumns()
{
    using resultcolumns::number;
    RecordColumn leg = RecordColumn::computed(
        u"leg"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Leg"), [](const QJsonObject &o) {
            return QVariant(u"%1 → %2"_s.arg(o.value("leg_src"_L1).toString(),
                                             o.value("leg_dst"_L1).toString()));
        });
    leg.sortValue = [](const QJsonObject &o) {
        return QVariant(o.value("leg"_L1).toInt() * 1000 + o.value("hop"_L1).toInt());
    };
    RecordColumn ip = RecordColumn::member(u"ip"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "IP"));
    ip.display = [](const QJsonObject &o) {
        const QString text = o.value("ip"_L1).toString();
        return QVariant(text.isEmpty() ? u"*"_s : text);
    };
    RecordColumn note = RecordColumn::computed(
        u"note"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Note"), [](const QJsonObject &o) {
            return QVariant(CloudPathModel::flagsText(CloudPathModel::flagsOf(o)));
        });
    // Scripts read the flags as the CLI's stable words, not the translated note.
    note.plainValue = [](const QJsonObject &o) {
        const HopFlags flags = CloudPathModel::flagsOf(o);
        QStringList words;
        if (flags.testFlag(HopFlag::Unresponsive))
            words << u"unresponsive"_s;
        if (flags.testFlag(HopFlag::Lossy))
            words << u"lossy"_s;
        if (flags.testFlag(HopFlag::AddsMostLatency))
            words << u"adds_most_latency"_s;
        return QVariant(words.join(u';'));
    };
    return {leg,
            number(u"hop"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Hop"), 0),
            ip,
            RecordColumn::member(u"gw_mac_vendor"_s,
                                 QT_TRANSLATE_NOOP("zc::RecordColumn", "Gateway vendor")),
            number(u"latency_min"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Min (ms)"), 1),
            number(u"latency_avg"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Avg (ms)"), 1),
            number(u"latency_max"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Max (ms)"), 1),
            number(u"latency_diff"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Added (ms)"), 1),
            number(u"loss"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Loss (%)"), 1),
            number(u"pkt_sent"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Sent"), 0),
            number(u"pkt_rcvd"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Received"), 0),
            note};
}

namespace {

// One hop over the samples given (one sample, or all of them).
QJsonObject sumUp(const QList<QJsonObject> &samples)
{
    const QJsonObject latest = samples.last();
    double min = kNaN, max = kNaN;
    QList<double> avgs, diffs;
    qint64 sent = 0, received = 0;
    bool counted = false;
    for (const QJsonObject &hop : samples) {
        const double lo = MetricSeries::valueOf(hop.value("latency_min"_L1));
        const double hi = MetricSeries::valueOf(hop.value("latency_max"_L1));
        if (!std::isnan(lo))
            min = std::isnan(min) ? lo : std::min(min, lo);
        if (!std::isnan(hi))
            max = std::isnan(max) ? hi : std::max(max, hi);
        avgs.append(MetricSeries::valueOf(hop.value("latency_avg"_L1)));
        diffs.append(MetricSeries::valueOf(hop.value("latency_diff"_L1)));
        if (hop.value("pkt_sent"_L1).isDouble()) {
            counted = true;
            sent += hop.value("pkt_sent"_L1).toInteger();
            received += hop.value("pkt_rcvd"_L1).toInteger();
        }
    }
    const double avg = mean(avgs);
    const QString ip = latest.value("ip"_L1).toString();
    const bool unresponsive = (counted && sent > 0 && received == 0) ||
                              (std::isnan(avg) && (ip.isEmpty() || ip == "*"_L1));
    const double loss = counted && sent > 0 ? 100.0 * double(sent - received) / double(sent) : kNaN;
    return QJsonObject{
        {u"ip"_s, ip},
        {u"gw_mac"_s, latest.value("gw_mac"_L1).toString()},
        {u"gw_mac_vendor"_s, latest.value("gw_mac_vendor"_L1).toString()},
        {u"latency_min"_s, MetricSeries::jsonValue(min)},
        {u"latency_avg"_s, MetricSeries::jsonValue(avg)},
        {u"latency_max"_s, MetricSeries::jsonValue(max)},
        {u"latency_diff"_s, MetricSeries::jsonValue(unresponsive ? kNaN : mean(diffs))},
        {u"loss"_s, MetricSeries::jsonValue(loss)},
        {u"pkt_sent"_s, counted ? QJsonValue(sent) : QJsonValue(QJsonValue::Null)},
        {u"pkt_rcvd"_s, counted ? QJsonValue(received) : QJsonValue(QJsonValue::Null)},
        {u"unresponsive"_s, unresponsive},
        {u"lossy"_s, !unresponsive && loss > 0},
        {u"adds_most_latency"_s, false},
    };
}

} // namespace

CloudPathModel::CloudPathModel(QObject *parent)
    : RecordTableModel(hopColumns(), parent)
{}

QString CloudPathModel::flagsText(HopFlags flags)
{
    QStringList parts;
    if (flags.testFlag(HopFlag::Unresponsive))
        parts << tr("Never answers");
    if (flags.testFlag(HopFlag::Lossy))
        parts << tr("Loses packets");
    if (flags.testFlag(HopFlag::AddsMostLatency))
        parts << tr("Adds the most latency");
    return parts.join(u"; "_s);
}

void CloudPathModel::setResult(const QJsonValue &cloudPath, const QJsonValue &cloudPathMetrics)
{
    // Group the legs by sample time, keeping the order they came in.
    std::map<qint64, Sample> byTime;
    for (const QJsonValue &v : cloudPath.toArray()) {
        const QJsonObject entry = v.toObject();
        const QJsonObject leg = entry.value("cloudpath"_L1).toObject();
        if (leg.isEmpty())
            continue;
        Sample &sample = byTime[entry.value("timestamp"_L1).toInteger()];
        sample.time = entry.value("timestamp"_L1).toInteger();
        sample.legs.append(leg);
    }
    m_samples.clear();
    for (auto &[time, sample] : byTime)
        m_samples.append(sample);

    m_legStats.clear();
    for (const QJsonValue &v : cloudPathMetrics.toArray()) {
        const QJsonObject o = v.toObject();
        LegStats stats{o.value("leg_src"_L1).toString(), o.value("leg_dst"_L1).toString(),
                       MetricSeries::parse(o.value("stats"_L1))};
        MetricSeries::align(&stats.stats);
        m_legStats.append(stats);
    }
    m_sample = -1;
    rebuild();
    Q_EMIT resultChanged();
}

QList<qint64> CloudPathModel::sampleTimes() const
{
    QList<qint64> times;
    for (const Sample &s : m_samples)
        times.append(s.time);
    return times;
}

void CloudPathModel::setSample(int index)
{
    const int sample = index >= 0 && index < m_samples.size() ? index : -1;
    if (sample == m_sample)
        return;
    m_sample = sample;
    rebuild();
}

void CloudPathModel::rebuild()
{
    const QList<Sample> chosen = m_sample < 0 ? m_samples : QList<Sample>{m_samples.at(m_sample)};
    QJsonArray rows;
    m_legs.clear();
    if (!chosen.isEmpty()) {
        const Sample &latest = chosen.last();
        for (qsizetype l = 0; l < latest.legs.size(); ++l) {
            const QJsonObject leg = latest.legs.at(l);
            Leg summary;
            summary.src = leg.value("src"_L1).toString();
            summary.dst = leg.value("dst"_L1).toString();
            summary.tunnelType = leg.value("tunnel_type"_L1).toString();
            summary.firstRow = int(rows.size());
            QList<double> latencies, losses;
            for (const Sample &s : chosen) {
                if (l < s.legs.size()) {
                    latencies.append(MetricSeries::valueOf(s.legs.at(l).value("latency"_L1)));
                    losses.append(MetricSeries::valueOf(s.legs.at(l).value("loss"_L1)));
                }
            }
            summary.latency = mean(latencies);
            summary.loss = mean(losses);
            const QJsonArray hops = leg.value("hops"_L1).toArray();
            for (qsizetype k = 0; k < hops.size(); ++k) {
                QList<QJsonObject> samples;
                for (const Sample &s : chosen) {
                    const QJsonArray other =
                        l < s.legs.size() ? s.legs.at(l).value("hops"_L1).toArray() : QJsonArray();
                    if (k < other.size())
                        samples.append(other.at(k).toObject());
                }
                QJsonObject row = sumUp(samples);
                row.insert(u"leg"_s, int(l + 1));
                row.insert(u"leg_src"_s, summary.src);
                row.insert(u"leg_dst"_s, summary.dst);
                row.insert(u"hop"_s, int(k + 1));
                if (row.value("unresponsive"_L1).toBool())
                    ++summary.unresponsiveHops;
                rows.append(row);
            }
            summary.rowCount = int(rows.size()) - summary.firstRow;
            m_legs.append(summary);
        }
    }
    int slowest = -1;
    double most = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonValue diff = rows.at(r).toObject().value("latency_diff"_L1);
        if (diff.isDouble() && diff.toDouble() > most) {
            most = diff.toDouble();
            slowest = int(r);
        }
    }
    if (slowest >= 0) {
        QJsonObject row = rows.at(slowest).toObject();
        row.insert(u"adds_most_latency"_s, true);
        rows[slowest] = row;
    }
    setRecords(rows);
}

CloudPathModel::HopFlags CloudPathModel::hopFlags(int row) const
{
    return flagsOf(record(row));
}

CloudPathModel::HopFlags CloudPathModel::flagsOf(const QJsonObject &o)
{
    HopFlags flags;
    flags.setFlag(HopFlag::Unresponsive, o.value("unresponsive"_L1).toBool());
    flags.setFlag(HopFlag::Lossy, o.value("lossy"_L1).toBool());
    flags.setFlag(HopFlag::AddsMostLatency, o.value("adds_most_latency"_L1).toBool());
    return flags;
}

int CloudPathModel::slowestRow() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (hopFlags(row).testFlag(HopFlag::AddsMostLatency))
            return row;
    }
    return -1;
}

} // namespace zc
