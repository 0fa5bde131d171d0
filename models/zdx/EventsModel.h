// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

namespace zc {

// What happened on the device during a deep trace (events): time, type, description.
class EventsModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit EventsModel(QObject *parent = nullptr);
    // Takes the events document ({"events":[...]}).
    void setResult(const QJsonObject &answer);
};

} // namespace zc
