# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Fails when the engine (models/), the desktop UI (ui/) or the command line (app/cli/) include
# a header of the tenant simulator (sim/) or of the demo tenant (demo/): the simulator reaches
# the desktop application only through its entry point (app/gui) and the UI's DemoLauncher.
# Run by ctest as "simulator_headers"; ROOT is the source folder.
cmake_minimum_required(VERSION 3.25)
file(GLOB simulator_headers RELATIVE "${ROOT}/sim" "${ROOT}/sim/*.h")
file(GLOB demo_headers RELATIVE "${ROOT}/demo" "${ROOT}/demo/*.h")
set(names ${simulator_headers} ${demo_headers})
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${ROOT}/models/*.cpp" "${ROOT}/models/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/app/cli/*.cpp" "${ROOT}/app/cli/*.h")
set(found "")
foreach(file IN LISTS sources)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    get_filename_component(folder "${file}" DIRECTORY)
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">].*" "\\1" header "${line}")
        if(header MATCHES "^(sim|demo)/")
            list(APPEND found "${file}: ${header}")
        elseif(header IN_LIST names AND NOT EXISTS "${folder}/${header}"
               AND NOT EXISTS "${ROOT}/models/${header}" AND NOT EXISTS "${ROOT}/ui/${header}")
            list(APPEND found "${file}: ${header}")
        endif()
    endforeach()
endforeach()
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "Simulator or demo headers included outside the simulator:\n  ${text}")
endif()
