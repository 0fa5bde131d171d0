// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiRequest.h"
#include "Pager.h"

#include <QObject>
#include <QPointer>

#include <utility>

namespace zc {

class ApiClient;
class ApiJob;

// The base of the product services (ZiaService, ZdxService...): typed calls over one
// ApiClient, each a short description of its request. Single requests start on the next
// event-loop turn (ApiClient::send()); lists come as a PagedFetch, not started, a child of the
// service; the service's multi-step jobs start on the next turn and are children of the
// client, so that they outlive a service made for one call.
class Service : public QObject
{
    Q_OBJECT
public:
    ApiClient *client() const;

protected:
    Service(ApiClient *client, QObject *parent);

    ApiJob *send(const ApiRequest &request) const;
    // Every page of a list; `recordsKey` names the records' array when the style's default
    // does not (paging::defaultRecordsKey()).
    PagedFetch *pages(const ApiRequest &request, PageStyle style, int pageSize,
                      const QString &recordsKey = {});
    // A job of the service's own, made with the client, then `args`, then its parent.
    template<typename J, typename... Args> J *start(Args &&...args) const
    {
        auto *job = new J(client(), std::forward<Args>(args)..., jobParent());
        job->startLater();
        return job;
    }

private:
    QObject *jobParent() const;

    QPointer<ApiClient> m_client;
};

} // namespace zc
