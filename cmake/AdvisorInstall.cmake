# What `cmake --install` puts in place, and the Debian package (cpack).
# The man page and the shell completions are generated at build time by running the advisor just
# built, so they always match its commands and options.

include(GNUInstallDirs)

option(ADVISOR_MAN_PAGE "Generate and install the man pages (English and German)" ON)
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
  find_program(ADVISOR_GZIP gzip REQUIRED)
  set(saved_epoch "$ENV{SOURCE_DATE_EPOCH}")
  set(ENV{SOURCE_DATE_EPOCH} ${ADVISOR_RELEASE_EPOCH})
  string(TIMESTAMP man_date "%Y-%m-%d" UTC)
  set(ENV{SOURCE_DATE_EPOCH} "${saved_epoch}")
  # One page per language: the English one in man1, each translation in LANGUAGE/man1, where
  # `man` finds it for that locale (man -L de advisor).
  foreach(language IN ITEMS en de)
    set(template ${PROJECT_SOURCE_DIR}/docs/man/advisor.1.${language})
    file(MAKE_DIRECTORY ${ADVISOR_SHARE_DIR}/man-${language})
    set(man ${ADVISOR_SHARE_DIR}/man-${language}/advisor.1)
    add_custom_command(
      OUTPUT ${man} ${man}.gz
      COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:advisor> -DLANGUAGE=${language}
              -DTEMPLATE=${template} -DVERSION=${PROJECT_VERSION} -DDATE=${man_date} -DOUT=${man}
              -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
      COMMAND ${ADVISOR_GZIP} -9 -n -f -k ${man}
      DEPENDS advisor ${template} ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
      COMMENT "Generating the man page (${language})"
      VERBATIM)
    list(APPEND ADVISOR_GENERATED ${man} ${man}.gz)
    if(language STREQUAL "en")
      install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
      install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/${language}/man1)
    endif()
  endforeach()
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
