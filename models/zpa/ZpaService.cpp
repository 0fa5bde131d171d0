// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZpaService.h"

#include "net/ApiClient.h"
#include "net/ApiRequest.h"
#include "net/Pager.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZpaService::ZpaService(ApiClient *client, QObject *parent)
    : Service(client, parent)
{}

QString ZpaService::customerId() const
{
    return client() ? client()->settings().zpaCustomerId.trimmed() : QString();
}

ApiError ZpaService::settingsError() const
{
    if (!client())
        return Job::cancelledError();
    if (customerId().isEmpty()) {
        ApiError error = ApiError::make(
            ApiError::Kind::InvalidInput,
            tr("ZPA needs the customer ID (the ZPA tenant ID) in the connection settings; find "
               "it in the ZIdentity or ZPA Admin Portal, or set ZPA_CUSTOMER_ID."));
        error.product = Product::Zpa;
        return error;
    }
    return {};
}

PagedFetch *ZpaService::list(const QString &resource, const QString &microtenantId,
                             const QString &search, ApiError *error)
{
    if (const ApiError problem = settingsError(); problem.isError()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    ApiRequest request =
        ApiRequest::get(Product::Zpa, {u"admin"_s, u"customers"_s, customerId(), resource})
            .expecting(ApiRequest::Expect::JsonObject);
    if (!search.isEmpty())
        request.query.append({u"search"_s, search});
    if (!microtenantId.isEmpty())
        request.query.append({u"microtenantId"_s, microtenantId});
    if (error)
        *error = {};
    return pages(request, PageStyle::Zpa, kPageSize);
}

PagedFetch *ZpaService::applicationSegments(const QString &microtenantId, const QString &search,
                                            ApiError *error)
{
    return list(u"application"_s, microtenantId, search.trimmed(), error);
}

PagedFetch *ZpaService::microtenants(ApiError *error)
{
    return list(u"microtenants"_s, {}, {}, error);
}

PagedFetch *ZpaService::segmentGroups(const QString &microtenantId, ApiError *error)
{
    return list(u"segmentGroup"_s, microtenantId, {}, error);
}

PagedFetch *ZpaService::serverGroups(const QString &microtenantId, ApiError *error)
{
    return list(u"serverGroup"_s, microtenantId, {}, error);
}

} // namespace zc
