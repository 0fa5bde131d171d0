// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace zc {

// Keeps secrets out of core dumps: no core file is written for this process, and on Linux
// the process is marked non-dumpable (which also stops other unprivileged processes from
// reading its memory through ptrace or /proc). Called first thing by the GUI and the CLI,
// which hold client secrets, private keys, tokens and OTPs in memory. Returns false when the
// platform refused; the program goes on either way.
bool disableCoreDumps();

} // namespace zc
