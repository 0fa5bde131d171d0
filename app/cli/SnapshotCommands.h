// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli snapshot save FILE` and `snapshot diff OLD (NEW | --live)`. `args` starts
// with the word "snapshot". The file format and the comparison rules: docs/snapshot-format.md.
//
// `save` reads every collection one request at a time (progress on stderr when someone
// watches), writes FILE readable by its owner only, and says on stderr which collections are
// missing and why; it exits with the API error's status only when the sign-in fails.
// `diff` prints the differences (JSON, or one row per added or removed record and per changed
// field for CSV and table) and exits 0 when equal, 1 when they differ, 2 when a file is not a
// snapshot, is damaged or is of a newer format (the message says which). With --live the
// tenant is read now and compared with OLD; errors reading it exit as other API commands do.
int runSnapshotCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
