// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/ActivationStatus.h"

#include <QString>

namespace zc {

// ZIA activation status for views and the CLI: refresh() reads GET /status, activate() sends
// POST /status/activate and shows the answer; one request at a time. Loading, read-only
// maintenance, errors and the state's words: ActivationStatus.
class ZiaActivation : public ActivationStatus
{
    Q_OBJECT
public:
    using State = ActivationStatus::State; // "ACTIVE", "PENDING", "INPROGRESS", else Other

    explicit ZiaActivation(ApiClient *client, QObject *parent = nullptr);

    QString status() const; // the API's word, e.g. "PENDING"
    bool hasStatus() const override { return !status().isEmpty(); }
    static State stateOf(const QString &status);

protected:
    Job *send(Request request) override;
    State readState(const QJsonObject &answer) const override;
    QString otherText() const override { return status(); }
};

} // namespace zc
