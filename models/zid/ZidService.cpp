// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZidService.h"

#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

QList<std::pair<QString, QString>> ZidUserFilter::queryItems() const
{
    QList<std::pair<QString, QString>> items;
    if (!login.isEmpty())
        items.append({u"loginname"_s, login});
    if (!loginLike.isEmpty())
        items.append({u"loginname[like]"_s, loginLike});
    if (!displayNameLike.isEmpty())
        items.append({u"displayname[like]"_s, displayNameLike});
    if (!emailLike.isEmpty())
        items.append({u"primaryemail[like]"_s, emailLike});
    return items;
}

ZidService::ZidService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ApiRequest ZidService::usersRequest(const ZidUserFilter &filter)
{
    ApiRequest request = ApiRequest::get(Product::Zid, {u"users"_s}, filter.queryItems());
    request.expect = ApiRequest::Expect::JsonObject;
    return request;
}

ApiRequest ZidService::groupsRequest()
{
    ApiRequest request = ApiRequest::get(Product::Zid, {u"groups"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    return request;
}

ApiRequest ZidService::groupMembersRequest(const QString &groupId)
{
    ApiRequest request = ApiRequest::get(Product::Zid, {u"groups"_s, groupId, u"users"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    return request;
}

PagedFetch *ZidService::users(const ZidUserFilter &filter, int pageSize)
{
    return new PagedFetch(m_client, usersRequest(filter), PageStyle::Zid, pageSize, this);
}

PagedFetch *ZidService::groups(int pageSize)
{
    return new PagedFetch(m_client, groupsRequest(), PageStyle::Zid, pageSize, this);
}

PagedFetch *ZidService::groupMembers(const QString &groupId, int pageSize)
{
    return new PagedFetch(m_client, groupMembersRequest(groupId), PageStyle::Zid, pageSize, this);
}

ApiJob *ZidService::user(const QString &id)
{
    ApiRequest request = ApiRequest::get(Product::Zid, {u"users"_s, id});
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

ApiJob *ZidService::group(const QString &id)
{
    ApiRequest request = ApiRequest::get(Product::Zid, {u"groups"_s, id});
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

} // namespace zc
