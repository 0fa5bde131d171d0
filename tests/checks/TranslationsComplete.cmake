# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# Fails when a translation is not finished: a .ts file in TS_DIR with an unfinished, obsolete or
# vanished message, or one that is not up to date with the sources (lupdate run on a copy in
# WORK_DIR adds a new message, unfinished, or marks a gone one vanished). Run by ctest as
# "translations_complete". LUPDATE is the lupdate program, SOURCES_LIST the @file of sources and
# include folders that translations/CMakeLists.txt writes. zconsole_en.ts holds the plurals only.
file(GLOB ts_files "${TS_DIR}/*.ts")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# The messages of `file` marked unfinished, obsolete or vanished, as "context: source" lines.
function(unfinished_messages file out)
    file(READ "${file}" text)
    set(found "")
    if(text MATCHES "type=\"(unfinished|obsolete|vanished)\"")
        file(STRINGS "${file}" lines)
        set(context "")
        set(source "")
        foreach(line IN LISTS lines)
            if(line MATCHES "<name>(.*)</name>")
                set(context "${CMAKE_MATCH_1}")
            elseif(line MATCHES "<source>(.*)")
                set(source "${CMAKE_MATCH_1}")
            elseif(line MATCHES "type=\"(unfinished|obsolete|vanished)\"")
                set(type "${CMAKE_MATCH_1}")
                # Shown, not parsed: a ";" would split the CMake list.
                string(REGEX REPLACE "</source>.*" "" source "${source}")
                string(REPLACE "&amp;" "&" source "${source}")
                string(REPLACE ";" "," source "${source}")
                list(APPEND found "${type} in ${context}: ${source}")
            endif()
        endforeach()
    endif()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

set(problems "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    unfinished_messages("${ts}" found)
    foreach(entry IN LISTS found)
        list(APPEND problems "${name}: ${entry}")
    endforeach()

    # The same file refreshed from today's sources: nothing may change its message set.
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    set(options "")
    if(name MATCHES "_en\\.ts$")
        set(options -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" "@${SOURCES_LIST}" -locations relative ${options}
                            -ts "${copy}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    unfinished_messages("${copy}" stale)
    list(REMOVE_ITEM stale ${found})
    foreach(entry IN LISTS stale)
        list(APPEND problems "${name} (not up to date with the sources): ${entry}")
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems count)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR
            "${count} translation problem(s); refresh the .ts files with "
            "`cmake --build build --target update_translations`, then finish every message in "
            "Qt Linguist:\n  ${text}")
endif()
list(LENGTH ts_files count)
message(STATUS "${count} translation files complete and up to date")
