// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZtwActivation.h"

#include "ZtwService.h"
#include "net/ApiJob.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

ZtwActivation::ZtwActivation(ApiClient *client, QObject *parent)
    : ActivationStatus(Product::Ztw, client, Overlap::Allowed, parent)
{}

QString ZtwActivation::orgEditStatus() const
{
    return answer().value("orgEditStatus"_L1).toString();
}

QString ZtwActivation::orgLastActivateStatus() const
{
    return answer().value("orgLastActivateStatus"_L1).toString();
}

QString ZtwActivation::adminActivateStatus() const
{
    return answer().value("adminActivateStatus"_L1).toString();
}

QJsonObject ZtwActivation::adminStatusMap() const
{
    return answer().value("adminStatusMap"_L1).toObject();
}

ZtwActivation::State ZtwActivation::stateOf(const QJsonObject &status)
{
    const QString admin = status.value("adminActivateStatus"_L1).toString();
    const QString edits = status.value("orgEditStatus"_L1).toString();
    if (admin == "ADM_ACTV_QUEUED"_L1 || admin == "ADM_ACTIVATING"_L1)
        return State::Activating;
    if (admin == "ADM_ACTV_FAIL"_L1)
        return State::Failed;
    if (edits == "EDITS_PRESENT"_L1)
        return State::Pending;
    if (edits == "EDITS_CLEARED"_L1 || edits == "EDITS_ACTIVATED_ON_RESTART"_L1)
        return State::Active;
    if (admin == "ADM_ACTV_DONE"_L1)
        return State::Active;
    if (admin == "ADM_EDITING"_L1)
        return State::Pending;
    return State::Unknown;
}

Job *ZtwActivation::send(Request request)
{
    ZtwService ztw(client());
    if (request == Request::Refresh)
        return watch(request, ztw.activationStatus(),
                     [](ApiJob *job) { return job->json().object(); });
    return watch(request, ztw.activate(), [](ZtwActivateJob *job) { return job->result(); });
}

} // namespace zc
