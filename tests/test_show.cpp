#include "catalogue_builder.hpp"
#include "support.hpp"

#include <advisor/render/entry/entry.hpp>
#include <advisor/render/entry/entry_document.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace advisor;
using advisor::test::check_golden;
using advisor::test::run_cli;

namespace {

const char* const k_sample_ids[] = {"blizz", "jitsi-meet", "jitsi-meet/ffmuc", "talky", "threema"};

// "jitsi-meet/ffmuc" -> "jitsi-meet-ffmuc" for file names.
std::string file_part(std::string id) {
  for (char& c : id) {
    if (c == '/') c = '-';
  }
  return id;
}

} // namespace

TEST_CASE("render::render_entry_text") {
  const auto catalogue = advisor::test::sample_catalogue();
  for (const char* id : k_sample_ids) {
    const auto* entry = catalogue.find(id);
    REQUIRE(entry != nullptr);
    for (Language language : {Language::de, Language::en}) {
      const std::string name =
          "show-sample-" + file_part(id) + "-" + std::string(language_code(language));
      CAPTURE(name);
      check_golden(name + ".txt", render::render_entry_text(catalogue, *entry, language));
      check_golden(name + ".md", render::render_entry_markdown(catalogue, *entry, language));
      check_golden(name + ".json", render::render_entry_json(catalogue, *entry, language));
    }
  }
}

TEST_CASE("render::gather_entry") {
  const auto catalogue = advisor::test::sample_catalogue();
  SUBCASE("a service: its tool, inherited facts, the sources it cites") {
    const auto document = render::gather_entry(catalogue, *catalogue.find("jitsi-meet/ffmuc"));
    REQUIRE(document.tool != nullptr);
    CHECK(document.tool->id == "jitsi-meet");
    std::vector<std::string> inherited;
    for (const auto& fact : document.facts) {
      if (fact.inherited) inherited.push_back(fact.view.key);
    }
    CHECK(inherited == std::vector<std::string>{"max_participants", "browsers.chrome",
                                                "browsers.firefox", "price", "open_source"});
    std::vector<std::string> sources;
    for (const auto& cited : document.sources)
      sources.push_back(cited.id);
    // Its own list first, then S22, cited by facts taken over from the tool.
    CHECK(sources == std::vector<std::string>{"S0", "S33", "S34", "S22"});
  }
  SUBCASE("a tool: its services, nothing inherited") {
    const auto document = render::gather_entry(catalogue, *catalogue.find("jitsi-meet"));
    CHECK(document.tool == nullptr);
    REQUIRE(document.services != nullptr);
    CHECK(document.services->size() == 1);
    for (const auto& fact : document.facts)
      CHECK_FALSE(fact.inherited);
  }
  SUBCASE("a source missing from sources.yaml is still listed") {
    auto broken = catalogue;
    broken.sources.clear();
    const auto document = render::gather_entry(broken, *broken.find("talky"));
    REQUIRE_FALSE(document.sources.empty());
    CHECK(document.sources.front().source == nullptr);
    CHECK(render::render_entry_text(broken, *broken.find("talky"), Language::en)
              .ends_with("Sources\n  S0   unknown\n  S42  unknown\n  S44  unknown\n"));
  }
}

// The built-in catalogue from here on.

namespace {

// The line of `text` that starts with `start` (after leading spaces), or "".
std::string line_starting(const std::string& text, const std::string& start) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(begin, end - begin);
    const std::size_t first = line.find_first_not_of(' ');
    if (first != std::string::npos && line.compare(first, start.size(), start) == 0) return line;
    begin = end + 1;
  }
  return {};
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("advisor show: golden files") {
  for (const char* id : {"talky", "blizz", "jitsi-meet/ffmuc", "threema", "jitsi-meet"}) {
    for (const char* language : {"de", "en"}) {
      const std::string name = "show-" + file_part(id) + "-" + language;
      CAPTURE(name);
      for (const auto& [format, extension] :
           {std::pair{"text", "txt"}, std::pair{"markdown", "md"}, std::pair{"json", "json"}}) {
        const auto result = run_cli({"show", id, "--format", format, "--language", language});
        CHECK(result.code == 0);
        CHECK(result.err.empty());
        check_golden(name + "." + extension, result.out);
      }
    }
  }
}

