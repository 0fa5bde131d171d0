// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

#include <QJsonValue>
#include <QList>

namespace zc {

// A deep trace's web probe (webprobe-metrics) as one row per sample: where the page-fetch
// time went (DNS, TCP connect, TLS handshake, server response, download), the page-fetch time
// and the availability. ZDX sends the page-fetch time and every phase but the download; the
// download is what the page-fetch time leaves after the other phases. A sample the probe got
// no answer for (-1, missing; availability 0 when the site was down) has null phases.
//
// Rows: {"timestamp", "dns_time", "tcp_connect_time", "ssl_handshake_time",
// "server_response_time", "download_time", "page_fetch_time", "availability", "slowest"}
// (numbers in ms and %, null for no data; "slowest" is true on the slowest sample only).
class WebProbeModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum class Phase
    {
        Dns,
        TcpConnect,
        TlsHandshake,
        ServerResponse,
        Download,
    };
    static QList<Phase> phases();
    static QString phaseKey(Phase phase);   // "dns_time"
    static QString phaseLabel(Phase phase); // "DNS", translated

    explicit WebProbeModel(QObject *parent = nullptr);
    // The columns views show (and the CLI prints).
    static QList<RecordColumn> webProbeColumns();

    void setResult(const QJsonValue &answer);

    QList<qint64> timestamps() const;
    // NaN when there is no data for that sample.
    double phaseValue(int row, Phase phase) const;
    double pageFetchTime(int row) const;
    double availability(int row) const;
    // The sample with the longest page-fetch time; -1 when no sample has one.
    int slowestRow() const { return m_slowest; }
    // The phase that took longest in that sample (what to look at first).
    Phase slowestPhase(int row) const;

private:
    double number(int row, const QString &key) const;

    int m_slowest = -1;
};

} // namespace zc
