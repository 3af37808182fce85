# Windows: one NSIS installer (CPack NSIS, needs NSIS 3 on PATH) holding the three programs,
# their Qt runtime (windeployqt through Qt's deploy support) and the other DLLs they load.
# Untested on this project's Linux machines; see docs/packaging.md for the build steps.
# Included from packaging/CMakeLists.txt with MF_PACKAGED_COMPONENTS set.

# One installer: windeployqt must see all programs in one staging tree.
set(CPACK_MONOLITHIC_INSTALL ON)
set(CPACK_GENERATOR NSIS ZIP)

set(MF_WIN_PROGRAMS "")
foreach(component ${MF_PACKAGED_COMPONENTS})
    list(APPEND MF_WIN_PROGRAMS ${MF_TARGET_${component}})
endforeach()
# Non-Qt DLLs (qt6keychain, archive, libcrypto, sqlite3, zlib...) are found next to the import
# libraries of the prefix the build used (vcpkg or a Qt/MSYS2 tree): CMAKE_PREFIX_PATH/bin.
set(MF_WIN_DLL_DIRS "")
foreach(prefix ${CMAKE_PREFIX_PATH})
    list(APPEND MF_WIN_DLL_DIRS ${prefix}/bin)
endforeach()
install(TARGETS ${MF_WIN_PROGRAMS}
        RUNTIME_DEPENDENCY_SET mf_runtime_dlls
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(RUNTIME_DEPENDENCY_SET mf_runtime_dlls
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "^Qt6.*" # Qt itself: windeployqt's job
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*"
        DIRECTORIES ${MF_WIN_DLL_DIRS})

if(TARGET mf-desktop)
    # A GUI subsystem executable: no console window. --version/--help then show a message box
    # (QCommandLineParser does this by itself on Windows).
    set_target_properties(mf-desktop PROPERTIES WIN32_EXECUTABLE ON)
    set(MF_ICO ${CMAKE_CURRENT_SOURCE_DIR}/icons/${MF_APP_ID}.ico)
    configure_file(${CMAKE_CURRENT_SOURCE_DIR}/windows/mf-desktop.rc.in
                   ${CMAKE_CURRENT_BINARY_DIR}/mf-desktop.rc @ONLY)
    target_sources(mf-desktop PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/mf-desktop.rc)

    set(MF_WIN_EXTRA "")
    foreach(program ${MF_WIN_PROGRAMS})
        if(NOT program STREQUAL "mf-desktop")
            list(APPEND MF_WIN_EXTRA "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${program}>")
        endif()
    endforeach()
    string(JOIN " " MF_WIN_EXTRA_ARGS ${MF_WIN_EXTRA})
    set(MF_DEPLOY_SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-windows.cmake)
    file(GENERATE OUTPUT ${MF_DEPLOY_SCRIPT} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:mf-desktop>
    ADDITIONAL_EXECUTABLES ${MF_WIN_EXTRA_ARGS}
    GENERATE_QT_CONF)
")
    install(SCRIPT ${MF_DEPLOY_SCRIPT})
    # Qt's own translations (qtbase_de.qm...) for standard buttons: windeployqt copies them
    # into bin/translations, where main.cpp looks first (see docs/packaging.md).

    set(CPACK_PACKAGE_EXECUTABLES "mf-desktop;Managed Desktop")
    set(CPACK_CREATE_DESKTOP_LINKS mf-desktop)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mf-desktop.exe")
    set(CPACK_NSIS_MUI_ICON ${MF_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${MF_ICO})
endif()

set(CPACK_NSIS_DISPLAY_NAME "Managed Desktop")
set(CPACK_NSIS_PACKAGE_NAME "Managed Desktop ${PROJECT_VERSION}")
set(CPACK_NSIS_PUBLISHER "managed.dev")
set(CPACK_NSIS_URL_INFO_ABOUT "https://managed.dev/desktop")
set(CPACK_NSIS_HELP_LINK "https://managed.dev/docs/desktop")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offer to put bin\ (mf, mf-sandbox) on PATH for scripts.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Managed Desktop")
# Keep one upgrade identity across versions: the install key must not carry the version.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ManagedDesktop")
