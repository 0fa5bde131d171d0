// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "TopProcessesModel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

RecordColumn numberColumn(const QString &key, const char *header, int decimals)
{
    RecordColumn column;
    column.key = key;
    column.header = header;
    column.display = [key, decimals](const QJsonObject &o) {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? QVariant(QLocale().toString(v.toDouble(), 'f', decimals))
                            : QVariant();
    };
    column.sortValue = [key](const QJsonObject &o) {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
    };
    column.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return column;
}

QList<RecordColumn> processColumns()
{
    return {RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Process")),
            numberColumn(u"pid"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "PID"), 0),
            numberColumn(u"cpu"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "CPU (%)"), 1),
            numberColumn(u"memory"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Memory (MB)"), 1)};
}

} // namespace

TopProcessesModel::TopProcessesModel(QObject *parent)
    : RecordTableModel(processColumns(), parent)
{}

void TopProcessesModel::setResult(const QJsonObject &answer)
{
    setRecords(answer.value("top_processes"_L1).toArray());
}

} // namespace zc
