// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "net/Job.h"

#include <QJsonObject>
#include <QPointer>

namespace zc {

class ApiClient;
class ApiJob;
class PagedFetch;

// Activates pending Cloud & Branch Connector changes. The seed document says POST
// /ecAdminActivateStatus/activate; the official SDKs (which record real traffic) send PUT.
// This job sends what the seed documents, POST, and when the server answers 405 Method Not
// Allowed it sends the same request once more as PUT.
class ZtwActivateJob : public Job
{
    Q_OBJECT
public:
    explicit ZtwActivateJob(ApiClient *client, QObject *parent = nullptr);

    // The method of the request that got the final answer ("POST" or "PUT").
    QByteArray method() const { return m_method; }
    // The activation status ZTW answered with, after succeeded.
    QJsonObject result() const { return m_result; }

protected:
    void run() override;

private:
    void send(const QByteArray &method);

    QPointer<ApiClient> m_client;
    QByteArray m_method = "POST";
    QJsonObject m_result;
};

// The Cloud & Branch Connector (ZTW) calls the console makes: connector groups and
// configuration activation.
class ZtwService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 1000;

    explicit ZtwService(ApiClient *client, QObject *parent = nullptr);

    // GET /ecgroup, every page (page, pageSize; bare arrays; stops on a short page). Not
    // started: give it to ConnectorGroupTreeModel::load() or call start().
    PagedFetch *groups(int pageSize = kPageSize);
    // GET /ecAdminActivateStatus -> {orgEditStatus, orgLastActivateStatus, adminStatusMap,
    // adminActivateStatus}. Starts at once.
    ApiJob *activationStatus();
    // POST (or PUT after a 405) /ecAdminActivateStatus/activate. Started on the next turn.
    ZtwActivateJob *activate();

private:
    QPointer<ApiClient> m_client;
};

} // namespace zc
