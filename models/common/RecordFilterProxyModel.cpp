// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordFilterProxyModel.h"

#include "RecordTableModel.h"

#include <QElapsedTimer>

#include <algorithm>

namespace zc {

namespace {

// Whether every row `narrower` accepts is accepted by `wider` too: each word of the wider
// filter is inside some word of the narrower one ("us" -> "use", "use" -> "use x").
bool narrows(const QStringList &narrower, const QStringList &wider)
{
    return std::all_of(wider.cbegin(), wider.cend(), [&](const QString &w) {
        return std::any_of(narrower.cbegin(), narrower.cend(),
                           [&](const QString &n) { return n.contains(w); });
    });
}

// Whether `word` (not empty) is in `text`: the first letter looked for with Qt's vectorised
// character search, the rest compared where it is. Over 100,000 rows of about 110 letters, a
// word of several letters took 5-6 ms so against 9-10 ms with QString::contains (a rolling
// hash, letter by letter); one letter the same.
bool containsWord(QStringView text, QStringView word)
{
    const QChar first = word.front();
    const qsizetype last = text.size() - word.size();
    for (qsizetype from = 0; from <= last;) {
        const qsizetype at = text.indexOf(first, from);
        if (at < 0 || at > last)
            return false;
        if (text.sliced(at, word.size()) == word)
            return true;
        from = at + 1;
    }
    return false;
}

// -1, 0 or 1: how two sort values order. Text by the collator, then letter by letter; empty
// values last in ascending order.
int compareValues(const QCollator &collator, const QVariant &l, const QVariant &r)
{
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        int c = collator.compare(l.toString(), r.toString());
        if (c == 0)
            c = QString::compare(l.toString(), r.toString());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    const bool lEmpty = !l.isValid() || l.isNull();
    const bool rEmpty = !r.isValid() || r.isNull();
    if (lEmpty || rEmpty)
        return lEmpty == rEmpty ? 0 : lEmpty ? 1 : -1;
    const QPartialOrdering order = QVariant::compare(l, r);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

bool containsAll(QStringView text, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [text](const QString &word) { return containsWord(text, word); });
}

} // namespace

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // "host2" before "host10", "admin" before "Wiki", whatever the process locale.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, &RecordFilterProxyModel::fillTexts);
}

void RecordFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetRows();
    // A table's rows have no children: no need to ask each one, nor to look for a matching
    // child under each row a filter drops (100,000 calls a keystroke).
    m_flat =
        qobject_cast<QAbstractTableModel *>(model) || qobject_cast<QAbstractListModel *>(model);
    setRecursiveFilteringEnabled(!m_flat); // tree models: a matching child keeps its parents
    // Connected before the base class connects its own handlers, so that the rows' texts are
    // forgotten before it filters changed rows again.
    if (model) {
        const auto all = [this] { forgetRows(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this, all),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, all),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, all),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, all),
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, all),
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, all),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, all),
            // Rows appended (a page arriving) leave the rows before them as they were.
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &parent, int first) {
                        if (!parent.isValid())
                            forgetRowsFrom(first);
                    }),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxyModel::forgetRows()
{
    forgetRowsFrom(0);
}

void RecordFilterProxyModel::forgetRowsFrom(int first)
{
    const auto keep = static_cast<size_t>(std::max(first, 0));
    if (m_texts.size() > first)
        m_texts.resize(first);
    m_accepted.resize(std::min(m_accepted.size(), keep));
    m_previous.resize(std::min(m_previous.size(), keep));
    if (m_order.size() > keep) {
        m_order.resize(keep);
        m_ordered = static_cast<int>(
            std::count_if(m_order.cbegin(), m_order.cend(), [](int place) { return place >= 0; }));
    }
    m_fillFrom = std::min(m_fillFrom, first);
    m_fill.start();
}

void RecordFilterProxyModel::fillTexts()
{
    // A few milliseconds at a time, then the UI thread goes back to its events: a fixed 1,000
    // rows took 10 ms on an idle machine and tens of ms on a loaded one.
    constexpr qint64 kSliceNs = 4'000'000;
    constexpr int kRowsBetweenLooks = 32;
    QElapsedTimer clock;
    clock.start();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    while (m_fillFrom < rows && clock.nsecsElapsed() < kSliceNs) {
        const int end = std::min(rows, m_fillFrom + kRowsBetweenLooks);
        for (; m_fillFrom < end; ++m_fillFrom)
            cachedText(m_fillFrom);
    }
    if (m_fillFrom >= rows)
        m_fill.stop();
}

