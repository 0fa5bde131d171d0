// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RecordTableModel.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace zc {

// Rows ready to be written: a header row and one list of cell texts per row.
struct RecordGrid
{
    QStringList header;
    QList<QStringList> rows;
};

// The one place where records become files and printed output: the GUI's "Export visible
// rows…" and the CLI's --format write through it.
//   CSV    RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a
//          quote or a line break. A cell that begins with =, +, -, @, a tab or a carriage
//          return gets a leading single quote, so that a spreadsheet shows it as text instead
//          of running it as a formula (OWASP's advice on CSV injection); a plain number
//          ("-42", "+1.5e3") stays as it is, so number columns stay numbers.
//   JSON   the records as the API sent them, indented.
//   table  aligned columns under a header and a rule, one line per row, for people.
class RecordExporter
{
public:
    enum class Header
    {
        Keys,  // the columns' keys: stable, for files and scripts
        Titles // the columns' translated titles: for people
    };
    enum class Cells
    {
        Display, // what the columns display: what a view shows, for people
        Plain    // the columns' plainValue (display() where unset): stable, for scripts
    };

    // One row per record, with each column's display() (or plainValue) as text.
    static RecordGrid grid(const QJsonArray &records, const QList<RecordColumn> &columns,
                           Header header, Cells cells = Cells::Display);
    // Plain columns (RecordColumn::plain) for the union of the records' members, in the order
    // they are first seen.
    static QList<RecordColumn> plainColumns(const QJsonArray &records);

    // The text of a cell from what a column displays.
    static QString cellText(const QVariant &display);
    // The plain text of an API value: strings as they are, whole numbers without decimals,
    // true/false, arrays joined with ';', referenced objects ({"id","name"}) by their name,
    // other objects as compact JSON, null as nothing.
    static QString valueText(const QJsonValue &value);
    // A time as scripts read it in every locale: ISO 8601 in UTC; empty when invalid.
    static QString isoTime(const QDateTime &time);

    static QString csvField(const QString &text);
    static QByteArray csv(const RecordGrid &grid);
    static QByteArray textTable(const RecordGrid &grid);
    // Tab-separated lines for the clipboard (spreadsheets paste them into cells): the header
    // line when the grid has one, then one line per row; tabs and line breaks inside a cell
    // become spaces.
    static QString tabSeparated(const RecordGrid &grid);
    static QByteArray json(const QJsonArray &records);
    // The same bytes as json(QJsonArray) for `count` records handed one at a time by
    // `recordAt`: an export of many rows never holds all of them parsed at once.
    static QByteArray json(qsizetype count, const std::function<QJsonObject(qsizetype)> &recordAt);
    static QByteArray json(const QJsonObject &object);

    // Writes the whole file or nothing (QSaveFile); false with a reason on failure.
    static bool writeFile(const QString &path, const QByteArray &data, QString *error = nullptr);
};

} // namespace zc
