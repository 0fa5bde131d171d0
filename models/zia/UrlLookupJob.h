// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Job.h"

#include <QJsonArray>
#include <QStringList>

namespace zc {

class ApiClient;

// Looks up any number of URLs in batches of 100, one batch at a time (ZIA allows one POST
// a second; the client's rate limiter paces them). Results come back in input order.
class UrlLookupJob : public ClientJob
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

    QStringList m_urls;
    int m_next = 0;
    QJsonArray m_results;
};

} // namespace zc
