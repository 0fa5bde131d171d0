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

class DeepTraceController;
class EventsModel;
class HealthMetricsModel;
class RecordTableView;
class TopProcessesModel;

// The results of one completed deep trace, a tab per part (health metrics, top processes,
// events), each an exportable table; or, while there are none to show, a sentence saying why.
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
    // Exports the rows of the table of the current tab.
    void exportCurrent();

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *placeholder() const { return m_placeholder; }
    QPushButton *exportButton() const { return m_exportButton; }
    RecordTableView *healthView() const { return m_healthView; }
    RecordTableView *processesView() const { return m_processesView; }
    RecordTableView *eventsView() const { return m_eventsView; }
    HealthMetricsModel *healthModel() const { return m_health; }
    TopProcessesModel *processesModel() const { return m_processes; }
    EventsModel *eventsModel() const { return m_events; }

private:
    HealthMetricsModel *m_health;
    TopProcessesModel *m_processes;
    EventsModel *m_events;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QPushButton *m_exportButton;
    RecordTableView *m_healthView;
    RecordTableView *m_processesView;
    RecordTableView *m_eventsView;
    QString m_shown;
};

} // namespace zc
