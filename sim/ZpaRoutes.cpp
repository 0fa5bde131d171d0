// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZpaRoutes.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

// ZPA's error shape: {"id": "...", "reason": "..."}.
HttpResponse zpaError(int status, const QString &id, const QString &reason)
{
    return HttpResponse::json(status, QJsonObject{{u"id"_s, id}, {u"reason"_s, reason}});
}

// A positive number from the query, `fallback` when absent; -1 when not a positive number.
int positiveNumber(const QUrlQuery &query, const QString &key, int fallback)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 n = query.queryItemValue(key, QUrl::FullyDecoded).trimmed().toLongLong(&ok);
    if (!ok || n < 1)
        return -1;
    return static_cast<int>(std::min<qint64>(n, 1'000'000'000));
}

} // namespace

ZpaRoutes::ZpaRoutes(const SimOptions &options)
    : m_options(options)
{}

ZpaRoutes::~ZpaRoutes() = default;

const ZpaData &ZpaRoutes::data()
{
    if (!m_data)
        m_data = std::make_unique<ZpaData>(ZpaData::generate(m_options.seed, m_options.sizes));
    return *m_data;
}

ZpaData &ZpaRoutes::mutableData()
{
    data();
    // The caller changes the data before the next request is served.
    m_compact.clear();
    return *m_data;
}

void ZpaRoutes::prepare()
{
    const ZpaData &d = data();
    for (const QList<ZpaRecord> *records :
         {&d.segments, &d.microtenants, &d.segmentGroups, &d.serverGroups}) {
        for (qsizetype i = 0; i < records->size(); ++i)
            compact(*records, i);
    }
}

const QByteArray &ZpaRoutes::compact(const QList<ZpaRecord> &records, qsizetype index)
{
    return m_compact[&records].at(index, records.size(), [&] { return records.at(index).json; });
}

std::optional<HttpResponse> ZpaRoutes::handle(const RouteContext &context)
{
    if (context.basePath != "/zpa/mgmtconfig/v1"_L1)
        return std::nullopt;
    // "/admin/customers/{customerId}/{resource}[/{id}]"
    const QStringList parts = context.path.split(u'/');
    if (parts.size() < 5 || parts.size() > 6 || !parts.at(0).isEmpty() ||
        parts.at(1) != "admin"_L1 || parts.at(2) != "customers"_L1)
        return std::nullopt;
    const QString &resource = parts.at(4);
    if (resource != "application"_L1 && resource != "microtenants"_L1 &&
        resource != "segmentGroup"_L1 && resource != "serverGroup"_L1)
        return std::nullopt;
    const QString &customerId = parts.at(3);
    if (customerId != QLatin1StringView(ZpaData::kCustomerId))
        return zpaError(404, u"resource.not.found"_s,
                        u"Customer %1 was not found."_s.arg(customerId.left(40)));
    if (!context.request.isRead())
        return methodNotAllowed("GET");

    const ZpaData &d = data();
    const QList<ZpaRecord> &records = resource == "application"_L1    ? d.segments
                                      : resource == "microtenants"_L1 ? d.microtenants
                                      : resource == "segmentGroup"_L1 ? d.segmentGroups
                                                                      : d.serverGroups;
    if (parts.size() == 6) {
        const QString &id = parts.at(5);
        for (const ZpaRecord &record : records) {
            if (record.json.value("id"_L1).toString() == id)
                return HttpResponse::json(200, record.json);
        }
        return zpaError(404, u"resource.not.found"_s, u"Resource %1 was not found."_s.arg(id));
    }
    return list(context, records, resource != "microtenants"_L1);
}

HttpResponse ZpaRoutes::list(const RouteContext &context, const QList<ZpaRecord> &records,
                             bool filterByMicrotenant)
{
    const QUrlQuery &query = context.request.query;
    const int page = positiveNumber(query, u"page"_s, 1);
    if (page < 0)
        return zpaError(400, u"invalid.request"_s, u"page must be a positive number."_s);
    int pageSize = positiveNumber(query, u"pagesize"_s, defaultPageSize);
    if (pageSize < 0)
        return zpaError(400, u"invalid.request"_s, u"pagesize must be a positive number."_s);
    pageSize = std::min(pageSize, maxPageSize);

    QString microtenant;
    if (filterByMicrotenant) {
        microtenant = query.queryItemValue(u"microtenantId"_s, QUrl::FullyDecoded).trimmed();
        if (!microtenant.isEmpty() && microtenant != "0"_L1 && !data().hasMicrotenant(microtenant))
            return zpaError(400, u"invalid.microtenant.id"_s,
                            u"Microtenant %1 does not exist."_s.arg(microtenant.left(40)));
    }
    const QString search =
        query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed().toLower();

    // The matches, in order; only the page's slice is served, each record serialized once
    // while the data does not change.
    const qint64 first = static_cast<qint64>(page - 1) * pageSize;
    qint64 matches = 0;
    QByteArrayList slice;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ZpaRecord &record = records.at(i);
        if (!microtenant.isEmpty() && record.microtenantId != microtenant)
            continue;
        if (!search.isEmpty() && !record.haystack.contains(search))
            continue;
        if (matches >= first && matches < first + pageSize)
            slice.append(compact(records, i));
        ++matches;
    }
    const qint64 totalPages = (matches + pageSize - 1) / pageSize;
    const QJsonObject answer{{u"totalPages"_s, QString::number(totalPages)},
                             {u"totalCount"_s, QString::number(matches)}};
    if (slice.isEmpty())
        return HttpResponse::json(200, answer);
    return HttpResponse::json(200, answer, u"list"_s, slice);
}

} // namespace zc::sim
