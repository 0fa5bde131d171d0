// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Pager.h"

#include "ApiClient.h"
#include "ApiJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace zc::paging {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zc::Pager", text);
}

QString queryValue(const QList<std::pair<QString, QString>> &query, const QString &key)
{
    for (const auto &[k, v] : query) {
        if (k == key)
            return v;
    }
    return {};
}

QList<std::pair<QString, QString>> withValue(QList<std::pair<QString, QString>> query,
                                             const QString &key, const QString &value)
{
    for (auto &item : query) {
        if (item.first == key) {
            item.second = value;
            return query;
        }
    }
    query.append({key, value});
    return query;
}

// ZPA sends counts as strings ("3"); accept numbers too.
qint64 countValue(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? n : -1;
    }
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    return -1;
}

Page shortPageStyle(const QJsonDocument &answer, int pageSize,
                    const QList<std::pair<QString, QString>> &currentQuery)
{
    Page page;
    if (!answer.isArray()) {
        page.error = tr("Expected a JSON array of records.");
        return page;
    }
    page.records = answer.array();
    page.last = page.records.size() < pageSize;
    if (!page.last) {
        const int current = std::max(1, queryValue(currentQuery, u"page"_s).toInt());
        page.nextQuery = withValue(currentQuery, u"page"_s, QString::number(current + 1));
    }
    return page;
}

} // namespace

namespace {

// What a style allows and where its records are.
struct Traits
{
    int maxPageSize;
    QLatin1StringView recordsKey; // empty: the answer is a bare array
};

Traits traits(PageStyle style)
{
    switch (style) {
    case PageStyle::Zpa:
        return {500, "list"_L1};
    case PageStyle::Zia:
        return {1000, {}};
    case PageStyle::Zid:
        return {1000, "records"_L1};
    case PageStyle::Zdx:
        return {1000, "devices"_L1};
    case PageStyle::Zcc:
        return {5000, {}};
    }
    return {100, {}};
}

// The object of an object-shaped answer, its records (under `key`, absent on an empty page)
// in page->records; false with page->error set when the answer is not of that shape.
bool readObjectPage(const QJsonDocument &answer, const QString &key, const char *expected,
                    Page *page, QJsonObject *object)
{
    if (!answer.isObject()) {
        page->error = tr(expected);
        return false;
    }
    *object = answer.object();
    const QJsonValue records = object->value(key);
    if (!records.isUndefined() && !records.isNull() && !records.isArray()) {
        page->error = tr("\"%1\" is not an array.").arg(key);
        return false;
    }
    page->records = records.toArray();
    return true;
}

} // namespace

int maxPageSize(PageStyle style)
{
    return traits(style).maxPageSize;
}

QString defaultRecordsKey(PageStyle style)
{
    return traits(style).recordsKey;
}

QList<std::pair<QString, QString>> firstQuery(PageStyle style, int pageSize)
{
    const QString size = QString::number(std::clamp(pageSize, 1, maxPageSize(style)));
    switch (style) {
    case PageStyle::Zpa:
        return {{u"page"_s, u"1"_s}, {u"pagesize"_s, size}};
    case PageStyle::Zia:
    case PageStyle::Zcc:
        return {{u"page"_s, u"1"_s}, {u"pageSize"_s, size}};
    case PageStyle::Zid:
        return {{u"limit"_s, size}, {u"offset"_s, u"0"_s}};
    case PageStyle::Zdx:
        return {{u"limit"_s, size}};
    }
    return {};
}

