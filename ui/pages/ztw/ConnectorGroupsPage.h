// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "ztw/ConnectorGroupTreeModel.h"

#include <QJsonObject>
#include <QPointer>

class QAction;
class QLabel;
class QSplitter;

namespace zc {

class BusyBar;
class ConnectorStatusProxyModel;
class DetailPane;
class ErrorBanner;
class RecordTableView;
class ZtwService;

// Cloud & Branch Connector groups (ZTW): a tree of groups, their VMs and the VMs' instances
// with status icons, platform, zone, NAT IP, ZIA gateway, ZPA broker and build; a summary
// line ("8 groups · 14 VMs (3 inactive) · 20 instances"); and a detail pane with the selected
// node's networks. Loads when first shown and on F5; a failed or cancelled load keeps the
// previous tree and says so in a banner with Retry.
class ConnectorGroupsPage : public Page
{
    Q_OBJECT
public:
    explicit ConnectorGroupsPage(Session *session, QWidget *parent = nullptr);
    ~ConnectorGroupsPage() override;

    void refresh() override;

    ConnectorGroupTreeModel *model() const { return m_model; }
    ConnectorStatusProxyModel *statusModel() const { return m_status; }
    RecordTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    ErrorBanner *errorBanner() const { return m_scaffold.banner(); }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }
    QString summaryText() const;
    QAction *expandAllAction() const { return m_expandAll; }
    QAction *collapseAllAction() const { return m_collapseAll; }
    bool isLoading() const;

public Q_SLOTS:
    void expandAll();
    void collapseAll();

Q_SIGNALS:
    // A load finished (groups) or failed (error); for tests and the status bar.
    void loadFinished(int groups);
    void loadFailed(const zc::ApiError &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSessionStarted();
    void onSessionEnded();
    void onLoaded(int groups);
    void onFailed(const ApiError &error);
    void showRecord(const QJsonObject &record);
    void updateSummary();
    void updateEmptyText();

    ConnectorGroupTreeModel *m_model;
    ConnectorStatusProxyModel *m_status;
    QPointer<ZtwService> m_service;
    PageScaffold m_scaffold;
    QLabel *m_summary;
    QSplitter *m_splitter;
    RecordTableView *m_table;
    DetailPane *m_detail;
    QAction *m_expandAll;
    QAction *m_collapseAll;
    bool m_loadedOnce = false;
    bool m_ending = false;
    bool m_sizeColumns = false;
};

} // namespace zc
