// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "widgets/DetailPane.h"

#include <QPointer>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace zc {

class AppSegmentModel;
class DomainFilterModel;
class MicrotenantModel;
class ServerGroupTable;
class ZpaService;

// ZPA application segments: a microtenant selector (All, Default, each listed microtenant; the
// profile's default microtenant preselected), every segment of the chosen microtenant across
// all pages in a record table (name, domains, TCP/UDP ports, enabled, segment group, server
// groups, microtenant), and a detail pane with the server groups and the decoded description.
// "Find by domain" narrows the table to the segments that publish a host, wildcard entries
// such as *.example.com included. The page loads the first time it is shown; F5 reloads.
//
// handleNavigation() keys: "domain" (find the segments that publish it), "microtenantId"
// (choose that microtenant: "" All, "0" Default, else its id).
class AppSegmentsPage : public Page
{
    Q_OBJECT
public:
    explicit AppSegmentsPage(Session *session, QWidget *parent = nullptr);
    ~AppSegmentsPage() override;

    void refresh() override;
    void handleNavigation(const QVariantMap &arguments) override;

    // The microtenant chosen in the selector (as ZpaService takes it), and the one whose
    // segments the table shows (they differ while a switch loads, or after it failed).
    QString microtenantId() const { return m_microtenantId; }
    QString loadedMicrotenantId() const { return m_loadedMicrotenantId; }
    bool hasLoaded() const { return m_loaded; }
    // Chooses a microtenant and loads its segments.
    void setMicrotenantId(const QString &microtenantId);
    // Sets the "Find by domain" field and applies it at once (no typing delay).
    void findDomain(const QString &text);

    AppSegmentModel *segmentModel() const { return m_segments; }
    MicrotenantModel *microtenantModel() const { return m_microtenants; }
    DomainFilterModel *domainFilter() const { return m_domainFilter; }
    QComboBox *microtenantBox() const { return m_microtenantBox; }
    QLineEdit *domainEdit() const { return m_domainEdit; }
    QLabel *domainStatusLabel() const { return m_domainStatus; }
    RecordTableView *table() const { return m_scaffold.table(); }
    DetailPane *detailPane() const { return m_scaffold.detailPane(); }
    ServerGroupTable *serverGroupTable() const { return m_serverGroups; }
    ErrorBanner *errorBanner() const { return m_scaffold.banner(); }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSessionStarted();
    void onSessionEnded();
    void loadSegments();
    void onSegmentsLoaded();
    void onSegmentsFailed(const ApiError &error);
    void onMicrotenantsLoaded();
    void onMicrotenantChosen(int row);
    void selectMicrotenantRow();
    void applyDomain();
    void updateTexts();
    void showRecord(const QJsonObject &record);
    QList<DetailPane::Field> detailFields() const;

    QPointer<ZpaService> m_service;
    AppSegmentModel *m_segments;
    MicrotenantModel *m_microtenants;
    DomainFilterModel *m_domainFilter;
    QComboBox *m_microtenantBox;
    QLineEdit *m_domainEdit;
    QLabel *m_domainStatus;
    PageScaffold m_scaffold; // banner, busy bar, table, detail pane
    ServerGroupTable *m_serverGroups;
    QAction *m_findAction;
    QAction *m_showAllAction;
    QTimer m_domainTimer;
    QString m_microtenantId;          // chosen
    QString m_requestedMicrotenantId; // of the load under way
    QString m_loadedMicrotenantId;    // of the rows shown
    bool m_loaded = false;
    bool m_quiet = false; // cancels of our own (session ended) are not reported
};

} // namespace zc
