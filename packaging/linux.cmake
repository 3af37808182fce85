# Linux: FHS layout under CMAKE_INSTALL_PREFIX (/usr in the .deb) and three Debian packages.
# Included from packaging/CMakeLists.txt with MF_PACKAGED_COMPONENTS set.

set(MF_LINUX_DIR ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(MF_ICON_DIR ${CMAKE_CURRENT_SOURCE_DIR}/icons)
set(MF_MAN_DIR ${CMAKE_CURRENT_SOURCE_DIR}/man)

# Debian wants man pages gzipped, and without a timestamp (-n) so builds are reproducible.
find_program(MF_GZIP gzip REQUIRED)
set(MF_MAN_GZ "")
function(mf_install_man page component)
    set(gz ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
    add_custom_command(OUTPUT ${gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
        COMMAND ${MF_GZIP} -9 -n -c ${MF_MAN_DIR}/${page} > ${gz}
        DEPENDS ${MF_MAN_DIR}/${page}
        COMMENT "Compressing man page ${page}")
    set(MF_MAN_GZ ${MF_MAN_GZ} ${gz} PARENT_SCOPE)
    install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endfunction()

foreach(component ${MF_PACKAGED_COMPONENTS})
    set(program ${MF_TARGET_${component}})
    install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${component})
    mf_install_man(${program}.1 ${component})
    # Debian policy: every package carries its copyright file.
    install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE.txt
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${MF_PKG_${component}}
            RENAME copyright COMPONENT ${component})
endforeach()
add_custom_target(mf_manpages ALL DEPENDS ${MF_MAN_GZ})

if(desktop IN_LIST MF_PACKAGED_COMPONENTS)
    install(FILES ${MF_LINUX_DIR}/${MF_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT desktop)
    install(FILES ${MF_LINUX_DIR}/${MF_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT desktop)
    install(FILES ${MF_ICON_DIR}/${MF_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps COMPONENT desktop)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${MF_ICON_DIR}/hicolor/${size}x${size}/apps/${MF_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps
                COMPONENT desktop)
    endforeach()
endif()
if(cli IN_LIST MF_PACKAGED_COMPONENTS)
    # mf draws PDF reports with this plugin (app/report/pdf), looked for in libdir/mf.
    install(TARGETS mf-report-pdf LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/mf COMPONENT cli)
    install(FILES ${MF_LINUX_DIR}/dev.managed.mf.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT cli)
endif()
if(sandbox IN_LIST MF_PACKAGED_COMPONENTS)
    install(FILES ${MF_LINUX_DIR}/dev.managed.mf_sandbox.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT sandbox)
endif()

# ---- CPack DEB --------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://managed.dev/desktop")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Depends are declared by Debian package name in linux/deb-depends.txt (checked against the
# binaries by tests/packaging). dpkg-shlibdeps can add its own computed list on top.
option(MF_DEB_SHLIBDEPS "Also let dpkg-shlibdeps compute Depends (needs dpkg-dev and file)" OFF)
file(STRINGS ${MF_LINUX_DIR}/deb-depends.txt dep_lines REGEX "^[a-z0-9.+-]+:")
foreach(line ${dep_lines})
    string(REGEX MATCH "^([a-z0-9.+-]+): *(.*)$" _ "${line}")
    set(MF_DEB_DEPENDS_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()

set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "mf, mf-sandbox")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION devel)

set(MF_DEB_LONG_desktop
    "Managed Desktop shows every site and environment hosted on managed.dev with the\ntimeline of its snapshots and scheduled backups (status, size, age, expiry). It takes\nsnapshots, restores database, files or both behind confirmations, and downloads\narchives with resume and checksum verification. The API key stays in the system\nkeychain.")
set(MF_DEB_LONG_cli
    "mf lists the sites, environments and snapshots of a managed.dev account, takes\nsnapshots, restores them and downloads their archives. It shares its core with the\nManaged Desktop application and is made for scripts.")
set(MF_DEB_LONG_sandbox
    "mf-sandbox serves the managed.dev snapshots and backups API on a local port over\nreal data on disk: a SQLite database and a files tree per environment, real archives\nand real restores. For trying Managed Desktop and mf, and for testing scripts.")
set(MF_DEB_SUMMARY_desktop "snapshots and backups of managed.dev sites (desktop application)")
set(MF_DEB_SUMMARY_cli "snapshots and backups of managed.dev sites (command-line tool)")
set(MF_DEB_SUMMARY_sandbox "local managed.dev platform for development and testing")

foreach(component ${MF_PACKAGED_COMPONENTS})
    string(TOUPPER ${component} C)
    set(pkg ${MF_PKG_${component}})
    set(CPACK_DEBIAN_${C}_PACKAGE_NAME ${pkg})
    set(CPACK_DEBIAN_${C}_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_${C}_PACKAGE_DEPENDS "${MF_DEB_DEPENDS_${pkg}}")
    set(CPACK_DEBIAN_${C}_PACKAGE_SHLIBDEPS ${MF_DEB_SHLIBDEPS})
    set(CPACK_DEBIAN_${C}_DESCRIPTION "${MF_DEB_SUMMARY_${component}}\n${MF_DEB_LONG_${component}}")
endforeach()
