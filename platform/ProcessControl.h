// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace zc::platform {

// Sends the process what Ctrl-C in its terminal would: SIGINT on POSIX systems, a Ctrl-Break
// event to its console process group on Windows (the process must have been started in a
// group of its own there). False when it could not be sent.
bool interruptProcess(qint64 pid);

// Replaces the current process with `program` (argv: null-terminated, argv[0] the program's
// name), as the test wrappers that re-run a test under scripts/with-keychain.sh need. Does not
// return: on failure it reports on stderr and exits with 127.
[[noreturn]] void replaceProcess(const char *program, char *const argv[]);

} // namespace zc::platform
