// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli auth test`: signs in, prints the token lifetime (never the token) and which
// products answer for this client. `args` starts with the word "auth".
int runAuthCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
