// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "FileSizeLimit.h"

#include <QtGlobal>

#if !defined(Q_OS_WIN)
#include <csignal>
#include <sys/resource.h>
#endif

namespace zc::platform {

#if defined(Q_OS_WIN)

struct FileSizeLimit::State
{};

FileSizeLimit::FileSizeLimit() = default; // Windows has no per-process file size limit
FileSizeLimit::~FileSizeLimit() = default;

#else

struct FileSizeLimit::State
{
    rlimit old{};
    void (*handler)(int) = nullptr;
};

FileSizeLimit::FileSizeLimit()
{
    auto state = std::make_unique<State>();
    if (::getrlimit(RLIMIT_FSIZE, &state->old) != 0)
        return;
    state->handler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
    rlimit limit = state->old;
    limit.rlim_cur = 16;
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        std::signal(SIGXFSZ, state->handler);
        return;
    }
    m_state = std::move(state);
}

FileSizeLimit::~FileSizeLimit()
{
    if (!m_state)
        return;
    ::setrlimit(RLIMIT_FSIZE, &m_state->old);
    std::signal(SIGXFSZ, m_state->handler);
}

#endif

} // namespace zc::platform
