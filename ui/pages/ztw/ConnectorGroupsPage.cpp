// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ConnectorGroupsPage.h"

#include "Session.h"
#include "pages/ztw/ConnectorDetails.h"
#include "pages/ztw/ConnectorStatusProxyModel.h"
#include "widgets/BusyBar.h"
#include "widgets/DetailPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "ztw/ZtwService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
const QString kSettingsKey = u"connector-groups"_s;
QString splitterKey()
{
    return u"recordViews/%1/splitter"_s.arg(kSettingsKey);
}
} // namespace

ConnectorGroupsPage::ConnectorGroupsPage(Session *session, QWidget *parent)
    : Page(Area::ConnectorGroups, session, parent)
    , m_model(new ConnectorGroupTreeModel(this))
    , m_status(new ConnectorStatusProxyModel(this))
    , m_scaffold(this, Product::Ztw, PageScaffold::Body::Own)
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new RecordTableView(RecordTableView::Mode::Tree))
    , m_detail(new DetailPane)
    , m_expandAll(new QAction(tr("E&xpand All"), this))
    , m_collapseAll(new QAction(tr("C&ollapse All"), this))
{
    m_status->setTreeModel(m_model);

    m_summary->setObjectName(u"connectorSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    auto *refreshButton = new QToolButton(this);
    refreshButton->setObjectName(u"connectorRefresh"_s);
    refreshButton->setText(tr("&Refresh"));
    refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refreshButton->setToolTip(tr("Load the connector groups again (F5)"));
    connect(refreshButton, &QToolButton::clicked, this, &ConnectorGroupsPage::refresh);

    m_table->setObjectName(u"connectorTree"_s);
    // Without a saved layout the columns are sized once the groups show their VMs.
    m_sizeColumns = !QSettings().contains(u"recordViews/%1/header"_s.arg(kSettingsKey));
    m_table->setSettingsKey(kSettingsKey);
    m_table->setExportName(u"connector-groups"_s);
    m_table->setAccessibleTitle(tr("Connector groups"));
    m_table->setNoMatchText(tr("No groups, VMs or instances match “%1”. Clear the filter."));
    m_table->setLoadingText(tr("Loading the Cloud & Branch Connector groups…"));
    m_table->setModel(m_status);
    m_table->filterEdit()->setPlaceholderText(
        tr("Filter by name, platform, zone, NAT IP, gateway, broker or build (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    if (auto *tree = qobject_cast<QTreeView *>(m_table->view()))
        tree->setAnimated(false);

    m_expandAll->setObjectName(u"connectorExpandAll"_s);
    m_collapseAll->setObjectName(u"connectorCollapseAll"_s);
    m_expandAll->setToolTip(tr("Show every VM and instance"));
    m_collapseAll->setToolTip(tr("Show only the groups"));
    connect(m_expandAll, &QAction::triggered, this, &ConnectorGroupsPage::expandAll);
    connect(m_collapseAll, &QAction::triggered, this, &ConnectorGroupsPage::collapseAll);
    m_table->addContextAction(m_expandAll);
    m_table->addContextAction(m_collapseAll);

    m_detail->setObjectName(u"connectorDetail"_s);
    m_detail->setEmptyText(tr("Select a group, VM or instance to see its networks."));

    m_splitter->setObjectName(u"connectorSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(splitterKey()).toByteArray()))
        m_splitter->setSizes({640, 360});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey(), m_splitter->saveState()); });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(errorBanner());
    layout->addWidget(busyBar());
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    busyBar()->follow(m_model);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, &ConnectorGroupsPage::refresh);
    connect(m_table, &RecordTableView::currentRecordChanged, this,
            &ConnectorGroupsPage::showRecord);
    connect(m_model, &ConnectorGroupTreeModel::loaded, this, &ConnectorGroupsPage::onLoaded);
    connect(m_model, &ConnectorGroupTreeModel::failed, this, &ConnectorGroupsPage::onFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectorGroupsPage::updateSummary);

    m_scaffold.followSession([this] { onSessionStarted(); }, [this] { onSessionEnded(); },
                             [this](Product product, int seconds, WaitReason reason) {
                                 if (product == Product::Ztw && isLoading())
                                     busyBar()->showWait(product, seconds, reason);
                             });
    updateSummary();
    updateEmptyText();
}

ConnectorGroupsPage::~ConnectorGroupsPage()
{
    m_ending = true;
    m_model->cancel();
}

bool ConnectorGroupsPage::isLoading() const
{
    return m_model->isLoading();
}