QString &RecordFilterProxyModel::cachedText(int sourceRow) const
{
    if (m_texts.size() <= sourceRow)
        m_texts.resize(sourceRow + 1);
    QString &text = m_texts[sourceRow];
    if (text.isEmpty())
        text = rowText(sourceRow, {});
    return text;
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    // Rows whose place rememberOrder() kept compare by it: a new filter on a sorted table has
    // the proxy sort the rows it keeps again, and comparing 76,000 users by value (two sort
    // values and a collation each time) took a second a keystroke.
    const auto l = static_cast<size_t>(left.row());
    const auto r = static_cast<size_t>(right.row());
    if (m_flat && l < m_order.size() && r < m_order.size() && m_order[l] >= 0 && m_order[r] >= 0)
        return ascending ? m_order[l] < m_order[r] : m_order[l] > m_order[r];
    const int c = compareValues(m_collator, left.data(sortRole()), right.data(sortRole()));
    if (c != 0)
        return c < 0;
    // Equal values keep the source's order whichever way the column sorts (as the proxy's
    // stable sort keeps them), so that the order kept above is the one values give.
    return ascending ? left.row() < right.row() : left.row() > right.row();
}

void RecordFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_order.clear();
    m_ordered = 0;
    QSortFilterProxyModel::sort(column, order);
}

void RecordFilterProxyModel::rememberOrder()
{
    const int shown = rowCount();
    if (!m_flat || sortColumn() < 0 || shown <= m_ordered)
        return;
    m_order.assign(static_cast<size_t>(sourceModel()->rowCount()), -1);
    for (int row = 0; row < shown; ++row)
        m_order[static_cast<size_t>(mapToSource(index(row, 0)).row())] = row;
    m_ordered = shown;
}

void RecordFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QStringList words = text.toCaseFolded().simplified().split(u' ', Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return; // spaces only: the same rows
    std::vector<signed char> previous;
    if (!m_words.isEmpty() && narrows(words, m_words))
        previous = m_accepted;
    // A filter that keeps exactly the rows shown ("u" over a list where every row has a u)
    // changes nothing the views see: no reset, which would lay out every row again.
    std::vector<signed char> accepted;
    const bool known = matchFlatRows(words, previous, &accepted);
    // Without words every row shows, and m_accepted is not kept.
    const bool same = m_words.isEmpty()
                          ? std::find(accepted.cbegin(), accepted.cend(), 0) == accepted.cend()
                          : accepted == m_accepted;
    if (known && same) {
        m_accepted = std::move(accepted);
        m_words = words;
        m_previous = std::move(previous);
        return;
    }
    // One reset, not a removal per range of rows that no longer match (see the class comment).
    rememberOrder();
    beginResetModel();
    m_previous = std::move(previous);
    m_accepted = std::move(accepted);
    m_words = words;
    endResetModel();
}

bool RecordFilterProxyModel::matchFlatRows(const QStringList &words,
                                           const std::vector<signed char> &previous,
                                           std::vector<signed char> *accepted) const
{
    accepted->clear();
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    const int rows = model->rowCount();
    // Only where the proxy knows how every row stands now (every one without words): rows
    // not yet filtered, and tree rows, whose parents stay for a matching child, are left to
    // the proxy.
    if (!m_words.isEmpty() &&
        (m_accepted.size() != static_cast<size_t>(rows) ||
         std::find(m_accepted.cbegin(), m_accepted.cend(), -1) != m_accepted.cend()))
        return false;
    accepted->resize(static_cast<size_t>(rows), words.isEmpty() ? 1 : 0);
    for (int row = 0; row < rows; ++row) {
        const auto r = static_cast<size_t>(row);
        if (!m_flat && model->hasChildren(model->index(row, 0))) {
            accepted->clear();
            return false;
        }
        if (words.isEmpty() || (r < previous.size() && previous[r] == 0))
            continue;
        (*accepted)[r] = containsAll(cachedText(row), words);
    }
    return true;
}

QString RecordFilterProxyModel::rowText(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    QString row;
    for (int c = 0; c < columns; ++c) {
        row += model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        row += u'\n';
    }
    return row.toCaseFolded();
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const auto matches = [this](const QString &text) { return containsAll(text, m_words); };
    // Children of tree models are searched as they are: few, and their rows move around.
    if (sourceParent.isValid())
        return matches(rowText(sourceRow, sourceParent));

    const auto row = static_cast<size_t>(sourceRow);
    if (row < m_accepted.size() && m_accepted[row] >= 0)
        return m_accepted[row] != 0;
    bool accepted = false;
    if (row >= m_previous.size() || m_previous[row] != 0)
        accepted = matches(cachedText(sourceRow));
    if (m_accepted.size() <= row)
        m_accepted.resize(row + 1, -1);
    m_accepted[row] = accepted ? 1 : 0;
    return accepted;
}

} // namespace zc
