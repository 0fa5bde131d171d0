// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordColumn.h"

#include "RecordExporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
QVariant jsonToDisplay(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return value.toVariant();
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("zc::RecordColumn", "Yes")
                              : QCoreApplication::translate("zc::RecordColumn", "No");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject())
                parts.append(item.toObject().value("name"_L1).toString());
            else
                parts.append(jsonToDisplay(item).toString());
        }
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return value.toObject().value("name"_L1).toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}
} // namespace

RecordColumn RecordColumn::computed(const QString &key, const char *header,
                                    std::function<QVariant(const QJsonObject &)> display)
{
    RecordColumn column;
    column.key = key;
    column.header = header;
    column.display = std::move(display);
    return column;
}

RecordColumn RecordColumn::member(const QString &key, const char *header)
{
    RecordColumn column =
        computed(key, header, [key](const QJsonObject &o) { return jsonToDisplay(o.value(key)); });
    column.plainValue = [key](const QJsonObject &o) {
        return QVariant(RecordExporter::valueText(o.value(key)));
    };
    return column;
}

QString RecordColumn::title() const
{
    return header ? QCoreApplication::translate("zc::RecordColumn", header) : fixedHeader;
}

RecordColumn RecordColumn::plain(const QString &key, const QString &member)
{
    RecordColumn column;
    column.key = key;
    column.fixedHeader = key;
    const QString name = member.isEmpty() ? key : member;
    column.display = [name](const QJsonObject &o) {
        return QVariant(RecordExporter::valueText(o.value(name)));
    };
    return column;
}

QList<RecordColumn>
RecordColumn::plainList(std::initializer_list<std::pair<QString, QString>> keysAndMembers)
{
    QList<RecordColumn> columns;
    for (const auto &[key, member] : keysAndMembers)
        columns << plain(key, member);
    return columns;
}

QList<RecordColumn> RecordColumn::withPlain(QList<RecordColumn> columns, const QStringList &members)
{
    for (const QString &member : members) {
        const bool shown =
            std::any_of(columns.cbegin(), columns.cend(),
                        [&member](const RecordColumn &c) { return c.key == member; });
        if (!shown)
            columns << plain(member);
    }
    return columns;
}

} // namespace zc
