// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"
#include "zid/ZidService.h"

#include <QPointer>

namespace zc {

// A ZIdentity list (users, groups, a group's members) in a record table, three ways:
//   loadFirstPage()  the first page (replaces the rows)
//   loadMore()       one more page, following the last page's next_link query (appended)
//   loadAll()        every page at limit 1000, "page i of n"; an empty table shows the rows
//                    page by page, a table that shows rows has them replaced only when the
//                    last page arrived (a failure or cancel leaves them)
class ZidListModel : public RecordTableModel
{
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 100;

    ZidListModel(ZidService *service, QList<RecordColumn> columns, QObject *parent = nullptr);

    void loadFirstPage(int pageSize = kDefaultPageSize);
    void loadMore();
    void loadAll();

    bool canLoadMore() const { return m_canLoadMore; }
    qint64 totalCount() const { return m_total; } // results_total; -1 until known
    int pagesLoaded() const { return m_pages; }

Q_SIGNALS:
    void canLoadMoreChanged(bool canLoadMore);

protected:
    // The list request, filters included, without limit/offset.
    virtual ApiRequest listRequest() const = 0;

private:
    enum class Pages
    {
        One,  // the first page, in place of the rows
        More, // the next page, appended
        All,  // every page, in place of the rows
    };
    void fetch(Pages pages, int pageSize, const QList<std::pair<QString, QString>> &startQuery);
    void setCanLoadMore(bool canLoadMore);

    QPointer<ZidService> m_service;
    QList<std::pair<QString, QString>> m_nextQuery;
    int m_pageSize = kDefaultPageSize;
    int m_pages = 0;
    qint64 m_total = -1;
    bool m_canLoadMore = false;
};

// Users: login, display name, email, department, status, source, identity provider.
class UserModel : public ZidListModel
{
    Q_OBJECT
public:
    explicit UserModel(ZidService *service, QObject *parent = nullptr);
    static QList<RecordColumn> userColumns();

    void setFilter(const ZidUserFilter &filter) { m_filter = filter; }
    ZidUserFilter filter() const { return m_filter; }

protected:
    ApiRequest listRequest() const override;

private:
    ZidUserFilter m_filter;
};

// Groups: name, description, source, ID.
class GroupModel : public ZidListModel
{
    Q_OBJECT
public:
    explicit GroupModel(ZidService *service, QObject *parent = nullptr);
    static QList<RecordColumn> groupColumns();

protected:
    ApiRequest listRequest() const override;
};

// The members of one group, as users.
class GroupMemberModel : public ZidListModel
{
    Q_OBJECT
public:
    explicit GroupMemberModel(ZidService *service, QObject *parent = nullptr);

    void setGroupId(const QString &groupId) { m_groupId = groupId; }
    QString groupId() const { return m_groupId; }

protected:
    ApiRequest listRequest() const override;

private:
    QString m_groupId;
};

} // namespace zc
