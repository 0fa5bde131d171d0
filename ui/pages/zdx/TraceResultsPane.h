// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStackedWidget>
#include <QString>

class QLabel;
class QPushButton;
class QTabWidget;

namespace zc {

class CloudPathModel;
class CloudPathView;
class DeepTraceController;
class EventsModel;
class HealthChartsView;
class HealthMetricsModel;
class RecordTableView;
class TopProcessesModel;
class WebProbeModel;
class WebProbeView;

// The results of one completed deep trace, a tab per part (health as charts and as a table, top
// processes, events, the web probe's page-fetch timings, the cloud path), each exportable; or,
// while there are none to show, a sentence saying why.
// A new part is one more tab here.
class TraceResultsPane : public QStackedWidget
{
    Q_OBJECT
public:
    explicit TraceResultsPane(QWidget *parent = nullptr);

    // What there is to show for a trace of the list (none: `listEmpty` says whether the list
    // is empty): its results when it completed (loaded by the controller when not known
    // yet), else a sentence on its status.
    void showFor(const QJsonObject &trace, DeepTraceController *controller, bool listEmpty);
    // Shows the results (DeepTraceResultsJob::results()) of a trace.
    void showResults(const QString &traceId, const QJsonObject &results);
    // Shows a sentence instead of results.
    void showPlaceholder(const QString &text);
    // The trace whose results are shown (empty while a sentence shows).
    QString shownTraceId() const { return m_shown; }
    // Forgets the trace shown, and the rows of every table.
    void clear();
    // Exports the current tab: a table as CSV or JSON, a chart also as PNG.
    void exportCurrent();

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *placeholder() const { return m_placeholder; }
    QPushButton *exportButton() const { return m_exportButton; }
    RecordTableView *healthView() const { return m_healthView; }
    RecordTableView *processesView() const { return m_processesView; }
    RecordTableView *eventsView() const { return m_eventsView; }
    HealthChartsView *healthChartsView() const { return m_healthCharts; }
    WebProbeView *webProbeView() const { return m_webProbeView; }
    CloudPathView *cloudPathView() const { return m_cloudPathView; }
    HealthMetricsModel *healthModel() const { return m_health; }
    TopProcessesModel *processesModel() const { return m_processes; }
    EventsModel *eventsModel() const { return m_events; }
    WebProbeModel *webProbeModel() const { return m_webProbe; }
    CloudPathModel *cloudPathModel() const { return m_cloudPath; }

private:
    HealthMetricsModel *m_health;
    TopProcessesModel *m_processes;
    EventsModel *m_events;
    WebProbeModel *m_webProbe;
    CloudPathModel *m_cloudPath;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QPushButton *m_exportButton;
    RecordTableView *m_healthView;
    RecordTableView *m_processesView;
    RecordTableView *m_eventsView;
    HealthChartsView *m_healthCharts;
    WebProbeView *m_webProbeView;
    CloudPathView *m_cloudPathView;
    QString m_shown;
};

} // namespace zc
