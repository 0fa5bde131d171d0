// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTextFilter.h"

#include "FreeOnWorker.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QIdentityProxyModel>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <utility>

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

bool containsAll(QStringView text, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [text](const QString &word) { return containsWord(text, word); });
}

} // namespace

RecordTextFilter::RecordTextFilter(QObject *parent)
    : QObject(parent)
{
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, &RecordTextFilter::fillTexts);
}

bool RecordTextFilter::isFlat(const QAbstractItemModel *model)
{
    if (qobject_cast<const QAbstractTableModel *>(model) ||
        qobject_cast<const QAbstractListModel *>(model))
        return true;
    // These proxies keep their source's shape (a page's own filter over a table, a
    // highlight).
    if (const auto *identity = qobject_cast<const QIdentityProxyModel *>(model))
        return isFlat(identity->sourceModel());
    if (const auto *sorted = qobject_cast<const QSortFilterProxyModel *>(model))
        return isFlat(sorted->sourceModel());
    return false;
}

void RecordTextFilter::setSource(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    m_flat = isFlat(model);
    forgetRowsFrom(0);
    if (!model)
        return;
    const auto all = [this] { forgetRowsFrom(0); };
    m_connections = {
        connect(model, &QObject::destroyed, this, [this] { setSource(nullptr); }),
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    // A child's cells are not in its top-level row's text.
                    if (!topLeft.parent().isValid())
                        forgetRows(topLeft.row(), bottomRight.row());
                }),
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, all),
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, all),
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, all),
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, all),
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, all),
        // Rows inserted or removed (a page appended) leave the others as they were.
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        shiftRows(first, last - first + 1);
                }),
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        shiftRows(first, first - last - 1);
                }),
    };
}

void RecordTextFilter::forgetRowsFrom(int first)
{
    const auto keep = static_cast<size_t>(std::max(first, 0));
    if (keep == 0)
        freeOnWorker(std::exchange(m_texts, {}));
    else if (m_texts.size() > first)
        m_texts.resize(first);
    m_accepted.resize(std::min(m_accepted.size(), keep));
    m_previous.resize(std::min(m_previous.size(), keep));
    m_fillFrom = std::min(m_fillFrom, first);
    m_fill.start();
}

void RecordTextFilter::shiftRows(int first, int count)
{
    // Rows past the end of a list are not known yet: only rows before it move. What is known
    // of rows inserted: nothing; they are searched whatever the previous filter did.
    const auto shift = [first, count](auto &list, auto inserted) {
        const auto size = static_cast<qsizetype>(list.size());
        if (first >= size)
            return;
        const auto at = list.begin() + first;
        if (count > 0)
            list.insert(at, static_cast<size_t>(count), inserted);
        else
            list.erase(at, at + std::min<qsizetype>(-count, size - first));
    };
    shift(m_accepted, static_cast<signed char>(-1));
    shift(m_previous, static_cast<signed char>(1));
    shift(m_texts, QString());
    m_fillFrom = std::min(m_fillFrom, first);
    m_fill.start();
}

void RecordTextFilter::forgetRows(int first, int last)
{
    for (int row = std::max(first, 0); row <= last; ++row) {
        const auto r = static_cast<size_t>(row);
        if (row < m_texts.size())
            m_texts[row].clear();
        if (r < m_accepted.size())
            m_accepted[r] = -1;
        if (r < m_previous.size())
            m_previous[r] = 1; // searched again
    }
    m_fillFrom = std::min(m_fillFrom, first);
    m_fill.start();
}

void RecordTextFilter::fillTexts()
{
    // A few milliseconds at a time, then the UI thread goes back to its events: a fixed 1,000
    // rows took 10 ms on an idle machine and tens of ms on a loaded one.
    constexpr qint64 kSliceNs = 4'000'000;
    constexpr int kRowsBetweenLooks = 32;
    QElapsedTimer clock;
    clock.start();
    const int rows = m_model ? m_model->rowCount() : 0;
    while (m_fillFrom < rows && clock.nsecsElapsed() < kSliceNs) {
        const int end = std::min(rows, m_fillFrom + kRowsBetweenLooks);
        for (; m_fillFrom < end; ++m_fillFrom)
            cachedText(m_fillFrom);
    }
    if (m_fillFrom >= rows)
        m_fill.stop();
}

