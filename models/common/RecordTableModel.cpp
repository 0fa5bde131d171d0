// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTableModel.h"

#include "KeyedReplacePlan.h"
#include "RecordExporter.h"
#include "net/Pager.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <deque>
#include <functional>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

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

// Texts that repeat down a column (a department, a state, a source, "Yes") each cost an
// allocation of their own when made for every row: a cell equal to one of the last few of
// its cell slot shares that one's text instead (about a fifth of a user row's heap).
class TextSharer
{
public:
    explicit TextSharer(int slots)
        : m_recent(static_cast<size_t>(slots))
    {}

    void share(int slot, QVariant &value)
    {
        if (value.typeId() != QMetaType::QString)
            return;
        const QString &text = *static_cast<const QString *>(value.constData());
        if (text.isEmpty())
            return;
        Recent &recent = m_recent[static_cast<size_t>(slot)];
        for (const QString &seen : recent.texts) {
            if (seen.size() == text.size() && seen == text) {
                value = QVariant(seen);
                return;
            }
        }
        recent.texts[recent.next] = text;
        recent.next = (recent.next + 1) % recent.texts.size();
    }

private:
    struct Recent
    {
        std::array<QString, 4> texts;
        size_t next = 0;
    };
    std::vector<Recent> m_recent;
};

// Pages handed on together (a late page lets the ones that waited for it go) become rows
// one per turn of the event loop, so that painting and input come between them: six pages
// of 1,000 users at once stalled the UI thread 60-90 ms. Deleted with the load it serves
// (at its end, or when a newer load starts), the turns still queued do nothing.
class PageTurns : public QObject
{
public:
    static constexpr QLatin1StringView kName{"zc-record-table-page-turns"};

    PageTurns(QObject *parent, std::function<void(const QJsonArray &)> take)
        : QObject(parent)
        , m_take(std::move(take))
    {
        setObjectName(kName);
    }

    void add(const QJsonArray &page)
    {
        m_pages.push_back(page);
        if (m_pages.size() == 1)
            nextTurn();
    }
    // Every page still waiting, now.
    void drain()
    {
        while (!m_pages.empty())
            takeFirst();
    }

private:
    void nextTurn()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_pages.empty())
                    return;
                takeFirst();
                if (!m_pages.empty())
                    nextTurn();
            },
            Qt::QueuedConnection);
    }
    void takeFirst()
    {
        const QJsonArray page = std::move(m_pages.front());
        m_pages.pop_front();
        m_take(page);
    }

    std::function<void(const QJsonArray &)> m_take;
    std::deque<QJsonArray> m_pages;
};
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
{
    m_stride = kDisplayCell + static_cast<int>(m_columns.size());
    for (const RecordColumn &column : std::as_const(m_columns))
        m_sortCell.append(column.sortValue ? m_stride++ : -1);
}

void RecordTableModel::setRoleValues(QList<RecordRoleValue> values)
{
    Q_ASSERT(m_rows.json.isEmpty());
    m_stride -= static_cast<int>(m_roleValues.size());
    m_roleValues = std::move(values);
    m_stride += static_cast<int>(m_roleValues.size());
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
        return rows.cells.at(qsizetype(at >= 0 ? at : ~at) * m_stride + slot);
    }
    return m_rows.cells.at(qsizetype(row) * m_stride + slot);
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
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
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
        return QVariant::fromValue(m_columns.at(index.column()).alignment);
    case SortRole: {
        const int sortCell = m_sortCell.at(index.column());
        return cell(row, sortCell >= 0 ? sortCell : kDisplayCell + index.column());
    }
    case RawJsonRole:
        return record(row);
    case RecordIdRole:
        return cell(row, 0);
    default:
        for (int i = 0; i < m_roleValues.size(); ++i) {
            if (m_roleValues.at(i).role == role)
                return cell(row, m_stride - static_cast<int>(m_roleValues.size()) + i);
        }
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

void RecordTableModel::makeCells(Rows &rows, const QJsonObject &record) const
{
    rows.cells.append(recordId(record));
    for (const RecordColumn &column : m_columns)
        rows.cells.append(column.display ? column.display(record) : QVariant());
    for (const RecordColumn &column : m_columns) {
        if (column.sortValue)
            rows.cells.append(column.sortValue(record));
    }
    for (const RecordRoleValue &value : m_roleValues)
        rows.cells.append(value.value(record));
}

void RecordTableModel::addRows(Rows &rows, const QJsonArray &records) const
{
    if (rows.json.isEmpty()) { // (not when adding to rows: each would copy them all)
        rows.json.reserve(records.size());
        rows.cells.reserve(records.size() * m_stride);
    }
    TextSharer sharer(m_stride);
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QByteArray json = QJsonDocument(record).toJson(QJsonDocument::Compact);
        json.squeeze(); // the writer leaves room to grow
        rows.json.append(std::move(json));
        makeCells(rows, record);
        const qsizetype first = rows.cells.size() - m_stride;
        for (int slot = 0; slot < m_stride; ++slot)
            sharer.share(slot, rows.cells[first + slot]);
    }
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
    const auto newCount = static_cast<int>(rows.json.size());
    if (oldCount == 0 || newCount == 0)
        return false;
    const auto idOf = [this](const Rows &in) {
        return [this, &in](int row) -> const QString & {
            return *static_cast<const QString *>(
                in.cells.at(qsizetype(row) * m_stride).constData());
        };
    };
    const std::optional<KeyedReplacePlan> plan = KeyedReplacePlan::make(
        oldCount, idOf(m_rows), newCount, idOf(rows),
        [this, &rows](int oldRow, int newRow) {
            return m_rows.json.at(oldRow) == rows.json.at(newRow);
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
    discard(std::exchange(m_replaced, {}));
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
    discard(std::move(old));
}

void RecordTableModel::discard(Rows rows)
{
    // Freeing 100,000 rows takes the UI thread about 100 ms: a large list is freed on a
    // worker. Its texts and bytes are shared with nothing but through atomic counts, so any
    // thread may drop them.
    constexpr qsizetype kFreeHereRows = 10000;
    if (rows.json.size() < kFreeHereRows)
        return;
    QThreadPool::globalInstance()->start(
        [dying = std::move(rows)]() mutable { const Rows gone = std::move(dying); });
}

void RecordTableModel::setRecords(const QJsonArray &records)
{
    Rows rows;
    addRows(rows, records);
    rows.json.squeeze();
    rows.cells.squeeze();
    resetRows(std::move(rows));
}

void RecordTableModel::replaceRecords(const QJsonArray &records)
{
    Rows rows;
    addRows(rows, records);
    replaceRows(std::move(rows));
}

void RecordTableModel::appendRecords(const QJsonArray &records)
{
    if (records.isEmpty())
        return;
    Rows added;
    addRows(added, records);
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    m_rows.json.append(std::move(added.json));
    m_rows.cells.append(std::move(added.cells));
    endInsertRows();
}

void RecordTableModel::replaceRecord(int row, const QJsonObject &record)
{
    if (row < 0 || row >= rowCount())
        return;
    Rows replaced;
    addRows(replaced, QJsonArray{record});
    m_rows.json[row] = std::move(replaced.json.first());
    std::move(replaced.cells.begin(), replaced.cells.end(), m_rows.cells.begin() + row * m_stride);
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
    delete findChild<QObject *>(PageTurns::kName, Qt::FindDirectChildrenOnly); // an older load's
    auto *turns = new PageTurns(this, [this, shown](const QJsonArray &records) {
        if (shown)
            appendRecords(records);
        else
            addRows(m_pending, records);
    });
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
