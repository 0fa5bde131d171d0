// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "AppSegmentsPage.h"

#include "Session.h"
#include "common/Translations.h"
#include "pages/zpa/DomainFilterModel.h"
#include "pages/zpa/ServerGroupTable.h"
#include "widgets/BusyBar.h"
#include "widgets/DetailPane.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"
#include "zpa/AppSegmentModel.h"
#include "zpa/MicrotenantModel.h"
#include "zpa/ZpaFormat.h"
#include "zpa/ZpaService.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return ZpaFormat::decodeEntities(o.value(QLatin1StringView(key)).toString());
}

QString flag(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (!v.isBool())
        return {};
    return DetailPane::valueText(v);
}

QString domains(const QJsonObject &o)
{
    QStringList list;
    for (const QJsonValue &d : o.value("domainNames"_L1).toArray())
        list.append(d.toString());
    return list.join(u'\n');
}

} // namespace

AppSegmentsPage::AppSegmentsPage(Session *session, QWidget *parent)
    : Page(Area::AppSegments, session, parent)
    , m_segments(new AppSegmentModel(this))
    , m_microtenants(new MicrotenantModel(this))
    , m_domainFilter(new DomainFilterModel(this))
    , m_microtenantBox(new QComboBox(this))
    , m_domainEdit(new QLineEdit(this))
    , m_domainStatus(new QLabel(this))
    , m_scaffold(this, Product::Zpa)
    , m_serverGroups(new ServerGroupTable)
    , m_findAction(new QAction(tr("Find by &domain…"), this))
    , m_showAllAction(new QAction(tr("Show &all segments"), this))
{
    // The selector and the domain field.
    m_microtenantBox->setObjectName(u"microtenantBox"_s);
    m_microtenantBox->setModel(m_microtenants);
    m_microtenantBox->setModelColumn(m_microtenants->columnIndex(u"name"_s));
    m_microtenantBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_microtenantBox->setMinimumContentsLength(14);
    m_microtenantBox->setToolTip(
        tr("Whose segments to show: All microtenants, the Default one, or one microtenant"));
    auto *microtenantLabel = new QLabel(tr("&Microtenant:"), this);
    microtenantLabel->setBuddy(m_microtenantBox);

    m_domainEdit->setObjectName(u"domainEdit"_s);
    m_domainEdit->setPlaceholderText(tr("app.example.com"));
    m_domainEdit->setClearButtonEnabled(true);
    m_domainEdit->setMinimumWidth(260);
    m_domainEdit->setToolTip(
        tr("Shows the segments that publish this host; wildcard entries such as *.example.com "
           "cover its subdomains. A URL is reduced to its host."));
    auto *domainLabel = new QLabel(tr("Find by &domain:"), this);
    domainLabel->setBuddy(m_domainEdit);
    m_domainStatus->setObjectName(u"domainStatus"_s);
    m_domainStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *clearDomain = new QAction(tr("Clear the domain"), m_domainEdit);
    clearDomain->setShortcut(Qt::Key_Escape);
    clearDomain->setShortcutContext(Qt::WidgetShortcut);
    m_domainEdit->addAction(clearDomain);
    connect(clearDomain, &QAction::triggered, this, [this] { findDomain({}); });

    QHBoxLayout *top = PageScaffold::newTopRow();
    top->addWidget(microtenantLabel);
    top->addWidget(m_microtenantBox);
    top->addSpacing(16);
    top->addWidget(domainLabel);
    top->addWidget(m_domainEdit, 1);
    top->addWidget(m_domainStatus, 1);

    // The table and the detail pane.
    m_domainFilter->setSourceModel(m_segments);
    m_scaffold.setUpTable(u"segmentTable"_s, u"app-segments"_s, tr("Loading application segments…"),
                          tr("No segments match “%1”. Press Esc to clear the filter."));
    table()->setModel(m_domainFilter);

    m_findAction->setObjectName(u"findByDomainAction"_s);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_domainEdit->setFocus(Qt::ShortcutFocusReason);
        m_domainEdit->selectAll();
    });
    m_showAllAction->setObjectName(u"showAllSegmentsAction"_s);
    m_showAllAction->setEnabled(false);
    connect(m_showAllAction, &QAction::triggered, this, [this] { findDomain({}); });
    table()->addContextAction(m_findAction);
    table()->addContextAction(m_showAllAction);

    m_scaffold.setUpDetail(u"segmentDetail"_s, detailFields(),
                           tr("Select a segment to see its server groups and description."),
                           m_serverGroups);
    m_scaffold.layOut(top, {820, 400});

    setTabOrder(m_microtenantBox, m_domainEdit);
    setTabOrder(m_domainEdit, table());
    setTabOrder(table(), detailPane());

    // Behaviour.
    m_scaffold.busyBar()->follow(m_segments);
    connect(m_segments, &RecordTableModel::loaded, this, &AppSegmentsPage::onSegmentsLoaded);
    connect(m_segments, &RecordTableModel::failed, this, &AppSegmentsPage::onSegmentsFailed);
    connect(m_microtenants, &RecordTableModel::loaded, this,
            &AppSegmentsPage::onMicrotenantsLoaded);
    connect(m_microtenants, &RecordTableModel::failed, this, [this](const ApiError &error) {
        if (m_quiet || error.kind == ApiError::Kind::Cancelled || !errorBanner()->isHidden())
            return;
        errorBanner()->showError(error);
    });
    connect(m_microtenants, &QAbstractItemModel::modelReset, this,
            &AppSegmentsPage::selectMicrotenantRow);
    connect(m_microtenantBox, &QComboBox::activated, this, &AppSegmentsPage::onMicrotenantChosen);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, [this] {
        // Retry what failed: the microtenant that was being loaded.
        m_microtenantId = m_requestedMicrotenantId;
        selectMicrotenantRow();
        if (m_service && m_microtenants->rowCount() <= 2 && !m_microtenants->isLoading())
            m_microtenants->loadAll(m_service);
        loadSegments();
    });

    m_domainTimer.setSingleShot(true);
    m_domainTimer.setInterval(200);
    connect(&m_domainTimer, &QTimer::timeout, this, &AppSegmentsPage::applyDomain);
    connect(m_domainEdit, &QLineEdit::textChanged, this, [this] { m_domainTimer.start(); });
    connect(m_domainEdit, &QLineEdit::returnPressed, this, [this] {
        applyDomain();
        if (m_domainFilter->rowCount() > 0)
            table()->view()->setFocus(Qt::OtherFocusReason);
    });

    connect(table(), &RecordTableView::currentRecordChanged, this, &AppSegmentsPage::showRecord);
    connect(m_segments, &QAbstractItemModel::modelReset, this, &AppSegmentsPage::updateTexts);

    m_scaffold.followSession([this] { onSessionStarted(); }, [this] { onSessionEnded(); },
                             [this](Product product, int seconds, WaitReason why) {
                                 if (product == Product::Zpa &&
                                     (m_segments->isLoading() || m_microtenants->isLoading()))
                                     busyBar()->showWait(product, seconds, why);
                             });
    updateTexts();
}

