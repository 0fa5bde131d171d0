// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ResultColumns.h"

#include "common/RecordExporter.h"

#include <QDateTime>
#include <QLocale>

namespace zc::resultcolumns {

RecordColumn time(const QString &key, const char *header)
{
    RecordColumn column = RecordColumn::computed(key, header, [key](const QJsonObject &o) {
        const qint64 secs = o.value(key).toInteger();
        return secs > 0
                   ? QVariant(QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(),
                                                 QLocale::ShortFormat))
                   : QVariant();
    });
    column.sortValue = [key](const QJsonObject &o) { return QVariant(o.value(key).toInteger()); };
    column.plainValue = [key](const QJsonObject &o) {
        const qint64 secs = o.value(key).toInteger();
        return secs > 0 ? QVariant(RecordExporter::isoTime(QDateTime::fromSecsSinceEpoch(secs)))
                        : QVariant();
    };
    return column;
}

RecordColumn number(const QString &key, const char *header, int decimals)
{
    RecordColumn column =
        RecordColumn::computed(key, header, [key, decimals](const QJsonObject &o) {
            const QJsonValue v = o.value(key);
            return v.isDouble() ? QVariant(QLocale().toString(v.toDouble(), 'f', decimals))
                                : QVariant();
        });
    column.sortValue = [key](const QJsonObject &o) {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
    };
    column.plainValue = [key](const QJsonObject &o) {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? QVariant(RecordExporter::valueText(v)) : QVariant();
    };
    column.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return column;
}

} // namespace zc::resultcolumns
