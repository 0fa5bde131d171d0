// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace zc::cli {

class CliContext;

// `zconsole-cli zcc devices [--user U] [--hostname H] [--os OS]` and
// `zcc otp (--udid UDID | --user U [--hostname H])`. `args` starts with the word "zcc".
// OTP values are printed on stdout only: never on stderr, never in a log or an error.
int runZccCommand(CliContext &context, const QStringList &args);

} // namespace zc::cli
