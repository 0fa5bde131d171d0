// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "HealthChartsView.h"

#include "widgets/NamedControl.h"
#include "widgets/RecordTableView.h"
#include "zdx/HealthMetricsModel.h"

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

} // namespace

HealthChartsView::HealthChartsView(HealthMetricsModel *model, QWidget *parent)
    : ChartWithTable(parent)
    , m_model(model)
    , m_chart(new TimeSeriesChart(this))
{
    setObjectName(u"healthChartsView"_s);
    namedControl(m_chart, u"healthChart"_s, tr("Device health over the deep trace"));
    m_chart->setEmptyText(tr("ZDX recorded no health metrics for this trace."));
    setChart(m_chart, [this](qreal dpr) { return m_chart->toImage(dpr); });
    table()->setModel(model);
    table()->setEmptyText(tr("ZDX recorded no health metrics for this trace."));
    setExportName(u"health-metrics"_s);
    connect(model, &QAbstractItemModel::modelReset, this, &HealthChartsView::rebuild);
    rebuild();
}

ChartPanel HealthChartsView::panelFor(const QString &metric, const QString &unit)
{
    ChartPanel panel;
    panel.title = HealthMetricsModel::metricLabel(metric);
    panel.unit = unit;
    if (metric == "cpu"_L1 || metric == "memory"_L1) {
        const double limit = metric == "cpu"_L1 ? 80 : 90;
        panel.minimum = 0;
        panel.maximum = 100;
        panel.bands = {{limit, kInfinity, tr("above %1 %").arg(limit)}};
    } else if (metric == "wifi_signal"_L1) {
        panel.minimum = -90;
        panel.maximum = -30;
        panel.decimals = 0;
        panel.bands = {{-kInfinity, -70, tr("weaker than -70 dBm")}};
    } else {
        panel.minimum = 0; // rates: from zero, so that a burst looks like one
    }
    return panel;
}

void HealthChartsView::rebuild()
{
    QList<ChartPanel> panels;
    QStringList notes;
    const QList<qint64> times = m_model->timestamps();
    for (const MetricSeries &s : m_model->series()) {
        ChartPanel panel = panelFor(s.metric, s.unit);
        panel.layers = {{panel.title, s.values}};
        int inBand = 0, missing = 0;
        for (double v : s.values) {
            if (std::isnan(v))
                ++missing;
            for (const ChartPanel::Band &band : std::as_const(panel.bands))
                inBand += !std::isnan(v) && v >= band.from && v <= band.to ? 1 : 0;
        }
        QStringList found;
        if (inBand > 0)
            found << tr("%1 in %n sample(s)", "above 80 % in 2 samples", inBand)
                         .arg(panel.bands.first().label);
        if (missing > 0)
            found << tr("no data in %n sample(s)", nullptr, missing);
        if (!found.isEmpty())
            notes << tr("%1: %2", "metric: what stands out").arg(panel.title, found.join(u", "_s));
        panels.append(panel);
    }
    m_chart->setData(times, panels);
    if (times.isEmpty())
        setHeadline(tr("No health samples yet."));
    else if (notes.isEmpty())
        setHeadline(tr("%n sample(s); every metric stayed in its usual range.", nullptr,
                       int(times.size())));
    else
        setHeadline(tr("%n sample(s): %1.", nullptr, int(times.size())).arg(notes.join(u"; "_s)));
}

} // namespace zc
