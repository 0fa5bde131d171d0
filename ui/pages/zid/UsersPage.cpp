// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UsersPage.h"

#include "Session.h"
#include "common/Translations.h"
#include "pages/zid/UserGroupsPanel.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/NamedControl.h"
#include "widgets/RecordTableView.h"
#include "zid/GroupMembershipIndex.h"
#include "zid/ZidListModels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString member(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isObject())
        return v.toObject().value("name"_L1).toString();
    return DetailPane::valueText(v);
}

} // namespace

UsersPage::UsersPage(Session *session, QWidget *parent)
    : Page(Area::Users, session, parent)
    , m_index(new GroupMembershipIndex(this))
    , m_searchField(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_loadMore(new QPushButton(tr("Load &more"), this))
    , m_loadAll(new QPushButton(tr("Load a&ll"), this))
    , m_loaded(new QLabel(this))
    , m_scaffold(this, Product::Zid)
    , m_groups(new UserGroupsPanel(m_index))
{
    // The search: what the field matches, and the text.
    namedControl(m_searchField, u"searchFieldBox"_s, tr("Match the search against"));
    m_searchField->addItem(tr("Login contains"), int(SearchField::LoginContains));
    m_searchField->addItem(tr("Name contains"), int(SearchField::NameContains));
    m_searchField->addItem(tr("E-mail contains"), int(SearchField::EmailContains));
    m_searchField->addItem(tr("Login is exactly"), int(SearchField::LoginIs));
    m_searchField->setToolTip(tr("What the search text is matched against (by ZIdentity)"));
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search users, e.g. jane or @example.com"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(240);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchEdit);

    m_loadMore->setObjectName(u"loadMoreButton"_s);
    m_loadMore->setToolTip(tr("Load the next page of users"));
    m_loadAll->setObjectName(u"loadAllButton"_s);
    m_loadAll->setToolTip(tr("Load every user that matches, 1,000 per request"));
    m_loaded->setObjectName(u"loadedLabel"_s);
    m_loaded->setForegroundRole(QPalette::PlaceholderText);

    QHBoxLayout *top = PageScaffold::newTopRow();
    top->addWidget(searchLabel);
    top->addWidget(m_searchField);
    top->addWidget(m_searchEdit, 1);
    top->addSpacing(12);
    top->addWidget(m_loadMore);
    top->addWidget(m_loadAll);
    top->addSpacing(6);
    top->addWidget(m_loaded);

    m_scaffold.setUpTable(u"userTable"_s, u"users"_s, tr("Loading users…"),
                          tr("No loaded user matches “%1”. Press Esc to clear the filter, or "
                             "search the whole tenant above."));
    m_scaffold.setUpDetail(u"userDetail"_s, detailFields(),
                           tr("Select a user to see their details and groups."), m_groups);
    m_scaffold.layOut(top, {760, 420});

    setTabOrder(m_searchField, m_searchEdit);
    setTabOrder(m_searchEdit, m_loadMore);
    setTabOrder(m_loadMore, m_loadAll);
    setTabOrder(m_loadAll, table());
    setTabOrder(table(), detailPane());

    // Behaviour. Typing searches after a pause; Enter at once.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(500);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { run(Action::FirstPage); });
    connect(m_searchEdit, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { run(Action::FirstPage); });
    connect(m_searchField, &QComboBox::activated, this, [this] {
        if (!m_searchEdit->text().trimmed().isEmpty())
            run(Action::FirstPage);
    });
    connect(m_loadMore, &QPushButton::clicked, this, &UsersPage::loadMore);
    connect(m_loadAll, &QPushButton::clicked, this, &UsersPage::loadAll);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, [this] { run(m_lastAction); });
    connect(table(), &RecordTableView::currentRecordChanged, this, &UsersPage::showRecord);

    m_scaffold.followSession([this] { onSessionStarted(); }, [this] { onSessionEnded(); },
                             [this](Product product, int seconds, WaitReason why) {
                                 if (product != Product::Zid)
                                     return;
                                 if (m_users && m_users->isLoading())
                                     busyBar()->showWait(product, seconds, why);
                                 else if (m_index->isRunning())
                                     m_groups->busyBar()->showWait(product, seconds, why);
                             });
    updateControls();
}

