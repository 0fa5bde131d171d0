// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordFilterProxyModel.h"
#include "common/RecordTableProxyModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QModelIndex>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QHeaderView;
class QLabel;
class QLineEdit;
class QMenu;

namespace zc {

class RecordTableLayout;

// The table every record view is made of: a filter field (filter-as-you-type, every word must
// match; Ctrl+F focuses it, Esc clears it, Down moves into the rows), a sortable table or tree,
// a column chooser in the header's context menu whose layout (hidden columns, order, widths,
// sort) persists in QSettings, copy of the selected cells (Ctrl+C, tab-separated), a context
// menu (Copy, Copy with headers, Copy raw JSON, Export visible rows…), export of the visible
// rows to CSV or JSON, a row count ("1,234 of 20,000 rows") and an empty-state text that says
// what to do.
//
// The source model is any model with RecordTableModel's roles (RawJsonRole, SortRole,
// ColumnKeyRole in headerData, RecordIdRole): RecordTableModel or a tree such as
// ConnectorGroupTreeModel. It is not owned. If it has a loadingChanged(bool) signal, the
// empty state says "Loading…" while it loads, and the current record is kept across reloads
// (by RecordIdRole). Without a saved layout, columns fit their contents when the first rows
// arrive; until then (an empty or failed list) each is at least as wide as its title.
class RecordTableView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Table, // QTableView, cells can be selected one by one
        Tree   // QTreeView, whole rows are selected
    };

    explicit RecordTableView(QWidget *parent = nullptr);
    explicit RecordTableView(Mode mode, QWidget *parent = nullptr);
    ~RecordTableView() override;

    // The model to show (not owned). The saved layout is restored once it is set.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_source; }

    // Where the layout lives in QSettings: "recordViews/<key>/header". Set it before or after
    // setModel(); it restores a saved layout when both are set. Empty: nothing persists.
    void setSettingsKey(const QString &key);
    QString settingsKey() const;
    void saveLayout();
    bool restoreLayout(); // false when nothing was saved
    void resetLayout();   // the columns as the model has them, all visible, unsorted

    // Empty states. noMatchText may hold %1 for the filter text.
    // "Nothing loaded yet. Press F5 to load."
    void setEmptyText(const QString &text) { setStateText(&m_emptyText, text); }
    // "No segments match “%1”. Clear the filter."
    void setNoMatchText(const QString &text) { setStateText(&m_noMatchText, text); }
    // "Loading…"
    void setLoadingText(const QString &text) { setStateText(&m_loadingText, text); }
    QString emptyStateText() const; // the text shown now; empty when rows are shown

    // The file name offered by Export visible rows…, without extension ("app-segments").
    void setExportName(const QString &name) { m_exportName = name; }

    // What screen readers call the rows ("Devices") and, from it, the filter field.
    void setAccessibleTitle(const QString &title);

    // Extra actions of the page (Open, Find by domain...), shown first in the context menu.
    void addContextAction(QAction *action);

    QString filterText() const;
    void setFilterText(const QString &text);

    // Rows shown (after filtering; top-level rows in tree mode) and rows in the model.
    int visibleRowCount() const;
    int totalRowCount() const;
    QString rowCountText() const;

    QJsonObject currentRecord() const;
    // Makes the row whose RecordIdRole is id current; false when it is not shown.
    bool setCurrentRecordId(const QString &id);

    // Columns shown, as model (logical) indices in the order the user sees them.
    QList<int> visibleColumns() const;
    QStringList visibleColumnKeys() const;
    void setColumnVisible(const QString &key, bool visible);
    bool isColumnVisible(const QString &key) const;

    // Every row that passes the filter, in the order the view shows them (depth-first in tree
    // mode, collapsed children included), as column-0 indices of proxyModel().
    QList<QModelIndex> visibleRows() const;

    // The selection as tab-separated rows in view order, visible columns only.
    QString selectionText(bool withHeaders) const;
    // The selected rows' raw records: one object, or an array of several, indented.
    QString selectionJson() const;

    // Writes the visible rows. CSV: RFC 4180 (CRLF, quotes doubled), UTF-8, a header row of
    // column keys, the visible columns in view order, cells as displayed. JSON: an array of
    // the rows' raw records as the API sent them (in tree mode the top-level records, which
    // hold their children). false with *error set when the file cannot be written.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportJson(const QString &path, QString *error = nullptr) const;

    QAbstractItemView *view() const { return m_view; }
    QHeaderView *header() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    QLabel *emptyStateLabel() const { return m_overlay; }
    // The proxy the view shows, which filters and sorts: a RecordTableProxyModel for a flat
    // model (RecordTableModel, a table or list), a RecordFilterProxyModel for a tree.
    QAbstractProxyModel *proxyModel() const { return m_proxy; }

    // The menus as they would open (the caller owns them); tests trigger their actions.
    QMenu *createContextMenu(QWidget *parent = nullptr);
    QMenu *createColumnMenu(QWidget *parent = nullptr);
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyWithHeadersAction() const { return m_copyHeadersAction; }
    QAction *copyJsonAction() const { return m_copyJsonAction; }
    QAction *exportAction() const { return m_exportAction; }

public Q_SLOTS:
    void focusFilter();
    void clearFilter();
    void copySelection();
    void copySelectionWithHeaders();
    void copySelectionJson();
    // Asks for a file through DialogSeams (.csv or .json decides the format); false when the
    // user cancelled or writing failed (a warning says why).
    bool exportVisibleRows();
    // Whether the model is loading (connected automatically when it has loadingChanged(bool)).
    void setBusy(bool busy);

Q_SIGNALS:
    // The current row's raw record; an empty object when there is no current row.
    void currentRecordChanged(const QJsonObject &record);
    // Enter or double-click on a row.
    void activated(const QJsonObject &record);
    void filterTextChanged(const QString &text);
    // After a successful export.
    void exported(const QString &path, int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void init(Mode mode);
    void connectProxy(QAbstractProxyModel *proxy);
    void showProxy(QAbstractProxyModel *proxy);
    void updateCountAndOverlay();
    void setStateText(QString *which, const QString &text)
    {
        *which = text;
        updateCountAndOverlay();
    }
    void updateCurrentRecord();
    void layoutOverlay();
    static void copyText(const QString &text);

    Mode m_mode = Mode::Table;
    QLineEdit *m_filter = nullptr;
    QString m_emptyText;
    QLabel *m_count = nullptr;
    QString m_noMatchText;
    QAbstractItemView *m_view = nullptr;
    QString m_loadingText;
    QLabel *m_overlay = nullptr;
    QPointer<QAbstractItemModel> m_source;
    QAbstractProxyModel *m_proxy = nullptr; // one of the two below
    RecordTableProxyModel *m_tableProxy = nullptr;
    RecordFilterProxyModel *m_treeProxy = nullptr;
    QMetaObject::Connection m_busyConnection;
    RecordTableLayout *m_layout = nullptr;
    QString m_exportName;
    QAction *m_copyAction = nullptr;
    QAction *m_copyHeadersAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QAction *m_exportAction = nullptr;
    QList<QPointer<QAction>> m_pageActions;
    QJsonObject m_lastRecord;
    QString m_keepCurrentId;  // across a model reset
    QModelIndex m_keepSource; // the current row's source index while the filter changes
    bool m_busy = false;
};

} // namespace zc
