// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeepTraceSettings.h"
#include "net/Job.h"

#include <QJsonObject>
#include <QString>

namespace zc {

class ApiClient;

// Starts a deep trace: refuses invalid settings without sending anything (fails with
// InvalidInput), otherwise POSTs them.
class DeepTraceStartJob : public ClientJob
{
    Q_OBJECT
public:
    DeepTraceStartJob(ApiClient *client, QString deviceId, DeepTraceSettings settings,
                      QObject *parent = nullptr);

    QString deviceId() const { return m_deviceId; }
    const DeepTraceSettings &settings() const { return m_settings; }
    // {"trace_id", "status", "expected_time"} after succeeded.
    QJsonObject answer() const { return m_answer; }
    QString traceId() const;

protected:
    void run() override;

private:
    QString m_deviceId;
    DeepTraceSettings m_settings;
    QJsonObject m_answer;
};

} // namespace zc
