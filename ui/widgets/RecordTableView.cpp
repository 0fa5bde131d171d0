// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTableView.h"

#include "common/RecordFilterProxyModel.h"
#include "common/RecordTableModel.h"
#include "dialogs/DialogSeams.h"
#include "widgets/Clipboard.h"
#include "widgets/RecordTableExport.h"
#include "widgets/RecordTableLayout.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

RecordTableView::RecordTableView(QWidget *parent)
    : QWidget(parent)
{
    init(Mode::Table);
}

RecordTableView::RecordTableView(Mode mode, QWidget *parent)
    : QWidget(parent)
{
    init(mode);
}

void RecordTableView::setAccessibleTitle(const QString &title)
{
    m_view->setAccessibleName(title);
    m_filter->setAccessibleName(tr("Filter: %1").arg(title));
    m_filter->setAccessibleDescription(m_filter->toolTip());
}

RecordTableView::~RecordTableView()
{
    m_layout->flush(); // while the header is still there
    // The header goes with the QWidget base, after this class: it may resize its sections on
    // the way and must not reach the layout of a view that is half gone (found by UBSan).
    header()->disconnect(m_layout);
}

void RecordTableView::init(Mode mode)
{
    m_mode = mode;
    m_emptyText = tr("Nothing loaded yet. Press F5 to load.");
    m_noMatchText = tr("No rows match “%1”. Clear the filter.");
    m_loadingText = tr("Loading…");
    m_exportName = u"export"_s;

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"recordFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(
        tr("Filter (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setToolTip(tr("Shows the rows that contain every word typed here."));
    m_filter->installEventFilter(this);

    m_count = new QLabel(this);
    m_count->setObjectName(u"recordCount"_s);

    m_tableProxy = new RecordTableProxyModel(this);
    m_treeProxy = new RecordFilterProxyModel(this);
    m_proxy = mode == Mode::Tree ? static_cast<QAbstractProxyModel *>(m_treeProxy) : m_tableProxy;

    if (mode == Mode::Tree) {
        auto *tree = new QTreeView(this);
        tree->setUniformRowHeights(true);
        tree->setAllColumnsShowFocus(true);
        tree->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view = tree;
    } else {
        auto *table = new QTableView(this);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        table->setWordWrap(false);
        table->setCornerButtonEnabled(false);
        table->setSelectionBehavior(QAbstractItemView::SelectItems);
        m_view = table;
    }
    m_view->setObjectName(u"recordView"_s);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideRight);
    // Tab leaves the rows for the page's buttons, arrows move inside: a keyboard user is not
    // walked through every cell of a long list.
    m_view->setTabKeyNavigation(false);
    showProxy(m_proxy);
    setAccessibleTitle(tr("Rows"));

    // The header: sorting, moving, the column chooser and the saved layout.
    m_layout = new RecordTableLayout(m_view, header());

    m_overlay = new QLabel(m_view->viewport());
    m_overlay->setObjectName(u"recordEmptyState"_s);
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setTextFormat(Qt::PlainText);
    m_overlay->setMargin(24);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette palette = m_overlay->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_overlay->setPalette(palette);
    m_view->viewport()->installEventFilter(this);

    // Actions: shortcuts work while the rows have the focus; the filter field keeps its own
    // Ctrl+C for its text.
    const auto action = [this](const QString &text, void (RecordTableView::*slot)()) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_copyAction = action(tr("&Copy"), &RecordTableView::copySelection);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_copyAction);
    m_copyHeadersAction =
        action(tr("Copy with &headers"), &RecordTableView::copySelectionWithHeaders);
    m_copyJsonAction = action(tr("Copy raw &JSON"), &RecordTableView::copySelectionJson);
    m_exportAction = new QAction(tr("&Export visible rows…"), this);
    connect(m_exportAction, &QAction::triggered, this, &RecordTableView::exportVisibleRows);

    auto *findAction = new QAction(tr("Filter"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, &RecordTableView::focusFilter);

    auto *clearAction = new QAction(tr("Clear filter"), this);
    clearAction->setShortcut(Qt::Key_Escape);
    clearAction->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clearAction);
    connect(clearAction, &QAction::triggered, this, &RecordTableView::clearFilter);

    // Layout.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_filter);

    // Behaviour.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The proxy resets on a new filter; the current record is kept when it still shows,
        // else the first row that does becomes current, as when Qt removes the current row.
        // It is found by its source row, which a filter does not change (by id: every row read).
        const int column = m_view->currentIndex().column();
        m_keepSource = m_proxy->mapToSource(m_view->currentIndex());
        if (m_proxy == m_tableProxy)
            m_tableProxy->setFilterText(text);
        else
            m_treeProxy->setFilterText(text);
        m_keepSource = {};
        if (column >= 0 && !m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, column));
        if (m_mode == Mode::Tree && !text.trimmed().isEmpty())
            static_cast<QTreeView *>(m_view)->expandAll();
        updateCountAndOverlay();
        Q_EMIT filterTextChanged(text);
    });
    connectProxy(m_tableProxy);
    // A large table sorts in the background: the header shows the new column at once, the
    // rows keep their order until the new one comes, and the pointer says the view is busy.
    connect(m_tableProxy, &RecordTableProxyModel::sortingChanged, this, [this](bool sorting) {
        if (sorting)
            m_view->viewport()->setCursor(Qt::BusyCursor);
        else
            m_view->viewport()->unsetCursor();
    });
    connectProxy(m_treeProxy);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QJsonObject record =
            index.siblingAtColumn(0).data(RecordTableModel::RawJsonRole).toJsonObject();
        if (!record.isEmpty())
            Q_EMIT activated(record);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    updateCountAndOverlay();
}

