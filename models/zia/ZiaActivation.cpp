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

QString ZiaActivation::stateText(State state, const QString &status)
{
    switch (state) {
    case State::Unknown:
        return tr("Unknown");
    case State::Active:
        return tr("Active");
    case State::Pending:
        return tr("Changes pending");
    case State::Activating:
        return tr("Activating");
    case State::Other:
        return status;
    }
    return status;
}

QString ZiaActivation::stateText() const
{
    return stateText(m_state, m_status);
}

Job *ZiaActivation::send(Request request)
{
    ZiaService zia(client());
    return watch(request, request == Request::Activate ? zia.activate() : zia.activationStatus(),
                 [](ApiJob *job) { return job->json().object(); });
}

void ZiaActivation::readStatus(const QJsonObject &answer)
{
    m_status = answer.value("status"_L1).toString();
    m_state = stateOf(m_status);
}

} // namespace zc
