// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlLookupJob.h"

#include "UrlLookupInput.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace zc {

UrlLookupJob::UrlLookupJob(ApiClient *client, QStringList urls, QObject *parent)
    : ClientJob(client, parent)
    , m_urls(std::move(urls))
{}

int UrlLookupJob::batchCount() const
{
    return static_cast<int>((m_urls.size() + UrlLookupInput::kBatchSize - 1) /
                            UrlLookupInput::kBatchSize);
}

void UrlLookupJob::run()
{
    if (m_urls.isEmpty())
        succeed();
    else
        sendBatch();
}

void UrlLookupJob::sendBatch()
{
    if (clientGone())
        return;
    const QStringList batch = m_urls.mid(m_next, UrlLookupInput::kBatchSize);
    ApiRequest request = ApiRequest::post(Product::Zia, {u"urlLookup"_s},
                                          QJsonDocument(QJsonArray::fromStringList(batch)));
    request.expect = ApiRequest::Expect::JsonArray;
    follow(client()->send(request), [this, batch](ApiJob *job) {
        // Keep input order even if the server reorders: index the answer by URL.
        QHash<QString, QJsonObject> byUrl;
        for (const QJsonValue &item : job->json().array()) {
            const QJsonObject o = item.toObject();
            byUrl.insert(o.value("url"_L1).toString(), o);
        }
        for (const QString &url : batch) {
            const auto it = byUrl.constFind(url);
            if (it == byUrl.constEnd()) {
                ApiError error =
                    ApiError::make(ApiError::Kind::BadResponse,
                                   QCoreApplication::translate("zc::ZiaService",
                                                               "ZIA's answer has no result for %1.")
                                       .arg(url));
                error.product = Product::Zia;
                error.requestId = job->requestId();
                fail(error);
                return;
            }
            m_results.append(it.value());
        }
        m_next += static_cast<int>(batch.size());
        Q_EMIT progress(static_cast<int>(m_next / UrlLookupInput::kBatchSize +
                                         (m_next % UrlLookupInput::kBatchSize ? 1 : 0)),
                        batchCount());
        if (m_next >= m_urls.size())
            succeed();
        else
            sendBatch();
    });
}

} // namespace zc
