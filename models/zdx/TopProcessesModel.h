// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

namespace zc {

// The processes that used the most CPU during a deep trace (top-processes): name, PID, CPU
// (%, average), memory (MB, average).
class TopProcessesModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit TopProcessesModel(QObject *parent = nullptr);
    // The columns views show (and the CLI prints).
    static QList<RecordColumn> processColumns();
    // Takes the top-processes document ({"top_processes":[...]}).
    void setResult(const QJsonObject &answer);
};

} // namespace zc
