// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "zdx/MetricSeries.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zc {

// A deep trace's metric series as a table: one row per sample time, a "Time" column, then
// one column per metric, titled with a readable, translated label and the unit ("CPU (%)",
// "Wi-Fi signal (dBm)"...; unknown metrics keep the API's name). Reads the series of
// health-metrics and webprobe-metrics in any form MetricSeries::parse() knows; samples without
// an answer (-1, missing) are empty cells and NaN values. Roles as RecordTableModel: SortRole
// (numbers), RawJsonRole (the row as
// {"timestamp", <metric>: value...}), ColumnKeyRole in the header ("timestamp", then the
// API's metric names, which exports use), Qt::ToolTipRole in the header (the API's name).
class HealthMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit HealthMetricsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setResult(const QJsonValue &answer);
    void clear();

    // "CPU", "Wi-Fi signal"... for the metric names ZDX is known to send; the name itself
    // for any other.
    static QString metricLabel(const QString &metric);
    // The column title: the label, with the unit in parentheses when there is one.
    static QString metricTitle(const QString &metric, const QString &unit);

    QStringList metrics() const; // metric names, in the API's order
    QString unit(const QString &metric) const;
    // The series as read (aligned on timestamps()), in the API's order.
    const QList<MetricSeries> &series() const { return m_series; }
    QList<qint64> timestamps() const { return m_times; }
    // NaN when the metric has no sample at that row.
    double value(int row, const QString &metric) const;
    QJsonObject rowObject(int row) const;

private:
    QList<qint64> m_times;
    QList<MetricSeries> m_series; // values: one per row, NaN where missing
};

} // namespace zc
