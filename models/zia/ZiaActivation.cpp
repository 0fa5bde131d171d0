// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZiaActivation.h"

#include "ZiaService.h"
#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZiaActivation::ZiaActivation(ApiClient *client, QObject *parent)
    : ActivationStatus(Product::Zia, client, Overlap::None, parent)
{}

ZiaActivation::State ZiaActivation::stateOf(const QString &status)
{
    if (status.isEmpty())
        return State::Unknown;
    if (status == "ACTIVE"_L1)
        return State::Active;
    if (status == "PENDING"_L1)
        return State::Pending;
    if (status == "INPROGRESS"_L1 || status == "IN_PROGRESS"_L1)
        return State::Activating;
    return State::Other;
}

QString ZiaActivation::status() const
{
    return answer().value("status"_L1).toString();
}

Job *ZiaActivation::send(Request request)
{
    ZiaService zia(client());
    return watch(request, request == Request::Activate ? zia.activate() : zia.activationStatus(),
                 [](ApiJob *job) { return job->json().object(); });
}

ZiaActivation::State ZiaActivation::readState(const QJsonObject &answer) const
{
    return stateOf(answer.value("status"_L1).toString());
}

} // namespace zc
