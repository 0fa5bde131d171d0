// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "EventsModel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QList<RecordColumn> eventColumns()
{
    RecordColumn time;
    time.key = u"timestamp"_s;
    time.header = QT_TRANSLATE_NOOP("zc::RecordColumn", "Time");
    time.display = [](const QJsonObject &o) {
        const qint64 secs = o.value("timestamp"_L1).toInteger();
        return secs > 0
                   ? QVariant(QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(),
                                                 QLocale::ShortFormat))
                   : QVariant();
    };
    time.sortValue = [](const QJsonObject &o) {
        return QVariant(o.value("timestamp"_L1).toInteger());
    };
    return {time, RecordColumn::member(u"type"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Type")),
            RecordColumn::member(u"description"_s,
                                 QT_TRANSLATE_NOOP("zc::RecordColumn", "Description"))};
}

} // namespace

EventsModel::EventsModel(QObject *parent)
    : RecordTableModel(eventColumns(), parent)
{}

void EventsModel::setResult(const QJsonObject &answer)
{
    setRecords(answer.value("events"_L1).toArray());
}

} // namespace zc
