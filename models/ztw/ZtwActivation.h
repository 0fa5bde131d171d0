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
    Q_PROPERTY(State state READ state NOTIFY changed)
public:
    enum class State
    {
        Unknown,    // not read yet, or values this console does not know
        Active,     // no pending edits (orgEditStatus EDITS_CLEARED)
        Pending,    // edits wait for activation (EDITS_PRESENT)
        Activating, // an activation is queued or running (ADM_ACTV_QUEUED, ADM_ACTIVATING)
        Failed,     // the last activation failed (ADM_ACTV_FAIL)
    };
    Q_ENUM(State)

    explicit ZtwActivation(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    // The API's answer as it came, and its members.
    QJsonObject status() const { return m_status; }
    bool hasStatus() const override { return !m_status.isEmpty(); }
    QString orgEditStatus() const;
    QString orgLastActivateStatus() const;
    QString adminActivateStatus() const;
    QJsonObject adminStatusMap() const;
    QString stateText() const override;
    static State stateOf(const QJsonObject &status);
    static QString stateText(State state);

protected:
    Job *send(Request request) override;
    void readStatus(const QJsonObject &answer) override;

private:
    QJsonObject m_status;
    State m_state = State::Unknown;
};

} // namespace zc
