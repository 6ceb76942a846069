# Runs PROGRAM with ARGS (a ;-list) and writes its standard output to OUT; fails the build when
# the program fails. Used to generate the shell completions with the advisor just built. The
# builder's own configuration file is not read (it could set a language).
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES LANG=C
          NO_COLOR=1 HOME=/nonexistent XDG_CONFIG_HOME=/nonexistent ${PROGRAM} ${ARGS}
  OUTPUT_FILE "${OUT}.tmp"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${OUT}.tmp")
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${result}")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