TEST_CASE("advisor show talky: the participant limit with source and date") {
  const auto en = run_cli({"show", "talky"});
  REQUIRE(en.code == 0);
  CHECK(line_starting(en.out, "Participant limit").ends_with(" 6 (S0, 2020-07, confidence: low)"));
  CHECK(contains(en.out, "  S0    Privacy-friendly alternatives for video and phone conferences"));
  const auto de = run_cli({"show", "talky", "--language", "de"});
  REQUIRE(de.code == 0);
  CHECK(line_starting(de.out, "Höchstzahl der Teilnehmenden")
            .ends_with(" 6 (S0, 2020-07, Verlässlichkeit: gering)"));
  CHECK(contains(de.out, "\nQuellen\n"));
}

TEST_CASE("advisor show blizz: what became of it and how it was rated in 2020") {
  // Wide lines: this checks what is said; the golden files check the wrapped layout.
  const std::map<std::string, std::string> k_wide{{"COLUMNS", "200"}};
  const auto en = run_cli({"show", "blizz"}, k_wide);
  REQUIRE(en.code == 0);
  CHECK(line_starting(en.out, "Status:")
            .starts_with("Status:         discontinued, replaced by TeamViewer Meeting (S11, "
                         "2020-11-13"));
  CHECK(contains(en.out, "2020-07-03  Berlin Commissioner for Data Protection and Freedom of "
                         "Information: red\n"));
  CHECK(contains(en.out, "2020 (S0): recommended → now (S0, 2020-07-03): not recommended"));
  CHECK(contains(en.out, "\nChanges since the original list (S0)\n  2020-11-13  "));
  const auto de = run_cli({"show", "blizz", "--language", "de"}, k_wide);
  REQUIRE(de.code == 0);
  CHECK(
      line_starting(de.out, "Stand:")
          .starts_with(
              "Stand:            eingestellt, ersetzt durch TeamViewer Meeting (S11, 2020-11-13"));
  CHECK(contains(de.out, "2020-07-03  Berliner Beauftragte für Datenschutz und "
                         "Informationsfreiheit: rot\n"));
}

TEST_CASE("advisor show jitsi-meet/ffmuc: a service with the facts of its tool") {
  const auto result = run_cli({"show", "jitsi-meet/ffmuc"});
  REQUIRE(result.code == 0);
  CHECK(contains(result.out, "Service of:     Jitsi Meet (jitsi-meet)\n"));
  CHECK(contains(result.out, "\n  Taken over from Jitsi Meet (jitsi-meet):\n"));
  const auto json =
      nlohmann::json::parse(run_cli({"show", "jitsi-meet/ffmuc", "--format", "json"}).out);
  CHECK(json["tool"] == "jitsi-meet");
  CHECK(json["facts"]["screen_sharing"]["inherited"] == true);
  CHECK(json["facts"]["operator"]["inherited"] == false);
  CHECK(json["facts"]["operator"]["value"] == "Freifunk München");
}

TEST_CASE("advisor show: usage errors") {
  SUBCASE("unknown id") {
    const auto result = run_cli({"show", "talkie"});
    CHECK(result.code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "advisor: error: unknown id \"talkie\" (did you mean \"talky\"?)\n"
                        "Run \"advisor list\" to see every id.\n");
  }
  SUBCASE("the service part of an id") {
    const auto result = run_cli({"show", "ffmuc"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: unknown id \"ffmuc\" (did you mean "
                        "\"jitsi-meet/ffmuc\"?)\nRun \"advisor list\" to see every id.\n");
  }
  SUBCASE("nothing close") {
    const auto result = run_cli({"show", "icq"});
    CHECK(result.code == 2);
    CHECK(result.err ==
          "advisor: error: unknown id \"icq\"\nRun \"advisor list\" to see every id.\n");
  }
  SUBCASE("no id") {
    const auto result = run_cli({"show"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: which tool or service? Give its id, e.g. \"advisor show "
                        "talky\"\nRun \"advisor list\" to see every id.\n");
  }
  SUBCASE("bad format") {
    const auto result = run_cli({"show", "talky", "--format", "html"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: invalid value \"html\" for --format; allowed: text, "
                        "markdown, json\n");
  }
  SUBCASE("bad language") {
    const auto result = run_cli({"show", "talky", "--language", "english"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: invalid value \"english\" for --language; allowed: de, "
                        "en\n");
  }
}

TEST_CASE("advisor show --help") {
  const auto result = run_cli({"show", "--help"});
  CHECK(result.code == 0);
  CHECK(contains(result.out, "advisor show talky --language de"));
  CHECK(contains(result.out, "--format text|markdown|json"));
}
