// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiCall.h"
#include "net/Job.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace zc {

class ApiClient;
class ApiJob;

// What came back for an explorer call, success or not.
struct ApiAnswer
{
    int status = 0; // 0: no answer reached us (network, cancel)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;    // as received; with paging, the records of every page as one array
    QJsonDocument json; // null when the body is empty or not JSON
    QString requestId;
    qint64 elapsedMs = 0;
    int pages = 0; // pages fetched with paging, else 0

    // The headers worth showing: never Authorization or cookies, whatever a server echoes.
    QList<QPair<QByteArray, QByteArray>> shownHeaders() const;
    // True when the JSON is an array whose every element is an object (table and CSV).
    bool isArrayOfObjects() const;
};

// Runs one explorer call: a single request, or with paging every page through PagedFetch
// (records gathered into one array). The answer is kept on failure too, so a 404's body can
// be shown. A write goes out once, as every write through ApiClient does.
class ApiCallJob : public ClientJob
{
    Q_OBJECT
public:
    ApiCallJob(ApiClient *client, ApiCall::Built call, bool paginate, QObject *parent = nullptr);

    const ApiCall::Built &call() const { return m_call; }
    const ApiAnswer &answer() const { return m_answer; }

Q_SIGNALS:
    // With paging: totalPages is -1 when the API does not say.
    void progress(int pagesLoaded, int totalPages, int recordsLoaded);

protected:
    void run() override;

private:
    void keep(const ApiJob *step);

    ApiCall::Built m_call;
    bool m_paginate;
    QElapsedTimer m_elapsed;
    ApiAnswer m_answer;
};

} // namespace zc