QString ConnectorGroupsPage::summaryText() const
{
    return m_summary->text();
}

void ConnectorGroupsPage::refresh()
{
    if (!m_scaffold.startRefresh(!m_service.isNull(),
                                 tr("Sign in to a tenant to see its connector groups.")))
        return;
    errorBanner()->clear();
    m_model->load(m_service->groups());
}

void ConnectorGroupsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_scaffold.pageShown(!m_service.isNull() && !isLoading());
}

void ConnectorGroupsPage::onSessionStarted()
{
    onSessionEnded();
    if (!session()->isActive())
        return;
    m_service = new ZtwService(session()->client(), this);
    updateEmptyText();
    m_scaffold.loadWhenShown();
}

void ConnectorGroupsPage::onSessionEnded()
{
    m_ending = true;
    m_model->cancel();
    m_ending = false;
    delete m_service;
    m_loadedOnce = false;
    m_scaffold.setLoadOnShow(true);
    m_scaffold.clearStatus();
    m_model->clear();
    m_detail->clear();
    updateEmptyText();
}

void ConnectorGroupsPage::onLoaded(int groups)
{
    m_loadedOnce = true;
    updateEmptyText();
    updateSummary();
    if (auto *tree = qobject_cast<QTreeView *>(m_table->view())) {
        if (m_sizeColumns && groups > 0) {
            // Once, without a saved layout: the names of VMs and instances are longer than
            // the groups' and indented, so size the columns with every row open.
            m_sizeColumns = false;
            tree->expandAll();
            for (int column : m_table->visibleColumns()) {
                tree->resizeColumnToContents(column);
                const int cap = column == ConnectorGroupTreeModel::NameColumn ? 500 : 200;
                if (tree->columnWidth(column) > cap)
                    tree->setColumnWidth(column, cap);
            }
            tree->collapseAll();
        }
        if (m_table->filterText().trimmed().isEmpty())
            tree->expandToDepth(0); // groups open on their VMs
        else
            tree->expandAll(); // as the filter does
    }
    Q_EMIT loadFinished(groups);
}

void ConnectorGroupsPage::onFailed(const ApiError &error)
{
    if (m_ending)
        return;
    m_scaffold.showFailure(
        error,
        m_loadedOnce ? tr("Loading was cancelled. The tree shows the groups loaded before.")
                     : tr("Loading was cancelled. Retry to load the connector groups."),
        true, PageScaffold::Forbidden::NotEntitled);
    if (!m_loadedOnce && m_model->groupCount() == 0) {
        m_table->setEmptyText(error.kind == ApiError::Kind::Cancelled
                                  ? tr("Loading was cancelled. Press F5 to load the groups.")
                                  : tr("The connector groups could not be loaded: see the "
                                       "message above."));
    }
    Q_EMIT loadFailed(error);
}

void ConnectorGroupsPage::showRecord(const QJsonObject &record)
{
    if (record.isEmpty()) {
        m_detail->clear();
        return;
    }
    const QModelIndex current = m_table->view()->currentIndex().siblingAtColumn(0);
    const auto kind = static_cast<ConnectorGroupTreeModel::NodeKind>(
        current.data(ConnectorGroupTreeModel::NodeKindRole).toInt());
    m_detail->setFields(ConnectorDetails::fields(kind));
    m_detail->setRecord(record);
}

void ConnectorGroupsPage::updateSummary()
{
    if (!m_loadedOnce && m_model->groupCount() == 0) {
        m_summary->setText(tr("Cloud & Branch Connector groups"));
        return;
    }
    m_summary->setText(ConnectorDetails::summary(m_model->groups()));
}

void ConnectorGroupsPage::updateEmptyText()
{
    if (!session() || !session()->isActive()) {
        m_table->setEmptyText(
            tr("Sign in to a tenant to see its Cloud & Branch Connector groups."));
    } else if (m_loadedOnce) {
        m_table->setEmptyText(
            tr("No Cloud & Branch Connector groups in this tenant.\nGroups appear once a "
               "connector is deployed from a provisioning template; press F5 to look again."));
    } else {
        m_table->setEmptyText(tr("Press F5 to load the Cloud & Branch Connector groups."));
    }
}

void ConnectorGroupsPage::expandAll()
{
    if (auto *tree = qobject_cast<QTreeView *>(m_table->view()))
        tree->expandAll();
}

void ConnectorGroupsPage::collapseAll()
{
    if (auto *tree = qobject_cast<QTreeView *>(m_table->view()))
        tree->collapseAll();
}

} // namespace zc
