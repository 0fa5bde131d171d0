// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "net/Job.h"

#include <QJsonArray>
#include <QPointer>
#include <QStringList>

namespace zc {

class ApiClient;
class ApiJob;

// Looks up any number of URLs in batches of 100, one batch at a time (ZIA allows one POST
// a second; the client's rate limiter paces them). Results come back in input order.
class UrlLookupJob : public Job
{
    Q_OBJECT
public:
    UrlLookupJob(ApiClient *client, QStringList urls, QObject *parent = nullptr);

    QJsonArray results() const { return m_results; } // what arrived so far, in input order
    int batchCount() const;

Q_SIGNALS:
    void progress(int batchesDone, int batchCount);

protected:
    void run() override;

private:
    void sendBatch();

    QPointer<ApiClient> m_client;
    QStringList m_urls;
    int m_next = 0;
    QJsonArray m_results;
};

// ZIA calls the console makes: URL lookup and configuration activation.
class ZiaService : public QObject
{
    Q_OBJECT
public:
    explicit ZiaService(ApiClient *client, QObject *parent = nullptr);

    // urls must already be cleaned (UrlLookupInput::prepare). Started on the next turn.
    UrlLookupJob *lookupUrls(const QStringList &urls);
    // GET /status → {"status":"ACTIVE"|"PENDING"|...}
    ApiJob *activationStatus();
    // POST /status/activate
    ApiJob *activate();

private:
    QPointer<ApiClient> m_client;
};

} // namespace zc
