// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTableProxyModel.h"

#include "FreeOnWorker.h"
#include "RecordTableModel.h"

#include <QTimer>

#include <algorithm>
#include <climits>
#include <functional>
#include <iterator>
#include <numeric>
#include <optional>

namespace zc {

namespace {

// `added` merged into `base`, both in `less` order: a binary search for each added row from
// where the last one went, so a page of 1,000 rows into 100,000 costs some 17,000
// comparisons and one copy of the rows.
template<typename Less>
std::vector<int> merged(const std::vector<int> &base, const std::vector<int> &added, Less less)
{
    std::vector<int> out;
    out.reserve(base.size() + added.size());
    auto from = base.cbegin();
    for (int row : added) {
        const auto to = std::lower_bound(from, base.cend(), row, less);
        out.insert(out.end(), from, to);
        out.push_back(row);
        from = to;
    }
    out.insert(out.end(), from, base.cend());
    return out;
}

} // namespace

void RecordTableProxyModel::setFilterText(const QString &text)
{
    if (!m_filter.prepare(text))
        return;
    // One reset, not a removal per range of rows that no longer match: each removal costs the
    // views O(rows).
    beginResetModel();
    m_filter.commit();
    setRows(passing());
    endResetModel();
}

int RecordTableProxyModel::sortColumn() const
{
    return m_sorter ? m_sorter->column() : m_column;
}

Qt::SortOrder RecordTableProxyModel::sortOrder() const
{
    return m_sorter ? m_sorter->order() : m_order;
}

void RecordTableProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    adoptSorter(); // before the model it reads goes
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    // The filter connects first, so that it has forgotten changed rows' texts before this
    // proxy looks at them.
    m_filter.setSource(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model)
        connectSource(model);
    rebuildAndEndReset();
}

void RecordTableProxyModel::connectSource(QAbstractItemModel *model)
{
    using M = QAbstractItemModel;
    const auto begin = [this] { beginResetModel(); };
    const auto end = [this] { rebuildAndEndReset(); };
    m_connections = {
        connect(model, &M::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (parent.isValid())
                        return;
                    onRowsInserted(first, last);
                    restartSorter(first);
                }),
        connect(model, &M::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        onRowsAboutToBeRemoved(first, last);
                }),
        connect(model, &M::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (parent.isValid())
                        return;
                    onRowsRemoved(first, last);
                    restartSorter(first);
                }),
        connect(model, &M::dataChanged, this, &RecordTableProxyModel::onDataChanged),
        connect(model, &M::headerDataChanged, this, &M::headerDataChanged),
        connect(model, &M::modelAboutToBeReset, this, begin),
        connect(model, &M::modelReset, this, end),
        connect(model, &M::layoutAboutToBeChanged, this, begin),
        connect(model, &M::layoutChanged, this, end),
        connect(model, &M::rowsAboutToBeMoved, this, begin),
        connect(model, &M::rowsMoved, this, end),
        connect(model, &M::columnsAboutToBeInserted, this, begin),
        connect(model, &M::columnsInserted, this, end),
        connect(model, &M::columnsAboutToBeRemoved, this, begin),
        connect(model, &M::columnsRemoved, this, end),
        connect(model, &M::columnsAboutToBeMoved, this, begin),
        connect(model, &M::columnsMoved, this, end),
        // As Qt's own proxies do, the rows go without a signal. A source that goes with its
        // parent (a page closing, its widgets still there) must not have the views announce a
        // new current record to a parent already half destroyed.
        connect(model, &QObject::destroyed, this,
                [this] {
                    adoptSorter();
                    m_connections.clear();
                    m_staleKeys = false;
                    m_keys.clear();
                    m_sorted.clear();
                    m_rows.clear();
                    m_proxyRows.clear();
                }),
    };
}

RecordSortKey RecordTableProxyModel::keyOf(int row) const
{
    return {m_collator, sourceModel()->index(row, m_column).data(RecordTableModel::SortRole)};
}

void RecordTableProxyModel::makeKeys(int first, int last)
{
    std::vector<RecordSortKey> keys;
    keys.reserve(static_cast<size_t>(last - first + 1));
    for (int row = first; row <= last; ++row)
        keys.push_back(keyOf(row));
    m_keys.insert(m_keys.begin() + first, keys.begin(), keys.end());
}

std::vector<int> RecordTableProxyModel::sortedRange(int first, int last) const
{
    std::vector<int> rows(static_cast<size_t>(std::max(last - first + 1, 0)));
    std::iota(rows.begin(), rows.end(), first);
    std::sort(rows.begin(), rows.end(), less());
    return rows;
}

