// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/ChartWithTable.h"
#include "widgets/TimeSeriesChart.h"

namespace zc {

class WebProbeModel;

// A deep trace's web probe: for each sample, where the page-fetch time went (DNS, TCP
// connect, TLS handshake, server response, download) as stacked bars, the slowest sample
// highlighted, and the availability below. The headline names the probe and says what made
// the slowest fetch slow; the table holds the same numbers. Follows the model (not owned).
class WebProbeView : public ChartWithTable
{
    Q_OBJECT
public:
    explicit WebProbeView(WebProbeModel *model, QWidget *parent = nullptr);

    // The probe's name as the trace's details give it; empty when the trace ran none.
    void setProbeName(const QString &name);
    TimeSeriesChart *chart() const { return m_chart; }

private:
    void rebuild();

    WebProbeModel *m_model;
    TimeSeriesChart *m_chart;
    QString m_probe;
};

} // namespace zc
