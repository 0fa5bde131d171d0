// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTableModel.h"

#include "FreeOnWorker.h"
#include "KeyedReplacePlan.h"
#include "RecordExporter.h"
#include "RecordPageConverter.h"
#include "net/Pager.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QPointer>

#include <algorithm>
#include <array>
#include <functional>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace zc {

RecordTableModel::RecordTableModel(QList<RecordColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maker(std::make_shared<const RecordRowMaker>(std::move(columns), QList<RecordRoleValue>()))
{}

void RecordTableModel::setRoleValues(QList<RecordRoleValue> values)
{
    Q_ASSERT(m_rows.json.isEmpty());
    m_maker = std::make_shared<const RecordRowMaker>(m_maker->columns(), std::move(values));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_replacing ? m_shown.size() : m_rows.json.size());
}

const QVariant &RecordTableModel::cell(int row, int slot) const
{
    if (m_replacing) {
        const int at = m_shown.at(static_cast<size_t>(row));
        const Rows &rows = at >= 0 ? m_rows : m_replaced;
        return rows.cells.at(qsizetype(at >= 0 ? at : ~at) * m_maker->stride() + slot);
    }
    return m_rows.cells.at(qsizetype(row) * m_maker->stride() + slot);
}

const QByteArray &RecordTableModel::json(int row) const
{
    if (m_replacing) {
        const int at = m_shown.at(static_cast<size_t>(row));
        return at >= 0 ? m_rows.json.at(at) : m_replaced.json.at(~at);
    }
    return m_rows.json.at(row);
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_maker->columns().size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell(row, kDisplayCell + index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_maker->columns().at(index.column()).alignment);
    case SortRole: {
        const int sortCell = m_maker->sortCell(index.column());
        return cell(row, sortCell >= 0 ? sortCell : kDisplayCell + index.column());
    }
    case RawJsonRole:
        return record(row);
    case RecordIdRole:
        return cell(row, 0);
    default:
        const int roleCell = m_maker->roleCell(role);
        return roleCell >= 0 ? cell(row, roleCell) : QVariant();
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_maker->columns().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const RecordColumn &column = m_maker->columns().at(section);
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

void RecordTableModel::forgetParsed() const
{
    for (Parsed &parsed : m_parsed)
        parsed = {};
}

void RecordTableModel::replaceRows(Rows rows)
{
    if (!replaceByKey(rows))
        resetRows(std::move(rows));
}

bool RecordTableModel::replaceByKey(Rows &rows)
{
    // More ranges than this: one reset costs the views less than the signals.
    constexpr int kMaxRanges = 32;
    const int oldCount = rowCount();
    const auto newCount = static_cast<int>(rows.size());
    if (oldCount == 0 || newCount == 0)
        return false;
    const auto idOf = [](const Rows &in) {
        return [&in](int row) { return in.digests.at(row).id; };
    };
    const std::optional<KeyedReplacePlan> plan = KeyedReplacePlan::make(
        oldCount, idOf(m_rows), newCount, idOf(rows),
        [this, &rows](int oldRow, int newRow) {
            return m_rows.digests.at(oldRow).json == rows.digests.at(newRow).json;
        },
        kMaxRanges);
    if (!plan)
        return false;

    // The rows shown go from the old list to the new one a range at a time, each row read
    // from where it is (m_shown), so that views see a consistent model after every signal.
    m_replaced = std::exchange(m_rows, std::move(rows));
    m_shown.resize(static_cast<size_t>(oldCount));
    for (int row = 0; row < oldCount; ++row)
        m_shown[static_cast<size_t>(row)] = ~row;
    m_replacing = true;
    forgetParsed();
    for (const KeyedReplacePlan::Range &range : plan->removed) {
        beginRemoveRows({}, range.first, range.last);
        m_shown.erase(m_shown.begin() + range.first, m_shown.begin() + range.last + 1);
        endRemoveRows();
    }
    for (const KeyedReplacePlan::Range &range : plan->inserted) {
        beginInsertRows({}, range.first, range.last);
        std::vector<int> added(static_cast<size_t>(range.last - range.first + 1));
        std::iota(added.begin(), added.end(), range.first);
        m_shown.insert(m_shown.begin() + range.first, added.cbegin(), added.cend());
        endInsertRows();
    }
    // Every row shown is now the new list's row of the same number.
    m_replacing = false;
    m_shown = {};
    forgetParsed(); // a changed row parsed meanwhile was parsed from its old bytes
    freeOnWorker(std::exchange(m_replaced, {}));
    for (const KeyedReplacePlan::Range &range : plan->changed)
        Q_EMIT dataChanged(index(range.first, 0), index(range.last, columnCount() - 1));
    return true;
}

void RecordTableModel::resetRows(Rows rows)
{
    beginResetModel();
    Rows old = std::exchange(m_rows, std::move(rows));
    forgetParsed();
    endResetModel();
    freeOnWorker(std::move(old));
}

void RecordTableModel::setRecords(const QJsonArray &records)
{
    Rows rows;
    m_maker->add(rows, records);
    rows.squeeze();
    resetRows(std::move(rows));
}

void RecordTableModel::replaceRecords(const QJsonArray &records)
{
    Rows rows;
    m_maker->add(rows, records);
    replaceRows(std::move(rows));
}

void RecordTableModel::appendRecords(const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    Rows added;
    m_maker->add(added, records);
    appendRows(added);
}

void RecordTableModel::reserveRows(Rows &rows, qint64 total) const
{
    // Lists grown a page at a time copied every row kept so far each time they doubled (5 ms
    // and more for 50,000 users, in the middle of a load). Room for more rows than a table is
    // made for is not taken: a total is the server's word.
    constexpr qint64 kMostReserved = 250000;
    if (total > 0)
        rows.reserve(qsizetype(std::min(total, kMostReserved)), m_maker->stride());
}

void RecordTableModel::appendRows(const Rows &rows)
{
    if (rows.json.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

void RecordTableModel::replaceRecord(int row, const QJsonObject &record)
{
    if (row < 0 || row >= rowCount())
        return;
    Rows replaced;
    m_maker->add(replaced, QJsonArray{record});
    m_rows.json[row] = std::move(replaced.json.first());
    m_rows.digests[row] = replaced.digests.first();
    std::move(replaced.cells.begin(), replaced.cells.end(),
              m_rows.cells.begin() + row * m_maker->stride());
    forgetParsed();
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RecordTableModel::clear()
{
    setRecords({});
}

QJsonObject RecordTableModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    for (const Parsed &parsed : m_parsed) {
        if (parsed.row == row)
            return parsed.record;
    }
    Parsed &parsed = m_parsed.at(static_cast<size_t>(m_nextParsed));
    m_nextParsed = (m_nextParsed + 1) % static_cast<int>(m_parsed.size());
    parsed = {row, QJsonDocument::fromJson(json(row)).object()};
    return parsed.record;
}

QByteArray RecordTableModel::recordJson(int row) const
{
    return row >= 0 && row < rowCount() ? json(row) : QByteArray();
}

QJsonArray RecordTableModel::records() const
{
    QJsonArray all;
    for (int row = 0; row < rowCount(); ++row)
        all.append(QJsonDocument::fromJson(json(row)).object());
    return all;
}

int RecordTableModel::columnIndex(const QString &key) const
{
    for (int i = 0; i < m_maker->columns().size(); ++i) {
        if (m_maker->columns().at(i).key == key)
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
    loadPages(fetch, {});
}

void RecordTableModel::loadPages(PagedFetch *fetch, std::function<void(PagedFetch *)> finished)
{
    // An empty table shows the rows as the pages arrive; a table that shows a list keeps it
    // until the new one is complete, so that a failure or a cancel leaves it as it was. Either
    // way each page becomes rows when it arrives, so the end of a reload of 100,000 rows does
    // not convert them all at once, and the fetch need not keep the records as well.
    fetch->setKeepRecords(false);
    const bool shown = rowCount() == 0;
    m_pending = {};
    // An older load's pages.
    delete findChild<QObject *>(RecordPageConverter::kName, Qt::FindDirectChildrenOnly);
    auto *turns = new RecordPageConverter(
        m_maker,
        [this, shown, fetch = QPointer<PagedFetch>(fetch)](const Rows &rows) {
            Rows &kept = shown ? m_rows : m_pending;
            if (kept.size() == 0 && fetch)
                reserveRows(kept, fetch->totalCount());
            if (shown) {
                appendRows(rows);
                return;
            }
            m_pending.append(rows);
        },
        this);
    connect(fetch, &PagedFetch::pageArrived, turns,
            [turns](const QJsonArray &records) { turns->add(records); });
    connect(fetch, &PagedFetch::progress, this, &RecordTableModel::progress);
    auto settle = [this, shown, turns, finished = std::move(finished)](PagedFetch *done) {
        turns->drain();
        delete turns;
        // (The room appending left in the lists stays: giving it back copies every row at
        // once, 28 MB for 100,000 users, a stall of its own.)
        if (!shown)
            replaceRows(std::exchange(m_pending, {}));
        if (finished)
            finished(done);
        return rowCount();
    };
    // A list stopped for paging forever shows what arrived until then, with the error.
    connect(fetch, &Job::failed, this,
            [this, settle, shown, turns](Job *job, const ApiError &error) {
                if (error.kind == ApiError::Kind::EndlessPaging) {
                    settle(static_cast<PagedFetch *>(job));
                    return;
                }
                if (shown)
                    turns->drain(); // the rows shown so far, as they arrived
                delete turns;
                m_pending = {};
            });
    m_jobs.follow(fetch, std::move(settle));
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