std::vector<int> RecordTableProxyModel::mergeIntoOrder(int first, int last)
{
    makeKeys(first, last);
    std::vector<int> rows = sortedRange(first, last);
    m_sorted = merged(m_sorted, rows, less());
    return rows;
}

std::vector<int> RecordTableProxyModel::passing() const
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    std::vector<int> rows;
    rows.reserve(static_cast<size_t>(count));
    if (sorted()) {
        for (int row : m_sorted) {
            if (m_filter.acceptsRow(row))
                rows.push_back(row);
        }
    } else {
        for (int row = 0; row < count; ++row) {
            if (m_filter.acceptsRow(row))
                rows.push_back(row);
        }
    }
    return rows;
}

void RecordTableProxyModel::setRows(std::vector<int> rows)
{
    m_rows = std::move(rows);
    m_proxyRows.assign(static_cast<size_t>(sourceModel() ? sourceModel()->rowCount() : 0), -1);
    for (size_t p = 0; p < m_rows.size(); ++p)
        m_proxyRows[static_cast<size_t>(m_rows[p])] = static_cast<int>(p);
}

void RecordTableProxyModel::reorder(std::vector<int> rows)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> before;
    before.swap(m_rows);
    setRows(std::move(rows));
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int row = m_proxyRows[static_cast<size_t>(before[static_cast<size_t>(index.row())])];
        to.append(row >= 0 ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordTableProxyModel::rebuildAndEndReset()
{
    const std::optional<std::pair<int, Qt::SortOrder>> later = rebuild();
    endResetModel();
    if (later)
        startSorter(later->first, later->second);
}

std::optional<std::pair<int, Qt::SortOrder>> RecordTableProxyModel::rebuild()
{
    adoptSorter();
    m_staleKeys = false;
    freeOnWorker(std::exchange(m_keys, {}));
    m_sorted.clear();
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    // Every row sorted at once stalled the views (250-330 ms for 100,000 rows, a reload whose
    // rows could not be matched by id): they show the source's order, the sort asked for
    // being made in the background as after a header click.
    std::optional<std::pair<int, Qt::SortOrder>> later;
    if (sorted() && count >= m_backgroundRows) {
        later.emplace(std::exchange(m_column, -1), m_order);
    } else if (sorted() && count > 0) {
        makeKeys(0, count - 1);
        m_sorted = sortedRange(0, count - 1);
    }
    setRows(passing());
    return later;
}

void RecordTableProxyModel::rekey(const std::vector<std::pair<int, int>> &changed, int keyedFrom)
{
    // Each key replaced where it is, each row taken out in one pass: a range at a time cost
    // every range a pass over every row and every key.
    std::vector<char> isChanged(changed.empty() ? 0 : m_keys.size(), 0);
    std::vector<int> rows;
    for (const auto &[first, last] : changed) {
        for (int row = first; row <= last; ++row) {
            if (std::exchange(isChanged[static_cast<size_t>(row)], 1) == 0) {
                m_keys[static_cast<size_t>(row)] = keyOf(row);
                rows.push_back(row);
            }
        }
    }
    if (!rows.empty())
        std::erase_if(m_sorted, [&](int row) { return isChanged[static_cast<size_t>(row)] != 0; });
    for (auto row = static_cast<size_t>(keyedFrom); row < m_keys.size(); ++row)
        rows.push_back(static_cast<int>(row));
    std::sort(rows.begin(), rows.end(), less());
    m_sorted = merged(m_sorted, rows, less());
}

bool RecordTableProxyModel::resortsAtOnce(int rows)
{
    // At once, the rows' keys are made, and every row is passed over a few times (out of the
    // order, merged back, filtered, moved in the views' layout change): counted as the rows
    // plus a 512th of the table. Measured with zc-bench-ui sorted at once, one signal's
    // passes over 100,000 rows took 0.4-0.8 ms, what making and sorting 80-160 keys does.
    // Signals that come together (a reload that ends in many ranges of changed rows) add up
    // until the event loop runs again: each alone would be quick, together they would stall.
    m_burstRows += rows + sourceModel()->rowCount() / 512;
    if (!std::exchange(m_burstCounted, true)) {
        QTimer::singleShot(0, this, [this] {
            m_burstRows = 0;
            m_burstCounted = false;
        });
    }
    return m_burstRows < m_backgroundRows;
}

void RecordTableProxyModel::setSorter(RecordSorter *sorter)
{
    if (m_sorter) {
        m_sorter->cancel();
        m_sorter->deleteLater();
    }
    m_sorter = sorter;
    m_changed.clear();
    m_changedRows = 0;
    if (m_sorter) {
        connect(m_sorter, &RecordSorter::finished, this, &RecordTableProxyModel::onSorted);
        m_sorter->start();
    }
    signalSorting();
}

void RecordTableProxyModel::startSorter(int column, Qt::SortOrder order)
{
    auto *sorter = new RecordSorter(sourceModel(), column, order, m_collator.locale(), this);
    // The other way round: the keys are there (a copy is a few ms; reading the values again
    // took 100 ms for 100,000 rows), unless some are older than their values.
    if (column == m_column && !m_staleKeys)
        sorter->setKeys(m_keys);
    setSorter(sorter);
}

void RecordTableProxyModel::restartSorter(int first)
{
    if (m_sorter && first < m_sorter->rowCount())
        startSorter(m_sorter->column(), m_sorter->order());
}

void RecordTableProxyModel::adoptSorter()
{
    if (!m_sorter)
        return;
    m_column = m_sorter->column();
    m_order = m_sorter->order();
    setSorter(nullptr);
}

void RecordTableProxyModel::onSorted()
{
    // Out of m_sorter first: what the views do on the layout change may ask for another sort.
    RecordSorter *done = std::exchange(m_sorter, nullptr);
    done->deleteLater();
    RecordSorter::Result result = done->result();
    Q_ASSERT(result.rows.size() == static_cast<size_t>(done->rowCount()));
    m_column = done->column();
    m_order = done->order();
    m_keys = std::move(result.keys);
    m_sorted = std::move(result.rows);
    m_staleKeys = false;
    const auto read = static_cast<int>(m_sorted.size());
    // The rows appended while it sorted, and those whose values changed after it read them
    // (fewer than backgroundSortRows(): more started it again).
    if (const int count = sourceModel()->rowCount(); count > read)
        makeKeys(read, count - 1);
    rekey(std::exchange(m_changed, {}), read);
    m_changedRows = 0;
    reorder(passing());
    // Unless the layout change had another sort asked for.
    signalSorting();
}

void RecordTableProxyModel::signalSorting()
{
    if (const bool sorting = m_sorter != nullptr; sorting != m_signalledSorting) {
        m_signalledSorting = sorting;
        Q_EMIT sortingChanged(sorting);
    }
}

void RecordTableProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == sortColumn() && (column < 0 || order == sortOrder()))
        return;
    // Back to the order shown: giving the background sort up is all there is to do, unless
    // values changed in it since (sorted again below).
    if (column == m_column && (column < 0 || order == m_order) && !m_staleKeys) {
        setSorter(nullptr);
        return;
    }
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    if (column >= 0 && count >= m_backgroundRows) {
        startSorter(column, order);
        return;
    }
    setSorter(nullptr);
    const bool newKeys = column != m_column || m_staleKeys;
    m_column = column;
    m_order = order;
    m_staleKeys = false;
    if (newKeys) {
        m_keys.clear();
        if (sorted() && count > 0)
            makeKeys(0, count - 1);
    }
    // A new column or order sorts once, by keys made once; the filter is not asked again.
    m_sorted = sorted() ? sortedRange(0, count - 1) : std::vector<int>();
    reorder(passing());
}

