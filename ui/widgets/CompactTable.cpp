// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "CompactTable.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace zc::compactTable {

void setUp(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void fitRows(QTableView *view, int maxRows)
{
    const int rows = std::clamp(view->model() ? view->model()->rowCount() : 0, 1, maxRows);
    const int height = view->horizontalHeader()->sizeHint().height() +
                       rows * view->verticalHeader()->defaultSectionSize() +
                       2 * view->frameWidth() + 2;
    view->setFixedHeight(height);
}

} // namespace zc::compactTable
