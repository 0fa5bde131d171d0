// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTableExport.h"

#include "RecordTableView.h"
#include "dialogs/DialogSeams.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

const auto kLastDirectoryKey = u"recordViews/lastExportDirectory"_s;

// The path of an index from the root, to order cells the way the view shows them.
QList<int> pathOf(QModelIndex index)
{
    QList<int> path;
    while (index.isValid()) {
        path.prepend(index.row());
        index = index.parent();
    }
    return path;
}

// The column-0 index of each row with a selected cell, in view order.
QList<QModelIndex> selectedRows(const RecordTableView &view)
{
    QList<QModelIndex> rows;
    const QModelIndexList selected = view.view()->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        const QModelIndex row = index.siblingAtColumn(0);
        if (!rows.contains(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return pathOf(a) < pathOf(b); });
    return rows;
}

} // namespace

RecordGrid RecordTableExport::selectionGrid(const RecordTableView &view, bool withHeaders)
{
    const QItemSelectionModel *selection = view.view()->selectionModel();
    const QModelIndexList selected = selection->selectedIndexes();
    if (selected.isEmpty())
        return {};
    const QList<int> shown = view.visibleColumns();
    QList<int> columns;
    for (int column : shown) {
        const bool used =
            std::any_of(selected.cbegin(), selected.cend(),
                        [column](const QModelIndex &i) { return i.column() == column; });
        if (used)
            columns.append(column);
    }
    RecordGrid grid;
    if (withHeaders) {
        for (int column : std::as_const(columns))
            grid.header.append(
                view.header()->model()->headerData(column, Qt::Horizontal).toString());
    }
    for (const QModelIndex &row : selectedRows(view)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            const QModelIndex cell = row.siblingAtColumn(column);
            cells.append(selection->isSelected(cell) ? cell.data().toString() : QString());
        }
        grid.rows.append(cells);
    }
    return grid;
}

QJsonArray RecordTableExport::selectedRecords(const RecordTableView &view)
{
    QJsonArray records;
    for (const QModelIndex &row : selectedRows(view))
        records.append(row.data(RecordTableModel::RawJsonRole).toJsonObject());
    return records;
}

RecordGrid RecordTableExport::visibleGrid(const RecordTableView &view)
{
    RecordGrid grid;
    grid.header = view.visibleColumnKeys();
    const QList<int> columns = view.visibleColumns();
    const QList<QModelIndex> rows = view.visibleRows();
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column : columns)
            cells << RecordExporter::cellText(row.siblingAtColumn(column).data(Qt::DisplayRole));
        grid.rows << cells;
    }
    return grid;
}

QByteArray RecordTableExport::visibleJson(const RecordTableView &view)
{
    QList<QModelIndex> rows = view.visibleRows();
    // A top-level record holds its children.
    rows.removeIf([](const QModelIndex &row) { return row.parent().isValid(); });
    return RecordExporter::json(rows.size(), [&rows](qsizetype i) {
        return rows.at(i).data(RecordTableModel::RawJsonRole).toJsonObject();
    });
}

QString RecordTableExport::exportVisibleRows(RecordTableView *view, const QString &baseName)
{
    QSettings settings;
    QString dir = settings.value(kLastDirectoryKey).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = DialogSeams::instance()->getSaveFileName(
        view, tr("Export Visible Rows"), QDir(dir).filePath(baseName + u".csv"_s),
        tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        path += u".csv"_s;
    QString error;
    const bool ok =
        suffix == "json"_L1 ? view->exportJson(path, &error) : view->exportCsv(path, &error);
    if (!ok) {
        DialogSeams::instance()->warning(
            view, tr("Export Failed"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    settings.setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace zc
