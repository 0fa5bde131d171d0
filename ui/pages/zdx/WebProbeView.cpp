// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "WebProbeView.h"

#include "common/Translations.h"
#include "widgets/NamedControl.h"
#include "widgets/RecordTableView.h"
#include "zdx/WebProbeModel.h"

#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc {

WebProbeView::WebProbeView(WebProbeModel *model, QWidget *parent)
    : ChartWithTable(parent)
    , m_model(model)
    , m_chart(new TimeSeriesChart(this))
{
    setObjectName(u"webProbeView"_s);
    namedControl(m_chart, u"webProbeChart"_s, tr("Web probe page fetch times"));
    m_chart->setEmptyText(tr("This deep trace ran no web probe, or it has no samples yet."));
    setChart(m_chart, [this](qreal dpr) { return m_chart->toImage(dpr); });
    table()->setModel(model);
    table()->setEmptyText(tr("This deep trace ran no web probe, or it has no samples yet."));
    setExportName(u"web-probe"_s);
    connect(model, &QAbstractItemModel::modelReset, this, &WebProbeView::rebuild);
    rebuild();
}

void WebProbeView::setProbeName(const QString &name)
{
    m_probe = name;
    rebuild();
}

void WebProbeView::rebuild()
{
    const QList<qint64> times = m_model->timestamps();
    const int rows = int(times.size());
    ChartPanel fetch;
    fetch.title = tr("Page fetch time");
    fetch.unit = tr("ms");
    fetch.decimals = 0;
    fetch.kind = ChartPanel::Kind::StackedBars;
    for (WebProbeModel::Phase phase : WebProbeModel::phases()) {
        ChartPanel::Layer layer{WebProbeModel::phaseLabel(phase), {}};
        for (int row = 0; row < rows; ++row)
            layer.values << m_model->phaseValue(row, phase);
        fetch.layers << layer;
    }
    const int slowest = m_model->slowestRow();
    fetch.highlight = slowest;
    fetch.highlightLabel = tr("Slowest");

    ChartPanel availability;
    availability.title = tr("Availability");
    availability.unit = u"%"_s;
    availability.decimals = 0;
    availability.minimum = 0;
    availability.maximum = 100;
    availability.weight = 0.4; // a line at 100 % most of the time: little room needed
    ChartPanel::Layer up{availability.title, {}};
    int down = 0;
    for (int row = 0; row < rows; ++row) {
        up.values << m_model->availability(row);
        down += m_model->availability(row) < 99.5 ? 1 : 0;
    }
    availability.layers << up;
    m_chart->setData(times,
                     rows > 0 ? QList<ChartPanel>{fetch, availability} : QList<ChartPanel>{});

    const QString probe = m_probe.isEmpty() ? tr("The web probe") : m_probe;
    if (slowest < 0) {
        setHeadline(m_probe.isEmpty() ? tr("This deep trace ran no web probe.")
                                      : tr("%1 has no page-fetch samples yet.").arg(m_probe));
        return;
    }
    const WebProbeModel::Phase phase = m_model->slowestPhase(slowest);
    const QLocale locale;
    QString text =
        tr("%1: the slowest page fetch took %2 ms at %3; its longest part was %4 (%5 ms).")
            .arg(probe, locale.toString(m_model->pageFetchTime(slowest), 'f', 0),
                 TimeSeriesChart::shortTime(times.at(slowest)), WebProbeModel::phaseLabel(phase),
                 locale.toString(m_model->phaseValue(slowest, phase), 'f', 0));
    if (down > 0)
        text = joinSentences(text, tr("The site did not answer in %n sample(s).", nullptr, down));
    setHeadline(text);
}

} // namespace zc
