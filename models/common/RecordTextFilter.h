// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <vector>

class QAbstractItemModel;

namespace zc {

// The filter-as-you-type rule of record tables, for the proxies that show them: every word of
// the filter must appear somewhere in the row's cells, case aside ("443 finance" finds the
// finance segment on port 443).
//
// Built for 100,000 rows: each top-level row's case-folded text is worked out while the
// application is idle, a slice at a time, and kept until the row changes, so that the first
// keystroke does not pay for it; a filter that only narrows the previous one (more letters,
// more words) does not look again at the rows the previous one dropped; and a filter that
// keeps exactly the rows shown says so, so that the proxy need not reset (which would lay out
// every row again).
class RecordTextFilter : public QObject
{
    Q_OBJECT
public:
    explicit RecordTextFilter(QObject *parent = nullptr);

    // Whether no row of `model` has children: a table or a list, or an identity or
    // sort-filter proxy of one.
    static bool isFlat(const QAbstractItemModel *model);

    // The model whose rows are searched. The proxy calls it before it connects to the model
    // itself, so that the rows' texts are forgotten before it looks at changed rows again.
    void setSource(QAbstractItemModel *model);

    QString text() const { return m_text; }
    bool isEmpty() const { return m_words.isEmpty(); }

    // Whether a top-level source row matches (worked out once, then remembered).
    bool acceptsRow(int sourceRow) const;
    // Whether a child row of a tree matches (not remembered: few, and they move around).
    bool acceptsChild(int sourceRow, const QModelIndex &sourceParent) const;

    // A new filter text. False when the proxy shows the same rows with it (it is in force
    // then); true when the rows change: the proxy calls commit() between its
    // beginResetModel() and endResetModel().
    bool prepare(const QString &text);
    void commit();

private:
    QString rowText(int sourceRow, const QModelIndex &sourceParent) const;
    QString &cachedText(int sourceRow) const;
    // Whether each top-level row matches `words` (skipping the rows `previous` dropped), into
    // *accepted; false, with *accepted empty, when some row's standing is not known (a tree's
    // rows, or rows a tree proxy has not filtered yet).
    bool matchAll(const QStringList &words, const std::vector<signed char> &previous,
                  std::vector<signed char> *accepted) const;
    void forgetRowsFrom(int first);
    void forgetRows(int first, int last);
    // `count` rows inserted at `first`, or -count rows removed from it.
    void shiftRows(int first, int count);
    void fillTexts();

    const QAbstractItemModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_flat = false;
    QString m_text;
    QStringList m_words; // case-folded
    // Per top-level source row: its case-folded text (empty until searched), whether the
    // current filter accepts it (-1 not known yet), and whether the previous filter, of which
    // the current one is a narrowing, did (empty when it is not one).
    mutable QStringList m_texts;
    mutable std::vector<signed char> m_accepted;
    std::vector<signed char> m_previous;
    QTimer m_fill;      // fills m_texts while idle
    int m_fillFrom = 0; // m_texts holds every row before it
    // What prepare() worked out for commit().
    QStringList m_nextWords;
    std::vector<signed char> m_nextAccepted;
    std::vector<signed char> m_nextPrevious;
};

} // namespace zc
