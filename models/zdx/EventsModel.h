// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

namespace zc {

// What changed on the device during a deep trace (events): time, category (Zscaler, Network,
// Software, Hardware), what changed, its value before and after. One row per change; rows
// are {"timestamp", "category", "name", "display_name", "prev", "curr"}.
class EventsModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit EventsModel(QObject *parent = nullptr);
    // The columns views show (and the CLI prints).
    static QList<RecordColumn> eventColumns();
    // Takes the events document: a list of {"timestamp", "events":[...]} (each change takes
    // its group's time), a plain list of changes, or {"events":[...]}.
    void setResult(const QJsonValue &answer);
    // The rows of such a document.
    static QJsonArray flatten(const QJsonValue &answer);
};

} // namespace zc
