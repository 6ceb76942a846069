# What `cmake --install` puts in place, and the Debian package (cpack).
# The man page and the shell completions are generated at build time by running the advisor just
# built, so they always match its commands and options.

include(GNUInstallDirs)

option(ADVISOR_MAN_PAGE "Generate and install the man page (needs help2man)" ON)
# The date the man page shows. Fixed (not the build time) so that builds are reproducible; change
# it with each release.
set(ADVISOR_RELEASE_EPOCH 1796256000 CACHE STRING "SOURCE_DATE_EPOCH for generated files")

set(ADVISOR_SHARE_DIR ${PROJECT_BINARY_DIR}/share)
file(MAKE_DIRECTORY ${ADVISOR_SHARE_DIR})
set(ADVISOR_SHELL_FILES
    ${ADVISOR_SHARE_DIR}/advisor.bash ${ADVISOR_SHARE_DIR}/_advisor ${ADVISOR_SHARE_DIR}/advisor.fish)
set(shells bash zsh fish)
foreach(file shell IN ZIP_LISTS ADVISOR_SHELL_FILES shells)
  add_custom_command(
    OUTPUT ${file}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:advisor> "-DARGS=completion;${shell}"
            -DOUT=${file} -P ${PROJECT_SOURCE_DIR}/cmake/CaptureOutput.cmake
    DEPENDS advisor ${PROJECT_SOURCE_DIR}/cmake/CaptureOutput.cmake
    COMMENT "Generating the ${shell} completion"
    VERBATIM)
endforeach()
set(ADVISOR_GENERATED ${ADVISOR_SHELL_FILES})

if(ADVISOR_MAN_PAGE)
  find_program(ADVISOR_HELP2MAN help2man REQUIRED)
  find_program(ADVISOR_GZIP gzip REQUIRED)
  set(man ${ADVISOR_SHARE_DIR}/advisor.1)
  set(commands_h2m ${ADVISOR_SHARE_DIR}/commands.h2m)
  add_custom_command(
    OUTPUT ${commands_h2m}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:advisor> -DOUT=${commands_h2m}
            -P ${PROJECT_SOURCE_DIR}/cmake/CommandHelp.cmake
    DEPENDS advisor ${PROJECT_SOURCE_DIR}/cmake/CommandHelp.cmake
    COMMENT "Collecting every command's help for the man page"
    VERBATIM)
  add_custom_command(
    OUTPUT ${man} ${man}.gz
    COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES LANG=C
            NO_COLOR=1 COLUMNS=80 SOURCE_DATE_EPOCH=${ADVISOR_RELEASE_EPOCH}
            ${ADVISOR_HELP2MAN} --no-info --section=1 --source=advisor
            --version-string=${PROJECT_VERSION}
            "--name=privacy-friendly video, phone, messenger and scheduling services for groups"
            --include=${PROJECT_SOURCE_DIR}/docs/man-extra.h2m --include=${commands_h2m}
            --output=${man}
            $<TARGET_FILE:advisor>
    COMMAND ${ADVISOR_GZIP} -9 -n -f -k ${man}
    DEPENDS advisor ${PROJECT_SOURCE_DIR}/docs/man-extra.h2m ${commands_h2m}
    COMMENT "Generating the man page"
    VERBATIM)
  list(APPEND ADVISOR_GENERATED ${man} ${man}.gz)
  install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
add_custom_target(advisor_share_files ALL DEPENDS ${ADVISOR_GENERATED})

install(TARGETS advisor RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${ADVISOR_SHARE_DIR}/advisor.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME advisor)
install(FILES ${ADVISOR_SHARE_DIR}/_advisor DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${ADVISOR_SHARE_DIR}/advisor.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# The documentation a user reads without the source tree, the licences (the Debian copyright
# file) and the changelog (Debian format, compressed without a time stamp).
set(ADVISOR_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/advisor)
find_program(ADVISOR_GZIP_DOC gzip REQUIRED)
set(changelog ${ADVISOR_SHARE_DIR}/changelog.gz)
add_custom_command(
  OUTPUT ${changelog}
  COMMAND ${ADVISOR_GZIP_DOC} -9 -n -c ${PROJECT_SOURCE_DIR}/packaging/changelog > ${changelog}
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
  COMMENT "Compressing the changelog")
add_custom_target(advisor_changelog ALL DEPENDS ${changelog})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${changelog} DESTINATION ${ADVISOR_DOC_DIR})
install(FILES README.md CHANGELOG.md docs/user-guide.md docs/commands.md docs/handouts.md
              docs/organisations.md docs/ranking.md docs/catalogue.md
        DESTINATION ${ADVISOR_DOC_DIR})
install(FILES docs/examples/make-handouts.sh docs/examples/shz-config.yaml
        DESTINATION ${ADVISOR_DOC_DIR}/examples)
install(DIRECTORY docs/examples/overlay-shz DESTINATION ${ADVISOR_DOC_DIR}/examples)

# The Debian package: `cpack --config build/CPackConfig.cmake` (or `cd build && cpack`).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME advisor)
set(CPACK_PACKAGE_VENDOR "advisor project")
set(CPACK_PACKAGE_CONTACT "advisor project <advisor@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "privacy-friendly video, phone, messenger and scheduling services for groups")
set(CPACK_PACKAGE_DESCRIPTION
    "advisor recommends privacy-friendly video and phone conferencing,\n\
messenger and scheduling services to self-help groups and the people who\n\
advise them, explains every recommendation, and prints step-by-step guides,\n\
handouts and an overview of every service in German and English.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies as dpkg-shlibdeps finds them (libyaml-cpp0.7, libfmt9, libqrencode4,
# libstdc++6, libc6 on Debian 12).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
