// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "MicrotenantModel.h"

#include "ZpaFormat.h"
#include "ZpaService.h"
#include "net/Pager.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QList<RecordColumn> microtenantColumns()
{
    RecordColumn id = RecordColumn::member(u"id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID"));
    RecordColumn name;
    name.key = u"name"_s;
    name.header = QT_TRANSLATE_NOOP("zc::RecordColumn", "Name");
    name.display = [](const QJsonObject &o) {
        return ZpaFormat::decodeEntities(o.value("name"_L1).toString());
    };
    return {id, name};
}

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

MicrotenantModel::MicrotenantModel(QObject *parent)
    : RecordTableModel(microtenantColumns(), parent)
{
    setRecords(withFixedEntries({}));
}

QJsonArray MicrotenantModel::withFixedEntries(const QJsonArray &apiRecords) const
{
    QJsonArray records{
        QJsonObject{{u"id"_s, QString()}, {u"name"_s, tr("All")}},
        QJsonObject{{u"id"_s, u"0"_s}, {u"name"_s, tr("Default")}},
    };
    for (const QJsonValue &record : apiRecords) {
        const QString id = idText(record.toObject().value("id"_L1));
        if (id.isEmpty() || id == "0"_L1)
            continue;
        records.append(record);
    }
    return records;
}

void MicrotenantModel::setMicrotenants(const QJsonArray &apiRecords)
{
    setRecords(withFixedEntries(apiRecords));
}

void MicrotenantModel::load(PagedFetch *fetch)
{
    follow(fetch, [this](const QJsonArray &records) {
        setMicrotenants(records);
        return rowCount();
    });
}

bool MicrotenantModel::loadAll(ZpaService *service)
{
    ApiError error;
    PagedFetch *fetch = service->microtenants(&error);
    if (!fetch) {
        Q_EMIT failed(error);
        return false;
    }
    load(fetch);
    return true;
}

QString MicrotenantModel::microtenantIdAt(int row) const
{
    if (row == kAllRow)
        return {};
    if (row == kDefaultRow)
        return u"0"_s;
    return idText(record(row).value("id"_L1));
}

int MicrotenantModel::rowOf(const QString &microtenantId) const
{
    const int count = rowCount();
    for (int row = 0; row < count; ++row) {
        if (microtenantIdAt(row) == microtenantId)
            return row;
    }
    return -1;
}

} // namespace zc
