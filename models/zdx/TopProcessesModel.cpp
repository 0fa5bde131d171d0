// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TopProcessesModel.h"

#include "zdx/ResultColumns.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

QList<RecordColumn> TopProcessesModel::processColumns()
{
    using resultcolumns::number;
    return {RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Process")),
            number(u"pid"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "PID"), 0),
            number(u"cpu"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "CPU (%)"), 1),
            number(u"memory"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Memory (MB)"), 1)};
}

TopProcessesModel::TopProcessesModel(QObject *parent)
    : RecordTableModel(processColumns(), parent)
{}

void TopProcessesModel::setResult(const QJsonObject &answer)
{
    setRecords(answer.value("top_processes"_L1).toArray());
}

} // namespace zc
