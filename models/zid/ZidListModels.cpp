// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZidListModels.h"

#include "common/RecordExporter.h"
#include "net/Pager.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZidListModel::ZidListModel(ZidService *service, QList<RecordColumn> columns, QObject *parent)
    : RecordTableModel(std::move(columns), parent)
    , m_service(service)
{}

void ZidListModel::setCanLoadMore(bool canLoadMore)
{
    if (m_canLoadMore == canLoadMore)
        return;
    m_canLoadMore = canLoadMore;
    Q_EMIT canLoadMoreChanged(canLoadMore);
}

void ZidListModel::loadFirstPage(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, ZidService::kMaxPageSize);
    fetch(Pages::One, m_pageSize, {});
}

void ZidListModel::loadMore()
{
    if (!m_canLoadMore || isLoading())
        return;
    fetch(Pages::More, m_pageSize, m_nextQuery);
}

void ZidListModel::loadAll()
{
    fetch(Pages::All, ZidService::kMaxPageSize, {});
}

void ZidListModel::fetch(Pages pages, int pageSize,
                         const QList<std::pair<QString, QString>> &startQuery)
{
    if (!m_service || !m_service->client())
        return;
    auto *fetch =
        new PagedFetch(m_service->client(), listRequest(), PageStyle::Zid, pageSize, this);
    fetch->setStartQuery(startQuery);
    const auto settle = [this](PagedFetch *done) {
        m_total = done->totalCount();
        m_nextQuery = done->nextQuery();
        setCanLoadMore(done->hasMore());
    };
    if (pages == Pages::All) {
        // Every page as RecordTableModel::load takes it: into an empty table page by page
        // rather than 100,000 rows in one reset at the end (a stall of the UI), into a table
        // that shows rows as rows kept aside, page by page, until the last one.
        loadPages(fetch, [this, settle](PagedFetch *done) {
            m_pages = done->pagesLoaded();
            settle(done);
        });
        return;
    }
    fetch->setMaxPages(1);
    follow(fetch, [this, pages, pageSize, settle](PagedFetch *done) {
        if (pages == Pages::More) {
            m_pages += done->pagesLoaded();
            appendRecords(done->records());
        } else {
            m_pages = done->pagesLoaded();
            setRecords(done->records());
        }
        settle(done);
        const int totalPages =
            m_total >= 0 ? static_cast<int>((m_total + pageSize - 1) / pageSize) : -1;
        Q_EMIT progress(m_pages, totalPages, rowCount());
        return rowCount();
    });
}

// --- UserModel --------------------------------------------------------------------------------

QList<RecordColumn> UserModel::userColumns()
{
    RecordColumn status = RecordColumn::computed(
        u"status"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Status"),
        [](const QJsonObject &o) -> QVariant {
            const QJsonValue v = o.value("status"_L1);
            if (v.isUndefined() || v.isNull())
                return {};
            return v.toBool() ? QCoreApplication::translate("zc::UserModel", "Active")
                              : QCoreApplication::translate("zc::UserModel", "Inactive");
        });
    status.plainValue = [](const QJsonObject &o) {
        return QVariant(RecordExporter::valueText(o.value("status"_L1)));
    };
    return {
        RecordColumn::member(u"loginName"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Login")),
        RecordColumn::member(u"displayName"_s,
                             QT_TRANSLATE_NOOP("zc::RecordColumn", "Display name")),
        RecordColumn::member(u"primaryEmail"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Email")),
        RecordColumn::member(u"department"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Department")),
        status,
        RecordColumn::member(u"source"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Source")),
        RecordColumn::member(u"idp"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Identity provider")),
    };
}

UserModel::UserModel(ZidService *service, QObject *parent)
    : ZidListModel(service, userColumns(), parent)
{}

ApiRequest UserModel::listRequest() const
{
    return ZidService::usersRequest(m_filter);
}

// --- GroupModel -------------------------------------------------------------------------------

QList<RecordColumn> GroupModel::groupColumns()
{
    return {
        RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name")),
        RecordColumn::member(u"description"_s,
                             QT_TRANSLATE_NOOP("zc::RecordColumn", "Description")),
        RecordColumn::member(u"source"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Source")),
        RecordColumn::member(u"id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID")),
    };
}

GroupModel::GroupModel(ZidService *service, QObject *parent)
    : ZidListModel(service, groupColumns(), parent)
{}

ApiRequest GroupModel::listRequest() const
{
    return ZidService::groupsRequest();
}

// --- GroupMemberModel -------------------------------------------------------------------------

GroupMemberModel::GroupMemberModel(ZidService *service, QObject *parent)
    : ZidListModel(service, UserModel::userColumns(), parent)
{}

ApiRequest GroupMemberModel::listRequest() const
{
    return ZidService::groupMembersRequest(m_groupId);
}

} // namespace zc
