// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZccOtpJob.h"

#include "ZccService.h"
#include "net/ApiClient.h"
#include "net/ApiJob.h"

namespace zc {

ZccOtpJob::ZccOtpJob(ApiClient *client, QString udid, QObject *parent)
    : ClientJob(client, parent)
    , m_udid(std::move(udid))
{}

ZccOtpJob::~ZccOtpJob() = default;

OtpSet ZccOtpJob::takeOtps()
{
    return std::move(m_otps);
}

void ZccOtpJob::run()
{
    if (clientGone())
        return;
    follow(client()->send(ZccService::otpRequest(m_udid)), [this](ApiJob *job) {
        m_otps = OtpSet::fromJson(job->json().object());
        job->wipeAnswer(); // the raw body held the values too
        succeed();
    });
}

} // namespace zc
