// advisor check: output, exit codes, single files against a catalogue, the YAML test corpus.
#include "support.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace advisor::test {

TEST_CASE("advisor check: a valid catalogue folder") {
  const auto result = run_cli({"check", source_path("tests/data/valid")});
  CHECK(result.code == 0);
  CHECK(result.out == "checked 6 files: no problems\n");
  CHECK(result.err == "");
  const auto german = run_cli({"--language", "de", "check", source_path("tests/data/valid")});
  CHECK(german.out == "6 Dateien geprüft: keine Probleme\n");
}

TEST_CASE("advisor check: single files are checked against --catalogue") {
  const std::string dir = source_path("tests/data/invalid/video");
  const auto result = run_cli({"--catalogue", source_path("tests/data/valid"), "check",
                               dir + "/unknown-key.yaml", dir + "/stale.yaml"});
  CHECK(result.code == 1);
  CHECK(result.out == dir +
                          "/stale.yaml:7:11: warning: \"stale\" has not been reviewed for 32 "
                          "months (since 2024-04); check its sources again\n" +
                          dir +
                          "/unknown-key.yaml:8:1: error: unknown key \"reviewd\" (did you "
                          "mean \"reviewed\"?)\n"
                          "checked 2 files: 1 error, 1 warning\n");
  const auto warning_only = run_cli({"--catalogue", source_path("tests/data/valid"), "--language",
                                     "de", "check", dir + "/unused-source.yaml"});
  CHECK(warning_only.code == 0);
  CHECK(warning_only.out.ends_with("\n1 Datei geprüft: 1 Warnung\n"));
}

TEST_CASE("advisor check: rules.yaml's keys are checked against the engine's") {
  const std::string file = source_path("tests/data/invalid/rules.yaml");
  const auto result = run_cli({"--catalogue", source_path("tests/data/valid"), "check", file});
  CHECK(result.code == 1);
  CHECK(result.out == file + ":9:1: error: missing weight \"verdict.recommended\"\n" + file +
                          ":9:1: error: unknown weight \"verdict.recomended\" (did you mean "
                          "\"verdict.recommended\"?)\n"
                          "checked 1 file: 2 errors\n");
}

TEST_CASE("advisor check: a file in place of the catalogue's file of the same name") {
  // tests/data/invalid/video/... has other names; a copy of talky.yaml named like the valid one
  // replaces it, so its id is no duplicate.
  const auto result = run_cli({"--catalogue", source_path("tests/data/valid"), "check",
                               source_path("tests/data/valid/video/talky.yaml")});
  CHECK(result.out == "checked 1 file: no problems\n");
  CHECK(result.code == 0);
}

TEST_CASE("advisor check: paths that cannot be read") {
  const auto missing = run_cli({"check", "/nonexistent/catalogue.yaml"});
  CHECK(missing.code == 1);
  CHECK(missing.out == "");
  CHECK(missing.err ==
        "advisor: error: cannot read \"/nonexistent/catalogue.yaml\": No such file or directory\n");
  const auto bad_catalogue = run_cli({"--catalogue", "/nonexistent", "check"});
  CHECK(bad_catalogue.code == 1);
  CHECK(bad_catalogue.err ==
        "advisor: error: cannot read \"/nonexistent\": No such file or directory\n");
}

TEST_CASE("advisor check: --help shows examples") {
  const auto result = run_cli({"check", "--help"});
  CHECK(result.code == 0);
  CHECK(result.out.find("advisor check my-catalogue/") != std::string::npos);
  CHECK(result.out.find("Exit codes:") != std::string::npos);
}

TEST_CASE("advisor check: the built-in catalogue is clean") {
  const auto result = run_cli({"check"});
  INFO(result.out);
  CHECK(result.code == 0);
  CHECK(result.out.find(": error: ") == std::string::npos);
  const bool summary =
      result.out.starts_with("checked ") || result.out.find("\nchecked ") != std::string::npos;
  CHECK(summary);
}

TEST_CASE("advisor check: every file of the YAML test suite gives 0 or 1 with located errors") {
  const std::filesystem::path corpus =
      std::filesystem::path(ADVISOR_SOURCE_DIR) / ".." / "shared" / "corpus" / "yaml-test-suite";
  if (!std::filesystem::is_directory(corpus)) {
    if (std::getenv("CI") != nullptr) FAIL("the corpus is missing: " << corpus.string());
    MESSAGE("skipped: the corpus is missing: " << corpus.string());
    return;
  }
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.is_regular_file()) paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  REQUIRE(paths.size() > 100);
  const std::regex located(R"(^[^\n]+:[0-9]+:[0-9]+: error: )");
  const std::string small_catalogue =
      (std::filesystem::path(ADVISOR_SOURCE_DIR) / "tests" / "data" / "valid").string();
  int failing = 0;
  for (const auto& path : paths) {
    CAPTURE(path);
    // The small valid test catalogue around it keeps this loop quick under the sanitizers; the
    // file is read the same way whatever catalogue it is checked against.
    const auto result = run_cli({"check", "--catalogue", small_catalogue, path});
    const bool known_code = result.code == 0 || result.code == 1;
    CHECK(known_code);
    CHECK(result.err == "");
    if (result.code == 1) {
      ++failing;
      std::istringstream lines(result.out);
      std::string line;
      bool found = false;
      while (std::getline(lines, line)) {
        found = found || std::regex_search(line, located);
      }
      CHECK_MESSAGE(found, result.out);
    }
  }
  // None of the suite's files is a catalogue file (wrong name), so every one fails.
  CHECK(failing == static_cast<int>(paths.size()));
}

} // namespace advisor::test

namespace advisor::test {

TEST_CASE("advisor check reads the top folder and the category folders, nothing deeper") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "advisor-test-depth";
  fs::remove_all(dir);
  fs::copy(source_path("tests/data/valid"), dir, fs::copy_options::recursive);
  fs::create_directories(dir / "video" / "old");
  std::ofstream(dir / "video" / "old" / "broken.yaml") << "id: [unclosed\n";
  std::ofstream(dir / "notes.yaml") << "x: 1\n";
  const auto result = run_cli({"check", dir.string()});
  CHECK(result.code == 1);
  CHECK(result.out.find("notes.yaml:1:1: error: not a catalogue file") != std::string::npos);
  CHECK(result.out.find("broken.yaml") == std::string::npos);
  fs::remove_all(dir);
}

} // namespace advisor::test
