// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZtwService.h"

#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZtwService::ZtwService(ApiClient *client, QObject *parent)
    : Service(client, parent)
{}

PagedFetch *ZtwService::groups(int pageSize)
{
    return pages(
        ApiRequest::get(Product::Ztw, {u"ecgroup"_s}).expecting(ApiRequest::Expect::JsonArray),
        PageStyle::Zia, pageSize);
}

ApiJob *ZtwService::activationStatus()
{
    return send(ApiRequest::get(Product::Ztw, {u"ecAdminActivateStatus"_s})
                    .expecting(ApiRequest::Expect::JsonObject));
}

ZtwActivateJob *ZtwService::activate()
{
    return start<ZtwActivateJob>();
}

} // namespace zc
