// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace zc::platform {

// While one lives, files written by this process cannot grow past a few bytes, as on a full
// disk: the tests use it to make a settings file impossible to rewrite. POSIX systems only
// (RLIMIT_FSIZE, with SIGXFSZ ignored so a write fails instead of killing the process; root is
// held to it too, other processes are not); elsewhere isActive() is false and tests skip.
class FileSizeLimit
{
public:
    FileSizeLimit();
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_state != nullptr; }

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace zc::platform
