// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/ChartWithTable.h"
#include "widgets/TimeSeriesChart.h"

namespace zc {

class HealthMetricsModel;

// A deep trace's device health as one small chart per metric on a shared time axis (CPU,
// memory, disk I/O, network bandwidth, Wi-Fi signal), with the levels worth a look shaded:
// CPU above 80 %, memory above 90 %, a Wi-Fi signal weaker than -70 dBm. The headline says
// what stands out; the table holds the same numbers. Follows the model (not owned).
class HealthChartsView : public ChartWithTable
{
    Q_OBJECT
public:
    explicit HealthChartsView(HealthMetricsModel *model, QWidget *parent = nullptr);

    TimeSeriesChart *chart() const { return m_chart; }
    // The panel of a metric as the chart draws it (title, unit, bands, fixed range).
    static ChartPanel panelFor(const QString &metric, const QString &unit);

private:
    void rebuild();

    HealthMetricsModel *m_model;
    TimeSeriesChart *m_chart;
};

} // namespace zc
