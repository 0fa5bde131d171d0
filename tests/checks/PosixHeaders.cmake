# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Fails when an operating system's own header (POSIX, Windows or macOS) is included outside
# platform/: everything OS-specific sits behind the small functions there, so that the rest
# of the tree builds the same on Linux, Windows and macOS. Tests included.
# Run by ctest as "posix_headers"; ROOT is the source folder.
cmake_minimum_required(VERSION 3.25)
set(system_headers
    "unistd\\.h" "sys/[^>]+" "signal\\.h" "csignal" "fcntl\\.h" "termios\\.h" "pwd\\.h"
    "grp\\.h" "dlfcn\\.h" "pthread\\.h" "poll\\.h" "dirent\\.h" "spawn\\.h" "netdb\\.h"
    "netinet/[^>]+" "arpa/[^>]+" "syslog\\.h" "libgen\\.h" "windows\\.h" "qt_windows\\.h"
    "io\\.h" "conio\\.h" "process\\.h" "aclapi\\.h" "sddl\\.h" "werapi\\.h" "mach/[^>]+"
    "libproc\\.h" "crt_externs\\.h")
list(JOIN system_headers "|" alternatives)
set(pattern "^[ \t]*#[ \t]*include[ \t]*<(${alternatives})>")
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${ROOT}/models/*.cpp" "${ROOT}/models/*.h" "${ROOT}/sim/*.cpp" "${ROOT}/sim/*.h"
     "${ROOT}/demo/*.cpp" "${ROOT}/demo/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h"
     "${ROOT}/bench/*.cpp" "${ROOT}/bench/*.h")
set(found "")
foreach(file IN LISTS sources)
    if(file MATCHES "/build[^/]*/")
        continue()
    endif()
    file(STRINGS "${file}" lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        list(APPEND found "${file}: ${line}")
    endforeach()
endforeach()
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "System headers outside platform/ (use or extend platform/):\n  ${text}")
endif()
