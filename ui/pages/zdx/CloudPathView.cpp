// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CloudPathView.h"

#include "pages/zdx/CloudPathDiagram.h"
#include "widgets/NamedControl.h"
#include "widgets/RecordTableView.h"
#include "widgets/TimeSeriesChart.h"
#include "zdx/CloudPathModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// One panel of the legs' chart: a metric of cloudpath-metrics, a line per leg.
ChartPanel legPanel(const CloudPathModel &model, const QString &metric, const QStringList &names,
                    QList<qint64> *times)
{
    QList<MetricSeries> perLeg;
    for (const CloudPathModel::LegStats &leg : model.legStats()) {
        MetricSeries found;
        for (const MetricSeries &s : leg.stats) {
            if (s.metric == metric)
                found = s;
        }
        perLeg << found;
    }
    *times = MetricSeries::align(&perLeg);
    ChartPanel panel;
    for (qsizetype l = 0; l < perLeg.size(); ++l)
        panel.layers << ChartPanel::Layer{names.value(l), perLeg.at(l).values};
    panel.minimum = 0;
    return panel;
}

} // namespace

CloudPathView::CloudPathView(CloudPathModel *model, QWidget *parent)
    : ChartWithTable(parent)
    , m_model(model)
    , m_samples(new QComboBox(this))
    , m_diagram(new CloudPathDiagram(model, this))
    , m_legChart(new TimeSeriesChart(this))
{
    setObjectName(u"cloudPathView"_s);
    m_samples->setObjectName(u"cloudPathSample"_s);
    m_samples->setToolTip(tr("Show the whole trace summed up, or one sample"));
    m_samples->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_diagram->setObjectName(u"cloudPathDiagram"_s);
    namedControl(m_legChart, u"cloudPathLegChart"_s,
                 tr("Latency and loss of each leg over the deep trace"));
    m_legChart->setMinimumHeight(260);

    auto *page = new QWidget(this);
    auto *sampleLabel = new QLabel(tr("S&ample:"), page);
    sampleLabel->setBuddy(m_samples);
    auto *top = new QHBoxLayout;
    top->addWidget(sampleLabel);
    top->addWidget(m_samples);
    top->addStretch();
    auto *content = new QWidget(page);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_diagram);
    contentLayout->addWidget(m_legChart);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(page);
    scroll->setAccessibleName(tr("Cloud path"));
    scroll->setWidgetResizable(true);
    // The diagram and the chart fit any width. (A height-for-width content would otherwise get
    // a needless horizontal scroll bar once the vertical one takes its room.)
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(top);
    pageLayout->addWidget(scroll, 1);
    setChart(page, [this](qreal dpr) { return picture(dpr); });

    table()->setModel(model);
    table()->setEmptyText(tr("This deep trace ran no cloud-path probe, or it has no samples yet."));
    setExportName(u"cloud-path"_s);

    connect(m_samples, &QComboBox::activated, this,
            [this](int index) { m_model->setSample(index - 1); });
    connect(model, &QAbstractItemModel::modelReset, this, &CloudPathView::updateHeadline);
    connect(model, &CloudPathModel::resultChanged, this, &CloudPathView::rebuild);
    rebuild();
}

void CloudPathView::rebuild()
{
    const QSignalBlocker blocker(m_samples);
    m_samples->clear();
    m_samples->addItem(tr("Whole trace"));
    const QLocale locale;
    for (qint64 t : m_model->sampleTimes())
        m_samples->addItem(
            locale.toString(QDateTime::fromSecsSinceEpoch(t).toLocalTime(), QLocale::ShortFormat));
    m_samples->setCurrentIndex(m_model->sample() + 1);

    const QStringList roles = CloudPathDiagram::nodeRoles(int(m_model->legStats().size()));
    QStringList names;
    for (qsizetype l = 0; l + 1 < roles.size(); ++l)
        names << tr("%1 → %2").arg(roles.at(l), roles.at(l + 1));
    QList<qint64> times;
    ChartPanel latency = legPanel(*m_model, u"latency"_s, names, &times);
    latency.title = tr("Latency per leg");
    latency.unit = tr("ms");
    ChartPanel loss = legPanel(*m_model, u"packet_loss"_s, names, &times);
    loss.title = tr("Packet loss per leg");
    loss.unit = u"%"_s;
    loss.bands = {{0.5, std::numeric_limits<double>::infinity(), tr("loss")}};
    m_legChart->setData(times,
                        times.isEmpty() ? QList<ChartPanel>{} : QList<ChartPanel>{latency, loss});
    m_legChart->setVisible(!times.isEmpty());
    updateHeadline();
}

void CloudPathView::updateHeadline()
{
    if (m_model->legs().isEmpty()) {
        setHeadline(tr("This deep trace ran no cloud-path probe, or it has no samples yet."));
        return;
    }
    QStringList notes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CloudPathModel::HopFlags flags = m_model->hopFlags(row);
        const QJsonObject hop = m_model->record(row);
        const QString ip = hop.value("ip"_L1).toString();
        const QLocale locale;
        if (flags.testFlag(CloudPathModel::HopFlag::Lossy))
            notes << tr("%1 loses %2 % of packets")
                         .arg(ip, locale.toString(hop.value("loss"_L1).toDouble(), 'f', 1));
        if (flags.testFlag(CloudPathModel::HopFlag::AddsMostLatency))
            notes << tr("%1 adds the most latency (%2 ms)")
                         .arg(ip, locale.toString(hop.value("latency_diff"_L1).toDouble(), 'f', 1));
    }
    int silent = 0;
    for (const CloudPathModel::Leg &leg : m_model->legs())
        silent += leg.unresponsiveHops;
    if (silent > 0)
        notes << tr("%n hop(s) never answer", nullptr, silent);
    const QString scope = m_model->sample() < 0 ? tr("Over the whole trace") : tr("In this sample");
    setHeadline(notes.isEmpty() ? tr("%1 no hop lost packets.").arg(scope)
                                : tr("%1: %2.").arg(scope, notes.join(u"; "_s)));
}

QImage CloudPathView::picture(qreal devicePixelRatio) const
{
    const int width = std::max(m_diagram->width(), 720);
    const QImage diagram = m_diagram->toImage(devicePixelRatio, width);
    if (m_legChart->times().isEmpty())
        return diagram;
    const QImage chart = m_legChart->toImage(devicePixelRatio, QSize(width, 300));
    QImage both(diagram.width(), diagram.height() + chart.height(),
                QImage::Format_ARGB32_Premultiplied);
    both.setDevicePixelRatio(devicePixelRatio);
    both.fill(palette().color(QPalette::Base));
    QPainter painter(&both);
    painter.drawImage(QPointF(0, 0), diagram);
    painter.drawImage(QPointF(0, diagram.height() / devicePixelRatio), chart);
    painter.end();
    return both;
}

} // namespace zc
