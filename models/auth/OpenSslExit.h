// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace zc {

// Called first thing in main(), before anything uses OpenSSL: OpenSSL then does not free its
// state from an atexit() handler. Qt's network thread may still be ending when main() returns
// (QThread::wait() returns before the thread's thread-local destructors have run); OpenSSL's
// exit cleanup would then free what that thread's own cleanup still uses, or drop its
// per-thread random generators (OpenSSL documents that the atexit cleanup assumes every thread
// has stopped). The process ends right after, and the system takes the memory back.
void leaveOpenSslStateToProcessExit();

} // namespace zc
