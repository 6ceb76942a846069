// What `advisor` says when the command line is wrong before the command: no command, an unknown
// global option, an unknown command; --help and --version still work without a command.
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace advisor::test {

TEST_CASE("advisor without a command names the commands, exit 2") {
  const auto result = run_cli({});
  CHECK(result.code == 2);
  CHECK(result.out == "");
  CHECK(result.err == "advisor: error: which command? One of: list, show, check, recommend, "
                      "compare, guide, handout, overview, completion\n"
                      "Run \"advisor --help\" for what each does, for example \"advisor recommend "
                      "--help\".\n");
  // Global options alone are no command either.
  CHECK(run_cli({"--language", "de"}).code == 2);
}

TEST_CASE("an unknown option before the command gets a did-you-mean, exit 2") {
  const auto result = run_cli({"--langauge", "de", "list"});
  CHECK(result.code == 2);
  CHECK(result.err ==
        "advisor: error: unknown option \"--langauge\" (did you mean \"--language\"?) "
        "before the command\n"
        "Run \"advisor --help\" for the options and the commands.\n");
  CHECK(run_cli({"--bogus=1", "list"})
            .err.starts_with("advisor: error: unknown option \"--bogus\" before the command\n"));
}

TEST_CASE("global options with their values, then the command") {
  CHECK(run_cli({"--language", "de", "list", "--category", "phone"}).code == 0);
  CHECK(run_cli({"--language=de", "list"}).code == 0);
  CHECK(run_cli({"--color", "never", "--max-age", "12", "show", "talky"}).code == 0);
}

TEST_CASE("--help and --version work without a command") {
  const auto help = run_cli({"--help"});
  CHECK(help.code == 0);
  CHECK(help.out.find("Run \"advisor COMMAND --help\" or \"advisor help COMMAND\"") !=
        std::string::npos); // the whole text: tests/golden/help-advisor-en.txt
  const auto version = run_cli({"--version"});
  CHECK(version.code == 0);
  // The version, and what the build counted in the built-in catalogue: as many tools and
  // services as list shows, and the newest review date.
  const auto listed = nlohmann::json::parse(run_cli({"list", "--format", "json"}).out).size();
  CHECK(version.out ==
        "advisor " ADVISOR_VERSION " (built-in catalogue: " + std::to_string(listed) +
            " tools and services, reviewed up to " + "2026-12-03)\n");
}

TEST_CASE("advisor help [COMMAND] is --help and COMMAND --help") {
  CHECK(run_cli({"help"}).out == run_cli({"--help"}).out);
  const auto overview = run_cli({"help", "overview"});
  CHECK(overview.code == 0);
  CHECK(overview.out == run_cli({"overview", "--help"}).out);
  const auto unknown = run_cli({"help", "overveiw"});
  CHECK(unknown.code == 2);
  CHECK(unknown.err.starts_with("advisor: error: unknown command \"overveiw\" (did you mean "
                                "\"overview\"?)"));
  const auto two = run_cli({"help", "list", "show"});
  CHECK(two.code == 2);
  CHECK(two.err.starts_with("advisor: error: help takes one command at most, not \"show\""));
}

} // namespace advisor::test
