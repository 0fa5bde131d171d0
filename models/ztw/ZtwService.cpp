// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZtwService.h"

#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "net/Pager.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZtwActivateJob::ZtwActivateJob(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ZtwActivateJob::start()
{
    m_done = false;
    m_error = {};
    m_result = {};
    send("POST");
}

void ZtwActivateJob::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_job)
        m_job->cancel();
    m_error = ApiError::make(ApiError::Kind::Cancelled);
    Q_EMIT failed(m_error);
    Q_EMIT finished();
}

void ZtwActivateJob::send(const QByteArray &method)
{
    if (!m_client) {
        m_done = true;
        m_error = ApiError::make(ApiError::Kind::Cancelled);
        Q_EMIT failed(m_error);
        Q_EMIT finished();
        return;
    }
    m_method = method;
    const QStringList path{u"ecAdminActivateStatus"_s, u"activate"_s};
    ApiRequest request = method == "PUT" ? ApiRequest::put(Product::Ztw, path)
                                         : ApiRequest::post(Product::Ztw, path);
    request.expect = ApiRequest::Expect::JsonObject;
    m_job = m_client->send(request);
    connect(m_job, &ApiJob::succeeded, this, [this](ApiJob *job) {
        if (m_done)
            return;
        m_done = true;
        m_result = job->json().object();
        Q_EMIT succeeded(m_result);
        Q_EMIT finished();
    });
    connect(m_job, &ApiJob::failed, this, [this](ApiJob *, const ApiError &error) {
        if (m_done)
            return;
        if (error.httpStatus == 405 && m_method == "POST") {
            send("PUT"); // the SDKs' method
            return;
        }
        m_done = true;
        m_error = error;
        Q_EMIT failed(error);
        Q_EMIT finished();
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
    auto *fetch = new PagedFetch(m_client, request, PageStyle::Zia, pageSize, this);
    connect(fetch, &PagedFetch::finished, fetch, &QObject::deleteLater);
    connect(fetch, &PagedFetch::failed, fetch, &QObject::deleteLater);
    return fetch;
}

ApiJob *ZtwService::activationStatus()
{
    ApiRequest request = ApiRequest::get(Product::Ztw, {u"ecAdminActivateStatus"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

ZtwActivateJob *ZtwService::activate()
{
    auto *job = new ZtwActivateJob(m_client, this);
    connect(job, &ZtwActivateJob::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}

} // namespace zc
