// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "HealthMetricsModel.h"

#include "common/RecordTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

struct MetricName
{
    const char *key;   // the API's metric name
    const char *label; // its title, translated in the context "zc::HealthMetricsModel"
};

// The metrics of health-metrics and webprobe-metrics.
constexpr std::array<MetricName, 9> kMetricNames{{
    {"cpu", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "CPU")},
    {"memory", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "Memory")},
    {"disk_io", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "Disk I/O")},
    {"network_bandwidth", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "Network bandwidth")},
    {"wifi_signal", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "Wi-Fi signal")},
    {"page_fetch_time", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "Page fetch time")},
    {"server_response_time", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "Server response time")},
    {"dns_time", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "DNS time")},
    {"availability", QT_TRANSLATE_NOOP("zc::HealthMetricsModel", "Availability")},
}};

} // namespace

QString HealthMetricsModel::metricLabel(const QString &metric)
{
    for (const MetricName &name : kMetricNames) {
        if (metric == QLatin1StringView(name.key))
            return QCoreApplication::translate("zc::HealthMetricsModel", name.label);
    }
    return metric;
}

QString HealthMetricsModel::metricTitle(const QString &metric, const QString &unit)
{
    const QString label = metricLabel(metric);
    return unit.isEmpty() ? label : tr("%1 (%2)", "metric (unit)").arg(label, unit);
}

HealthMetricsModel::HealthMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int HealthMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_times.size());
}

int HealthMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.size()) + 1;
}

QVariant HealthMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == RecordTableModel::RawJsonRole)
        return rowObject(row);
    if (index.column() == 0) {
        const qint64 t = m_times.at(row);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(t).toLocalTime(),
                                      QLocale::ShortFormat);
        case RecordTableModel::SortRole:
            return t;
        default:
            return {};
        }
    }
    const double v = m_series.at(index.column() - 1).values.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return std::isnan(v) ? QVariant() : QVariant(QLocale().toString(v, 'f', 1));
    case RecordTableModel::SortRole:
        return std::isnan(v) ? QVariant() : QVariant(v);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant HealthMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_series.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Time");
        if (role == RecordTableModel::ColumnKeyRole)
            return u"timestamp"_s;
        return {};
    }
    const MetricSeries &s = m_series.at(section - 1);
    if (role == Qt::DisplayRole)
        return metricTitle(s.metric, s.unit);
    if (role == RecordTableModel::ColumnKeyRole || role == Qt::ToolTipRole)
        return s.metric;
    return {};
}

void HealthMetricsModel::setResult(const QJsonValue &answer)
{
    QList<MetricSeries> series = MetricSeries::parse(answer);
    const QList<qint64> times = MetricSeries::align(&series);
    beginResetModel();
    m_times = times;
    m_series = series;
    endResetModel();
}

void HealthMetricsModel::clear()
{
    beginResetModel();
    m_times.clear();
    m_series.clear();
    endResetModel();
}

QStringList HealthMetricsModel::metrics() const
{
    QStringList names;
    for (const MetricSeries &s : m_series)
        names << s.metric;
    return names;
}

QString HealthMetricsModel::unit(const QString &metric) const
{
    for (const MetricSeries &s : m_series) {
        if (s.metric == metric)
            return s.unit;
    }
    return {};
}

double HealthMetricsModel::value(int row, const QString &metric) const
{
    if (row < 0 || row >= m_times.size())
        return std::numeric_limits<double>::quiet_NaN();
    for (const MetricSeries &s : m_series) {
        if (s.metric == metric)
            return s.values.at(row);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QJsonObject HealthMetricsModel::rowObject(int row) const
{
    if (row < 0 || row >= m_times.size())
        return {};
    QJsonObject o{{u"timestamp"_s, m_times.at(row)}};
    for (const MetricSeries &s : m_series) {
        const double v = s.values.at(row);
        o.insert(s.metric, std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
    }
    return o;
}

} // namespace zc
