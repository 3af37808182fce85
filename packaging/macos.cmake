# macOS: mf-desktop as an app bundle carrying mf and mf-sandbox in Contents/MacOS, made
# self-contained by macdeployqt (Qt's deploy support) and shipped in a drag-and-drop DMG.
# Untested on this project's Linux machines; see docs/packaging.md for the build steps.
# Included from packaging/CMakeLists.txt with MF_PACKAGED_COMPONENTS set.

set(CPACK_MONOLITHIC_INSTALL ON)  # one DMG; macdeployqt needs every binary in one tree
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Managed Desktop")
set(CPACK_DMG_FORMAT UDZO)

if(NOT TARGET mf-desktop)
    # Without the GUI there is no bundle: plain Unix layout (bin/) in a DMG.
    foreach(component ${MF_PACKAGED_COMPONENTS})
        install(TARGETS ${MF_TARGET_${component}} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endforeach()
    return()
endif()

set(MF_ICNS ${CMAKE_CURRENT_SOURCE_DIR}/icons/${MF_APP_ID}.icns)
set_source_files_properties(${MF_ICNS} TARGET_DIRECTORY mf-desktop
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(mf-desktop PRIVATE ${MF_ICNS})
set_target_properties(mf-desktop PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MF_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "Managed Desktop"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE ${MF_APP_ID}.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright (C) 2026 managed.dev"
    MACOSX_BUNDLE_EXECUTABLE_NAME mf-desktop)

set(MF_BUNDLE_MACOS "mf-desktop.app/Contents/MacOS")
install(TARGETS mf-desktop BUNDLE DESTINATION .)
set(MF_MAC_EXTRA "")
foreach(component ${MF_PACKAGED_COMPONENTS})
    set(program ${MF_TARGET_${component}})
    if(NOT program STREQUAL "mf-desktop")
        # Inside the bundle so macdeployqt rewrites their library paths too; users link them
        # into PATH (docs/packaging.md).
        install(TARGETS ${program} RUNTIME DESTINATION ${MF_BUNDLE_MACOS})
        list(APPEND MF_MAC_EXTRA "\${QT_DEPLOY_PREFIX}/${MF_BUNDLE_MACOS}/${program}")
    endif()
endforeach()

string(JOIN " " MF_MAC_EXTRA_ARGS ${MF_MAC_EXTRA})
set(MF_DEPLOY_SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-macos.cmake)
file(GENERATE OUTPUT ${MF_DEPLOY_SCRIPT} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE mf-desktop.app
    ADDITIONAL_EXECUTABLES ${MF_MAC_EXTRA_ARGS})
")
install(SCRIPT ${MF_DEPLOY_SCRIPT})
