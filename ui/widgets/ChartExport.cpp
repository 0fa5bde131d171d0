// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ChartExport.h"

#include "dialogs/DialogSeams.h"
#include "widgets/RecordTableView.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace zc::chartexport {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::ChartExport)
};

// The folder exports went to last (shared with the record tables' exports).
const QString kLastFolderKey = u"recordViews/lastExportDirectory"_s;

} // namespace

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "csv"_L1)
        return Format::Csv;
    if (suffix == "json"_L1)
        return Format::Json;
    return Format::Png;
}

bool write(const QString &path, const std::function<QImage()> &render, const RecordTableView *table,
           QString *error)
{
    const Format format = formatOf(path);
    if (format != Format::Png) {
        if (!table) {
            if (error)
                *error = Tr::tr("There is no data to export.");
            return false;
        }
        return format == Format::Json ? table->exportJson(path, error)
                                      : table->exportCsv(path, error);
    }
    const QImage image = render ? render() : QImage();
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") ||
        !file.commit()) {
        if (error)
            *error = image.isNull() ? Tr::tr("There is nothing to draw.") : file.errorString();
        return false;
    }
    return true;
}

QString ask(QWidget *parent, const QString &baseName, const std::function<QImage()> &render,
            const RecordTableView *table)
{
    QSettings settings;
    QString folder = settings.value(kLastFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = DialogSeams::instance()->getSaveFileName(
        parent, Tr::tr("Export Chart"), QDir(folder).filePath(baseName + u".png"_s),
        Tr::tr("PNG images (*.png);;CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".png"_s;
    QString error;
    if (!write(path, render, table, &error)) {
        DialogSeams::instance()->warning(
            parent, Tr::tr("Export Failed"),
            Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace zc::chartexport
