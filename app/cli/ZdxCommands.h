// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli zdx devices [--query Q]`,
// `zdx trace start --device ID --name NAME [--minutes N] [--probe-device] [--app ID]
//                  [--web-probe ID] [--cloudpath-probe ID]`,
// `zdx trace list --device ID`, `zdx trace show --device ID --trace ID`,
// `zdx trace delete --device ID --trace ID`. `args` starts with the word "zdx".
int runZdxCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
