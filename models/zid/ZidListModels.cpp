// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZidListModels.h"

#include "net/ApiJob.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZidListModel::ZidListModel(ZidService *service, QList<RecordColumn> columns, QObject *parent)
    : RecordTableModel(std::move(columns), parent)
    , m_service(service)
{}

bool ZidListModel::isLoading() const
{
    return RecordTableModel::isLoading() || !m_job.isNull();
}

void ZidListModel::setCanLoadMore(bool canLoadMore)
{
    if (m_canLoadMore == canLoadMore)
        return;
    m_canLoadMore = canLoadMore;
    Q_EMIT canLoadMoreChanged(canLoadMore);
}

void ZidListModel::cancel()
{
    RecordTableModel::cancel();
    if (m_job) {
        ApiJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
    }
}

void ZidListModel::loadFirstPage(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, ZidService::kMaxPageSize);
    QList<std::pair<QString, QString>> query = listRequest().query;
    query.append(paging::firstQuery(PageStyle::Zid, m_pageSize));
    fetchPage(query, true);
}

void ZidListModel::loadMore()
{
    if (!m_canLoadMore || isLoading())
        return;
    fetchPage(m_nextQuery, false);
}

void ZidListModel::fetchPage(const QList<std::pair<QString, QString>> &query, bool replace)
{
    if (!m_service || !m_service->client())
        return;
    if (isLoading())
        cancel();
    ApiRequest request = listRequest();
    request.query = query;
    ApiJob *job = m_service->client()->send(request);
    m_job = job;
    Q_EMIT loadingChanged(true);
    connect(job, &ApiJob::failed, this, [this, job](ApiJob *, const ApiError &error) {
        if (m_job != job)
            return;
        m_job = nullptr;
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(error);
    });
    connect(job, &ApiJob::succeeded, this, [this, job, query, replace](ApiJob *) {
        if (m_job != job)
            return;
        m_job = nullptr;
        int pageSize = m_pageSize;
        for (const auto &[k, v] : query) {
            if (k == "limit"_L1)
                pageSize = v.toInt();
        }
        const paging::Page page = paging::parse(PageStyle::Zid, job->json(), pageSize, query);
        if (!page.error.isEmpty()) {
            ApiError error = ApiError::make(ApiError::Kind::BadResponse, page.error);
            error.product = Product::Zid;
            error.requestId = job->requestId();
            error.httpStatus = job->httpStatus();
            Q_EMIT loadingChanged(false);
            Q_EMIT failed(error);
            return;
        }
        if (replace) {
            m_pages = 1;
            setRecords(page.records);
        } else {
            ++m_pages;
            appendRecords(page.records);
        }
        m_total = page.totalCount;
        m_nextQuery = page.nextQuery;
        setCanLoadMore(!page.last);
        Q_EMIT progress(m_pages, page.totalPages, rowCount());
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded(rowCount());
    });
}

void ZidListModel::loadAll()
{
    if (!m_service || !m_service->client())
        return;
    if (m_job)
        cancel();
    auto *fetch = new PagedFetch(m_service->client(), listRequest(), PageStyle::Zid,
                                 ZidService::kMaxPageSize, this);
    // Connected before load(): the counters are right when loaded() is emitted.
    connect(fetch, &PagedFetch::finished, this, [this, fetch](const QJsonArray &) {
        m_pages = fetch->pagesLoaded();
        m_total = fetch->totalCount();
        m_nextQuery.clear();
        setCanLoadMore(false);
        fetch->deleteLater();
    });
    connect(fetch, &PagedFetch::failed, fetch, &QObject::deleteLater);
    load(fetch);
}

// --- UserModel --------------------------------------------------------------------------------

QList<RecordColumn> UserModel::userColumns()
{
    RecordColumn status;
    status.key = u"status"_s;
    status.header = QT_TRANSLATE_NOOP("zc::RecordColumn", "Status");
    status.display = [](const QJsonObject &o) -> QVariant {
        const QJsonValue v = o.value("status"_L1);
        if (v.isUndefined() || v.isNull())
            return {};
        return v.toBool() ? QCoreApplication::translate("zc::UserModel", "Active")
                          : QCoreApplication::translate("zc::UserModel", "Inactive");
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