void RecordTableProxyModel::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    // Rows inserted before others (not appended) move those down.
    if (static_cast<size_t>(first) < m_proxyRows.size()) {
        for (int &row : m_rows)
            row += row >= first ? count : 0;
        for (int &row : m_sorted)
            row += row >= first ? count : 0;
    }
    m_proxyRows.insert(m_proxyRows.begin() + first, static_cast<size_t>(count), -1);
    std::vector<int> added;
    const auto keep = [&](const std::vector<int> &rows) {
        std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(added),
                     [this](int row) { return m_filter.acceptsRow(row); });
    };
    if (sorted()) {
        keep(mergeIntoOrder(first, last));
    } else {
        std::vector<int> page(static_cast<size_t>(count));
        std::iota(page.begin(), page.end(), first);
        keep(page);
    }
    if (added.empty())
        return;
    // Unsorted, the rows that pass stand together where the source put them; sorted, they
    // are inserted at the end and then moved to their places in one layout change: a
    // insertion at each place cost the views O(rows) each.
    const auto at =
        sorted() ? m_rows.size()
                 : static_cast<size_t>(std::lower_bound(m_rows.cbegin(), m_rows.cend(), first) -
                                       m_rows.cbegin());
    // Without a filter the rows shown are the kept order's (a second merge cost as much as
    // the first: 5-8 ms a page of 100,000 rows).
    std::vector<int> place = !sorted()            ? std::vector<int>()
                             : m_filter.isEmpty() ? m_sorted
                                                  : merged(m_rows, added, less());
    beginInsertRows({}, static_cast<int>(at), static_cast<int>(at + added.size() - 1));
    std::vector<int> rows = std::move(m_rows);
    rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(at), added.cbegin(), added.cend());
    setRows(std::move(rows));
    endInsertRows();
    if (sorted() && place != m_rows)
        reorder(std::move(place));
}

