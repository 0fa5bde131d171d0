// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
// (windows.h first: werapi.h uses its types.)
#include <werapi.h>
#else
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace zc::platform {

#if defined(Q_OS_WIN)

bool disableCoreDumps()
{
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return SUCCEEDED(WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP));
}

bool coreDumpsDisabled()
{
    DWORD flags = 0;
    return SUCCEEDED(WerGetFlags(GetCurrentProcess(), &flags)) &&
           (flags & WER_FAULT_REPORTING_FLAG_NOHEAP) != 0;
}

#else

bool disableCoreDumps()
{
    bool ok = true;
    struct rlimit none = {0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#if defined(Q_OS_LINUX)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

bool coreDumpsDisabled()
{
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return false;
#if defined(Q_OS_LINUX)
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

#endif

} // namespace zc::platform
