// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/ActivationStatus.h"

#include <QJsonObject>

namespace zc {

// Cloud & Branch Connector activation status for views: refresh() reads
// GET /ecAdminActivateStatus, activate() activates pending edits (ZtwActivateJob: POST, PUT
// after a 405) and then shows the answer; a refresh may run during an activation. Loading,
// read-only maintenance and errors: ActivationStatus.
class ZtwActivation : public ActivationStatus
{
    Q_OBJECT
public:
    // Active: no pending edits (orgEditStatus EDITS_CLEARED); Pending: EDITS_PRESENT;
    // Activating: ADM_ACTV_QUEUED, ADM_ACTIVATING; Failed: ADM_ACTV_FAIL; else Unknown.
    using State = ActivationStatus::State;

    explicit ZtwActivation(ApiClient *client, QObject *parent = nullptr);

    // The API's answer as it came, and its members.
    QJsonObject status() const { return answer(); }
    QString orgEditStatus() const;
    QString orgLastActivateStatus() const;
    QString adminActivateStatus() const;
    QJsonObject adminStatusMap() const;
    static State stateOf(const QJsonObject &status);

protected:
    Job *send(Request request) override;
    State readState(const QJsonObject &answer) const override { return stateOf(answer); }
};

} // namespace zc
