// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OutputFormatter.h"
#include "common/RecordTableModel.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

namespace zc::cli {

// Prints a list page by page as the pages arrive, so that the CLI holds one page at a time:
// JSON stays one valid array (byte for byte what OutputFormatter prints for the whole list),
// CSV has its header once. A table needs every row for its column widths, and CSV without
// given columns takes them from every record: those are printed whole (canStream() false).
class RecordStream
{
public:
    RecordStream(const OutputFormatter &formatter, QList<RecordColumn> columns);

    static bool canStream(const OutputFormatter &formatter, const QList<RecordColumn> &columns);

    // What to print for the next page.
    QByteArray page(const QJsonArray &records);
    // What ends the list: after the last page, or after a failure so that what was printed
    // stays a complete document.
    QByteArray end();
    // Whether a page was printed (a failure before that prints nothing at all).
    bool hasStarted() const { return m_started; }

private:
    OutputFormatter m_formatter;
    QList<RecordColumn> m_columns;
    bool m_started = false;
    bool m_empty = true;
};

} // namespace zc::cli
