// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/RecordTableModel.h"

namespace zc::resultcolumns {

// The columns the deep-trace result tables share. `header` is marked with
// QT_TRANSLATE_NOOP("zc::RecordColumn", ...).

// Epoch seconds shown as a local short date and time, sorted as a number, an ISO UTC date for
// scripts; empty when <= 0.
RecordColumn time(const QString &key, const char *header);
// A number with `decimals` digits in the user's locale, right-aligned, sorted as a number;
// empty when the member is not a number (null: no data). Scripts read the API's number.
RecordColumn number(const QString &key, const char *header, int decimals);

} // namespace zc::resultcolumns
