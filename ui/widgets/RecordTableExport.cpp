// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordTableExport.h"

#include "RecordTableView.h"
#include "dialogs/DialogSeams.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {
const auto kLastDirectoryKey = u"recordViews/lastExportDirectory"_s;
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

QJsonArray RecordTableExport::visibleRecords(const RecordTableView &view)
{
    QJsonArray records;
    const QList<QModelIndex> rows = view.visibleRows();
    for (const QModelIndex &row : rows) {
        if (row.parent().isValid())
            continue; // a top-level record holds its children
        records.append(row.data(RecordTableModel::RawJsonRole).toJsonObject());
    }
    return records;
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
