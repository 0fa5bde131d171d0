// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiCallJob.h"

#include "net/ApiClient.h"
#include "net/ApiJob.h"
#include "net/Pager.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace zc {

QList<QPair<QByteArray, QByteArray>> ApiAnswer::shownHeaders() const
{
    QList<QPair<QByteArray, QByteArray>> shown;
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        if (name != "authorization" && name != "set-cookie" && name != "cookie")
            shown.append(header);
    }
    return shown;
}

bool ApiAnswer::isArrayOfObjects() const
{
    if (!json.isArray())
        return false;
    const QJsonArray array = json.array();
    return std::all_of(array.begin(), array.end(),
                       [](const QJsonValue &value) { return value.isObject(); });
}

ApiCallJob::ApiCallJob(ApiClient *client, ApiCall::Built call, bool paginate, QObject *parent)
    : ClientJob(client, parent)
    , m_call(std::move(call))
    , m_paginate(paginate)
{}

void ApiCallJob::keep(const ApiJob *step)
{
    m_answer.status = step->httpStatus();
    m_answer.headers = step->headers();
    m_answer.body = step->rawBody();
    m_answer.json = QJsonDocument::fromJson(m_answer.body);
    m_answer.requestId = step->requestId();
    m_answer.elapsedMs = m_elapsed.elapsed();
}

void ApiCallJob::run()
{
    m_elapsed.start();
    if (clientGone())
        return;
    if (!m_paginate) {
        ApiJob *step = client()->send(m_call.request);
        const QPointer<ApiJob> guard(step);
        follow(
            step,
            [this](ApiJob *done) {
                keep(done);
                succeed();
            },
            [this, guard](const ApiError &) {
                if (guard)
                    keep(guard);
                return false;
            });
        return;
    }
    ApiRequest request = m_call.request;
    request.expect = ApiRequest::Expect::AnyJson; // the pager reads each page's JSON
    auto *fetch = new PagedFetch(client(), request, m_call.style, m_call.pageSize, this);
    if (!m_call.recordsKey.isEmpty())
        fetch->setRecordsKey(m_call.recordsKey);
    connect(fetch, &PagedFetch::progress, this, &ApiCallJob::progress);
    follow(fetch, [this](PagedFetch *done) {
        m_answer.status = 200;
        m_answer.json = QJsonDocument(done->records());
        m_answer.body = m_answer.json.toJson(QJsonDocument::Compact);
        m_answer.pages = done->pagesLoaded();
        m_answer.elapsedMs = m_elapsed.elapsed();
        succeed();
    });
}

} // namespace zc
