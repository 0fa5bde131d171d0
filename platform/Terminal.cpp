// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Terminal.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace zc::platform {

namespace {

int descriptorOf(StandardStream stream)
{
    switch (stream) {
    case StandardStream::Input:
        return 0;
    case StandardStream::Output:
        return 1;
    case StandardStream::Error:
        return 2;
    }
    return 1;
}

} // namespace

#if defined(Q_OS_WIN)

bool isTerminal(StandardStream stream)
{
    return _isatty(descriptorOf(stream)) != 0;
}

void prepareStandardStreams()
{
    std::fflush(stdout);
    _setmode(_fileno(stdout), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);
}

#else

bool isTerminal(StandardStream stream)
{
    return ::isatty(descriptorOf(stream)) == 1;
}

void prepareStandardStreams() {}

#endif

} // namespace zc::platform
