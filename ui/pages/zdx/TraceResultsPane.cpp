// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TraceResultsPane.h"

#include "pages/zdx/CloudPathView.h"
#include "pages/zdx/HealthChartsView.h"
#include "pages/zdx/WebProbeView.h"
#include "widgets/ChartWithTable.h"
#include "widgets/RecordTableView.h"
#include "zdx/CloudPathModel.h"
#include "zdx/DeepTraceController.h"
#include "zdx/DeepTraceModel.h"
#include "zdx/EventsModel.h"
#include "zdx/HealthMetricsModel.h"
#include "zdx/TopProcessesModel.h"
#include "zdx/WebProbeModel.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace zc {

TraceResultsPane::TraceResultsPane(QWidget *parent)
    : QStackedWidget(parent)
    , m_health(new HealthMetricsModel(this))
    , m_processes(new TopProcessesModel(this))
    , m_events(new EventsModel(this))
    , m_webProbe(new WebProbeModel(this))
    , m_cloudPath(new CloudPathModel(this))
    , m_placeholder(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_exportButton(new QPushButton(tr("E&xport…"), m_tabs))
    , m_healthView(new RecordTableView(m_tabs))
    , m_processesView(new RecordTableView(m_tabs))
    , m_eventsView(new RecordTableView(m_tabs))
    , m_healthCharts(new HealthChartsView(m_health, m_tabs))
    , m_webProbeView(new WebProbeView(m_webProbe, m_tabs))
    , m_cloudPathView(new CloudPathView(m_cloudPath, m_tabs))
{
    m_placeholder->setObjectName(u"deepTraceResultsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->setObjectName(u"deepTraceResults"_s);
    m_healthView->setObjectName(u"healthMetricsView"_s);
    m_healthView->setModel(m_health);
    m_healthView->setEmptyText(tr("ZDX recorded no health metrics for this trace."));
    m_processesView->setObjectName(u"topProcessesView"_s);
    m_processesView->setModel(m_processes);
    m_processesView->setSettingsKey(u"deepTraces/topProcesses"_s);
    m_processesView->setEmptyText(tr("ZDX recorded no processes for this trace."));
    m_eventsView->setObjectName(u"eventsView"_s);
    m_eventsView->setModel(m_events);
    m_eventsView->setSettingsKey(u"deepTraces/events"_s);
    m_eventsView->setEmptyText(tr("ZDX recorded no events for this trace."));
    m_tabs->addTab(m_healthCharts, tr("Health &charts"));
    m_tabs->addTab(m_healthView, tr("&Health metrics"));
    m_tabs->addTab(m_processesView, tr("Top &processes"));
    m_tabs->addTab(m_eventsView, tr("&Events"));
    m_tabs->addTab(m_webProbeView, tr("&Web probe"));
    m_tabs->addTab(m_cloudPathView, tr("C&loud path"));
    m_tabs->setAccessibleName(tr("Deep trace results"));
    m_healthView->setAccessibleTitle(tr("Health metrics"));
    m_processesView->setAccessibleTitle(tr("Top processes"));
    m_eventsView->setAccessibleTitle(tr("Events"));
    m_exportButton->setObjectName(u"exportResultButton"_s);
    m_exportButton->setToolTip(
        tr("Export this result: a table as CSV or JSON, a chart also as PNG"));
    m_tabs->setCornerWidget(m_exportButton, Qt::TopRightCorner);
    addWidget(m_placeholder);
    addWidget(m_tabs);
    connect(m_exportButton, &QPushButton::clicked, this, &TraceResultsPane::exportCurrent);
}

void TraceResultsPane::showFor(const QJsonObject &trace, DeepTraceController *controller,
                               bool listEmpty)
{
    if (trace.isEmpty()) {
        showPlaceholder(listEmpty ? tr("The results of a completed deep trace appear here.")
                                  : tr("Select a completed deep trace to see its results."));
        return;
    }
    const QString id = deeptrace::traceId(trace);
    const QString statusKey = trace.value("status"_L1).toString();
    const DeepTraceStatus status = deeptrace::parseStatus(statusKey);
    if (status == DeepTraceStatus::Completed) {
        if (controller->hasResults(id)) {
            if (m_shown != id)
                showResults(id, controller->results(id));
        } else if (!controller->isLoadingResults(id)) {
            controller->loadResults(id);
        }
        return;
    }
    if (deeptrace::isTerminal(status))
        showPlaceholder(tr("This deep trace ended as “%1”: ZDX has no complete results for it.")
                            .arg(deeptrace::statusText(status)));
    else
        showPlaceholder(
            tr("The results appear here when the deep trace has completed. It is “%1” now.")
                .arg(deeptrace::statusText(statusKey)));
}

void TraceResultsPane::showResults(const QString &traceId, const QJsonObject &results)
{
    m_health->setResult(results.value("health_metrics"_L1));
    m_processes->setResult(results.value("top_processes"_L1).toObject());
    m_events->setResult(results.value("events"_L1));
    m_webProbe->setResult(results.value("webprobe_metrics"_L1));
    m_cloudPath->setResult(results.value("cloudpath"_L1), results.value("cloudpath_metrics"_L1));
    m_webProbeView->setProbeName(results.value("trace"_L1)
                                     .toObject()
                                     .value("trace_details"_L1)
                                     .toObject()
                                     .value("web_probe_name"_L1)
                                     .toString());
    const QString base = u"deep-trace-%1-"_s.arg(traceId);
    m_healthCharts->setExportName(base + u"health"_s);
    m_webProbeView->setExportName(base + u"web-probe"_s);
    m_cloudPathView->setExportName(base + u"cloud-path"_s);
    m_healthView->setExportName(base + u"health-metrics"_s);
    m_processesView->setExportName(base + u"top-processes"_s);
    m_eventsView->setExportName(base + u"events"_s);
    m_shown = traceId;
    setCurrentWidget(m_tabs);
    m_exportButton->setEnabled(true);
}

void TraceResultsPane::showPlaceholder(const QString &text)
{
    m_shown.clear();
    m_placeholder->setText(text);
    setCurrentWidget(m_placeholder);
    m_exportButton->setEnabled(false);
}

void TraceResultsPane::clear()
{
    m_shown.clear();
    m_health->clear();
    m_processes->clear();
    m_events->clear();
    m_webProbe->setResult({});
    m_cloudPath->setResult({});
}

void TraceResultsPane::exportCurrent()
{
    if (auto *view = qobject_cast<RecordTableView *>(m_tabs->currentWidget()))
        view->exportVisibleRows();
    else if (auto *chart = qobject_cast<ChartWithTable *>(m_tabs->currentWidget()))
        chart->exportResult();
}

} // namespace zc