void RecordTableProxyModel::onRowsAboutToBeRemoved(int first, int last)
{
    // Each removal costs the views O(rows): past this many ranges one reset costs less.
    constexpr size_t kMaxRanges = 16;
    std::vector<int> shown;
    for (int row = first; row <= last; ++row) {
        if (const int at = m_proxyRows[static_cast<size_t>(row)]; at >= 0)
            shown.push_back(at);
    }
    std::sort(shown.begin(), shown.end(), std::greater<>());
    // Ranges from the bottom up, so that the rows above a range keep their numbers.
    std::vector<std::pair<int, int>> ranges;
    for (int at : shown) {
        if (!ranges.empty() && ranges.back().first == at + 1)
            ranges.back().first = at;
        else
            ranges.emplace_back(at, at);
    }
    m_removalReset = ranges.size() > kMaxRanges;
    if (m_removalReset) {
        beginResetModel();
        return;
    }
    for (const auto &[top, bottom] : ranges) {
        beginRemoveRows({}, top, bottom);
        std::vector<int> rows = std::move(m_rows);
        rows.erase(rows.begin() + top, rows.begin() + bottom + 1);
        setRows(std::move(rows));
        endRemoveRows();
    }
}

void RecordTableProxyModel::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    const auto renumber = [&](std::vector<int> &rows) {
        for (int &row : rows)
            row -= row > last ? count : 0;
    };
    std::erase_if(m_sorted, [&](int row) { return row >= first && row <= last; });
    renumber(m_sorted);
    if (sorted())
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    if (std::exchange(m_removalReset, false)) {
        setRows(passing());
        endResetModel();
        return;
    }
    // The rows shown went at rowsAboutToBeRemoved; those below them move up.
    renumber(m_rows);
    m_proxyRows.erase(m_proxyRows.begin() + first, m_proxyRows.begin() + last + 1);
}

void RecordTableProxyModel::onDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const auto covers = [&](int column) {
        return column >= topLeft.column() && column <= bottomRight.column();
    };
    bool moved = false;
    if (sorted() && covers(m_column)) {
        if (resortsAtOnce(last - first + 1)) {
            rekey({{first, last}});
            moved = true;
        } else {
            // The views keep the order they show, with the new values, until the new one
            // comes: from the background sort under way (a new column's, or this one's
            // started again below), or from one started now.
            m_staleKeys = true;
            if (!m_sorter)
                startSorter(m_column, m_order);
        }
    }
    // Values the background sort read before they changed get new keys when its order
    // comes; so many that this would stall start it again, to read them anew.
    if (m_sorter && covers(m_sorter->column()) && first < m_sorter->readCount()) {
        const int read = std::min(last, m_sorter->readCount() - 1);
        m_changed.emplace_back(first, read);
        m_changedRows += read - first + 1;
        if (m_changedRows >= m_backgroundRows)
            startSorter(m_sorter->column(), m_sorter->order());
    }
    if (moved || !m_filter.isEmpty()) {
        std::vector<int> rows = passing();
        const bool sameRows = rows.size() == m_rows.size() &&
                              std::all_of(rows.cbegin(), rows.cend(), [this](int row) {
                                  return m_proxyRows[static_cast<size_t>(row)] >= 0;
                              });
        if (!sameRows) {
            beginResetModel();
            setRows(std::move(rows));
            endResetModel();
            return;
        }
        if (rows != m_rows)
            reorder(std::move(rows));
    }
    int top = INT_MAX;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int shown = m_proxyRows[static_cast<size_t>(row)];
        if (shown >= 0) {
            top = std::min(top, shown);
            bottom = std::max(bottom, shown);
        }
    }
    if (bottom >= 0) {
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()),
                           roles);
    }
}

QModelIndex RecordTableProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RecordTableProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int RecordTableProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool RecordTableProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QVariant RecordTableProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount())
        section = m_rows[static_cast<size_t>(section)];
    return sourceModel()->headerData(section, orientation, role);
}

QModelIndex RecordTableProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= rowCount())
        return {};
    return sourceModel()->index(m_rows[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RecordTableProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid() ||
        static_cast<size_t>(sourceIndex.row()) >= m_proxyRows.size())
        return {};
    const int row = m_proxyRows[static_cast<size_t>(sourceIndex.row())];
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

} // namespace zc
