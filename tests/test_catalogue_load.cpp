// load_catalogue on a valid catalogue: the model it builds, services inheriting from their tool,
// and the checks that concern whole files.
#include "support.hpp"

#include <advisor/catalogue/load.hpp>
#include <advisor/core/error.hpp>

#include <algorithm>

#include <doctest/doctest.h>

namespace advisor::test {
namespace {

using namespace advisor::catalogue;

const Date k_today{2026, 12, 3};

LoadResult load_valid() {
  return load_catalogue(read_catalogue_directory(source_path("tests/data/valid")), k_today);
}

std::string lines(const Diagnostics& diagnostics) {
  std::string result;
  for (const auto& diagnostic : diagnostics.all()) {
    result += format_diagnostic(diagnostic) + "\n";
  }
  return result;
}

// The valid catalogue's shared files with `extra` added (or put in place of one of them).
std::vector<SourceFile> shared_files_and(const std::vector<SourceFile>& extra) {
  std::vector<SourceFile> files;
  for (const char* name : {"sources.yaml", "categories.yaml", "rules.yaml"}) {
    files.push_back(
        {std::string("c/") + name, read_source_file(Str("tests/data/valid/") + name)});
  }
  for (const auto& file : extra) {
    auto same = std::find_if(files.begin(), files.end(),
                             [&](const auto& f) { return f.path == file.path; });
    if (same != files.end()) {
      *same = file;
    } else {
      files.push_back(file);
    }
  }
  return files;
}

} // namespace

TEST_CASE("load_catalogue: the valid test catalogue loads without a diagnostic") {
  const auto result = load_valid();
  CHECK(lines(result.diagnostics) == "");
  const Catalogue& catalogue = result.catalogue;
  CHECK(catalogue.ids() == std::vector<std::string>{"jitsi-meet", "jitsi-meet/example-server",
                                                    "jitsi-meet/closed-server", "signal", "talky"});
  CHECK(catalogue.sources.size() == 3);
  CHECK(catalogue.assessors.size() == 2);
  REQUIRE(catalogue.categories.size() == 4);
  CHECK(catalogue.categories[0].advice.at(0).id == "upload-bandwidth");
  CHECK(catalogue.general_advice.at(0).text.en == "Donate to free services.");
  CHECK(catalogue.rules.weight("verdict.warned-against") == -80);
  CHECK(catalogue.rules.threshold("stale_months") == 24);
  CHECK(catalogue.find_tool("talky")->file.ends_with("tests/data/valid/video/talky.yaml"));
}

TEST_CASE("load_catalogue: facts keep their history, sources and dates") {
  const auto result = load_valid();
  const Entry* talky = result.catalogue.find("talky");
  REQUIRE(talky != nullptr);
  CHECK(talky->category == Category::video);
  CHECK(talky->reviewed == Date{2026, 11, 1});
  CHECK(talky->sources == std::vector<Str>{"S0", "S1", "S2"});
  const auto& limit = talky->facts.max_participants;
  REQUIRE(limit.history.size() == 2);
  CHECK(limit.history[0].value == Limit{false, 6});
  CHECK(limit.history[0].provenance.date == Date{2020, 7, 0}); // the source's date
  CHECK(limit.history[1].value == Limit{false, 8});
  CHECK(limit.history[1].provenance.date == Date{2025, 6, 0}); // its own date
  CHECK(limit.history[1].provenance.note.de == "Seit 2025 acht.");
  CHECK(limit.history[1].provenance.where.line == 14);
  CHECK(limit.changed());
  CHECK(talky->facts.e2ee.current().value == Encryption::by_default);
  CHECK(!talky->facts.e2ee.current().provenance.date); // S2's date is unknown
  CHECK(!talky->facts.seen_working.known());
  CHECK(talky->facts.browsers.at(Browser::edge).unknown_note.en == "Not tested.");
  CHECK(talky->facts.browsers.at(Browser::firefox).current().value == Support::works);
  CHECK(talky->facts.install.current().value == Install::no);
  CHECK(talky->facts.languages.current().value == std::vector<Str>{"de", "en"});
  CHECK(talky->facts.operator_name.current().value == "Example Vendor");
  REQUIRE(talky->assessments.size() == 1);
  CHECK(talky->assessments[0].by == "shz");
  CHECK(talky->assessments[0].rating == Rating::green);
  REQUIRE(talky->changes.size() == 1);
  CHECK(talky->changes[0].date == Date{2025, 6, 1});
  REQUIRE(talky->conditions.size() == 2);
  CHECK(talky->conditions[0].kind == ConditionKind::browser_degrades_above);
  CHECK(talky->conditions[0].people == 6);
  CHECK(talky->conditions[1].days == 3);
  CHECK(talky->guide.checked == Date{2026, 10, 0});
  CHECK(talky->guide.during.size() == 1);
  const Entry* signal = result.catalogue.find("signal");
  REQUIRE(signal != nullptr);
  CHECK(signal->facts.phone_number.current().value == YesNo::yes);
  CHECK(signal->facts.price.current().amount_eur == 0.0);
  CHECK(!signal->facts.price.current().per_month);
}

TEST_CASE("load_catalogue: services inherit their tool's facts and override what they list") {
  const auto result = load_valid();
  const Entry* tool = result.catalogue.find("jitsi-meet");
  const Entry* server = result.catalogue.find("jitsi-meet/example-server");
  const Entry* closed = result.catalogue.find("jitsi-meet/closed-server");
  REQUIRE(tool != nullptr);
  REQUIRE(server != nullptr);
  REQUIRE(closed != nullptr);
  CHECK(server->category == Category::video);
  CHECK(server->facts.max_participants.current().value == Limit{false, 50}); // overridden
  CHECK(tool->facts.max_participants.current().value == Limit{true, 0});
  CHECK(server->facts.e2ee.current().value == Encryption::optional); // inherited
  CHECK(server->facts.country.current().value == "DE");
  CHECK(!tool->facts.country.known());
  CHECK(server->facts.browsers.size() == 5);
  CHECK(server->facts.browsers.at(Browser::chromium).current().value == Support::works);
  CHECK(!server->facts.browsers.at(Browser::chromium).current().provenance.date);
  CHECK(server->facts.browsers.at(Browser::firefox).current().value == Support::works);
  CHECK(server->facts.browsers.at(Browser::safari).current().value == Support::limited);
  CHECK(closed->facts.max_participants.current().value == Limit{true, 0});
  CHECK(closed->status.current().value == Status::discontinued);
  CHECK(closed->status.current().replaced_by == "jitsi-meet/example-server");
  CHECK(closed->guide.checked == Date{2020, 7, 0}); // its own guide
  CHECK(closed->guide.organiser.size() == 1);
  CHECK(result.catalogue.candidates().size() == 4); // the two services, signal, talky
}

TEST_CASE("load_catalogue: a catalogue without its shared files") {
  const auto result = load_catalogue({{"c/video/talky.yaml", "id: talky\n"}}, k_today);
  CHECK(lines(result.diagnostics) ==
        "c/categories.yaml: error: missing file: a catalogue needs sources.yaml, categories.yaml "
        "and rules.yaml\n"
        "c/rules.yaml: error: missing file: a catalogue needs sources.yaml, categories.yaml and "
        "rules.yaml\n"
        "c/sources.yaml: error: missing file: a catalogue needs sources.yaml, categories.yaml and "
        "rules.yaml\n"
        "c/video/talky.yaml:1:1: error: missing required key \"name\"\n"
        "c/video/talky.yaml:1:1: error: missing required key \"summary\"\n"
        "c/video/talky.yaml:1:1: error: missing required key \"reviewed\"\n"
        "c/video/talky.yaml:1:1: error: missing required key \"sources\"\n"
        "c/video/talky.yaml:1:1: error: missing required key \"verdict\"\n"
        "c/video/talky.yaml:1:1: error: missing required key \"status\"\n"
        "c/video/talky.yaml:1:1: error: missing required key \"facts\"\n"
        "c/video/talky.yaml:1:1: error: missing required key \"category\"\n");
}

TEST_CASE("load_catalogue: files that are not where a catalogue keeps them") {
  const auto result = load_catalogue(shared_files_and({{"c/videos/talky.yaml", "id: talky\n"},
                                                       {"c/talky.yml", "id: talky\n"},
                                                       {"c/extra/sources.yaml", "sources: []\n"}}),
                                     k_today);
  CHECK(lines(result.diagnostics) ==
        "c/extra/sources.yaml:1:1: error: a second sources.yaml (the first is c/sources.yaml)\n"
        "c/talky.yml:1:1: error: not a catalogue file: expected sources.yaml, categories.yaml, "
        "rules.yaml or CATEGORY/ID.yaml with CATEGORY one of video, phone, messenger, "
        "scheduling\n"
        "c/videos/talky.yaml:1:1: error: not a catalogue file: expected sources.yaml, "
        "categories.yaml, rules.yaml or CATEGORY/ID.yaml with CATEGORY one of video, phone, "
        "messenger, scheduling (did you mean the folder \"video\"?)\n");
}

TEST_CASE("load_catalogue: problems in sources.yaml, categories.yaml and rules.yaml") {
  const auto result = load_catalogue(
      shared_files_and(
          {{"c/sources.yaml", "sources:\n"
                              "  - {id: S1, title: A, publisher: P, date: 2020}\n"
                              "  - {id: S1, title: B, publisher: P, date: unknown}\n"
                              "  - {id: X2, title: C, publisher: P, date: 2020-07-32}\n"
                              "assessors:\n"
                              "  - {id: dpa, name: {de: Behörde}}\n"},
           {"c/categories.yaml",
            "categories:\n"
            "  - id: video\n"
            "    name: {de: Video, en: Video}\n"
            "    description: {de: V, en: V}\n"
            "    advice:\n"
            "      - {id: a, text: {de: A, en: A}, source: S9, confidence: H}\n"
            "  - {id: video, name: {de: V, en: V}, description: {de: V, en: V}}\n"},
           {"c/rules.yaml", "weights: {a.b: 3, c.d: three}\n"}}),
      k_today);
  CHECK(
      lines(result.diagnostics) ==
      "c/categories.yaml:2:3: error: categories: \"phone\" is missing\n"
      "c/categories.yaml:2:3: error: categories: \"messenger\" is missing\n"
      "c/categories.yaml:2:3: error: categories: \"scheduling\" is missing\n"
      "c/categories.yaml:6:47: error: unknown source \"S9\" (did you mean \"S1\"?)\n"
      "c/categories.yaml:7:10: error: duplicate category \"video\" (first at line 2)\n"
      "c/rules.yaml:1:1: error: missing required key \"thresholds\"\n"
      "c/rules.yaml:1:24: error: weights.c.d: expected a whole number, found \"three\"\n"
      "c/sources.yaml:3:10: error: duplicate source id \"S1\" (first at line 2)\n"
      "c/sources.yaml:4:10: error: id: expected a source id such as S0, S42 or S16b, found \"X2\"\n"
      "c/sources.yaml:4:44: error: date: impossible date \"2020-07-32\"\n"
      "c/sources.yaml:6:21: error: name: missing the English text (\"en\")\n");
}

TEST_CASE("load_catalogue: the same tool id in two files") {
  auto files = read_catalogue_directory(source_path("tests/data/valid"));
  std::string copy = read_source_file("tests/data/valid/video/talky.yaml");
  copy.replace(copy.find("category: video"), 15, "category: phone");
  files.push_back({"other/phone/talky.yaml", copy});
  const auto result = load_catalogue(files, k_today);
  const std::string original = source_path("tests/data/valid/video/talky.yaml");
  CHECK(lines(result.diagnostics) ==
        original + ":1:5: error: duplicate id \"talky\" (also at other/phone/talky.yaml:1:5)\n" +
            "other/phone/talky.yaml:1:5: error: duplicate id \"talky\" (also at " + original +
            ":1:5)\n");
}

TEST_CASE("catalogue_name") {
  CHECK(catalogue_name("catalogue/video/talky.yaml") == "video/talky.yaml");
  CHECK(catalogue_name("video/talky.yaml") == "video/talky.yaml");
  CHECK(catalogue_name("/x/y/rules.yaml") == "rules.yaml");
  CHECK(catalogue_name("sources.yaml") == "sources.yaml");
  CHECK(catalogue_name("x/video/.yaml") == std::nullopt);
  CHECK(catalogue_name("x/videos/talky.yaml") == std::nullopt);
  CHECK(catalogue_name("x/video/talky.yml") == std::nullopt);
  CHECK(catalogue_name("talky.yaml") == std::nullopt);
}

TEST_CASE("read_catalogue_directory") {
  const auto files = read_catalogue_directory(source_path("tests/data/valid"));
  std::vector<std::string> paths;
  for (const auto& file : files) {
    paths.push_back(file.path);
  }
  const std::string dir = source_path("tests/data/valid");
  CHECK(paths == std::vector<std::string>{dir + "/categories.yaml", dir + "/messenger/signal.yaml",
                                          dir + "/rules.yaml", dir + "/sources.yaml",
                                          dir + "/video/jitsi-meet.yaml",
                                          dir + "/video/talky.yaml"});
  CHECK(files[5].content == read_source_file("tests/data/valid/video/talky.yaml"));
  CHECK_THROWS_WITH_AS(
      read_catalogue_directory(source_path("tests/data/none")),
      ("cannot read \"" + source_path("tests/data/none") + "\": No such file or directory").c_str(),
      Error);
  CHECK_THROWS_WITH_AS(
      read_catalogue_directory(source_path("tests/data/valid/rules.yaml")),
      ("cannot read \"" + source_path("tests/data/valid/rules.yaml") + "\": not a directory")
          .c_str(),
      Error);
}

TEST_CASE("read_catalogue_file") {
  CHECK(read_catalogue_file(source_path("tests/data/valid/rules.yaml")).content ==
        read_source_file("tests/data/valid/rules.yaml"));
  CHECK_THROWS_AS(read_catalogue_file(source_path("tests/data/none.yaml")), Error);
  CHECK_THROWS_AS(read_catalogue_file(source_path("tests/data/valid")), Error);
}

} // namespace advisor::test
