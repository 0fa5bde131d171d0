// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QTableView;

namespace zc::compactTable {

// A read-only table of a few rows inside a pane: whole rows are selected, rows alternate in
// colour, no row numbers, the last column takes the room left and the others fit their text.
void setUp(QTableView *view);
// Makes the view as tall as its rows, up to `maxRows` (at least one row's height).
void fitRows(QTableView *view, int maxRows);

} // namespace zc::compactTable
