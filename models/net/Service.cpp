// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Service.h"

#include "ApiClient.h"

namespace zc {

Service::Service(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ApiClient *Service::client() const
{
    return m_client;
}

QObject *Service::jobParent() const
{
    return m_client;
}

ApiJob *Service::send(const ApiRequest &request) const
{
    return m_client->send(request);
}

PagedFetch *Service::pages(const ApiRequest &request, PageStyle style, int pageSize,
                           const QString &recordsKey)
{
    auto *fetch = new PagedFetch(m_client, request, style, pageSize, this);
    fetch->setRecordsKey(recordsKey);
    return fetch;
}

} // namespace zc
