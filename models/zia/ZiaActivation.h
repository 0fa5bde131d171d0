// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/ActivationStatus.h"

#include <QString>

namespace zc {

// ZIA activation status for views: refresh() reads GET /status, activate() sends
// POST /status/activate and shows the answer; one request at a time. Loading, read-only
// maintenance and errors: ActivationStatus.
class ZiaActivation : public ActivationStatus
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
public:
    enum class State
    {
        Unknown,    // not read yet
        Active,     // "ACTIVE": nothing pending
        Pending,    // "PENDING": changes wait for activation
        Activating, // "INPROGRESS"
        Other,      // a value this console does not know: status() has it
    };
    Q_ENUM(State)

    explicit ZiaActivation(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString status() const { return m_status; } // the API's word, e.g. "PENDING"
    bool hasStatus() const override { return !m_status.isEmpty(); }
    QString stateText() const override; // translated
    static State stateOf(const QString &status);
    static QString stateText(State state, const QString &status = {});

protected:
    Job *send(Request request) override;
    void readStatus(const QJsonObject &answer) override;

private:
    QString m_status;
    State m_state = State::Unknown;
};

} // namespace zc
