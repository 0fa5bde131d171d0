// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZidRoutes.h"

#include "TenantData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace zc::sim {

namespace {

using QueryItems = QList<std::pair<QString, QString>>;

QueryItems decodedItems(const QUrlQuery &query)
{
    QueryItems items;
    const auto raw = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : raw)
        items.append({k, v});
    return items;
}

QByteArray compact(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QString itemValue(const QueryItems &items, const QString &key)
{
    for (const auto &[k, v] : items) {
        if (k == key)
            return v;
    }
    return {};
}

// One page of `total` matching records, in the ZIdentity envelope.
class Pager
{
public:
    Pager(const RouteContext &context, const SimOptions &options)
        : m_context(context)
        , m_options(options)
        , m_items(decodedItems(context.request.query))
    {}

    // Reads limit and offset; a refusal when they are not numbers in range.
    std::optional<HttpResponse> parse()
    {
        bool ok = true;
        if (const QString v = itemValue(m_items, u"limit"_s); !v.isNull()) {
            m_limit = v.toInt(&ok);
            if (!ok || m_limit < 1)
                return HttpResponse::invalidInput(
                    u"limit must be a number from 1 to %1."_s.arg(ZidRoutes::maxLimit));
            m_limit = std::min(m_limit, ZidRoutes::maxLimit);
        }
        if (const QString v = itemValue(m_items, u"offset"_s); !v.isNull()) {
            m_offset = v.toLongLong(&ok);
            if (!ok || m_offset < 0)
                return HttpResponse::invalidInput(u"offset must be a number from 0."_s);
        }
        return std::nullopt;
    }

    const QueryItems &items() const { return m_items; }
    qint64 offset() const { return m_offset; }
    int limit() const { return m_limit; }

    // `recordAt`: the i-th match, serialized compactly.
    HttpResponse answer(qint64 total, const std::function<QByteArray(qint64)> &recordAt) const
    {
        QByteArrayList records;
        const qint64 end = std::min<qint64>(total, m_offset + m_limit);
        for (qint64 i = m_offset; i < end; ++i)
            records.append(recordAt(i));
        QJsonObject answer{
            {u"results_total"_s, total},
            {u"pageOffset"_s, m_offset},
            {u"pageSize"_s, m_limit},
        };
        if (m_offset + m_limit < total)
            answer.insert(u"next_link"_s, link(m_offset + m_limit));
        if (m_offset > 0)
            answer.insert(u"prev_link"_s, link(std::max<qint64>(0, m_offset - m_limit)));
        return HttpResponse::json(200, answer, u"records"_s, records);
    }

private:
    // An absolute URL on the host the request named, with this query but another offset.
    QString link(qint64 offset) const
    {
        QueryItems items;
        bool haveLimit = false;
        bool haveOffset = false;
        for (const auto &[k, v] : m_items) {
            if (k == "limit"_L1) {
                haveLimit = true;
                items.append({k, QString::number(m_limit)});
            } else if (k == "offset"_L1) {
                haveOffset = true;
                items.append({k, QString::number(offset)});
            } else {
                items.append({k, v});
            }
        }
        if (!haveLimit)
            items.append({u"limit"_s, QString::number(m_limit)});
        if (!haveOffset)
            items.append({u"offset"_s, QString::number(offset)});
        QByteArray encoded;
        for (const auto &[k, v] : std::as_const(items)) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        }
        QString host = QString::fromLatin1(m_context.request.header("host"));
        if (host.isEmpty())
            host = u"api.zsapi.net"_s;
        QUrl url;
        url.setScheme(m_options.https ? u"https"_s : u"http"_s);
        url.setAuthority(host);
        url.setPath(m_context.basePath + m_context.path);
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        return url.toString(QUrl::FullyEncoded);
    }

    const RouteContext &m_context;
    const SimOptions &m_options;
    QueryItems m_items;
    int m_limit = ZidRoutes::defaultLimit;
    qint64 m_offset = 0;
};

} // namespace

ZidRoutes::ZidRoutes(const TenantData &tenant, const SimOptions &options)
    : m_tenant(tenant)
    , m_options(options)
{}

QJsonObject ZidRoutes::userRecord(const TenantData &tenant, const SimUser &user)
{
    QJsonObject department;
    if (!user.department.isEmpty())
        department = QJsonObject{{u"id"_s, tenant.departmentIds.value(user.department)},
                                 {u"name"_s, user.department}};
    return QJsonObject{
        {u"loginName"_s, user.loginName},
        {u"displayName"_s, user.displayName},
        {u"primaryEmail"_s, user.primaryEmail},
        {u"department"_s, department},
        {u"status"_s, user.active},
        {u"customAttrsInfo"_s, QJsonObject()},
        {u"id"_s, user.id},
        {u"source"_s, user.source},
        {u"idp"_s, QJsonObject{{u"id"_s, user.idpId}, {u"name"_s, user.idpName}}},
    };
}

