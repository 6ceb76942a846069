#include "support.hpp"

#include <advisor/render/completion/completion.hpp>

#include <cstdio>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace {

using advisor::render::shell_quote;

// Runs `command` in /bin/sh and returns its standard output.
std::string run_shell(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
    output.append(buffer, read);
  pclose(pipe);
  return output;
}

// Writes `advisor completion SHELL` to a file and returns its path.
std::string script_file(const std::string& shell) {
  const auto result = advisor::test::run_cli({"completion", shell});
  REQUIRE(result.code == 0);
  const auto path = std::filesystem::temp_directory_path() / ("advisor-test-completion." + shell);
  std::ofstream(path, std::ios::binary) << result.out;
  return path.string();
}

// Completes the last of `words` (the word under the cursor, "" for a new word) in bash with the
// generated script sourced, the real advisor binary as the command; returns COMPREPLY, one per
// line. Bash splits "--option=value" at "=" itself; pass "=" as a word of its own, as bash does.
std::string complete_in_bash(const std::vector<std::string>& words) {
  std::string command = "bash --norc --noprofile -c " +
                        shell_quote("source \"$1\"; shift; COMP_WORDS=(\"$@\"); "
                                    "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _advisor; "
                                    "printf '%s\\n' \"${COMPREPLY[@]}\"") +
                        " _ " + shell_quote(script_file("bash")) + " " +
                        shell_quote(ADVISOR_BINARY);
  for (const auto& word : words)
    command += " " + shell_quote(word);
  auto output = run_shell(command);
  return output == "\n" ? std::string() : output;
}

// Asks fish what it completes for `line` with the generated script sourced.
std::string complete_in_fish(const std::string& line) {
  return run_shell("fish --no-config -c " + shell_quote("source $argv[1]; complete -C $argv[2]") +
                   " " + shell_quote(script_file("fish")) + " " +
                   shell_quote(std::string(ADVISOR_BINARY) + " " + line));
}

} // namespace

TEST_CASE("advisor completion bash") {
  SUBCASE("commands") {
    CHECK(complete_in_bash({"comp"}) == "compare\ncompletion\n");
  }
  SUBCASE("global options") {
    CHECK(complete_in_bash({"--col"}) == "--color\n");
  }
  SUBCASE("option values, also after =") {
    CHECK(complete_in_bash({"--color", "a"}) == "auto\nalways\n");
    CHECK(complete_in_bash({"--color", "=", "n"}) == "never\n");
    CHECK(complete_in_bash({"--language", ""}) == "de\nen\n");
  }
  SUBCASE("global options before the command are skipped") {
    CHECK(complete_in_bash({"--color", "never", "completion", "f"}) == "fish\n");
  }
  SUBCASE("positional choices") {
    CHECK(complete_in_bash({"completion", ""}) == "bash\nzsh\nfish\n");
    CHECK(complete_in_bash({"completion", "bash", ""}).empty());
  }
  SUBCASE("options of a command include the global ones") {
    CHECK(complete_in_bash({"completion", "--he"}) == "--help\n");
    CHECK(complete_in_bash({"compare", "--lang"}) == "--language\n");
  }
  SUBCASE("values named in the type (guide --for)") {
    CHECK(complete_in_bash({"guide", "talky", "--for", "p"}) == "participant\n");
  }
  SUBCASE("options and values of recommend") {
    // --catalogue is a global option, valid after the command too.
    CHECK(complete_in_bash({"recommend", "--cat"}) == "--category\n--catalogue\n");
    CHECK(complete_in_bash({"recommend", "--categ"}) == "--category\n");
    CHECK(complete_in_bash({"recommend", "--category", "v"}) == "video\n");
    CHECK(complete_in_bash({"recommend", "--category", "=", "m"}) == "messenger\n");
    CHECK(complete_in_bash({"recommend", "--browser", "f"}) == "firefox\n");
    CHECK(complete_in_bash({"recommend", "--instead-of", "wha"}) == "whatsapp\n");
  }
  SUBCASE("ids come from the advisor") {
    CHECK(complete_in_bash({"show", "ta"}) == "talky\ntalkyoo\n");
    CHECK(complete_in_bash({"guide", "talky"}) == "talky\ntalkyoo\n");
    CHECK(complete_in_bash({"handout", "--id", "thr"}) == "threema\nthreema-work\n");
    CHECK(complete_in_bash({"recommend", "--why-not", "jitsi-meet/f"}) ==
          "jitsi-meet/ffmuc\njitsi-meet/freifunk-hamburg\njitsi-meet/fairmeeting\n");
    CHECK(complete_in_bash({"compare", "alf"}) == "alfaview\n");
    CHECK(complete_in_bash({"compare", "signal", "thr"}) == "threema\nthreema-work\n");
  }
}

TEST_CASE("advisor completion fish") {
  CHECK(complete_in_fish("--col") == "--color\tColour text output: auto (only on a terminal, not "
                                     "with NO_COLOR or TERM=dumb), always or never\n");
  CHECK(complete_in_fish("--color never completion ") == "bash\nfish\nzsh\n");
  CHECK(complete_in_fish("compare alf") == "alfaview\n");
}

TEST_CASE("advisor completion zsh") {
  const auto path = script_file("zsh");
  CHECK(run_shell("zsh -n " + shell_quote(path) + " 2>&1 && echo parsed") == "parsed\n");
  const auto script = advisor::test::run_cli({"completion", "zsh"}).out;
  CHECK(script.starts_with("#compdef advisor\n"));
  CHECK(script.find("\n            '*:ID:_advisor_ids' \\\n") != std::string::npos);
  CHECK(script.find("\n    '--color=[Colour text output\\: auto (only on a terminal, not with "
                    "NO_COLOR or TERM=dumb), always or never]:auto|always|never:(auto always "
                    "never)' \\\n") != std::string::npos);
}

TEST_CASE("advisor completion") {
  SUBCASE("an unknown shell") {
    const auto result = advisor::test::run_cli({"completion", "tcsh"});
    CHECK(result.code == 2);
    CHECK(result.err ==
          "advisor: error: invalid value \"tcsh\" for the shell; allowed: bash, zsh, fish\n");
  }
  SUBCASE("hidden helper is not a listed command") {
    const auto help = advisor::test::run_cli({"--help"});
    CHECK(help.out.find("__complete-ids") == std::string::npos);
    CHECK(help.out.find("completion") != std::string::npos);
  }
}

TEST_CASE("advisor __complete-ids") {
  const auto result = advisor::test::run_cli({"__complete-ids"});
  CHECK(result.code == 0);
  CHECK(result.err.empty());
  CHECK(result.out.find("talky\n") != std::string::npos);
  CHECK(result.out.find("jitsi-meet/ffmuc\n") != std::string::npos);
}

TEST_CASE("advisor __complete-ids with a broken catalogue") {
  const auto result =
      advisor::test::run_cli({"--catalogue", "/nonexistent-advisor-catalogue", "__complete-ids"});
  CHECK(result.code == 0);
  CHECK(result.out.empty());
  CHECK(result.err.empty());
}

TEST_CASE("advisor __complete-ids includes the ids of overlays") {
  const auto result = advisor::test::run_cli(
      {"--overlay", advisor::test::source_path("docs/examples/overlay-shz"), "__complete-ids"});
  CHECK(result.code == 0);
  CHECK(result.out.find("\nbigbluebutton/shz\n") != std::string::npos);
  CHECK(advisor::test::run_cli({"__complete-ids"}).out.find("shz") == std::string::npos);
}
