# SPDX-License-Identifier: Apache-2.0
# Fails when a source or build file of the project lacks the SPDX licence line in its first
# lines. Run by ctest as "licence_headers"; ROOT is the source folder.
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${ROOT}/models/*.cpp" "${ROOT}/models/*.h" "${ROOT}/sim/*.cpp" "${ROOT}/sim/*.h"
     "${ROOT}/demo/*.cpp" "${ROOT}/demo/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/platform/*.cpp" "${ROOT}/platform/*.h"
     "${ROOT}/platform/*.mm" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h" "${ROOT}/bench/*.cpp"
     "${ROOT}/bench/*.h" "${ROOT}/CMakeLists.txt" "${ROOT}/*/CMakeLists.txt"
     "${ROOT}/scripts/*.sh" "${ROOT}/resources/*.sh" "${ROOT}/installer/*.cmake")
set(missing "")
foreach(file IN LISTS sources)
    if(file MATCHES "/build[^/]*/")
        continue()
    endif()
    file(STRINGS "${file}" head LIMIT_COUNT 4)
    if(NOT head MATCHES "SPDX-License-Identifier: Apache-2.0")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "No SPDX licence line in the first lines of:\n  ${text}")
endif()
