// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "WebProbeModel.h"

#include "zdx/MetricSeries.h"
#include "zdx/ResultColumns.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The names ZDX uses for each measure, first the one the simulator sends.
const QList<QStringList> &aliases()
{
    static const QList<QStringList> list{
        {u"dns_time"_s, u"dns"_s},
        {u"tcp_connect_time"_s, u"tcp_connect"_s, u"tcp_time"_s},
        {u"ssl_handshake_time"_s, u"ssl_handshake"_s, u"tls_handshake_time"_s, u"tls_time"_s},
        {u"server_response_time"_s, u"server_response"_s},
        {u"download_time"_s, u"content_download_time"_s},
        {u"page_fetch_time"_s, u"pft"_s},
        {u"availability"_s},
    };
    return list;
}

enum Measure
{
    Dns,
    Tcp,
    Tls,
    Server,
    Download,
    PageFetch,
    Availability,
    MeasureCount
};

} // namespace

QList<RecordColumn> WebProbeModel::webProbeColumns()
{
    using resultcolumns::number;
    return {
        resultcolumns::time(u"timestamp"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Time")),
        number(u"dns_time"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "DNS (ms)"), 1),
        number(u"tcp_connect_time"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "TCP connect (ms)"), 1),
        number(u"ssl_handshake_time"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "TLS handshake (ms)"),
               1),
        number(u"server_response_time"_s,
               QT_TRANSLATE_NOOP("zc::RecordColumn", "Server response (ms)"), 1),
        number(u"download_time"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Download (ms)"), 1),
        number(u"page_fetch_time"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Page fetch (ms)"), 1),
        number(u"availability"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Availability (%)"), 0)};
}

QList<WebProbeModel::Phase> WebProbeModel::phases()
{
    return {Phase::Dns, Phase::TcpConnect, Phase::TlsHandshake, Phase::ServerResponse,
            Phase::Download};
}

QString WebProbeModel::phaseKey(Phase phase)
{
    return aliases().at(int(phase)).first();
}

QString WebProbeModel::phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Dns:
        return tr("DNS");
    case Phase::TcpConnect:
        return tr("TCP connect");
    case Phase::TlsHandshake:
        return tr("TLS handshake");
    case Phase::ServerResponse:
        return tr("Server response");
    case Phase::Download:
        return tr("Download");
    }
    return {};
}

WebProbeModel::WebProbeModel(QObject *parent)
    : RecordTableModel(webProbeColumns(), parent)
{}

void WebProbeModel::setResult(const QJsonValue &answer)
{
    QList<MetricSeries> series = MetricSeries::parse(answer);
    const QList<qint64> times = MetricSeries::align(&series);
    QList<const MetricSeries *> measures(MeasureCount, nullptr);
    for (const MetricSeries &s : std::as_const(series)) {
        for (int m = 0; m < MeasureCount; ++m) {
            if (!measures.at(m) && aliases().at(m).contains(s.metric.toLower()))
                measures[m] = &s;
        }
    }
    const auto value = [&](int m, qsizetype i) {
        return measures.at(m) ? measures.at(m)->values.at(i) : kNaN;
    };

    QJsonArray rows;
    int slowest = -1;
    double slowestTime = -1;
    for (qsizetype i = 0; i < times.size(); ++i) {
        double v[MeasureCount];
        for (int m = 0; m < MeasureCount; ++m)
            v[m] = value(m, i);
        if (std::isnan(v[Download]) && !std::isnan(v[PageFetch])) {
            const double known = v[Dns] + v[Tcp] + v[Tls] + v[Server]; // NaN if one is missing
            if (!std::isnan(known))
                v[Download] = std::max(0.0, v[PageFetch] - known);
        }
        if (!std::isnan(v[PageFetch]) && v[PageFetch] > slowestTime) {
            slowestTime = v[PageFetch];
            slowest = int(i);
        }
        QJsonObject row{{u"timestamp"_s, times.at(i)}};
        for (int m = 0; m < MeasureCount; ++m)
            row.insert(aliases().at(m).first(), MetricSeries::jsonValue(v[m]));
        rows.append(row);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.insert(u"slowest"_s, i == slowest);
        rows[i] = row;
    }
    m_slowest = slowest;
    setRecords(rows);
}

QList<qint64> WebProbeModel::timestamps() const
{
    QList<qint64> times;
    for (int row = 0; row < rowCount(); ++row)
        times.append(record(row).value("timestamp"_L1).toInteger());
    return times;
}

double WebProbeModel::number(int row, const QString &key) const
{
    if (row < 0 || row >= rowCount())
        return kNaN;
    const QJsonValue v = record(row).value(key);
    return v.isDouble() ? v.toDouble() : kNaN;
}

double WebProbeModel::phaseValue(int row, Phase phase) const
{
    return number(row, phaseKey(phase));
}

double WebProbeModel::pageFetchTime(int row) const
{
    return number(row, aliases().at(PageFetch).first());
}

double WebProbeModel::availability(int row) const
{
    return number(row, aliases().at(Availability).first());
}

WebProbeModel::Phase WebProbeModel::slowestPhase(int row) const
{
    Phase worst = Phase::Download;
    double longest = -1;
    for (Phase phase : phases()) {
        const double v = phaseValue(row, phase);
        if (!std::isnan(v) && v > longest) {
            longest = v;
            worst = phase;
        }
    }
    return worst;
}

} // namespace zc
