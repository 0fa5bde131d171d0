# SPDX-FileCopyrightText: 2026 The ZConsole authors
# SPDX-License-Identifier: Apache-2.0
# What "cmake --install" puts where, and the packages CPack makes from it (installer/README.md):
#   Linux    cpack -G DEB (zconsole_<version>_<arch>.deb, dependencies from dpkg-shlibdeps) and
#            -G TGZ; built, checked with lintian, installed and removed by scripts/ci-package.sh
#   Windows  cpack -G NSIS: windeployqt through Qt's deploy API, Start-menu entry, uninstaller
#   macOS    cpack -G DragNDrop: ZConsole.app with macdeployqt, in a DMG
# Included from the top-level CMakeLists.txt after every program's target exists.

# The programs. On Windows the DLLs they need besides Qt's (QtKeychain, OpenSSL) come along.
set(zc_runtime_set "")
if(WIN32)
    set(zc_runtime_set RUNTIME_DEPENDENCY_SET zconsole_runtime)
endif()
install(TARGETS zconsole ${zc_runtime_set}
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" BUNDLE DESTINATION .)
install(TARGETS zconsole-cli zconsole-sim ${zc_runtime_set}
        RUNTIME DESTINATION "${ZC_CLI_INSTALL_DIR}")

if(WIN32)
    get_target_property(zc_keychain_dll Qt6Keychain::Qt6Keychain IMPORTED_LOCATION_RELEASE)
    if(NOT zc_keychain_dll)
        get_target_property(zc_keychain_dll Qt6Keychain::Qt6Keychain IMPORTED_LOCATION)
    endif()
    get_filename_component(zc_keychain_dir "${zc_keychain_dll}" DIRECTORY)
    get_filename_component(zc_openssl_bin "${OPENSSL_INCLUDE_DIR}/../bin" ABSOLUTE)
    install(RUNTIME_DEPENDENCY_SET zconsole_runtime
            DESTINATION "${CMAKE_INSTALL_BINDIR}"
            # Qt's own DLLs and plugins come from windeployqt below; the system's stay out.
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
            POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*"
            DIRECTORIES "${zc_keychain_dir}" "${zc_openssl_bin}" "${QT6_INSTALL_PREFIX}/bin")
endif()

# Qt's libraries, plugins (platform, styles, TLS backends) and translations beside the
# programs: windeployqt on Windows, macdeployqt on macOS. Qt's deploy API exists from 6.3 on;
# this form (QT_DEPLOY_SUPPORT) works in 6.4 and in every later version. On Linux the
# distribution's Qt is used.
if(WIN32 OR APPLE)
    if(APPLE)
        set(zc_main "ZConsole.app")
        set(zc_more "ZConsole.app/Contents/MacOS/zconsole-cli"
                    "ZConsole.app/Contents/MacOS/zconsole-sim")
    else()
        set(zc_main "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:zconsole>")
        set(zc_more "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:zconsole-cli>"
                    "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:zconsole-sim>")
    endif()
    set(zc_deploy_script "${CMAKE_BINARY_DIR}/deploy-zconsole-$<CONFIG>.cmake")
    file(GENERATE OUTPUT "${zc_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${zc_main}\"
    ADDITIONAL_EXECUTABLES ${zc_more}
    GENERATE_QT_CONF
    VERBOSE)
")
    install(SCRIPT "${zc_deploy_script}")
endif()

# Debian's documentation files: the copyright in machine-readable form and the changelog.
if(UNIX AND NOT APPLE)
    set(zc_docdir "${CMAKE_INSTALL_DATADIR}/doc/zconsole")
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/copyright" DESTINATION "${zc_docdir}")
    if(ZC_GZIP)
        add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/installer/changelog.gz"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/installer"
            COMMAND "${ZC_GZIP}" -9nc "${CMAKE_CURRENT_LIST_DIR}/debian/changelog"
                    > "${CMAKE_BINARY_DIR}/installer/changelog.gz"
            DEPENDS "${CMAKE_CURRENT_LIST_DIR}/debian/changelog" VERBATIM)
        add_custom_target(zconsole_changelog ALL DEPENDS "${CMAKE_BINARY_DIR}/installer/changelog.gz")
        install(FILES "${CMAKE_BINARY_DIR}/installer/changelog.gz" DESTINATION "${zc_docdir}")
    endif()
endif()

# CPack: one description for every generator.
set(CPACK_PACKAGE_NAME zconsole)
set(CPACK_PACKAGE_VENDOR "The ZConsole authors")
set(ZCONSOLE_PACKAGE_CONTACT "ZConsole authors <zconsole@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages (name <e-mail>)")
set(CPACK_PACKAGE_CONTACT "${ZCONSOLE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop admin console for Zscaler OneAPI")
set(CPACK_PACKAGE_DESCRIPTION
    "ZConsole is a native desktop console for Zscaler OneAPI. Helpdesk staff find
a user's device, read its Client Connector one-time passwords and follow ZDX
deep traces; tenant admins browse ZIA URL categories, ZPA application
segments, Cloud & Branch Connector groups, ZIdentity users and the activation
status. Secrets are kept in the system keychain.

zconsole-cli runs the same operations from scripts (table, CSV or JSON), and
zconsole-sim is a tenant simulator on loopback for trying both without a
tenant.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${ZCONSOLE_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY ZConsole)
set(CPACK_PACKAGE_EXECUTABLES zconsole ZConsole)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# DEB: dependencies from dpkg-shlibdeps; a Secret Service for the keychain is recommended.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# NSIS: a Start-menu entry for zconsole (CPACK_PACKAGE_EXECUTABLES), an uninstaller in the
# Start menu and in Apps & features, the choice to put zconsole-cli on the PATH.
set(CPACK_NSIS_PACKAGE_NAME ZConsole)
set(CPACK_NSIS_DISPLAY_NAME ZConsole)
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/zconsole.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/zconsole.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\zconsole.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_URL_INFO_ABOUT "${ZCONSOLE_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# DragNDrop: ZConsole.app and a link to /Applications in one DMG.
set(CPACK_DMG_VOLUME_NAME ZConsole)
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/zconsole.icns")
endif()

include(CPack)
