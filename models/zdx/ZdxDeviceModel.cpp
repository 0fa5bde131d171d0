// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ZdxDeviceModel.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace zc {

QList<RecordColumn> ZdxDeviceModel::deviceColumns()
{
    RecordColumn id = RecordColumn::member(u"id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID"));
    id.alignment = Qt::AlignRight | Qt::AlignVCenter;
    RecordColumn user =
        RecordColumn::member(u"userid"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "User ID"));
    user.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return {id, RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name")),
            user};
}

QList<RecordColumn> ZdxUserModel::userColumns()
{
    RecordColumn id = RecordColumn::member(u"id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID"));
    id.alignment = Qt::AlignRight | Qt::AlignVCenter;
    RecordColumn devices = RecordColumn::computed(
        u"devices"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Devices"), [](const QJsonObject &o) {
            return QVariant(static_cast<int>(o.value("devices"_L1).toArray().size()));
        });
    devices.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return {id, RecordColumn::member(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name")),
            RecordColumn::member(u"email"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "E-mail")),
            devices};
}

ZdxDeviceModel::ZdxDeviceModel(QObject *parent)
    : RecordTableModel(deviceColumns(), parent)
{}

ZdxUserModel::ZdxUserModel(QObject *parent)
    : RecordTableModel(userColumns(), parent)
{}

} // namespace zc
