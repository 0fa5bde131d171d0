// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace zc::platform {

// The login name of the account this process runs as (for the OTP audit list: who asked).
// POSIX: the password database's entry of the effective user, else $USER; Windows:
// GetUserNameW, else %USERNAME%. Empty when none is known.
QString currentUserName();

} // namespace zc::platform