AppSegmentsPage::~AppSegmentsPage()
{
    m_quiet = true;
    m_segments->cancel();
    m_microtenants->cancel();
}

QList<DetailPane::Field> AppSegmentsPage::detailFields() const
{
    using P = ZpaFormat::Protocol;
    return {
        {tr("Name"), [](const QJsonObject &o) { return text(o, "name"); }, true},
        {tr("Description"), [](const QJsonObject &o) { return text(o, "description"); }},
        {tr("Domains"), domains, true},
        {tr("TCP ports"), [](const QJsonObject &o) { return ZpaFormat::portRanges(o, P::Tcp); }},
        {tr("UDP ports"), [](const QJsonObject &o) { return ZpaFormat::portRanges(o, P::Udp); }},
        {tr("Enabled"), [](const QJsonObject &o) { return flag(o, "enabled"); }},
        {tr("Segment group"), [](const QJsonObject &o) { return text(o, "segmentGroupName"); }},
        {tr("Microtenant"), [](const QJsonObject &o) { return ZpaFormat::microtenantName(o); }},
        {tr("Bypass"), [](const QJsonObject &o) { return text(o, "bypassType"); }},
        {tr("Health reporting"), [](const QJsonObject &o) { return text(o, "healthReporting"); }},
        {tr("Double encryption"), [](const QJsonObject &o) { return flag(o, "doubleEncrypt"); }},
        {tr("IP anchored"), [](const QJsonObject &o) { return flag(o, "ipAnchored"); }},
        {tr("Modified"),
         [](const QJsonObject &o) { return ZpaFormat::localDate(ZpaFormat::modifiedTime(o)); }},
        {tr("Created"),
         [](const QJsonObject &o) { return ZpaFormat::localDate(o.value("creationTime"_L1)); }},
        {tr("ID"), [](const QJsonObject &o) { return o.value("id"_L1).toVariant().toString(); }},
    };
}

void AppSegmentsPage::onSessionStarted()
{
    onSessionEnded();
    if (!session()->client())
        return;
    m_service = new ZpaService(session()->client(), this);
    m_microtenantId = session()->client()->settings().zpaMicrotenantId;
    m_requestedMicrotenantId = m_microtenantId;
    selectMicrotenantRow();
    m_scaffold.loadWhenShown();
    updateTexts();
}

void AppSegmentsPage::onSessionEnded()
{
    m_quiet = true;
    m_segments->cancel();
    m_microtenants->cancel();
    m_quiet = false;
    m_domainTimer.stop();
    delete m_service;
    m_segments->clear();
    m_microtenants->setMicrotenants({});
    m_loaded = false;
    m_loadedMicrotenantId.clear();
    m_scaffold.clearStatus();
    updateTexts();
}

void AppSegmentsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_scaffold.pageShown(!m_service.isNull());
}

void AppSegmentsPage::refresh()
{
    if (!m_scaffold.startRefresh(!m_service.isNull(),
                                 tr("Sign in to a tenant to see its application segments.")))
        return;
    if (!m_microtenants->isLoading())
        m_microtenants->loadAll(m_service);
    loadSegments();
}

