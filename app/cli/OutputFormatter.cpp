// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "OutputFormatter.h"

#include "common/RecordExporter.h"

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

bool OutputFormatter::parseFormat(const QString &text, Format *out)
{
    const QString t = text.trimmed().toLower();
    Format format;
    if (t == "json"_L1)
        format = Format::Json;
    else if (t == "csv"_L1)
        format = Format::Csv;
    else if (t == "table"_L1)
        format = Format::Table;
    else
        return false;
    if (out)
        *out = format;
    return true;
}

QByteArray OutputFormatter::records(const QJsonArray &records,
                                    const QList<RecordColumn> &columns) const
{
    if (m_format == Format::Json)
        return RecordExporter::json(records);
    const QList<RecordColumn> shown =
        columns.isEmpty() ? RecordExporter::plainColumns(records) : columns;
    if (m_format == Format::Csv)
        return RecordExporter::csv(RecordExporter::grid(
            records, shown, RecordExporter::Header::Keys, RecordExporter::Cells::Plain));
    return RecordExporter::textTable(
        RecordExporter::grid(records, shown, RecordExporter::Header::Titles));
}

QByteArray OutputFormatter::object(const QJsonObject &object,
                                   const QList<RecordColumn> &columns) const
{
    if (m_format == Format::Json)
        return RecordExporter::json(object);
    return records(QJsonArray{object}, columns);
}

} // namespace zc::cli
