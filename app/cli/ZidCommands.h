// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli zid users [--login L] [--like TEXT]` and `zid groups`. `args` starts with the
// word "zid".
int runZidCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
