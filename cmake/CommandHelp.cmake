# Writes a help2man include file OUT with a [COMMANDS] section: the help of every command of
# PROGRAM (the commands as `PROGRAM --help` lists them), so that the man page names every
# command's options. Run at build time with the advisor just built.
set(environment ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES
                LANG=C NO_COLOR=1 COLUMNS=80)
execute_process(COMMAND ${environment} ${PROGRAM} --help OUTPUT_VARIABLE overview
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help failed: ${result}")
endif()
# The commands: the lines after "Commands:" up to the first empty line.
string(REPLACE "\n" ";" overview_lines "${overview}")
set(lines "")
set(in_section FALSE)
foreach(line IN LISTS overview_lines)
  if(line STREQUAL "Commands:")
    set(in_section TRUE)
  elseif(in_section AND line MATCHES "^  ([a-z]+) ")
    list(APPEND lines "${CMAKE_MATCH_1}")
  elseif(in_section AND line MATCHES "^   ")
    # the continuation of a wrapped description
  elseif(in_section)
    break()
  endif()
endforeach()
set(body "[COMMANDS]\nEvery command with its own options; \\fBadvisor \\fICOMMAND\\fB \\-\\-help\\fR prints the same.\n")
foreach(line IN LISTS lines)
  string(STRIP "${line}" command)
  execute_process(COMMAND ${environment} ${PROGRAM} ${command} --help OUTPUT_VARIABLE help
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${command} --help failed: ${result}")
  endif()
  # roff: a backslash is \e; a line that starts with . or ' would be a request.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(APPEND body ".SS \"advisor ${command}\"\n.nf\n${help}.fi\n")
endforeach()
file(WRITE "${OUT}.tmp" "${body}")
file(RENAME "${OUT}.tmp" "${OUT}")
