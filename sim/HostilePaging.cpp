// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "HostilePaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

SimRequest withItem(SimRequest request, const QString &key, const QString &value)
{
    request.query.removeAllQueryItems(key);
    request.query.addQueryItem(key, value);
    return request;
}

qint64 itemNumber(const SimRequest &request, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 n = request.query.queryItemValue(key).toLongLong(&ok);
    return ok ? n : fallback;
}

// The records of `request`'s first page, `count` of them (repeated as needed), each with an
// id no real record has, made from the page number `page`.
QJsonArray freshRecords(const SimRequest &first, const HostilePaging::Route &route, qint64 page,
                        qsizetype count)
{
    const QJsonDocument answer = QJsonDocument::fromJson(route(first).body);
    QJsonArray source = answer.isArray() ? answer.array() : QJsonArray{};
    for (const QLatin1StringView key : {"list"_L1, "records"_L1}) {
        if (answer.isObject() && answer.object().value(key).isArray())
            source = answer.object().value(key).toArray();
    }
    QJsonArray fresh;
    for (qsizetype i = 0; !source.isEmpty() && i < count; ++i) {
        QJsonObject record = source.at(i % source.size()).toObject();
        record.insert(
            u"id"_s,
            u"%1-%2-%3"_s.arg(record.value(u"id"_s).toVariant().toString()).arg(page).arg(i));
        fresh.append(record);
    }
    return fresh;
}

} // namespace

SimRequest HostilePaging::firstPage(const SimRequest &request)
{
    SimRequest first = request;
    if (first.query.hasQueryItem(u"page"_s))
        first = withItem(first, u"page"_s, u"1"_s);
    first.query.removeAllQueryItems(u"offset"_s);
    return first;
}

void HostilePaging::rewrite(SimFault::Kind kind, const SimRequest &request, HttpResponse *response,
                            const Route &route)
{
    if (response->status != 200)
        return;
    QJsonDocument document = QJsonDocument::fromJson(response->body);
    QJsonValue answer =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (kind == SimFault::Kind::CycleLinks && answer.isObject()) {
        QJsonObject object = answer.toObject();
        cycleLinks(&object);
        answer = object;
    } else if (kind == SimFault::Kind::RaiseTotal) {
        raiseTotal(request, &answer, route);
    }
    response->body = answer.isArray() ? QJsonDocument(answer.toArray()).toJson()
                                      : QJsonDocument(answer.toObject()).toJson();
}

void HostilePaging::cycleLinks(QJsonObject *answer)
{
    for (const QLatin1StringView key : {"next_link"_L1, "next_offset"_L1}) {
        const QString next = answer->value(key).toString();
        if (next.isEmpty())
            continue;
        if (!m_links.contains(next)) {
            if (m_links.size() < 2)
                m_links.append(next);
            else
                answer->insert(key, m_links.first());
        }
    }
}

void HostilePaging::raiseTotal(const SimRequest &request, QJsonValue *answer, const Route &route)
{
    if (answer->isArray()) {
        // ZIA, ZCC, ZTW: a list ends on a short page; never send one.
        const qint64 page = itemNumber(request, u"page"_s, 1);
        const qint64 size = itemNumber(request, u"pageSize"_s, 100);
        if (answer->toArray().size() < size)
            *answer = freshRecords(firstPage(request), route, page, size);
        return;
    }
    QJsonObject object = answer->toObject();
    if (object.contains("totalPages"_L1)) { // ZPA
        const qint64 page = itemNumber(request, u"page"_s, 1);
        const qint64 size = itemNumber(request, u"pagesize"_s, 20);
        if (object.value("list"_L1).toArray().isEmpty())
            object.insert(u"list"_s, freshRecords(firstPage(request), route, page, size));
        object.insert(u"totalPages"_s, QString::number(page + 1));
        object.insert(u"totalCount"_s, QString::number((page + 1) * size));
    } else if (object.contains("results_total"_L1)) { // ZIdentity
        const qint64 offset = itemNumber(request, u"offset"_s, 0);
        const qint64 limit = itemNumber(request, u"limit"_s, 100);
        if (object.value("records"_L1).toArray().isEmpty())
            object.insert(u"records"_s,
                          freshRecords(firstPage(request), route, offset / limit + 1, limit));
        object.insert(u"results_total"_s, offset + 2 * limit);
        QUrlQuery next = request.query;
        next.removeAllQueryItems(u"offset"_s);
        next.addQueryItem(u"offset"_s, QString::number(offset + limit));
        object.insert(u"next_link"_s, u"https://api.zsapi.net%1?%2"_s.arg(
                                          request.path, next.toString(QUrl::FullyEncoded)));
    }
    *answer = object;
}

} // namespace zc::sim
