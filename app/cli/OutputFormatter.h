// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zc::cli {

// Turns API records into what the CLI prints on stdout, through RecordExporter:
//   json   the records exactly as the API sent them (field names untouched), indented
//   csv    a header row of the columns' keys, then one row per record with the columns'
//          plain values (the same in every locale: true/false, ISO dates), RFC 4180, cells
//          that a spreadsheet would run as formulas neutralised
//   table  aligned columns under the columns' titles with what they display, for people
// Listings that a GUI view shows print that view's columns (its model's static column
// function), so the CLI and the GUI name and show a record's members the same way.
class OutputFormatter
{
public:
    enum class Format
    {
        Json,
        Csv,
        Table
    };

    explicit OutputFormatter(Format format)
        : m_format(format)
    {}

    static bool parseFormat(const QString &text, Format *out);
    Format format() const { return m_format; }

    // JSON: the array as given. CSV and table: one row per record, with `columns`, or when
    // none are given a plain column for each member of the records, in first-seen order.
    QByteArray records(const QJsonArray &records, const QList<RecordColumn> &columns = {}) const;
    // JSON: the object as given. CSV and table: a single row.
    QByteArray object(const QJsonObject &object, const QList<RecordColumn> &columns = {}) const;

private:
    Format m_format;
};

} // namespace zc::cli
