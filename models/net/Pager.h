// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiRequest.h"
#include "Job.h"
#include "PageParser.h"
#include "PagingGuard.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>

#include <deque>

class QThreadPool;

#include <map>
#include <optional>

namespace zc {

class ApiClient;
class ApiJob;

// Fetches every page of a list and hands the records on in page order, reporting "page i of
// n". Once the first page says how many there are (ZPA's totalPages, ZIdentity's
// results_total), the following pages are asked for together, up to concurrency() at once;
// the product's rate limiter (RateLimiter) holds each request until its slot, so a burst
// never meets a 429. Cursor and link styles (ZDX, ZIA, ZCC, a ZIdentity next_link that is
// not a plain offset) go one page after another.
// A large page (parseThreshold() bytes or more) is parsed on a worker thread (parsePool()),
// so that the UI thread does not stall on it; one at a time, in the order the answers came,
// as on this thread. A fetch that ended (cancelled, failed) drops the pages still waiting.
// A server that pages forever (a repeated page, a link back to an earlier page, ever more
// pages) is stopped by a PagingGuard with a BadResponse error; what arrived until then stays
// in records() and was handed on through pageArrived().
// A Job: read records() in a slot connected to succeeded().
class PagedFetch : public ClientJob
{
    Q_OBJECT
public:
    // Requests in flight at once: polite, and what one host's HTTP/1.1 connections allow.
    static constexpr int kDefaultConcurrency = 6;

    PagedFetch(ApiClient *client, ApiRequest request, PageStyle style, int pageSize,
               QObject *parent = nullptr);

    void setRecordsKey(const QString &key) { m_recordsKey = key; }
    // Stop after this many pages even if more exist (0: no limit), e.g. "load more".
    void setMaxPages(int pages) { m_maxPages = pages; }
    // Start at this page (the nextQuery() of an earlier fetch of the same list) instead of the
    // first one.
    void setStartQuery(const QList<std::pair<QString, QString>> &query) { m_startQuery = query; }
    // The limits against endless paging (PagingGuard::defaultLimits() unless set).
    void setLimits(const PagingLimits &limits) { m_limits = limits; }
    void setConcurrency(int requests) { m_concurrency = std::max(1, requests); }
    int concurrency() const { return m_concurrency; }
    // false: records() stays empty; the records are only handed on through pageArrived()
    // (the CLI prints them as they come and forgets them).
    void setKeepRecords(bool keep) { m_keepRecords = keep; }
    // Answers of at least this many bytes are parsed off this thread (0: every one;
    // kDefaultParseThreshold unless set). Smaller ones parse faster than a thread hop takes.
    static constexpr qsizetype kDefaultParseThreshold = 64 * 1024;
    void setParseThreshold(qsizetype bytes) { m_parseThreshold = std::max<qsizetype>(0, bytes); }
    qsizetype parseThreshold() const { return m_parseThreshold; }
    // Where large pages are parsed: QThreadPool::globalInstance() unless set. Not owned; it
    // must outlive the pages it is parsing.
    void setParsePool(QThreadPool *pool);
    QThreadPool *parsePool() const { return m_pool; }
    // Answers that arrived and are being parsed off this thread, or wait for it.
    int pagesParsing() const;

    QJsonArray records() const { return m_records; }
    int pagesLoaded() const { return m_pages; }
    qint64 recordsLoaded() const { return m_recordCount; }
    qint64 totalCount() const { return m_totalCount; }
    bool hasMore() const { return m_hasMore; }
    // The query of the page after the last one loaded (empty when there is none).
    QList<std::pair<QString, QString>> nextQuery() const { return m_nextQuery; }

Q_SIGNALS:
    // The records of the next page, in page order, as soon as it and every page before it
    // arrived.
    void pageArrived(const QJsonArray &records);
    // totalPages is -1 when the API does not say.
    void progress(int pagesLoaded, int totalPages, int recordsLoaded);

protected:
    void run() override;

private:
    using Query = QList<std::pair<QString, QString>>;

    // A page read from its answer, with the digest the guard compares.
    struct Parsed
    {
        paging::Page page;
        QByteArray digest;
    };
    // Reads one answer; runs on the parse pool for large ones, so it touches nothing of this.
    static Parsed parseAnswer(const QByteArray &body, ApiRequest::Expect expect, PageStyle style,
                              int pageSize, const Query &query, const QString &recordsKey);

    void ask(int index, const Query &query);
    void onAnswer(int index, const Query &query, ApiJob *job);
    void onParsed(int index, Parsed parsed, const ApiError &context);
    // An answer waiting for the parse pool.
    struct Answer
    {
        int index;
        Query query;
        QByteArray body;
        ApiError context; // what an error about it says besides its sentence
    };
    // Starts parsing the next waiting answer unless one is being parsed.
    void parseNext();
    void onParseFinished();
    // Hands on the pages that arrived in order, then asks for more or ends.
    void handOut();
    // Planned mode: the query of page `index` (0: the first asked).
    Query plannedQuery(int index) const;
    // The number of pages the list has from the first one asked, as `page` tells it (-1:
    // the style does not say).
    int plannedPages(const paging::Page &page) const;
    // After the first page: whether the following pages can be asked for by number.
    bool canPlan(const paging::Page &page) const;
    void fillPipeline();
    void stop(const QString &message);

    ApiRequest m_request;
    PageStyle m_style;
    int m_pageSize;
    QString m_recordsKey;
    int m_maxPages = 0;
    int m_concurrency = kDefaultConcurrency;
    bool m_keepRecords = true;
    PagingLimits m_limits = PagingGuard::defaultLimits();
    std::optional<PagingGuard> m_guard;
    Query m_startQuery;
    Query m_firstQuery;
    Query m_nextQuery;
    std::map<int, Parsed> m_arrived; // pages that came before an earlier one
    int m_handed = 0;                // pages handed on
    int m_asked = 0;                 // pages asked for
    int m_inFlight = 0;
    std::deque<Answer> m_waiting;
    std::optional<Answer> m_parsing;
    // Its parse: deleted with this fetch, so that the result of a parse still running then is
    // heard by nobody (the parse works on copies).
    QFutureWatcher<Parsed> m_parse;
    qsizetype m_parseThreshold = kDefaultParseThreshold;
    QThreadPool *m_pool = nullptr;
    int m_planned = -1; // planned mode: the pages to fetch; -1: one after another
    int m_announced = -1;
    QJsonArray m_records;
    int m_pages = 0;
    qint64 m_recordCount = 0;
    qint64 m_totalCount = -1;
    bool m_hasMore = false;
};

} // namespace zc
