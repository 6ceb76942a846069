#include "catalogue_builder.hpp"
#include "support.hpp"

#include <advisor/render/compare/compare.hpp>
#include <advisor/render/terminal.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace advisor;

namespace {

render::CompareTable sample_table(const catalogue::Catalogue& catalogue,
                                  const std::vector<std::string>& ids) {
  std::vector<const catalogue::Entry*> entries;
  for (const auto& id : ids) {
    const auto* entry = catalogue.find(id);
    REQUIRE_MESSAGE(entry != nullptr, id);
    entries.push_back(entry);
  }
  return render::compare_entries(catalogue, entries);
}

// Returns the widest line of `text` in display columns.
std::size_t widest_line(const std::string& text) {
  std::istringstream lines(text);
  std::size_t widest = 0;
  for (std::string line; std::getline(lines, line);) {
    widest = std::max(widest, render::display_width(line));
  }
  return widest;
}

const render::CompareRow& row_of(const render::CompareTable& table, std::string_view key) {
  for (const auto& row : table.rows) {
    if (row.key == key) return row;
  }
  FAIL("no row " << key);
  throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("render::compare_entries") {
  const auto catalogue = test::sample_catalogue();
  const auto table = sample_table(catalogue, {"talky", "jitsi-meet/ffmuc", "blizz"});
  CHECK(table.ids == std::vector<std::string>{"talky", "jitsi-meet/ffmuc", "blizz"});
  CHECK_FALSE(row_of(table, "category").differs);
  CHECK(row_of(table, "max_participants").differs);   // 6, no fixed limit, unknown
  CHECK_FALSE(row_of(table, "seen_working").differs); // unknown everywhere
  CHECK(row_of(table, "status").differs);
  const auto differing = render::only_differences(table);
  CHECK(differing.rows.size() < table.rows.size());
  for (const auto& row : differing.rows)
    CHECK(row.differs);
}

TEST_CASE("render::render_compare_text") {
  const auto catalogue = test::sample_catalogue();
  const auto table = sample_table(catalogue, {"talky", "jitsi-meet/ffmuc", "blizz"});
  for (const auto language : {Language::de, Language::en}) {
    const std::string code(language_code(language));
    const auto text = render::render_compare_text(table, language, {false, 80});
    test::check_golden("compare-sample-" + code + ".txt", text);
    CHECK(widest_line(text) <= 80);
    test::check_golden("compare-sample-" + code + ".md",
                       render::render_compare_markdown(table, language));
    test::check_golden("compare-sample-" + code + ".json",
                       render::render_compare_json(table, language));
  }
  SUBCASE("narrow terminals") {
    for (std::size_t width : {40U, 60U, 100U}) {
      CHECK(widest_line(render::render_compare_text(table, Language::de, {false, width})) <= width);
    }
  }
  SUBCASE("differing rows are bold with colour") {
    const auto text = render::render_compare_text(table, Language::en, {true, 80});
    CHECK(text.find("* \x1b[1mStatus\x1b[0m") != std::string::npos);
    CHECK(text.find("  Category") != std::string::npos);
  }
}

TEST_CASE("advisor compare") {
  SUBCASE("signal threema telegram fits 80 columns") {
    for (const std::string language : {"de", "en"}) {
      const auto result =
          test::run_cli({"compare", "signal", "threema", "telegram", "--language", language});
      CHECK(result.code == 0);
      CHECK(result.err.empty());
      CHECK(widest_line(result.out) <= 80);
      CHECK(result.out.find("* ") != std::string::npos);
    }
  }
  SUBCASE("COLUMNS is honoured") {
    const auto result =
        test::run_cli({"compare", "signal", "threema", "telegram"}, {{"COLUMNS", "60"}});
    CHECK(result.code == 0);
    CHECK(widest_line(result.out) <= 60);
  }
  SUBCASE("json parses and has one value per entry") {
    const auto result = test::run_cli({"compare", "talky", "jitsi-meet/ffmuc", "--format", "json"});
    REQUIRE(result.code == 0);
    const auto json = nlohmann::json::parse(result.out);
    CHECK(json["entries"].size() == 2);
    CHECK(json["rows"][0]["values"].size() == 2);
  }
  SUBCASE("an unknown id") {
    const auto result = test::run_cli({"compare", "signal", "treema"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: unknown id \"treema\" (did you mean \"threema\"?)\n"
                        "Run \"advisor list\" to see every id.\n");
  }
  SUBCASE("a service by its own part") {
    const auto result = test::run_cli({"compare", "talky", "ffmuc"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: unknown id \"ffmuc\" (did you mean "
                        "\"jitsi-meet/ffmuc\"?)\nRun \"advisor list\" to see every id.\n");
  }
  SUBCASE("one id is not a comparison") {
    const auto result = test::run_cli({"compare", "signal"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: compare needs at least two ids, e.g. \"advisor compare "
                        "signal threema\"\nRun \"advisor list\" to see every id.\n");
  }
  SUBCASE("a bad format") {
    const auto result = test::run_cli({"compare", "signal", "threema", "--format", "jsn"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: invalid value \"jsn\" for --format (did you mean "
                        "\"json\"?); allowed: text, markdown, json\n");
  }
}
