// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace zc {

class ApiClient;
class ApiJob;
class PagedFetch;

// Activates pending Cloud & Branch Connector changes. The seed document says POST
// /ecAdminActivateStatus/activate; the official SDKs (which record real traffic) send PUT.
// This job sends what the seed documents, POST, and when the server answers 405 Method Not
// Allowed it sends the same request once more as PUT. Emits exactly one of succeeded/failed.
class ZtwActivateJob : public QObject
{
    Q_OBJECT
public:
    explicit ZtwActivateJob(ApiClient *client, QObject *parent = nullptr);

    void start();
    void cancel();

    // The method of the request that got the final answer ("POST" or "PUT").
    QByteArray method() const { return m_method; }
    QJsonObject result() const { return m_result; }
    ApiError error() const { return m_error; }
    bool isFinished() const { return m_done; }

Q_SIGNALS:
    void succeeded(const QJsonObject &status);
    void failed(const zc::ApiError &error);
    void finished();

private:
    void send(const QByteArray &method);

    QPointer<ApiClient> m_client;
    QPointer<ApiJob> m_job;
    QByteArray m_method = "POST";
    QJsonObject m_result;
    ApiError m_error;
    bool m_done = false;
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
    // started: give it to ConnectorGroupTreeModel::load() or call start(). A child of this
    // service, deleted later once it finished or failed.
    PagedFetch *groups(int pageSize = kPageSize);
    // GET /ecAdminActivateStatus -> {orgEditStatus, orgLastActivateStatus, adminStatusMap,
    // adminActivateStatus}. Starts at once.
    ApiJob *activationStatus();
    // POST (or PUT after a 405) /ecAdminActivateStatus/activate. Starts at once; a child of
    // this service, deleted later after it finished.
    ZtwActivateJob *activate();

private:
    QPointer<ApiClient> m_client;
};

} // namespace zc
