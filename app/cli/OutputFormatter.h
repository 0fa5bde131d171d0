// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zc::cli {

// Turns API records into what the CLI prints on stdout:
//   json   the records exactly as the API sent them (field names untouched), indented
//   csv    RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a
//          quote or a line break; arrays joined with ';', objects as compact JSON
//   table  aligned columns under a header, for people
class OutputFormatter
{
public:
    enum class Format
    {
        Json,
        Csv,
        Table
    };

    // A column of the CSV and table forms: its title and the record key it shows.
    struct Column
    {
        QString title;
        QString key;
    };

    explicit OutputFormatter(Format format)
        : m_format(format)
    {}

    static bool parseFormat(const QString &text, Format *out);
    Format format() const { return m_format; }

    // JSON: the array as given. CSV and table: one row per record, with `columns`, or when
    // none are given the union of the records' keys in first-seen order.
    QByteArray records(const QJsonArray &records, const QList<Column> &columns = {}) const;
    // JSON: the object as given. CSV and table: a single row.
    QByteArray object(const QJsonObject &object, const QList<Column> &columns = {}) const;

    // The text of one cell: strings as they are, arrays joined with ';', objects as compact
    // JSON, null as nothing.
    static QString cellText(const QJsonValue &value);
    static QString csvField(const QString &text);

private:
    QByteArray rows(const QJsonArray &records, QList<Column> columns) const;

    Format m_format;
};

} // namespace zc::cli
