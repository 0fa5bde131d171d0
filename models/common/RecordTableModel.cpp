// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTableModel.h"

#include "RecordExporter.h"
#include "net/Pager.h"

#include <QCoreApplication>
#include <QJsonValue>

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

QString recordId(const QJsonObject &record)
{
    for (const char *key : {"id", "udid", "trace_id"}) {
        const QJsonValue v = record.value(QLatin1StringView(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble()) {
            // Whole numbers as such; 1e300 or 2.5 as written (a cast would be undefined).
            const qint64 whole = v.toInteger();
            return static_cast<double>(whole) == v.toDouble() ? QString::number(whole)
                                                              : QString::number(v.toDouble());
        }
    }
    return {};
}

RecordTableModel::RecordTableModel(QList<RecordColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = m_records.at(index.row()).toObject();
    const RecordColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column.display ? column.display(o) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column.alignment);
    case SortRole:
        if (column.sortValue)
            return column.sortValue(o);
        return column.display ? column.display(o) : QVariant();
    case RawJsonRole:
        return o;
    case RecordIdRole:
        return recordId(o);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const RecordColumn &column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.title();
    if (role == ColumnKeyRole)
        return column.key;
    return {};
}

QHash<int, QByteArray> RecordTableModel::roleNames() const
{
    return withRecordRoleNames(QAbstractTableModel::roleNames());
}

QHash<int, QByteArray> RecordTableModel::withRecordRoleNames(QHash<int, QByteArray> names)
{
    names.insert(RawJsonRole, "rawJson");
    names.insert(SortRole, "sortValue");
    names.insert(RecordIdRole, "recordId");
    return names;
}

void RecordTableModel::setRecords(const QJsonArray &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void RecordTableModel::appendRecords(const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    const int first = static_cast<int>(m_records.size());
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    for (const QJsonValue &r : records)
        m_records.append(r);
    endInsertRows();
}

void RecordTableModel::clear()
{
    setRecords({});
}

QJsonObject RecordTableModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row).toObject() : QJsonObject();
}

int RecordTableModel::columnIndex(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

QStringList RecordTableModel::columnTexts(int column) const
{
    QStringList texts;
    for (int row = 0; row < rowCount(); ++row)
        texts.append(index(row, column).data().toString());
    return texts;
}

void RecordTableModel::load(PagedFetch *fetch)
{
    // An empty table shows the rows as the pages arrive; a table that shows a list keeps it
    // until the new one is complete, so that a failure or a cancel leaves it as it was.
    if (rowCount() == 0) {
        connect(fetch, &PagedFetch::pageArrived, this, &RecordTableModel::appendRecords);
        follow(fetch, [this](const QJsonArray &) { return rowCount(); });
        return;
    }
    follow(fetch, [this](const QJsonArray &records) {
        setRecords(records);
        return static_cast<int>(records.size());
    });
}

void RecordTableModel::follow(PagedFetch *fetch,
                              std::function<int(const QJsonArray &records)> apply)
{
    connect(fetch, &PagedFetch::progress, this, &RecordTableModel::progress);
    // A list stopped for paging forever shows what arrived until then, with the error.
    connect(fetch, &Job::failed, this, [apply](Job *job, const ApiError &error) {
        if (error.kind == ApiError::Kind::EndlessPaging)
            apply(static_cast<PagedFetch *>(job)->records());
    });
    m_jobs.follow(fetch,
                  [apply = std::move(apply)](PagedFetch *done) { return apply(done->records()); });
}

} // namespace zc
