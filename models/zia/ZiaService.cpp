// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZiaService.h"

#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZiaService::ZiaService(ApiClient *client, QObject *parent)
    : Service(client, parent)
{}

UrlLookupJob *ZiaService::lookupUrls(const QStringList &urls)
{
    return start<UrlLookupJob>(urls);
}

ApiJob *ZiaService::activationStatus()
{
    return send(
        ApiRequest::get(Product::Zia, {u"status"_s}).expecting(ApiRequest::Expect::JsonObject));
}

ApiJob *ZiaService::activate()
{
    return send(ApiRequest::post(Product::Zia, {u"status"_s, u"activate"_s})
                    .expecting(ApiRequest::Expect::JsonObject));
}

} // namespace zc
