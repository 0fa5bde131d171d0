// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli zia url-lookup [URL...] [--file F|-]`, `zia activation status`,
// `zia activation activate`. `args` starts with the word "zia".
int runZiaCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
