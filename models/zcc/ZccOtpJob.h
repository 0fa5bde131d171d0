// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OtpSet.h"
#include "net/Job.h"

#include <QString>

namespace zc {

class ApiClient;

// One OTP retrieval by UDID: GET /getOtp?udid= with a fresh random `_=` argument on every
// attempt. Call takeOtps() in the slot connected to succeeded (it hands the values over once;
// the job keeps no copy).
class ZccOtpJob : public ClientJob
{
    Q_OBJECT
public:
    ZccOtpJob(ApiClient *client, QString udid, QObject *parent = nullptr);
    ~ZccOtpJob() override;

    QString udid() const { return m_udid; }
    OtpSet takeOtps();

protected:
    void run() override;

private:
    QString m_udid;
    OtpSet m_otps;
};

} // namespace zc
