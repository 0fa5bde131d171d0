// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QString>

#include <functional>

class QWidget;

namespace zc {

class RecordTableView;

// Where a chart's picture and data go: the one place the chart views write files, so that the
// project's common exporter can take it over in one step. The picture is a PNG; the data are
// the rows of the chart's table, written as RecordTableView writes them (CSV as shown, JSON
// as records).
namespace chartexport {

enum class Format
{
    Png,
    Csv,
    Json,
};

// The format a file name asks for by its suffix; PNG when it has none it knows.
Format formatOf(const QString &path);

// Writes `path` in its format: the image from render() (called only for a PNG) or the
// table's visible rows. false with *error set when the file cannot be written.
bool write(const QString &path, const std::function<QImage()> &render, const RecordTableView *table,
           QString *error = nullptr);

// Asks where to save (DialogSeams; the suggestion is `baseName`.png in the last export
// folder) and writes the file; a warning says why when it fails. The saved path, empty when
// cancelled or failed.
QString ask(QWidget *parent, const QString &baseName, const std::function<QImage()> &render,
            const RecordTableView *table);

} // namespace chartexport

} // namespace zc