void AppSegmentsPage::handleNavigation(const QVariantMap &arguments)
{
    if (arguments.contains(u"microtenantId"_s))
        setMicrotenantId(arguments.value(u"microtenantId"_s).toString());
    if (arguments.contains(u"domain"_s))
        findDomain(arguments.value(u"domain"_s).toString());
}

void AppSegmentsPage::setMicrotenantId(const QString &microtenantId)
{
    m_microtenantId = microtenantId;
    selectMicrotenantRow();
    if (m_service) {
        m_scaffold.setLoadOnShow(false);
        if (m_microtenants->rowCount() <= 2 && !m_microtenants->isLoading())
            m_microtenants->loadAll(m_service);
        loadSegments();
    }
}

void AppSegmentsPage::findDomain(const QString &text)
{
    {
        const QSignalBlocker blocker(m_domainEdit);
        m_domainEdit->setText(text);
    }
    applyDomain();
}

void AppSegmentsPage::loadSegments()
{
    if (!m_service)
        return;
    errorBanner()->clear();
    m_requestedMicrotenantId = m_microtenantId;
    m_segments->loadAll(m_service, m_microtenantId);
    updateTexts();
}

void AppSegmentsPage::onSegmentsLoaded()
{
    m_loaded = true;
    m_loadedMicrotenantId = m_requestedMicrotenantId;
    errorBanner()->clear();
    updateTexts();
    if (m_domainFilter->isFinding() && m_domainFilter->rowCount() > 0)
        table()->view()->setCurrentIndex(table()->proxyModel()->index(0, 0));
}

void AppSegmentsPage::onSegmentsFailed(const ApiError &error)
{
    if (m_quiet)
        return;
    // The rows are those of the microtenant loaded before: the selector says so again.
    if (m_loaded) {
        m_microtenantId = m_loadedMicrotenantId;
        selectMicrotenantRow();
    }
    m_scaffold.showFailure(
        error,
        m_loaded ? tr("Loading was cancelled. The table still shows the segments loaded "
                      "before.")
                 : tr("Loading was cancelled. Press Retry or F5 to load the segments."),
        error.kind != ApiError::Kind::InvalidInput);
    updateTexts();
}

void AppSegmentsPage::onMicrotenantsLoaded()
{
    selectMicrotenantRow();
}

void AppSegmentsPage::onMicrotenantChosen(int row)
{
    if (row < 0)
        return;
    const QString id = m_microtenants->microtenantIdAt(row);
    if (id == m_microtenantId && (m_segments->isLoading() || m_loadedMicrotenantId == id))
        return;
    m_microtenantId = id;
    loadSegments();
}

void AppSegmentsPage::selectMicrotenantRow()
{
    const QSignalBlocker blocker(m_microtenantBox);
    const int row = m_microtenants->rowOf(m_microtenantId);
    m_microtenantBox->setPlaceholderText(row < 0 ? tr("Microtenant %1").arg(m_microtenantId)
                                                 : QString());
    m_microtenantBox->setCurrentIndex(row);
}

void AppSegmentsPage::applyDomain()
{
    m_domainTimer.stop();
    m_domainFilter->setDomain(m_domainEdit->text());
    m_showAllAction->setEnabled(m_domainFilter->isFinding());
    updateTexts();
    if (m_domainFilter->isFinding() && m_domainFilter->rowCount() > 0)
        table()->view()->setCurrentIndex(table()->proxyModel()->index(0, 0));
}

void AppSegmentsPage::updateTexts()
{
    QString empty;
    if (!m_service) {
        empty = tr("Sign in to a tenant to see its application segments.");
    } else if (!m_loaded) {
        empty = tr("Nothing loaded yet. Press F5 to load the application segments.");
    } else if (m_segments->rowCount() == 0) {
        empty = m_loadedMicrotenantId.isEmpty()
                    ? tr("This tenant has no application segments. They are added in the ZPA "
                         "admin portal.")
                    : tr("No application segments in this microtenant. Choose another "
                         "microtenant above.");
    } else if (m_domainFilter->isFinding()) {
        empty = tr("No segment publishes “%1”.").arg(m_domainFilter->normalizedDomain());
        if (!m_loadedMicrotenantId.isEmpty())
            empty = joinSentences(empty, tr("Choose All microtenants to search them all."));
        else
            empty =
                joinSentences(empty, tr("Press Esc in the domain field to show every segment."));
    }
    table()->setEmptyText(empty);

    QString status;
    if (m_domainFilter->isFinding() && m_loaded && m_segments->rowCount() > 0) {
        const int n = m_domainFilter->rowCount();
        const QString domain = m_domainFilter->normalizedDomain();
        if (n == 0)
            status = tr("No segment publishes “%1”.").arg(domain);
        else
            status = tr("%Ln segment(s) publish(es) “%1”.", nullptr, n).arg(domain);
    }
    m_domainStatus->setText(status);
}

void AppSegmentsPage::showRecord(const QJsonObject &record)
{
    detailPane()->setRecord(record);
    m_serverGroups->setSegment(record);
    m_serverGroups->setVisible(!record.isEmpty());
}

} // namespace zc