void RecordTableView::connectProxy(QAbstractProxyModel *proxy)
{
    // Both proxies' signals come here; only the one shown has a source.
    connect(proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCountAndOverlay();
        m_layout->fit();
    });
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCountAndOverlay();
        updateCurrentRecord();
    });
    connect(proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        updateCountAndOverlay();
        updateCurrentRecord();
    });
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keepCurrentId = m_view->currentIndex().data(RecordTableModel::RecordIdRole).toString();
    });
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        const QString keep = std::exchange(m_keepCurrentId, QString());
        if (const QModelIndex kept = m_proxy->mapFromSource(m_keepSource); kept.isValid()) {
            m_view->setCurrentIndex(kept);
            m_view->scrollTo(kept);
        } else if (!keep.isEmpty() && !m_keepSource.isValid())
            setCurrentRecordId(keep);
        updateCountAndOverlay();
        updateCurrentRecord();
        m_layout->fit();
    });
}

void RecordTableView::showProxy(QAbstractProxyModel *proxy)
{
    if (proxy == m_proxy && m_view->model() == proxy)
        return;
    m_proxy = proxy;
    QItemSelectionModel *old = m_view->selectionModel();
    m_view->setModel(proxy);
    delete old; // the view leaves it to its owner
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordTableView::updateCurrentRecord);
}

QHeaderView *RecordTableView::header() const
{
    if (auto *table = qobject_cast<QTableView *>(m_view))
        return table->horizontalHeader();
    return static_cast<QTreeView *>(m_view)->header();
}

void RecordTableView::setModel(QAbstractItemModel *model)
{
    if (m_busyConnection)
        disconnect(m_busyConnection);
    m_busy = false;
    m_source = model;
    m_layout->adjust([this, model] {
        // A flat model gets the proxy made for 100,000 rows; a tree the one that keeps a row
        // for a matching child.
        QAbstractProxyModel *proxy = m_proxy;
        if (model)
            proxy = RecordTextFilter::isFlat(model)
                        ? static_cast<QAbstractProxyModel *>(m_tableProxy)
                        : m_treeProxy;
        proxy->setSourceModel(model);
        if (proxy != m_proxy) {
            m_proxy->setSourceModel(nullptr);
            showProxy(proxy);
            m_tableProxy->setFilterText(m_filter->text());
            m_treeProxy->setFilterText(m_filter->text());
        }
    });
    m_layout->captureDefault();
    if (model) {
        // Follow the model's loading when it says so (RecordTableModel, tree models).
        const QMetaObject *meta = model->metaObject();
        const int signal = meta->indexOfSignal("loadingChanged(bool)");
        const int slot = metaObject()->indexOfSlot("setBusy(bool)");
        if (signal >= 0 && slot >= 0) {
            m_busyConnection =
                connect(model, meta->method(signal), this, metaObject()->method(slot));
        }
        if (auto *records = qobject_cast<RecordTableModel *>(model))
            m_busy = records->isLoading();
        restoreLayout();
    }
    m_layout->fit();
    updateCountAndOverlay();
    updateCurrentRecord();
}

void RecordTableView::setSettingsKey(const QString &key)
{
    m_layout->setKey(key);
    if (m_source)
        restoreLayout();
}

QString RecordTableView::settingsKey() const
{
    return m_layout->key();
}

void RecordTableView::saveLayout()
{
    if (m_source)
        m_layout->save();
}

bool RecordTableView::restoreLayout()
{
    return m_source && m_layout->restore();
}

void RecordTableView::resetLayout()
{
    m_layout->reset();
}

void RecordTableView::addContextAction(QAction *action)
{
    m_pageActions.append(action);
}

QString RecordTableView::filterText() const
{
    return m_filter->text();
}

void RecordTableView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void RecordTableView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RecordTableView::clearFilter()
{
    m_filter->clear();
}

void RecordTableView::setBusy(bool busy)
{
    m_busy = busy;
    updateCountAndOverlay();
}

int RecordTableView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

int RecordTableView::totalRowCount() const
{
    return m_source ? m_source->rowCount() : 0;
}

