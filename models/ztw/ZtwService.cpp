// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZtwService.h"

#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "net/Pager.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZtwActivateJob::ZtwActivateJob(ApiClient *client, QObject *parent)
    : Job(parent)
    , m_client(client)
{}

void ZtwActivateJob::run()
{
    send("POST");
}

void ZtwActivateJob::send(const QByteArray &method)
{
    if (!m_client) {
        fail(cancelledError());
        return;
    }
    m_method = method;
    const QStringList path{u"ecAdminActivateStatus"_s, u"activate"_s};
    ApiRequest request = method == "PUT" ? ApiRequest::put(Product::Ztw, path)
                                         : ApiRequest::post(Product::Ztw, path);
    request.expect = ApiRequest::Expect::JsonObject;
    follow(
        m_client->send(request),
        [this](ApiJob *job) {
            m_result = job->json().object();
            succeed();
        },
        [this](const ApiError &error) {
            if (error.httpStatus != 405 || m_method != "POST")
                return false;
            send("PUT"); // the SDKs' method
            return true;
        });
}

ZtwService::ZtwService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PagedFetch *ZtwService::groups(int pageSize)
{
    ApiRequest request = ApiRequest::get(Product::Ztw, {u"ecgroup"_s});
    request.expect = ApiRequest::Expect::JsonArray;
    return new PagedFetch(m_client, request, PageStyle::Zia, pageSize, this);
}

ApiJob *ZtwService::activationStatus()
{
    ApiRequest request = ApiRequest::get(Product::Ztw, {u"ecAdminActivateStatus"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

ZtwActivateJob *ZtwService::activate()
{
    auto *job = new ZtwActivateJob(m_client, m_client);
    job->startLater();
    return job;
}

} // namespace zc
