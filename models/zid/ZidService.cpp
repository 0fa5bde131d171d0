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
    : Service(client, parent)
{}

ApiRequest ZidService::usersRequest(const ZidUserFilter &filter)
{
    return ApiRequest::get(Product::Zid, {u"users"_s}, filter.queryItems())
        .expecting(ApiRequest::Expect::JsonObject);
}

ApiRequest ZidService::groupsRequest()
{
    return ApiRequest::get(Product::Zid, {u"groups"_s}).expecting(ApiRequest::Expect::JsonObject);
}

ApiRequest ZidService::groupMembersRequest(const QString &groupId)
{
    return ApiRequest::get(Product::Zid, {u"groups"_s, groupId, u"users"_s})
        .expecting(ApiRequest::Expect::JsonObject);
}

PagedFetch *ZidService::users(const ZidUserFilter &filter, int pageSize)
{
    return pages(usersRequest(filter), PageStyle::Zid, pageSize);
}

PagedFetch *ZidService::groups(int pageSize)
{
    return pages(groupsRequest(), PageStyle::Zid, pageSize);
}

PagedFetch *ZidService::groupMembers(const QString &groupId, int pageSize)
{
    return pages(groupMembersRequest(groupId), PageStyle::Zid, pageSize);
}

ApiJob *ZidService::user(const QString &id)
{
    return send(
        ApiRequest::get(Product::Zid, {u"users"_s, id}).expecting(ApiRequest::Expect::JsonObject));
}

ApiJob *ZidService::group(const QString &id)
{
    return send(
        ApiRequest::get(Product::Zid, {u"groups"_s, id}).expecting(ApiRequest::Expect::JsonObject));
}

} // namespace zc
