cmake_minimum_required(VERSION 3.25) # policies of this version (@VAR@ in strings is text)
# Writes the man page OUT in LANGUAGE (de, en) from TEMPLATE (docs/man/advisor.1.LANGUAGE):
# @VERSION@ and @DATE@ (DATE, YYYY-MM-DD) are filled in, @HELP@ with `PROGRAM --help` and
# @COMMANDS@ with every command's help, both in LANGUAGE, so the page always matches the program.
# Run at build time with the advisor just built. The help is run without the builder's
# configuration file (HOME and XDG_CONFIG_HOME point nowhere) and without colour, at 80 columns.
set(environment ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES
                LANG=C NO_COLOR=1 COLUMNS=80 HOME=/nonexistent XDG_CONFIG_HOME=/nonexistent)

function(run_program out)
  execute_process(COMMAND ${environment} ${PROGRAM} ${ARGN} OUTPUT_VARIABLE text
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${ARGN} failed: ${result}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Help text as a roff block kept as it is: a backslash is \e, a minus \- (so that options can be
# copied), and a line that starts with . or ' is not a request.
function(roff_block text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} ".nf\n${text}.fi" PARENT_SCOPE)
endfunction()

# The commands, from the English list (its heading is known): the lines after "Commands:" that
# name one, up to the first empty line.
run_program(overview --language en --help)
string(REPLACE "\n" ";" overview_lines "${overview}")
set(commands "")
set(in_section FALSE)
foreach(line IN LISTS overview_lines)
  if(line STREQUAL "Commands:")
    set(in_section TRUE)
  elseif(in_section AND line MATCHES "^  ([a-z]+) ")
    list(APPEND commands "${CMAKE_MATCH_1}")
  elseif(in_section AND line MATCHES "^   ")
    # the continuation of a wrapped description
  elseif(in_section)
    break()
  endif()
endforeach()
if(NOT commands)
  message(FATAL_ERROR "${PROGRAM} --help lists no commands")
endif()

run_program(help --language ${LANGUAGE} --help)
roff_block("${help}" help)
set(sections "")
foreach(command IN LISTS commands)
  run_program(command_help --language ${LANGUAGE} ${command} --help)
  roff_block("${command_help}" command_help)
  string(APPEND sections ".SS \"advisor ${command}\"\n${command_help}\n")
endforeach()

file(READ "${TEMPLATE}" page)
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
string(REPLACE "@DATE@" "${DATE}" page "${page}")
string(REPLACE "@HELP@" "${help}" page "${page}")
string(REPLACE "@COMMANDS@\n" "${sections}" page "${page}")
file(WRITE "${OUT}.tmp" "${page}")
file(RENAME "${OUT}.tmp" "${OUT}")
