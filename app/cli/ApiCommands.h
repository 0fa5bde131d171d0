// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli api METHOD PATH [-q KEY=VALUE]... [-d JSON|@FILE|-] [--paginate] [--include]`:
// any OneAPI request with the console's sign-in, limits, retries and paging. `args` starts
// with the word "api".
int runApiCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
