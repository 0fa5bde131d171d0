// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace zc::platform {

// Keeps secrets out of core dumps and away from debuggers of the same user. Called first thing
// by the GUI and the CLI, which hold client secrets, private keys, tokens and OTPs in memory.
// - Linux: no core file (RLIMIT_CORE 0), and the process is not dumpable (PR_SET_DUMPABLE 0),
//   which also stops other unprivileged processes from attaching with ptrace or reading
//   /proc/<pid>/mem.
// - macOS: no core file (RLIMIT_CORE 0). Attaching is refused by the hardened runtime of a
//   signed application, not from inside the process.
// - Windows: crash reports sent to Windows Error Reporting leave out the heap, where the
//   secrets are, and no crash dialog waits with the process open.
// Returns false when the system refused; the program goes on either way.
bool disableCoreDumps();

// Whether core dumps are off as disableCoreDumps() leaves them (for tests and diagnostics).
bool coreDumpsDisabled();

} // namespace zc::platform
