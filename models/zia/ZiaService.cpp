// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZiaService.h"

#include "UrlLookupInput.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace zc {

UrlLookupJob::UrlLookupJob(ApiClient *client, QStringList urls, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_urls(std::move(urls))
{}

int UrlLookupJob::batchCount() const
{
    return static_cast<int>((m_urls.size() + UrlLookupInput::kBatchSize - 1) /
                            UrlLookupInput::kBatchSize);
}

void UrlLookupJob::start()
{
    m_next = 0;
    m_results = {};
    m_done = false;
    if (m_urls.isEmpty()) {
        m_done = true;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_results); }, Qt::QueuedConnection);
        return;
    }
    sendBatch();
}

void UrlLookupJob::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_job)
        m_job->cancel();
    Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
}

void UrlLookupJob::sendBatch()
{
    if (!m_client) {
        m_done = true;
        Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled));
        return;
    }
    const QStringList batch = m_urls.mid(m_next, UrlLookupInput::kBatchSize);
    ApiRequest request = ApiRequest::post(Product::Zia, {u"urlLookup"_s},
                                          QJsonDocument(QJsonArray::fromStringList(batch)));
    request.expect = ApiRequest::Expect::JsonArray;
    m_job = m_client->send(request);
    connect(m_job, &ApiJob::failed, this, [this](ApiJob *, const ApiError &error) {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT failed(error);
    });
    connect(m_job, &ApiJob::succeeded, this, [this, batch](ApiJob *job) {
        if (m_done)
            return;
        // Keep input order even if the server reorders: index the answer by URL.
        QHash<QString, QJsonObject> byUrl;
        for (const QJsonValue &item : job->json().array()) {
            const QJsonObject o = item.toObject();
            byUrl.insert(o.value("url"_L1).toString(), o);
        }
        for (const QString &url : batch) {
            const auto it = byUrl.constFind(url);
            if (it != byUrl.constEnd()) {
                m_results.append(it.value());
            } else {
                ApiError error =
                    ApiError::make(ApiError::Kind::BadResponse,
                                   QCoreApplication::translate("zc::ZiaService",
                                                               "ZIA's answer has no result for %1.")
                                       .arg(url));
                error.product = Product::Zia;
                error.requestId = job->requestId();
                m_done = true;
                Q_EMIT failed(error);
                return;
            }
        }
        m_next += static_cast<int>(batch.size());
        Q_EMIT progress(static_cast<int>(m_next / UrlLookupInput::kBatchSize +
                                         (m_next % UrlLookupInput::kBatchSize ? 1 : 0)),
                        batchCount());
        if (m_next >= m_urls.size()) {
            m_done = true;
            Q_EMIT finished(m_results);
            return;
        }
        sendBatch();
    });
}

ZiaService::ZiaService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

UrlLookupJob *ZiaService::lookupUrls(const QStringList &urls)
{
    auto *job = new UrlLookupJob(m_client, urls, this);
    job->start();
    return job;
}

ApiJob *ZiaService::activationStatus()
{
    ApiRequest request = ApiRequest::get(Product::Zia, {u"status"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

ApiJob *ZiaService::activate()
{
    ApiRequest request = ApiRequest::post(Product::Zia, {u"status"_s, u"activate"_s});
    request.expect = ApiRequest::Expect::JsonObject;
    return m_client->send(request);
}

} // namespace zc
