// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "EventsModel.h"

#include "zdx/ResultColumns.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

QList<RecordColumn> EventsModel::eventColumns()
{
    RecordColumn what = RecordColumn::computed(
        u"display_name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Event"),
        [](const QJsonObject &o) {
            const QString name = o.value("display_name"_L1).toString();
            return QVariant(name.isEmpty() ? o.value("name"_L1).toString() : name);
        });
    return {resultcolumns::time(u"timestamp"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Time")),
            RecordColumn::member(u"category"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Category")),
            what, RecordColumn::member(u"prev"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Before")),
            RecordColumn::member(u"curr"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "After"))};
}

EventsModel::EventsModel(QObject *parent)
    : RecordTableModel(eventColumns(), parent)
{}

QJsonArray EventsModel::flatten(const QJsonValue &answer)
{
    const QJsonArray groups =
        answer.isArray() ? answer.toArray() : answer.toObject().value("events"_L1).toArray();
    QJsonArray rows;
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        if (!group.value("events"_L1).isArray()) {
            rows.append(group); // already one change
            continue;
        }
        const QJsonValue time = group.value("timestamp"_L1);
        for (const QJsonValue &e : group.value("events"_L1).toArray()) {
            QJsonObject row = e.toObject();
            if (!row.contains("timestamp"_L1))
                row.insert(u"timestamp"_s, time);
            rows.append(row);
        }
    }
    return rows;
}

void EventsModel::setResult(const QJsonValue &answer)
{
    setRecords(flatten(answer));
}

} // namespace zc
