// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Pager.h"

#include "ApiClient.h"
#include "ApiJob.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

using Query = QList<std::pair<QString, QString>>;

Query sorted(Query query)
{
    std::sort(query.begin(), query.end());
    return query;
}

} // namespace

PagedFetch::PagedFetch(ApiClient *client, ApiRequest request, PageStyle style, int pageSize,
                       QObject *parent)
    : ClientJob(client, parent)
    , m_request(std::move(request))
    , m_style(style)
    , m_pageSize(std::clamp(pageSize, 1, paging::maxPageSize(style)))
    , m_pool(QThreadPool::globalInstance())
{
    connect(&m_parse, &QFutureWatcherBase::finished, this, &PagedFetch::onParseFinished);
}

void PagedFetch::setParsePool(QThreadPool *pool)
{
    m_pool = pool ? pool : QThreadPool::globalInstance();
}

void PagedFetch::run()
{
    m_guard.emplace(m_request.product, m_limits);
    m_firstQuery = m_startQuery;
    if (m_firstQuery.isEmpty()) {
        m_firstQuery = m_request.query;
        for (const auto &[k, v] : paging::firstQuery(m_style, m_pageSize))
            m_firstQuery = paging::withValue(m_firstQuery, k, v);
    }
    m_asked = 1;
    ask(0, m_firstQuery);
}

void PagedFetch::ask(int index, const Query &query)
{
    if (clientGone())
        return;
    if (const QString repeat = m_guard->checkQuery(query); !repeat.isEmpty()) {
        stop(repeat);
        return;
    }
    ApiRequest request = m_request;
    request.query = query;
    // The answer is read here (parseAnswer), on a worker when it is large, not by the job.
    request.expect = ApiRequest::Expect::Nothing;
    ++m_inFlight;
    follow(client()->send(request),
           [this, index, query](ApiJob *job) { onAnswer(index, query, job); });
}

PagedFetch::Parsed PagedFetch::parseAnswer(const QByteArray &body, ApiRequest::Expect expect,
                                           PageStyle style, int pageSize, const Query &query,
                                           const QString &recordsKey)
{
    Parsed parsed;
    QJsonDocument json;
    parsed.page.error = ApiJob::readAnswer(body, expect, &json);
    if (!parsed.page.error.isEmpty())
        return parsed;
    parsed.page = paging::parse(style, json, pageSize, query, recordsKey);
    if (parsed.page.error.isEmpty())
        parsed.digest = PagingGuard::recordsDigest(parsed.page.records);
    return parsed;
}

void PagedFetch::onAnswer(int index, const Query &query, ApiJob *job)
{
    Answer answer{index, query, job->rawBody(), {}};
    answer.context.product = m_request.product;
    answer.context.requestId = job->requestId();
    answer.context.httpStatus = job->httpStatus();
    answer.context.attempts = job->attempts();
    if (answer.body.size() < m_parseThreshold && !m_parsing) {
        onParsed(
            index,
            parseAnswer(answer.body, m_request.expect, m_style, m_pageSize, query, m_recordsKey),
            answer.context);
        return;
    }
    m_waiting.push_back(std::move(answer));
    parseNext();
}

void PagedFetch::parseNext()
{
    if (isFinished())
        m_waiting.clear(); // of no use any more
    if (m_parsing || m_waiting.empty())
        return;
    m_parsing = std::move(m_waiting.front());
    m_waiting.pop_front();
    m_parse.setFuture(QtConcurrent::run(m_pool, &PagedFetch::parseAnswer, m_parsing->body,
                                        m_request.expect, m_style, m_pageSize, m_parsing->query,
                                        m_recordsKey));
}

void PagedFetch::onParseFinished()
{
    const Answer answer = *std::exchange(m_parsing, std::nullopt);
    onParsed(answer.index, m_parse.result(), answer.context);
    parseNext();
}

int PagedFetch::pagesParsing() const
{
    return static_cast<int>(m_waiting.size()) + (m_parsing ? 1 : 0);
}

void PagedFetch::onParsed(int index, Parsed parsed, const ApiError &context)
{
    // A page holds its place among the requests in flight until it is read: at most
    // concurrency() answers are held at once.
    --m_inFlight;
    if (isFinished())
        return;
    if (!parsed.page.error.isEmpty()) {
        ApiError error = context;
        error.kind = ApiError::Kind::BadResponse;
        error.detail = parsed.page.error;
        fail(error);
        return;
    }
    m_arrived.emplace(index, std::move(parsed));
    handOut();
}