Page parse(PageStyle style, const QJsonDocument &answer, int pageSize,
           const QList<std::pair<QString, QString>> &currentQuery, const QString &recordsKey)
{
    const QString key = recordsKey.isEmpty() ? defaultRecordsKey(style) : recordsKey;
    Page page;
    switch (style) {
    case PageStyle::Zia:
    case PageStyle::Zcc:
        return shortPageStyle(answer, pageSize, currentQuery);

    case PageStyle::Zpa: {
        QJsonObject o;
        if (!readObjectPage(answer, key,
                            QT_TRANSLATE_NOOP("zc::Pager",
                                              "Expected a JSON object with \"totalPages\" and "
                                              "\"list\"."),
                            &page, &o))
            return page;
        page.totalPages = static_cast<int>(countValue(o.value("totalPages"_L1)));
        page.totalCount = countValue(o.value("totalCount"_L1));
        const int current = std::max(1, queryValue(currentQuery, u"page"_s).toInt());
        page.last =
            page.records.isEmpty() ||
            (page.totalPages >= 0 ? current >= page.totalPages : page.records.size() < pageSize);
        if (!page.last)
            page.nextQuery = withValue(currentQuery, u"page"_s, QString::number(current + 1));
        return page;
    }

    case PageStyle::Zid: {
        QJsonObject o;
        if (!readObjectPage(
                answer, key,
                QT_TRANSLATE_NOOP("zc::Pager", "Expected a JSON object with \"records\"."), &page,
                &o))
            return page;
        page.totalCount = countValue(o.value("results_total"_L1));
        const QString next = o.value("next_link"_L1).toString();
        if (!next.isEmpty() && !page.records.isEmpty()) {
            // next_link is absolute and names the gateway's host: reuse only its query.
            const QUrlQuery nextQuery(QUrl(next).query(QUrl::FullyDecoded));
            QList<std::pair<QString, QString>> items;
            for (const auto &[k, v] : nextQuery.queryItems(QUrl::FullyDecoded))
                items.append({k, v});
            if (!items.isEmpty() && items != currentQuery) {
                page.nextQuery = items;
                page.last = false;
            }
        } else if (next.isEmpty() && page.totalCount >= 0 && !page.records.isEmpty()) {
            // No link, but the total says there is more: step the offset ourselves.
            const qint64 offset = queryValue(currentQuery, u"offset"_s).toLongLong();
            const qint64 nextOffset = offset + page.records.size();
            if (nextOffset < page.totalCount) {
                page.nextQuery = withValue(currentQuery, u"offset"_s, QString::number(nextOffset));
                page.last = false;
            }
        }
        if (page.totalCount >= 0 && pageSize > 0)
            page.totalPages = static_cast<int>((page.totalCount + pageSize - 1) / pageSize);
        return page;
    }

    case PageStyle::Zdx: {
        QJsonObject o;
        if (!readObjectPage(
                answer, key,
                QT_TRANSLATE_NOOP("zc::Pager", "Expected a JSON object with \"next_offset\"."),
                &page, &o))
            return page;
        const QJsonValue next = o.value("next_offset"_L1);
        QString cursor;
        if (next.isString())
            cursor = next.toString();
        else if (next.isDouble())
            cursor = QString::number(static_cast<qint64>(next.toDouble()));
        if (!cursor.isEmpty() && cursor != queryValue(currentQuery, u"offset"_s)) {
            page.nextQuery = withValue(currentQuery, u"offset"_s, cursor);
            page.last = false;
        }
        return page;
    }
    }
    return page;
}

} // namespace zc::paging

namespace zc {

PagedFetch::PagedFetch(ApiClient *client, ApiRequest request, PageStyle style, int pageSize,
                       QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_style(style)
    , m_pageSize(std::clamp(pageSize, 1, paging::maxPageSize(style)))
{}

void PagedFetch::run()
{
    if (!m_startQuery.isEmpty()) {
        fetch(m_startQuery);
        return;
    }
    QList<std::pair<QString, QString>> query = m_request.query;
    for (const auto &[k, v] : paging::firstQuery(m_style, m_pageSize)) {
        bool replaced = false;
        for (auto &item : query) {
            if (item.first == k) {
                item.second = v;
                replaced = true;
            }
        }
        if (!replaced)
            query.append({k, v});
    }
    fetch(query);
}

void PagedFetch::fetch(const QList<std::pair<QString, QString>> &query)
{
    if (!m_client) {
        fail(cancelledError());
        return;
    }
    ApiRequest request = m_request;
    request.query = query;
    follow(m_client->send(request), [this, query](ApiJob *job) {
        const paging::Page page =
            paging::parse(m_style, job->json(), m_pageSize, query, m_recordsKey);
        if (!page.error.isEmpty()) {
            ApiError error = ApiError::make(ApiError::Kind::BadResponse, page.error);
            error.product = m_request.product;
            error.requestId = job->requestId();
            error.httpStatus = job->httpStatus();
            fail(error);
            return;
        }
        for (const QJsonValue &record : page.records)
            m_records.append(record);
        ++m_pages;
        if (page.totalCount >= 0)
            m_totalCount = page.totalCount;
        Q_EMIT progress(m_pages, page.totalPages, static_cast<int>(m_records.size()));
        m_hasMore = !page.last;
        m_nextQuery = page.nextQuery;
        if (page.last || (m_maxPages > 0 && m_pages >= m_maxPages)) {
            succeed();
            return;
        }
        fetch(page.nextQuery);
    });
}

} // namespace zc
