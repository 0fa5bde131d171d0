// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace zc::platform {

enum class StandardStream
{
    Input,
    Output,
    Error,
};

// The stream is a terminal (a console on Windows), not a file or a pipe.
bool isTerminal(StandardStream stream);

// Standard output carries data (JSON, CSV) byte for byte, and the console shows UTF-8. On
// Windows stdout is switched to binary mode, so that "\r\n" stays "\r\n" (not "\r\r\n") and
// "\n" stays "\n", and the console's output code page becomes UTF-8. Nothing to do elsewhere.
// Call before anything is written.
void prepareStandardStreams();

} // namespace zc::platform
