#include "ZIdentityService.h"

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

ZIdentityService::ZIdentityService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ApiRequest ZIdentityService::usersRequest(const ZidUserFilter &filter)
{
    ApiRequest request = ApiRequest::get(Product::ZIdentity, {u"users"_s}, filter.queryItems());
    request.expect = ApiRequest::Expect::JsonObject;
    return request;
}

ApiRequest ZIdentityService::groupsRequest()
{
    ApiRequest request = ApiRequest::get(Product::ZIdentity, {u"groups"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    return request;
}

ApiRequest ZIdentityService::groupMembersRequest(const QString &groupId)
{
    ApiRequest request = ApiRequest::get(Product::ZIdentity, {u"groups"_s, groupId, u"users"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    return request;
}

PagedFetch *ZIdentityService::users(const ZidUserFilter &filter, int pageSize)
{
    return new PagedFetch(m_client, usersRequest(filter), PageStyle::ZIdentity, pageSize, this);
}

PagedFetch *ZIdentityService::groups(int pageSize)
{
    return new PagedFetch(m_client, groupsRequest(), PageStyle::ZIdentity, pageSize, this);
}

PagedFetch *ZIdentityService::groupMembers(const QString &groupId, int pageSize)
{
    return new PagedFetch(m_client, groupMembersRequest(groupId), PageStyle::ZIdentity, pageSize,
                          this);
}

ApiJob *ZIdentityService::user(const QString &id)
{
    ApiRequest request = ApiRequest::get(Product::ZIdentity, {u"users"_s, id});
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

ApiJob *ZIdentityService::group(const QString &id)
{
    ApiRequest request = ApiRequest::get(Product::ZIdentity, {u"groups"_s, id});
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

} // namespace zc
