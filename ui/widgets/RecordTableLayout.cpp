// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTableLayout.h"

#include "common/RecordTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr int MaxAutoColumnWidth = 360;
// Fitting a column measures this many rows: Qt's default of 1,000 took the UI thread 60 ms
// when the first page of a long list arrived (seven columns of 1,000 rows laid out as text).
constexpr int FitRows = 100;

QString settingsPath(const QString &key)
{
    return u"recordViews/%1/header"_s.arg(key);
}

} // namespace

RecordTableLayout::RecordTableLayout(QAbstractItemView *view, QHeaderView *header)
    : QObject(view)
    , m_view(view)
    , m_header(header)
{
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setResizeContentsPrecision(FitRows);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setToolTip(tr("Click to sort; right-click to choose the columns."));
    if (auto *table = qobject_cast<QTableView *>(view))
        table->setSortingEnabled(true);
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        tree->setSortingEnabled(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createColumnMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_header->mapToGlobal(pos));
    });

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &RecordTableLayout::save);
    connect(header, &QHeaderView::sectionMoved, this, &RecordTableLayout::scheduleSave);
    connect(header, &QHeaderView::sectionResized, this, &RecordTableLayout::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordTableLayout::scheduleSave);
}

void RecordTableLayout::flush()
{
    if (m_saveTimer.isActive())
        save();
}

void RecordTableLayout::captureDefault()
{
    m_fromSettings = false;
    m_fitted = false;
    adjust([this] {
        m_header->setSortIndicator(-1, Qt::AscendingOrder);
        m_default = m_header->saveState();
    });
}

bool RecordTableLayout::restore()
{
    if (m_key.isEmpty() || m_header->count() == 0)
        return false;
    const QByteArray state = QSettings().value(settingsPath(m_key)).toByteArray();
    if (state.isEmpty())
        return false;
    bool ok = false;
    adjust([this, &state, &ok] { ok = m_header->restoreState(state); });
    m_saveTimer.stop();
    if (!ok)
        return false;
    m_fromSettings = true;
    // The view sorts by what the header now says (or returns to the model's order).
    m_view->model()->sort(m_header->sortIndicatorSection(), m_header->sortIndicatorOrder());
    return true;
}

void RecordTableLayout::save()
{
    m_saveTimer.stop();
    if (m_key.isEmpty() || m_header->count() == 0 || m_adjusting)
        return;
    QSettings().setValue(settingsPath(m_key), m_header->saveState());
}

void RecordTableLayout::reset()
{
    if (!m_default.isEmpty())
        adjust([this] { m_header->restoreState(m_default); });
    for (int c = 0; c < m_header->count(); ++c)
        m_header->setSectionHidden(c, false);
    m_header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->model()->sort(-1);
    m_fromSettings = false;
    m_fitted = false;
    fit();
    save();
}

void RecordTableLayout::fit()
{
    if (m_fitted || m_fromSettings || m_header->count() == 0)
        return;
    if (m_view->model()->rowCount() == 0) {
        // Nothing to measure yet: at least show every title whole.
        adjust([this] {
            for (int c = 0; c < m_header->count(); ++c) {
                const int wanted = std::min(m_header->sectionSizeHint(c), MaxAutoColumnWidth);
                if (!m_header->isSectionHidden(c) && m_header->sectionSize(c) < wanted)
                    m_header->resizeSection(c, wanted);
            }
        });
        return;
    }
    m_fitted = true;
    adjust([this] {
        for (int c = 0; c < m_header->count(); ++c) {
            if (m_header->isSectionHidden(c))
                continue;
            if (auto *table = qobject_cast<QTableView *>(m_view))
                table->resizeColumnToContents(c);
            else if (auto *tree = qobject_cast<QTreeView *>(m_view))
                tree->resizeColumnToContents(c);
            if (m_header->sectionSize(c) > MaxAutoColumnWidth)
                m_header->resizeSection(c, MaxAutoColumnWidth);
        }
    });
}

void RecordTableLayout::adjust(const std::function<void()> &change)
{
    const bool outer = !m_adjusting;
    m_adjusting = true;
    change();
    if (outer)
        m_adjusting = false;
}

void RecordTableLayout::scheduleSave()
{
    if (!m_adjusting && !m_key.isEmpty())
        m_saveTimer.start();
}

QString RecordTableLayout::columnKey(int logical) const
{
    const QString key = m_header->model()
                            ->headerData(logical, Qt::Horizontal, RecordTableModel::ColumnKeyRole)
                            .toString();
    return key.isEmpty() ? columnTitle(logical) : key;
}

QString RecordTableLayout::columnTitle(int logical) const
{
    return m_header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
}

QList<int> RecordTableLayout::visibleColumns() const
{
    QList<int> columns;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (logical >= 0 && !m_header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QStringList RecordTableLayout::visibleColumnKeys() const
{
    QStringList keys;
    const QList<int> columns = visibleColumns();
    for (int column : columns)
        keys.append(columnKey(column));
    return keys;
}

void RecordTableLayout::setSectionVisible(int logical, bool visible)
{
    if (!visible && visibleColumns().size() <= 1)
        return; // the last visible column stays
    m_header->setSectionHidden(logical, !visible);
    fit();
    // Later, as other changes: a page hiding columns by default as it is built does not write
    // the settings file (and wait for the disk) before the window's first paint.
    scheduleSave();
}

void RecordTableLayout::setColumnVisible(const QString &key, bool visible)
{
    for (int c = 0; c < m_header->count(); ++c) {
        if (columnKey(c) == key)
            return setSectionVisible(c, visible);
    }
}

bool RecordTableLayout::isColumnVisible(const QString &key) const
{
    for (int c = 0; c < m_header->count(); ++c) {
        if (columnKey(c) == key)
            return !m_header->isSectionHidden(c);
    }
    return false;
}

QMenu *RecordTableLayout::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    const int visibleCount = static_cast<int>(visibleColumns().size());
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction *action = menu->addAction(columnTitle(logical));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        action->setData(columnKey(logical));
        // The last visible column cannot be hidden.
        action->setEnabled(m_header->isSectionHidden(logical) || visibleCount > 1);
        connect(action, &QAction::toggled, this,
                [this, logical](bool checked) { setSectionVisible(logical, checked); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset Columns"));
    connect(reset, &QAction::triggered, this, &RecordTableLayout::reset);
    return menu;
}

} // namespace zc
