// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZtwRoutes.h"

#include "ZtwData.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

// A positive integer query argument; `fallback` when absent, nullopt when malformed.
std::optional<int> positiveArgument(const QUrlQuery &query, const QString &key, int fallback)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

} // namespace

ZtwRoutes::ZtwRoutes(const SimOptions &options)
    : m_options(options)
{}

const QJsonArray &ZtwRoutes::groups()
{
    if (!m_groups)
        m_groups = ZtwData::generateGroups(m_options.seed, m_options.sizes.ztwGroups);
    return *m_groups;
}

QJsonObject ZtwRoutes::activationStatus() const
{
    // Values as the Cloud Connector portal's API reports them: EDITS_PRESENT while changes
    // wait for activation, EDITS_CLEARED once none are pending.
    return QJsonObject{
        {u"orgEditStatus"_s, m_pending ? u"EDITS_PRESENT"_s : u"EDITS_CLEARED"_s},
        {u"orgLastActivateStatus"_s, m_activatedOnce ? u"CAC_ACTV_SUCCESS"_s : u"CAC_ACTV_UI"_s},
        {u"adminStatusMap"_s, QJsonObject{}},
        {u"adminActivateStatus"_s, m_pending ? u"ADM_EDITING"_s : u"ADM_ACTV_DONE"_s},
    };
}

std::optional<HttpResponse> ZtwRoutes::handle(const RouteContext &context)
{
    const QByteArray &method = context.request.method;
    if (context.path == "/ecgroup"_L1) {
        if (!context.request.isRead())
            return methodNotAllowed("GET");
        return listGroups(context);
    }
    if (context.path.startsWith("/ecgroup/"_L1)) {
        const QString id = context.path.mid(9);
        if (id.isEmpty() || id.contains(u'/'))
            return std::nullopt;
        if (!context.request.isRead())
            return methodNotAllowed("GET");
        for (const QJsonValue &group : groups()) {
            const QJsonValue groupId = group.toObject().value("id"_L1);
            if (QString::number(groupId.toInteger()) == id)
                return HttpResponse::json(200, group.toObject());
        }
        return HttpResponse::error(404, u"RESOURCE_NOT_FOUND"_s,
                                   u"No Cloud & Branch Connector group with ID %1."_s.arg(id));
    }
    if (context.path == "/ecAdminActivateStatus"_L1) {
        if (!context.request.isRead())
            return methodNotAllowed("GET");
        return HttpResponse::json(200, activationStatus());
    }
    if (context.path == "/ecAdminActivateStatus/activate"_L1) {
        if (method != "POST" && method != "PUT")
            return methodNotAllowed("POST, PUT");
        m_pending = false;
        m_activatedOnce = true;
        return HttpResponse::json(200, activationStatus());
    }
    return std::nullopt;
}

HttpResponse ZtwRoutes::listGroups(const RouteContext &context)
{
    const QUrlQuery &query = context.request.query;
    const std::optional<int> page = positiveArgument(query, u"page"_s, 1);
    if (!page)
        return HttpResponse::invalidInput(u"\"page\" must be a positive integer."_s);
    const std::optional<int> pageSize = positiveArgument(query, u"pageSize"_s, maxPageSize);
    if (!pageSize)
        return HttpResponse::invalidInput(u"\"pageSize\" must be a positive integer."_s);
    const int size = std::min(*pageSize, maxPageSize);

    const QJsonArray &all = groups();
    const qint64 first = static_cast<qint64>(*page - 1) * size;
    QJsonArray slice;
    for (qint64 i = first; i < all.size() && i < first + size; ++i)
        slice.append(all.at(i));
    return HttpResponse::json(200, slice);
}

} // namespace zc::sim
