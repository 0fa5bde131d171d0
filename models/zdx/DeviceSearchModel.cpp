// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "DeviceSearchModel.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QList<RecordColumn> searchColumns()
{
    RecordColumn user = RecordColumn::computed(
        u"user_email"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "User"), [](const QJsonObject &o) {
            const QString email = o.value("user_email"_L1).toString();
            if (!email.isEmpty())
                return QVariant(email);
            const int id = o.value("userid"_L1).toVariant().toInt();
            return id > 0
                       ? QVariant(
                             QCoreApplication::translate("zc::DeviceFinder", "User ID %1").arg(id))
                       : QVariant();
        });
    RecordColumn id = RecordColumn::member(u"id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID"));
    id.alignment = Qt::AlignRight | Qt::AlignVCenter;
    id.sortValue = [](const QJsonObject &o) {
        return QVariant(o.value("id"_L1).toVariant().toInt());
    };
    return {
        RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Device")), user,
        RecordColumn::member(u"user_name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "User name")),
        id};
}

} // namespace

DeviceSearchModel::DeviceSearchModel(QObject *parent)
    : RecordTableModel(searchColumns(), parent)
{}

} // namespace zc
