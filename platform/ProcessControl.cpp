// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProcessControl.h"

#include <cstdio>
#include <cstdlib>

#if defined(Q_OS_WIN)
#include <process.h>
#include <windows.h>
#else
#include <csignal>
#include <unistd.h>
#endif

namespace zc::platform {

#if defined(Q_OS_WIN)

bool interruptProcess(qint64 pid)
{
    // Ctrl-C cannot be sent to another process group; Ctrl-Break can, and the console
    // handlers (InterruptWatcher) treat both alike.
    return GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, DWORD(pid)) != 0;
}

void replaceProcess(const char *program, char *const argv[])
{
    _execv(program, argv);
    std::perror(program);
    std::_Exit(127);
}

#else

bool interruptProcess(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), SIGINT) == 0;
}

void replaceProcess(const char *program, char *const argv[])
{
    ::execv(program, argv);
    std::perror(program);
    ::_exit(127);
}

#endif

} // namespace zc::platform