QString &RecordTextFilter::cachedText(int sourceRow) const
{
    if (m_texts.size() <= sourceRow)
        m_texts.resize(sourceRow + 1);
    QString &text = m_texts[sourceRow];
    if (text.isEmpty())
        text = rowText(sourceRow, {});
    return text;
}

QString RecordTextFilter::rowText(int sourceRow, const QModelIndex &sourceParent) const
{
    const int columns = m_model->columnCount(sourceParent);
    QString row;
    for (int c = 0; c < columns; ++c) {
        row += m_model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        row += u'\n';
    }
    return row.toCaseFolded();
}

bool RecordTextFilter::acceptsChild(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_words.isEmpty() || containsAll(rowText(sourceRow, sourceParent), m_words);
}

bool RecordTextFilter::acceptsRow(int sourceRow) const
{
    if (m_words.isEmpty())
        return true;
    const auto row = static_cast<size_t>(sourceRow);
    if (row < m_accepted.size() && m_accepted[row] >= 0)
        return m_accepted[row] != 0;
    bool accepted = false;
    if (row >= m_previous.size() || m_previous[row] != 0)
        accepted = containsAll(cachedText(sourceRow), m_words);
    if (m_accepted.size() <= row)
        m_accepted.resize(row + 1, -1);
    m_accepted[row] = accepted ? 1 : 0;
    return accepted;
}

bool RecordTextFilter::prepare(const QString &text)
{
    if (text == m_text)
        return false;
    const QStringList words = text.toCaseFolded().simplified().split(u' ', Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return false; // spaces only: the same rows
    std::vector<signed char> previous;
    if (!m_words.isEmpty() && narrows(words, m_words))
        previous = m_accepted;
    // A filter that keeps exactly the rows shown ("u" over a list where every row has a u)
    // changes nothing the views see.
    std::vector<signed char> accepted;
    const bool known = matchAll(words, previous, &accepted);
    // Without words every row shows, and m_accepted is not kept.
    const bool same = m_words.isEmpty()
                          ? std::find(accepted.cbegin(), accepted.cend(), 0) == accepted.cend()
                          : accepted == m_accepted;
    m_nextWords = words;
    m_nextAccepted = std::move(accepted);
    m_nextPrevious = std::move(previous);
    if (known && same) {
        commit();
        return false;
    }
    return true;
}

void RecordTextFilter::commit()
{
    m_words = std::exchange(m_nextWords, {});
    m_accepted = std::exchange(m_nextAccepted, {});
    m_previous = std::exchange(m_nextPrevious, {});
}

bool RecordTextFilter::matchAll(const QStringList &words, const std::vector<signed char> &previous,
                                std::vector<signed char> *accepted) const
{
    accepted->clear();
    if (!m_model)
        return false;
    const int rows = m_model->rowCount();
    // Only where the standing of every row is known now (every one without words): rows not
    // filtered yet, and tree rows, whose parents stay for a matching child, are left to the
    // proxy.
    if (!m_words.isEmpty() &&
        (m_accepted.size() != static_cast<size_t>(rows) ||
         std::find(m_accepted.cbegin(), m_accepted.cend(), -1) != m_accepted.cend()))
        return false;
    accepted->resize(static_cast<size_t>(rows), words.isEmpty() ? 1 : 0);
    for (int row = 0; row < rows; ++row) {
        const auto r = static_cast<size_t>(row);
        if (!m_flat && m_model->hasChildren(m_model->index(row, 0))) {
            accepted->clear();
            return false;
        }
        if (words.isEmpty() || (r < previous.size() && previous[r] == 0))
            continue;
        (*accepted)[r] = containsAll(cachedText(row), words);
    }
    return true;
}

} // namespace zc