int PagedFetch::plannedPages(const paging::Page &page) const
{
    if (m_style == PageStyle::Zpa && page.totalPages >= 0) {
        const int start = std::max(1, paging::queryValue(m_firstQuery, u"page"_s).toInt());
        return page.totalPages - start + 1;
    }
    if (m_style == PageStyle::Zid && page.totalCount >= 0) {
        const qint64 offset = paging::queryValue(m_firstQuery, u"offset"_s).toLongLong();
        const qint64 pages = (page.totalCount - offset + m_pageSize - 1) / m_pageSize;
        return static_cast<int>(std::clamp<qint64>(pages, 1, m_guard->maxPages() + 1));
    }
    return -1;
}

bool PagedFetch::canPlan(const paging::Page &page) const
{
    if (m_style == PageStyle::Zpa)
        return true;
    if (m_style != PageStyle::Zid)
        return false;
    // Only when next_link is the plain next offset of this very query: anything else (a
    // cursor of the server's) is followed link by link.
    const qint64 offset = paging::queryValue(m_firstQuery, u"offset"_s).toLongLong();
    const Query stepped =
        paging::withValue(m_firstQuery, u"offset"_s, QString::number(offset + m_pageSize));
    return sorted(page.nextQuery) == sorted(stepped);
}

PagedFetch::Query PagedFetch::plannedQuery(int index) const
{
    if (m_style == PageStyle::Zpa) {
        const int start = std::max(1, paging::queryValue(m_firstQuery, u"page"_s).toInt());
        return paging::withValue(m_firstQuery, u"page"_s, QString::number(start + index));
    }
    const qint64 offset = paging::queryValue(m_firstQuery, u"offset"_s).toLongLong();
    return paging::withValue(m_firstQuery, u"offset"_s,
                             QString::number(offset + qint64(index) * m_pageSize));
}

void PagedFetch::handOut()
{
    while (!isFinished()) {
        const auto it = m_arrived.find(m_handed);
        if (it == m_arrived.end())
            break;
        const Parsed parsed = std::move(it->second);
        const paging::Page &page = parsed.page;
        m_arrived.erase(it);
        if (const QString repeat = m_guard->checkRecords(parsed.digest, page.records.size());
            !repeat.isEmpty()) {
            stop(repeat);
            return;
        }
        ++m_handed;
        ++m_pages;
        m_recordCount += page.records.size();
        if (page.totalCount >= 0)
            m_totalCount = page.totalCount;
        if (m_keepRecords) {
            for (const QJsonValue &record : page.records)
                m_records.append(record);
        }
        if (m_handed == 1 && !page.last && canPlan(page)) {
            m_planned = plannedPages(page);
        } else if (m_planned >= 0) {
            // A total that grows while the list is read is followed, as far as the guard lets.
            m_planned = std::max(m_planned, plannedPages(page));
        }
        m_announced = m_planned >= 0 ? m_planned : page.totalPages;
        Q_EMIT pageArrived(page.records);
        if (isFinished())
            return;
        Q_EMIT progress(m_pages, m_announced, static_cast<int>(m_recordCount));
        if (isFinished())
            return;
        if (m_planned >= 0)
            continue;
        // One page after another.
        m_hasMore = !page.last;
        m_nextQuery = page.nextQuery;
        if (page.last || (m_maxPages > 0 && m_pages >= m_maxPages)) {
            succeed();
            return;
        }
        if (const QString endless = m_guard->checkMore(m_pages, m_recordCount);
            !endless.isEmpty()) {
            stop(endless);
            return;
        }
        ask(m_asked++, page.nextQuery);
        return;
    }
    if (m_planned >= 0 && !isFinished())
        fillPipeline();
}

void PagedFetch::fillPipeline()
{
    // Never ask past what the guard allows, nor past a "load more" stop.
    int limit = std::min(m_planned, m_guard->maxPages());
    if (m_maxPages > 0)
        limit = std::min(limit, m_maxPages);
    if (m_handed >= limit && m_inFlight == 0) {
        m_hasMore = m_planned > m_handed;
        m_nextQuery = m_hasMore ? plannedQuery(m_handed) : Query{};
        if (!m_hasMore || (m_maxPages > 0 && m_pages >= m_maxPages))
            succeed();
        else
            stop(m_guard->checkMore(m_pages, m_recordCount));
        return;
    }
    if (m_planned > m_handed && m_recordCount >= m_guard->maxRecords()) {
        stop(m_guard->checkMore(m_pages, m_recordCount));
        return;
    }
    while (!isFinished() && m_inFlight < m_concurrency && m_asked < limit) {
        const int index = m_asked++;
        ask(index, plannedQuery(index));
    }
}

void PagedFetch::stop(const QString &message)
{
    ApiError error = ApiError::make(ApiError::Kind::EndlessPaging, message);
    error.product = m_request.product;
    m_hasMore = true;
    fail(error);
}

} // namespace zc
