// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "Job.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace zc {

class ApiClient;

// The five pagination styles of OneAPI (oneapi-notes.md, "Pagination").
enum class PageStyle
{
    Zpa, // page from 1, pagesize; {"totalPages":"3","totalCount":"1234","list":[...]}
    Zia, // page, pageSize; bare array; stop on a short page (ZTW too)
    Zid, // limit, offset; {records, results_total, next_link (absolute: reuse its query)}
    Zdx, // cursor: offset = previous next_offset (string), stop when it is null
    Zcc, // page from 1, pageSize; bare array; stop on a short page
};

namespace paging {

// What one page said, independent of the network so it can be unit-tested.
struct Page
{
    QJsonArray records;
    bool last = true;
    int totalPages = -1; // -1 when the style does not say
    qint64 totalCount = -1;
    QList<std::pair<QString, QString>> nextQuery; // query items for the next page
    QString error; // not empty: the page is not of the expected shape
};

// Query items of the first page. `recordsKey` names the array member for object answers
// whose key differs from the style's default (ZDX: "devices", "users"...).
QList<std::pair<QString, QString>> firstQuery(PageStyle style, int pageSize);
Page parse(PageStyle style, const QJsonDocument &answer, int pageSize,
           const QList<std::pair<QString, QString>> &currentQuery, const QString &recordsKey = {});
// The largest page size each style accepts.
int maxPageSize(PageStyle style);
QString defaultRecordsKey(PageStyle style);

} // namespace paging

// Fetches every page of a list, one page at a time (parallel pages only provoke 429 storms
// against a one-second Retry-After), reporting "page i of n". Nothing is handed out until
// the last page arrived: a failure or a cancel leaves callers with their previous data.
// A Job: read records() in a slot connected to succeeded().
class PagedFetch : public Job
{
    Q_OBJECT
public:
    PagedFetch(ApiClient *client, ApiRequest request, PageStyle style, int pageSize,
               QObject *parent = nullptr);

    void setRecordsKey(const QString &key) { m_recordsKey = key; }
    // Stop after this many pages even if more exist (0: no limit), e.g. "load more".
    void setMaxPages(int pages) { m_maxPages = pages; }
    // Start at this page (the nextQuery() of an earlier fetch of the same list) instead of the
    // first one.
    void setStartQuery(const QList<std::pair<QString, QString>> &query) { m_startQuery = query; }

    QJsonArray records() const { return m_records; }
    int pagesLoaded() const { return m_pages; }
    qint64 totalCount() const { return m_totalCount; }
    bool hasMore() const { return m_hasMore; }
    // The query of the page after the last one loaded (empty when there is none).
    QList<std::pair<QString, QString>> nextQuery() const { return m_nextQuery; }

Q_SIGNALS:
    // totalPages is -1 when the API does not say.
    void progress(int pagesLoaded, int totalPages, int recordsLoaded);

protected:
    void run() override;

private:
    void fetch(const QList<std::pair<QString, QString>> &query);

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    PageStyle m_style;
    int m_pageSize;
    QString m_recordsKey;
    int m_maxPages = 0;
    QList<std::pair<QString, QString>> m_startQuery;
    QList<std::pair<QString, QString>> m_nextQuery;
    QJsonArray m_records;
    int m_pages = 0;
    qint64 m_totalCount = -1;
    bool m_hasMore = false;
};

} // namespace zc
