// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordExporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

class QWidget;

namespace zc {

class RecordTableView;

// "Export visible rows…" of a RecordTableView: what the view shows, handed to RecordExporter,
// and the file prompt that remembers the last folder.
class RecordTableExport
{
    Q_DECLARE_TR_FUNCTIONS(zc::RecordTableView)
public:
    // The visible columns in view order under their keys, the visible rows in view order
    // (depth-first in tree mode), cells as displayed.
    static RecordGrid visibleGrid(const RecordTableView &view);
    // The raw records of the visible rows as the API sent them (in tree mode the top-level
    // records, which hold their children), as RecordExporter::json() writes them, each
    // record read in its turn.
    static QByteArray visibleJson(const RecordTableView &view);

    // The selected cells as rows in view order: the visible columns that have a selected cell
    // (titled when withHeaders), an unselected cell empty. Empty without a selection.
    static RecordGrid selectionGrid(const RecordTableView &view, bool withHeaders);
    // The raw records of the rows that have a selected cell, in view order.
    static QJsonArray selectedRecords(const RecordTableView &view);

    // Asks for a file through DialogSeams (in the folder used last, named baseName.csv) and
    // writes the visible rows there: JSON when the name ends in .json, else CSV (".csv" is
    // added when it has no suffix). Returns the path written; empty when the user cancelled
    // or writing failed (a warning says why).
    static QString exportVisibleRows(RecordTableView *view, const QString &baseName);
};

} // namespace zc
