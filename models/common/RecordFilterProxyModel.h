// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

#include <vector>

namespace zc {

// Filter-as-you-type across every column of a record table, sorting by each column's sort
// value (numbers as numbers, dates as dates, text by locale). Every word of the filter must
// appear somewhere in the row: "443 finance" finds the finance segment on port 443.
//
// Built for 100,000 rows: a new filter resets the proxy rather than removing the rows that no
// longer match range by range (each removal costs the views O(rows), so a keystroke took
// seconds); each top-level row's case-folded text is worked out while the application is
// idle, a slice at a time, and kept until the source changes, so that the first keystroke does
// not pay for it; and a filter that only narrows the previous one (more letters, more words)
// does not look again at the rows the previous one dropped. A reset loses the selection; the
// view keeps the current record.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString rowText(int sourceRow, const QModelIndex &sourceParent) const;
    // Whether each top-level row matches `words` (skipping the rows `previous` dropped), into
    // *accepted; false, with *accepted empty, when the source has children or rows the proxy
    // has not filtered yet.
    bool matchFlatRows(const QStringList &words, const std::vector<signed char> &previous,
                       std::vector<signed char> *accepted) const;
    // Keeps the order the proxy shows its rows in now (when sorted and more rows show than
    // the order kept), for lessThan() to compare those rows by.
    void rememberOrder();
    void forgetRows();
    void forgetRowsFrom(int first);
    void fillTexts();
    QString &cachedText(int sourceRow) const;

    QString m_text;
    QStringList m_words; // case-folded
    QCollator m_collator;
    QList<QMetaObject::Connection> m_sourceConnections;
    // Per top-level source row: its case-folded text (empty until searched), whether the
    // current filter accepts it (-1 not known yet), and whether the previous filter, of which
    // the current one is a narrowing, did (empty when it is not one).
    mutable QStringList m_texts;
    mutable std::vector<signed char> m_accepted;
    std::vector<signed char> m_previous;
    QTimer m_fill;       // fills m_texts while idle
    int m_fillFrom = 0;  // m_texts holds every row before it
    bool m_flat = false; // a table or a list: no row has children
    // Per top-level source row: where it stood in the sorted rows when rememberOrder() last
    // kept them (-1: not shown then); empty when the sort or the rows changed since.
    std::vector<int> m_order;
    int m_ordered = 0; // rows with a place in m_order
};

} // namespace zc
