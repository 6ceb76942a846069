#include "support.hpp"

#include <advisor/catalogue/load.hpp>

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using advisor::test::check_golden;
using advisor::test::run_cli;

namespace {

// The built-in catalogue as the advisor loads it (fixed day as in run_cli).
const advisor::catalogue::Catalogue& builtin() {
  static const auto result = advisor::catalogue::load_catalogue(
      advisor::catalogue::builtin_catalogue_files(), advisor::Date{2026, 12, 3});
  REQUIRE_FALSE(result.diagnostics.has_errors());
  return result.catalogue;
}

// `text` with every run of white space turned into one space, so wrapped lines compare.
std::string squeezed(const std::string& text) {
  std::string result;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n') {
      space = true;
      continue;
    }
    if (space && !result.empty()) result += ' ';
    space = false;
    result += c;
  }
  return result;
}

std::string extension(const std::string& format) {
  return format == "markdown" ? "md" : format == "html" ? "html" : "txt";
}

std::string file_name(std::string id) {
  for (auto& c : id) {
    if (c == '/') c = '-';
  }
  return id;
}

} // namespace

TEST_CASE("guide: golden files") {
  // One audience per id, so that every audience is covered without 90 files.
  const std::vector<std::pair<std::string, std::string>> k_cases = {
      {"talky", "all"},  {"jitsi-meet/ffmuc", "participant"}, {"meebl", "organiser"},
      {"signal", "all"}, {"nuudel", "participant"},
  };
  for (const auto& [id, audience] : k_cases) {
    for (const std::string language : {"de", "en"}) {
      for (const std::string format : {"text", "markdown", "html"}) {
        CAPTURE(id);
        CAPTURE(language);
        CAPTURE(format);
        const auto result =
            run_cli({"guide", id, "--for", audience, "--language", language, "--format", format});
        CHECK(result.err == "");
        CHECK(result.code == 0);
        check_golden("guide-" + file_name(id) + "-" + audience + "-" + language + "." +
                         extension(format),
                     result.out);
      }
    }
  }
}

TEST_CASE("guide talky --language de: every step of the seed in German") {
  const auto result = run_cli({"guide", "talky", "--language", "de"});
  REQUIRE(result.code == 0);
  const auto* talky = builtin().find("talky");
  REQUIRE(talky != nullptr);
  const auto& guide = talky->guide;
  CHECK(guide.organiser.size() >= 5);
  const std::string out = squeezed(result.out);
  for (const auto* steps : {&guide.organiser, &guide.participant, &guide.during, &guide.leaving,
                            &guide.troubleshooting, &guide.precautions}) {
    for (const auto& step : *steps) {
      CAPTURE(step.de);
      CHECK(out.find(squeezed(step.de)) != std::string::npos);
    }
  }
  CHECK(out.find("Anleitung zuletzt überprüft: Juli 2020") != std::string::npos);
  CHECK(out.find("Wichtig: Diese Schritte wurden zuletzt im Juli 2020 überprüft") !=
        std::string::npos);
}

TEST_CASE("guide: every step of the built-in catalogue in both languages") {
  const auto& catalogue = builtin();
  int guides = 0;
  const auto check_guide = [&guides](const std::string& id,
                                     const advisor::catalogue::Guide& guide) {
    if (guide.empty()) return;
    ++guides;
    CAPTURE(id);
    CHECK(guide.checked.has_value());
    CHECK_FALSE(guide.organiser.empty());
    CHECK_FALSE(guide.participant.empty());
    for (const auto* steps : {&guide.organiser, &guide.participant, &guide.during, &guide.leaving,
                              &guide.troubleshooting, &guide.precautions}) {
      for (const auto& step : *steps) {
        CAPTURE(step.de);
        CAPTURE(step.en);
        CHECK_FALSE(step.de.empty());
        CHECK_FALSE(step.en.empty());
        CHECK(step.de != step.en);
      }
    }
  };
  for (const auto& tool : catalogue.tools) {
    check_guide(tool.entry.id, tool.entry.guide);
    for (const auto& service : tool.services)
      check_guide(service.id, service.guide);
  }
  CHECK(guides >= 20);
  // Every running candidate has steps: its own or its tool's.
  for (const auto* entry : catalogue.candidates()) {
    // A service that is gone, or whose existence is uncertain, needs no steps yet; nor does one
    // without a public address, which fits only a group with a server of its own.
    if (!entry->status.known() ||
        entry->status.current().value != advisor::catalogue::Status::active || entry->url.empty()) {
      continue;
    }
    CAPTURE(entry->id);
    const auto slash = entry->id.find('/');
    const bool has_steps =
        !entry->guide.empty() ||
        (slash != std::string::npos && !catalogue.find(entry->id.substr(0, slash))->guide.empty());
    CHECK(has_steps);
  }
}

TEST_CASE("guide: a tool with several services lists them") {
  const auto result = run_cli({"guide", "jitsi-meet", "--language", "en"});
  CHECK(result.code == 0);
  CHECK(result.out.find("Jitsi Meet is run by several providers. Choose one:\n") !=
        std::string::npos);
  CHECK(result.out.find("  - jitsi-meet/ffmuc: Freifunk München Meet, https://meet.ffmuc.net/\n") !=
        std::string::npos);
  CHECK(result.out.find("For the steps of one provider, run for example:\n"
                        "  advisor guide jitsi-meet/ffmuc\n") != std::string::npos);
}

TEST_CASE("guide: a discontinued service says so and what replaced it") {
  const auto result = run_cli({"guide", "blizz", "--language", "en"});
  CHECK(result.code == 0);
  CHECK(squeezed(result.out)
            .find("Blizz has been discontinued (as of 13 November 2020). It was "
                  "replaced by TeamViewer Meeting.") != std::string::npos);
  CHECK(result.out.find("For the organiser") == std::string::npos);
}

TEST_CASE("guide: usage errors") {
  SUBCASE("unknown id, with a did-you-mean") {
    const auto result = run_cli({"guide", "talkyy"});
    CHECK(result.code == 2);
    CHECK(result.out == "");
    CHECK(result.err == "advisor: error: unknown id \"talkyy\" (did you mean \"talky\"?)\n"
                        "Run \"advisor list\" to see every id.\n");
  }
  SUBCASE("bad --for") {
    const auto result = run_cli({"guide", "talky", "--for", "participants"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: invalid value \"participants\" for --for (did you mean "
                        "\"participant\"?); allowed: organiser, participant, all\n");
  }
  SUBCASE("bad --format") {
    const auto result = run_cli({"guide", "talky", "--format", "json"});
    CHECK(result.code == 2);
    CHECK(result.err ==
          "advisor: error: invalid value \"json\" for --format; allowed: text, markdown, html\n");
  }
  SUBCASE("no id") {
    const auto result = run_cli({"guide"});
    CHECK(result.code == 2);
    CHECK(result.err ==
          "advisor: error: missing ID\nRun \"advisor guide --help\" for the usage.\n");
  }
}

TEST_CASE("guide -o FILE") {
  const auto folder = std::filesystem::temp_directory_path() / "advisor-guide-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const std::string path = (folder / "talky.html").string();
  const auto result = run_cli({"guide", "talky", "-o", path});
  CHECK(result.code == 0);
  CHECK(result.out == "");
  CHECK(result.err == "");
  std::ifstream file(path);
  std::ostringstream content;
  content << file.rdbuf();
  // The format follows the file's extension.
  CHECK(content.str().starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(content.str() == run_cli({"guide", "talky", "--format", "html"}).out);
  std::filesystem::remove_all(folder);
}
