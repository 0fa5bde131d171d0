// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace zc {

// One metric of a deep trace over time, as ZDX sends them everywhere in its results:
// {"metric", "unit", "datapoints":[{"timestamp", "value"}]}. A datapoint whose value is -1,
// null, not a number or absent is a sample the probe got no answer for: NaN here.
struct MetricSeries
{
    QString metric;
    QString unit;
    QString category;     // health-metrics: "cpu", "wifi"...; empty elsewhere
    QString instance;     // health-metrics: the instance's "name" ("Total", "Wi-Fi")
    QList<qint64> times;  // epoch seconds, as sent
    QList<double> values; // one per time; NaN where there is no data

    // Every series in a result document, in the order sent. Reads a list of series
    // (webprobe-metrics, cloudpath-metrics' "stats"), a list of {"category", "instances":
    // [{"name", "metrics":[series]}]} or of instances that are series themselves
    // (health-metrics), a single series or category, and {"metrics":[series]}. Anything else
    // gives no series, never an error: a result the console cannot read shows as empty.
    static QList<MetricSeries> parse(const QJsonValue &document);
    // -1, null, absent or not a number: NaN.
    static double valueOf(const QJsonValue &value);
    // The other way round, for rows the console works out: NaN is null, a number keeps one
    // decimal.
    static QJsonValue jsonValue(double value);
    // Puts every series on the union of their times (sorted), NaN where a series has no
    // sample; returns those times.
    static QList<qint64> align(QList<MetricSeries> *series);
    // The value at `time`, NaN when there is none.
    double valueAt(qint64 time) const;
};

} // namespace zc
