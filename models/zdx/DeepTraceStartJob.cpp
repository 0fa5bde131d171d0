// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeepTraceStartJob.h"

#include "ZdxService.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

DeepTraceStartJob::DeepTraceStartJob(ApiClient *client, QString deviceId,
                                     DeepTraceSettings settings, QObject *parent)
    : ClientJob(client, parent)
    , m_deviceId(std::move(deviceId))
    , m_settings(std::move(settings))
{}

QString DeepTraceStartJob::traceId() const
{
    const QJsonValue id = m_answer.value("trace_id"_L1);
    if (id.isDouble())
        return QString::number(id.toInteger());
    return id.toString();
}

void DeepTraceStartJob::run()
{
    ApiError invalid = m_settings.validate();
    if (!invalid && m_deviceId.trimmed().isEmpty())
        invalid = ApiError::make(ApiError::Kind::InvalidInput, tr("A device ID is needed."));
    if (!invalid && !client())
        invalid = cancelledError();
    if (invalid) {
        invalid.product = Product::Zdx;
        fail(invalid);
        return;
    }
    follow(client()->send(ZdxService::startDeepTraceRequest(m_deviceId, m_settings)),
           [this](ApiJob *job) {
               m_answer = job->json().object();
               succeed();
           });
}

} // namespace zc
