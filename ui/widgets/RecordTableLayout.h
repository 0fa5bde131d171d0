// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class QAbstractItemView;
class QHeaderView;
class QMenu;
class QWidget;

namespace zc {

// The column layout of a RecordTableView: which columns show, in which order, how wide, sorted
// how. It persists in QSettings under "recordViews/<key>/header" (saved shortly after the user
// changes it, restored on request, reset to the model's own layout). Without a saved layout the
// columns fit their contents once the first rows arrive; until then (an empty or failed list)
// each is at least as wide as its title. Changes the program makes itself go through adjust()
// and are not saved as the user's.
class RecordTableLayout : public QObject
{
    Q_OBJECT
public:
    RecordTableLayout(QAbstractItemView *view, QHeaderView *header);

    // Empty: nothing persists.
    void setKey(const QString &key) { m_key = key; }
    QString key() const { return m_key; }

    // After the view got a new model: remembers its layout for reset() and fits anew.
    void captureDefault();
    // False when nothing was saved (or there is no key, or no columns).
    bool restore();
    void save();
    // Saves a change still waiting for its timer (the view calls it before it goes away).
    void flush();
    // The model's own layout, every column visible, unsorted, fitted anew; saved.
    void reset();

    // Fits the columns (once rows are there and no saved widths apply).
    void fit();
    // Runs a change of the program's own (not saved as the user's).
    void adjust(const std::function<void()> &change);

    // A column's key (the model's ColumnKeyRole, else its title) and title.
    QString columnKey(int logical) const;
    QString columnTitle(int logical) const;
    // Shown columns as logical indices, in the order the user sees them.
    QList<int> visibleColumns() const;
    QStringList visibleColumnKeys() const;
    // The last visible column stays; a column shown while the list is empty gets its title's
    // width. Saved.
    void setColumnVisible(const QString &key, bool visible);
    bool isColumnVisible(const QString &key) const;
    // A check box per column and "Reset Columns" (the caller owns the menu).
    QMenu *createColumnMenu(QWidget *parent);

private:
    void scheduleSave();
    void setSectionVisible(int logical, bool visible);

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QString m_key;
    QByteArray m_default;
    QTimer m_saveTimer;
    bool m_adjusting = false;
    bool m_fromSettings = false;
    bool m_fitted = false;
};

} // namespace zc
