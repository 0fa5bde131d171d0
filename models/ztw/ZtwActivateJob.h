// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/Job.h"

#include <QByteArray>
#include <QJsonObject>

namespace zc {

class ApiClient;

// Activates pending Cloud & Branch Connector changes. The seed document says POST
// /ecAdminActivateStatus/activate; the official SDKs (which record real traffic) send PUT.
// This job sends what the seed documents, POST, and when the server answers 405 Method Not
// Allowed it sends the same request once more as PUT.
class ZtwActivateJob : public ClientJob
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

    QByteArray m_method = "POST";
    QJsonObject m_result;
};

} // namespace zc
