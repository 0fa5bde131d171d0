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

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

QList<RecordColumn> MicrotenantModel::microtenantColumns(bool details)
{
    // Names and descriptions come HTML-escaped from ZPA.
    const auto decoded = [](const QString &key, const char *header) {
        RecordColumn column = RecordColumn::computed(key, header, [key](const QJsonObject &o) {
            return ZpaFormat::decodeEntities(o.value(key).toString());
        });
        return column;
    };
    QList<RecordColumn> columns{
        RecordColumn::member(u"id"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "ID")),
        decoded(u"name"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Name"))};
    if (details) {
        columns << RecordColumn::member(u"enabled"_s,
                                        QT_TRANSLATE_NOOP("zc::RecordColumn", "Enabled"))
                << decoded(u"description"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Description"));
    }
    return columns;
}

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
