// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli zpa segments [--microtenant ID] [--search TEXT]`, `zpa microtenants`.
// `args` starts with the word "zpa".
int runZpaCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