QString RecordTableView::rowCountText() const
{
    const QLocale locale;
    const int total = totalRowCount();
    const int shown = visibleRowCount();
    if (shown == total)
        return tr("%Ln row(s)", nullptr, total);
    return tr("%1 of %Ln row(s)", nullptr, total).arg(locale.toString(shown));
}

QString RecordTableView::emptyStateText() const
{
    if (m_proxy->rowCount() > 0)
        return {};
    if (m_busy)
        return m_loadingText;
    if (totalRowCount() > 0 && !m_filter->text().trimmed().isEmpty()) {
        return m_noMatchText.contains("%1"_L1) ? m_noMatchText.arg(m_filter->text().trimmed())
                                               : m_noMatchText;
    }
    return m_emptyText;
}

void RecordTableView::updateCountAndOverlay()
{
    m_count->setText(rowCountText());
    const QString text = emptyStateText();
    m_overlay->setText(text);
    m_overlay->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        layoutOverlay();
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
}

void RecordTableView::layoutOverlay()
{
    m_overlay->setGeometry(m_view->viewport()->rect());
}

bool RecordTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        layoutOverlay();
    } else if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
            m_proxy->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QJsonObject RecordTableView::currentRecord() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(0).data(RecordTableModel::RawJsonRole).toJsonObject();
}

void RecordTableView::updateCurrentRecord()
{
    const QJsonObject record = currentRecord();
    if (record == m_lastRecord)
        return;
    m_lastRecord = record;
    Q_EMIT currentRecordChanged(record);
}

bool RecordTableView::setCurrentRecordId(const QString &id)
{
    if (id.isEmpty() || m_proxy->rowCount() == 0)
        return false;
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), RecordTableModel::RecordIdRole, id, 1,
                       Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    m_view->setCurrentIndex(found.constFirst());
    m_view->scrollTo(found.constFirst());
    return true;
}

QList<int> RecordTableView::visibleColumns() const
{
    return m_layout->visibleColumns();
}

QStringList RecordTableView::visibleColumnKeys() const
{
    return m_layout->visibleColumnKeys();
}

void RecordTableView::setColumnVisible(const QString &key, bool visible)
{
    m_layout->setColumnVisible(key, visible);
}

bool RecordTableView::isColumnVisible(const QString &key) const
{
    return m_layout->isColumnVisible(key);
}

QList<QModelIndex> RecordTableView::visibleRows() const
{
    QList<QModelIndex> rows;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const int count = m_proxy->rowCount(parent);
        for (int r = 0; r < count; ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            rows.append(index);
            if (m_mode == Mode::Tree && m_proxy->hasChildren(index))
                walk(index);
        }
    };
    walk(QModelIndex());
    return rows;
}

QString RecordTableView::selectionText(bool withHeaders) const
{
    return RecordExporter::tabSeparated(RecordTableExport::selectionGrid(*this, withHeaders));
}

QString RecordTableView::selectionJson() const
{
    const QJsonArray records = RecordTableExport::selectedRecords(*this);
    if (records.isEmpty())
        return {};
    const QJsonDocument doc =
        records.size() == 1 ? QJsonDocument(records.first().toObject()) : QJsonDocument(records);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void RecordTableView::copyText(const QString &text)
{
    if (!text.isEmpty())
        Clipboard::instance()->setText(text, false);
}

void RecordTableView::copySelection()
{
    copyText(selectionText(false));
}

void RecordTableView::copySelectionWithHeaders()
{
    copyText(selectionText(true));
}

void RecordTableView::copySelectionJson()
{
    copyText(selectionJson());
}

bool RecordTableView::exportCsv(const QString &path, QString *error) const
{
    return RecordExporter::writeFile(
        path, RecordExporter::csv(RecordTableExport::visibleGrid(*this)), error);
}

bool RecordTableView::exportJson(const QString &path, QString *error) const
{
    return RecordExporter::writeFile(path, RecordTableExport::visibleJson(*this), error);
}

bool RecordTableView::exportVisibleRows()
{
    const QString path = RecordTableExport::exportVisibleRows(this, m_exportName);
    if (path.isEmpty())
        return false;
    Q_EMIT exported(path, static_cast<int>(visibleRows().size()));
    return true;
}

QMenu *RecordTableView::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    bool pageActions = false;
    for (const QPointer<QAction> &action : std::as_const(m_pageActions)) {
        if (action) {
            menu->addAction(action);
            pageActions = true;
        }
    }
    if (pageActions)
        menu->addSeparator();
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    m_copyAction->setEnabled(hasSelection);
    m_copyHeadersAction->setEnabled(hasSelection);
    m_copyJsonAction->setEnabled(hasSelection);
    menu->addAction(m_copyAction);
    menu->addAction(m_copyHeadersAction);
    menu->addAction(m_copyJsonAction);
    menu->addSeparator();
    menu->addAction(m_exportAction);
    return menu;
}

QMenu *RecordTableView::createColumnMenu(QWidget *parent)
{
    return m_layout->createColumnMenu(parent);
}

} // namespace zc
