// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordStream.h"

namespace zc::cli {

RecordStream::RecordStream(const OutputFormatter &formatter, QList<RecordColumn> columns)
    : m_formatter(formatter)
    , m_columns(std::move(columns))
{}

bool RecordStream::canStream(const OutputFormatter &formatter, const QList<RecordColumn> &columns)
{
    return formatter.format() == OutputFormatter::Format::Json ||
           (formatter.format() == OutputFormatter::Format::Csv && !columns.isEmpty());
}

QByteArray RecordStream::page(const QJsonArray &records)
{
    QByteArray out;
    if (m_formatter.format() == OutputFormatter::Format::Csv) {
        out = m_formatter.records(records, m_columns);
        if (m_started)
            out = out.mid(out.indexOf("\r\n") + 2); // the header, once
        m_started = true;
        return out;
    }
    if (!m_started)
        out = "[\n";
    m_started = true;
    if (records.isEmpty())
        return out;
    // The page as an indented array, without its brackets: the records as the whole array
    // would indent them.
    const QByteArray array = m_formatter.records(records, m_columns);
    const QByteArray inner = array.mid(2, array.size() - 2 - 3); // "[\n" ... "\n]\n"
    if (!m_empty)
        out += ",\n";
    m_empty = false;
    return out + inner;
}

QByteArray RecordStream::end()
{
    if (m_formatter.format() == OutputFormatter::Format::Csv)
        return m_started ? QByteArray() : m_formatter.records({}, m_columns);
    if (!m_started)
        return "[\n]\n";
    return m_empty ? "]\n" : "\n]\n";
}

} // namespace zc::cli
