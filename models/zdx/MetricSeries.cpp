// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "MetricSeries.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

MetricSeries readSeries(const QJsonObject &o, const QString &category, const QString &instance)
{
    MetricSeries s;
    s.metric = o.value("metric"_L1).toString();
    s.unit = o.value("unit"_L1).toString();
    s.category = category;
    s.instance = instance;
    for (const QJsonValue &p : o.value("datapoints"_L1).toArray()) {
        const QJsonObject point = p.toObject();
        const QJsonValue t = point.value("timestamp"_L1);
        if (!t.isDouble())
            continue; // a sample without a time cannot be placed
        s.times.append(t.toInteger());
        s.values.append(MetricSeries::valueOf(point.value("value"_L1)));
    }
    return s;
}

void readItem(const QJsonObject &o, const QString &category, const QString &instance,
              QList<MetricSeries> *out)
{
    if (o.contains("datapoints"_L1)) {
        out->append(readSeries(o, category, instance));
        return;
    }
    if (o.value("metrics"_L1).isArray()) {
        for (const QJsonValue &m : o.value("metrics"_L1).toArray())
            readItem(m.toObject(), category, instance, out);
        return;
    }
    if (o.value("instances"_L1).isArray()) {
        const QString name = o.value("category"_L1).toString();
        for (const QJsonValue &i : o.value("instances"_L1).toArray()) {
            const QJsonObject inst = i.toObject();
            readItem(inst, name, inst.value("name"_L1).toString(), out);
        }
    }
}

} // namespace

double MetricSeries::valueOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return kNaN;
    const double v = value.toDouble();
    return v == -1.0 || !std::isfinite(v) ? kNaN : v;
}

QJsonValue MetricSeries::jsonValue(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(std::round(value * 10) / 10);
}

QList<MetricSeries> MetricSeries::parse(const QJsonValue &document)
{
    QList<MetricSeries> out;
    if (document.isArray()) {
        for (const QJsonValue &item : document.toArray())
            readItem(item.toObject(), {}, {}, &out);
    } else if (document.isObject()) {
        readItem(document.toObject(), {}, {}, &out);
    }
    return out;
}

QList<qint64> MetricSeries::align(QList<MetricSeries> *series)
{
    std::set<qint64> all;
    for (const MetricSeries &s : std::as_const(*series))
        all.insert(s.times.cbegin(), s.times.cend());
    const QList<qint64> times(all.cbegin(), all.cend());
    for (MetricSeries &s : *series) {
        std::map<qint64, double> byTime;
        for (qsizetype i = 0; i < s.times.size(); ++i)
            byTime[s.times.at(i)] = s.values.at(i); // a repeated time: the last one counts
        QList<double> values(times.size(), kNaN);
        for (qsizetype i = 0; i < times.size(); ++i) {
            const auto it = byTime.find(times.at(i));
            if (it != byTime.end())
                values[i] = it->second;
        }
        s.times = times;
        s.values = values;
    }
    return times;
}

double MetricSeries::valueAt(qint64 time) const
{
    const qsizetype i = times.indexOf(time);
    return i < 0 ? kNaN : values.at(i);
}

} // namespace zc
