// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "widgets/DetailPane.h"
#include "zid/ZidService.h"

#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zc {

class GroupMembershipIndex;
class UserGroupsPanel;
class UserModel;

// ZIdentity users: a search (one field and a selector saying what it matches: the login,
// the display name or the e-mail, sent as ZIdentity's loginname[like], displayname[like],
// primaryemail[like] or the exact loginname; the API combines several filters with AND, so
// one field cannot match "any of" them), the first page of 100, "Load more" (the next page)
// and "Load all" (every page of 1,000, with progress and Cancel), a record table (login,
// display name, e-mail, department, status, source, identity provider) and a detail pane
// with the user's groups (see GroupMembershipIndex). Loads when first shown; F5 reloads.
//
// handleNavigation() keys: "login" (exact login search), or "search" with "field"
// ("login", "name", "email"; default "login").
class UsersPage : public Page
{
    Q_OBJECT
public:
    enum class SearchField
    {
        LoginContains,
        NameContains,
        EmailContains,
        LoginIs,
    };
    Q_ENUM(SearchField)

    explicit UsersPage(Session *session, QWidget *parent = nullptr);
    ~UsersPage() override;

    void refresh() override;
    void handleNavigation(const QVariantMap &arguments) override;

    // Sets the search controls and loads the first page of the matching users.
    void search(SearchField field, const QString &text);
    void loadMore();
    void loadAll();
    void cancel();

    static ZidUserFilter filterFor(SearchField field, const QString &text);
    ZidUserFilter currentFilter() const;

    UserModel *userModel() const { return m_users; }
    GroupMembershipIndex *membershipIndex() const { return m_index; }
    RecordTableView *table() const { return m_scaffold.table(); }
    DetailPane *detailPane() const { return m_scaffold.detailPane(); }
    UserGroupsPanel *groupsPanel() const { return m_groups; }
    QComboBox *searchFieldBox() const { return m_searchField; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
    QPushButton *loadAllButton() const { return m_loadAll; }
    QLabel *loadedLabel() const { return m_loaded; }
    ErrorBanner *errorBanner() const { return m_scaffold.banner(); }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }
    bool hasLoaded() const { return m_hasLoaded; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Action
    {
        FirstPage,
        More,
        All
    };

    void onSessionStarted();
    void onSessionEnded();
    void setUserModel(UserModel *model);
    void run(Action action);
    void onLoaded();
    void onFailed(const ApiError &error);
    void updateControls();
    void showRecord(const QJsonObject &record);
    QList<DetailPane::Field> detailFields() const;

    QPointer<ZidService> m_service;
    UserModel *m_users = nullptr;
    GroupMembershipIndex *m_index;
    QComboBox *m_searchField;
    QLineEdit *m_searchEdit;
    QPushButton *m_loadMore;
    QPushButton *m_loadAll;
    QLabel *m_loaded;
    PageScaffold m_scaffold; // banner, busy bar, table, detail pane
    UserGroupsPanel *m_groups;
    QTimer m_searchTimer;
    ZidUserFilter m_appliedFilter; // of the rows shown
    Action m_lastAction = Action::FirstPage;
    bool m_hasLoaded = false;
    bool m_quiet = false;
};

} // namespace zc