void ZidRoutes::prepare()
{
    for (int i = 0; i < m_tenant.users.size(); ++i)
        compactUser(i);
}

const QByteArray &ZidRoutes::compactUser(int index) const
{
    // Serializing a user costs more than serving it: each is serialized once while the
    // tenant does not change (TenantData::revision()).
    if (m_compactRevision != m_tenant.revision()) {
        m_compactUsers.clear();
        m_compactRevision = m_tenant.revision();
    }
    return m_compactUsers.at(index, m_tenant.users.size(),
                             [&] { return userRecord(m_tenant, m_tenant.users.at(index)); });
}

QJsonObject ZidRoutes::groupRecord(const SimGroup &group)
{
    return QJsonObject{
        {u"id"_s, group.id},
        {u"name"_s, group.name},
        {u"description"_s, group.description},
        {u"source"_s, group.source},
        {u"isDynamicGroup"_s, false},
    };
}

std::optional<HttpResponse> ZidRoutes::handle(const RouteContext &context)
{
    const QStringList parts = context.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    const bool read = context.request.isRead();
    if (parts.first() == "users"_L1) {
        if (parts.size() > 2)
            return std::nullopt;
        if (!read)
            return methodNotAllowed("GET");
        if (parts.size() == 1)
            return users(context);
        const SimUser *user = m_tenant.userById(parts.at(1));
        if (!user)
            return HttpResponse::notFound(u"No user with this id."_s);
        return HttpResponse::json(200, userRecord(m_tenant, *user));
    }
    if (parts.first() == "groups"_L1) {
        if (parts.size() > 3 || (parts.size() == 3 && parts.at(2) != "users"_L1))
            return std::nullopt;
        if (!read)
            return methodNotAllowed("GET");
        if (parts.size() == 1)
            return groups(context);
        const SimGroup *group = m_tenant.groupById(parts.at(1));
        if (!group)
            return HttpResponse::notFound(u"No group with this id."_s);
        if (parts.size() == 2)
            return HttpResponse::json(200, groupRecord(*group));
        return groupMembers(context, group->id);
    }
    return std::nullopt;
}

HttpResponse ZidRoutes::users(const RouteContext &context) const
{
    Pager pager(context, m_options);
    if (const auto refusal = pager.parse())
        return *refusal;
    const QueryItems &items = pager.items();
    const QString login = itemValue(items, u"loginname"_s);
    const QString loginLike = itemValue(items, u"loginname[like]"_s);
    const QString nameLike = itemValue(items, u"displayname[like]"_s);
    const QString emailLike = itemValue(items, u"primaryemail[like]"_s);
    const auto record = [this](int index) { return compactUser(index); };

    if (login.isEmpty() && loginLike.isEmpty() && nameLike.isEmpty() && emailLike.isEmpty())
        return pager.answer(m_tenant.users.size(), [&](qint64 i) { return record(int(i)); });

    QList<int> matches;
    const auto accepts = [&](const SimUser &user) {
        return (loginLike.isEmpty() || user.loginName.contains(loginLike, Qt::CaseInsensitive)) &&
               (nameLike.isEmpty() || user.displayName.contains(nameLike, Qt::CaseInsensitive)) &&
               (emailLike.isEmpty() || user.primaryEmail.contains(emailLike, Qt::CaseInsensitive));
    };
    if (!login.isEmpty()) {
        const SimUser *user = m_tenant.userByLogin(login);
        if (user && accepts(*user))
            matches.append(int(user - m_tenant.users.constData()));
    } else {
        for (int i = 0; i < m_tenant.users.size(); ++i) {
            if (accepts(m_tenant.users.at(i)))
                matches.append(i);
        }
    }
    return pager.answer(matches.size(), [&](qint64 i) { return record(matches.at(i)); });
}

HttpResponse ZidRoutes::groups(const RouteContext &context) const
{
    Pager pager(context, m_options);
    if (const auto refusal = pager.parse())
        return *refusal;
    const QString nameLike = itemValue(pager.items(), u"name[like]"_s);
    QList<int> matches;
    for (int i = 0; i < m_tenant.groups.size(); ++i) {
        if (nameLike.isEmpty() ||
            m_tenant.groups.at(i).name.contains(nameLike, Qt::CaseInsensitive))
            matches.append(i);
    }
    return pager.answer(matches.size(), [&](qint64 i) {
        return compact(groupRecord(m_tenant.groups.at(matches.at(i))));
    });
}

HttpResponse ZidRoutes::groupMembers(const RouteContext &context, const QString &groupId) const
{
    Pager pager(context, m_options);
    if (const auto refusal = pager.parse())
        return *refusal;
    const QList<int> members = m_tenant.usersOfGroup(groupId);
    return pager.answer(members.size(), [&](qint64 i) { return compactUser(members.at(i)); });
}

} // namespace zc::sim
