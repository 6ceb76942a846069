// The help of the program and of every command: in the interface language, wrapped to the
// terminal's width, each command's help with the global options; golden files at 80 columns.
#include "support.hpp"

#include <advisor/render/terminal.hpp>

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

namespace advisor::test {
namespace {

const std::vector<std::string> k_commands = {"",          "list",      "show",  "check",
                                             "recommend", "compare",   "guide", "handout",
                                             "overview",  "completion"};

CliResult help_of(const std::string& command, const std::string& language,
                  const std::string& columns = "80") {
  std::vector<std::string> args;
  if (!command.empty()) args.push_back(command);
  args.push_back("--help");
  return run_cli(
      args, {{"LANG", language == "de" ? "de_DE.UTF-8" : "en_GB.UTF-8"}, {"COLUMNS", columns}});
}

// Every line of `text` fits in `width` columns, or is one word that cannot be broken, or an
// option with its values (--verdict recommended|acceptable|…).
void check_fits(const std::string& text, std::size_t width) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    CAPTURE(line);
    if (render::display_width(line) <= width) continue;
    const auto start = line.find_first_not_of(' ');
    auto space = line.find(' ', start);
    if (line.compare(start, 2, "--") == 0) space = line.find(' ', space + 1);
    CHECK(space == std::string::npos);
  }
}

} // namespace

TEST_CASE("the help of the program and of every command, in German and English, at 80 columns") {
  for (const auto& command : k_commands) {
    for (const std::string language : {"de", "en"}) {
      CAPTURE(command);
      CAPTURE(language);
      const auto help = help_of(command, language);
      CHECK(help.code == 0);
      CHECK(help.err == "");
      check_golden("help-" + (command.empty() ? std::string("advisor") : command) + "-" + language +
                       ".txt",
                   help.out);
      check_fits(help.out, 80);
    }
  }
}

TEST_CASE("help wraps to a narrow terminal and never beyond 100 columns on a wide one") {
  for (const auto& command : k_commands) {
    CAPTURE(command);
    check_fits(help_of(command, "de", "50").out, 50);
    check_fits(help_of(command, "en", "237").out, 100);
  }
}

TEST_CASE("every command's help lists the global options that work with it") {
  for (const auto& command : k_commands) {
    if (command.empty()) continue;
    CAPTURE(command);
    const auto en = help_of(command, "en").out;
    for (const char* option :
         {"--language", "--color", "--overlay", "--config", "--catalogue", "--max-age"}) {
      CHECK(en.find(std::string("  ") + option + " ") != std::string::npos);
    }
    CHECK(en.find("Global options (also before the command):") != std::string::npos);
    CHECK(help_of(command, "de").out.find("Globale Optionen (auch vor dem Befehl möglich):") !=
          std::string::npos);
  }
}

TEST_CASE("the help's language: --language, then the configuration file, then the locale") {
  CHECK(run_cli({"--help", "--language", "de"}, {{"LANG", "en_GB.UTF-8"}}).out ==
        help_of("", "de").out);
  CHECK(run_cli({"list", "--language=en", "--help"}, {{"LANG", "de_DE.UTF-8"}}).out ==
        help_of("list", "en").out);
  CHECK(run_cli({"--help"}, {{"LANGUAGE", "de:en"}, {"COLUMNS", "80"}}).out ==
        help_of("", "de").out);
  TemporaryFolder folder;
  const auto config = folder.path / "config.yaml";
  std::ofstream(config) << "language: de\n";
  CHECK(
      run_cli({"--config", config.string(), "--help"}, {{"LANG", "en_GB.UTF-8"}, {"COLUMNS", "80"}})
          .out == help_of("", "de").out);
}

} // namespace advisor::test