UsersPage::~UsersPage()
{
    m_quiet = true;
    if (m_users)
        m_users->cancel();
    m_index->setService(nullptr);
}

QList<DetailPane::Field> UsersPage::detailFields() const
{
    return {
        {tr("Login"), [](const QJsonObject &o) { return member(o, "loginName"); }, true},
        {tr("Display name"), [](const QJsonObject &o) { return member(o, "displayName"); }},
        {tr("E-mail"), [](const QJsonObject &o) { return member(o, "primaryEmail"); }},
        {tr("Department"), [](const QJsonObject &o) { return member(o, "department"); }},
        {tr("Status"),
         [](const QJsonObject &o) {
             const QJsonValue v = o.value("status"_L1);
             if (!v.isBool())
                 return QString();
             return v.toBool() ? tr("Active") : tr("Inactive");
         }},
        {tr("Source"), [](const QJsonObject &o) { return member(o, "source"); }},
        {tr("Identity provider"), [](const QJsonObject &o) { return member(o, "idp"); }},
        {tr("ID"), [](const QJsonObject &o) { return recordId(o); }},
    };
}

void UsersPage::onSessionStarted()
{
    onSessionEnded();
    if (!session()->client())
        return;
    m_service = new ZidService(session()->client(), this);
    m_index->setService(m_service);
    setUserModel(new UserModel(m_service, this));
    m_scaffold.loadWhenShown();
    updateControls();
}

void UsersPage::onSessionEnded()
{
    m_quiet = true;
    m_searchTimer.stop();
    m_index->setService(nullptr);
    setUserModel(nullptr);
    delete m_service;
    m_quiet = false;
    m_hasLoaded = false;
    m_scaffold.clearStatus();
    showRecord({});
    updateControls();
}

void UsersPage::setUserModel(UserModel *model)
{
    UserModel *old = m_users;
    m_users = model;
    table()->setModel(model);
    if (old) {
        old->disconnect(this);
        old->cancel();
        old->deleteLater();
    }
    if (!model)
        return;
    busyBar()->follow(model);
    connect(model, &RecordTableModel::loaded, this, &UsersPage::onLoaded);
    connect(model, &RecordTableModel::failed, this, &UsersPage::onFailed);
    connect(model, &RecordTableModel::loadingChanged, this, &UsersPage::updateControls);
    connect(model, &ZidListModel::canLoadMoreChanged, this, &UsersPage::updateControls);
}

void UsersPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_scaffold.pageShown(!m_service.isNull());
}

void UsersPage::refresh()
{
    if (!m_scaffold.startRefresh(!m_service.isNull(), tr("Sign in to a tenant to see its users.")))
        return;
    m_index->clear();
    run(Action::FirstPage);
    m_groups->setUser(m_groups->user()); // the membership is read again when a user is shown
}

void UsersPage::handleNavigation(const QVariantMap &arguments)
{
    if (arguments.contains(u"login"_s)) {
        search(SearchField::LoginIs, arguments.value(u"login"_s).toString());
        return;
    }
    if (arguments.contains(u"search"_s)) {
        const QString field = arguments.value(u"field"_s).toString();
        const SearchField which = field == "name"_L1    ? SearchField::NameContains
                                  : field == "email"_L1 ? SearchField::EmailContains
                                                        : SearchField::LoginContains;
        search(which, arguments.value(u"search"_s).toString());
    }
}

ZidUserFilter UsersPage::filterFor(SearchField field, const QString &text)
{
    ZidUserFilter filter;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return filter;
    switch (field) {
    case SearchField::LoginContains:
        filter.loginLike = t;
        break;
    case SearchField::NameContains:
        filter.displayNameLike = t;
        break;
    case SearchField::EmailContains:
        filter.emailLike = t;
        break;
    case SearchField::LoginIs:
        filter.login = t;
        break;
    }
    return filter;
}

ZidUserFilter UsersPage::currentFilter() const
{
    return filterFor(SearchField(m_searchField->currentData().toInt()), m_searchEdit->text());
}

void UsersPage::search(SearchField field, const QString &text)
{
    const int row = m_searchField->findData(int(field));
    if (row >= 0)
        m_searchField->setCurrentIndex(row);
    m_searchEdit->setText(text);
    run(Action::FirstPage);
}

void UsersPage::loadMore()
{
    run(Action::More);
}

void UsersPage::loadAll()
{
    run(Action::All);
}

void UsersPage::cancel()
{
    if (m_users)
        m_users->cancel();
}

void UsersPage::run(Action action)
{
    m_searchTimer.stop();
    if (!m_users)
        return;
    m_scaffold.setLoadOnShow(false);
    m_lastAction = action;
    errorBanner()->clear();
    switch (action) {
    case Action::FirstPage:
        m_users->setFilter(currentFilter());
        m_users->loadFirstPage();
        break;
    case Action::More:
        if (!m_users->canLoadMore())
            return;
        m_users->loadMore();
        break;
    case Action::All:
        m_users->setFilter(currentFilter());
        m_users->loadAll();
        break;
    }
    updateControls();
}

void UsersPage::onLoaded()
{
    m_hasLoaded = true;
    m_appliedFilter = m_users->filter();
    errorBanner()->clear();
    updateControls();
}

void UsersPage::onFailed(const ApiError &error)
{
    if (m_quiet)
        return;
    m_scaffold.showFailure(error, m_hasLoaded
                                      ? tr("Loading was cancelled. The table still shows "
                                           "the users loaded before.")
                                      : tr("Loading was cancelled. Press F5 to load users."));
    updateControls();
}

void UsersPage::updateControls()
{
    const bool loading = m_users && m_users->isLoading();
    const int rows = m_users ? m_users->rowCount() : 0;
    const qint64 total = m_users ? m_users->totalCount() : -1;
    m_loadMore->setEnabled(m_users && !loading && m_users->canLoadMore());
    m_loadAll->setEnabled(m_users && !loading && (!m_hasLoaded || m_users->canLoadMore()));
    m_searchField->setEnabled(!m_service.isNull());
    m_searchEdit->setEnabled(!m_service.isNull());

    const QLocale locale;
    QString loaded;
    if (m_hasLoaded && total >= 0 && rows < total)
        loaded = tr("%1 of %Ln user(s) loaded", nullptr, total).arg(locale.toString(rows));
    else if (m_hasLoaded)
        loaded = tr("%Ln user(s)", nullptr, rows);
    m_loaded->setText(loaded);

    QString empty;
    if (!m_service) {
        empty = tr("Sign in to a tenant to see its users.");
    } else if (!m_hasLoaded) {
        empty = tr("Nothing loaded yet. Press F5 to load the users.");
    } else if (!m_appliedFilter.isEmpty()) {
        QString what;
        if (!m_appliedFilter.login.isEmpty())
            what = tr("No user has the login “%1”.").arg(m_appliedFilter.login);
        else if (!m_appliedFilter.loginLike.isEmpty())
            what = tr("No user's login contains “%1”.").arg(m_appliedFilter.loginLike);
        else if (!m_appliedFilter.displayNameLike.isEmpty())
            what = tr("No user's name contains “%1”.").arg(m_appliedFilter.displayNameLike);
        else
            what = tr("No user's e-mail contains “%1”.").arg(m_appliedFilter.emailLike);
        empty = joinSentences(what, tr("Check the spelling, or search by another field."));
    } else {
        empty = tr("This tenant has no users yet.");
    }
    table()->setEmptyText(empty);
}

void UsersPage::showRecord(const QJsonObject &record)
{
    detailPane()->setRecord(record);
    m_groups->setUser(record);
    m_groups->setVisible(!record.isEmpty());
}

} // namespace zc
