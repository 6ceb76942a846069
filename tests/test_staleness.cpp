// --max-age and `advisor check --stale`: warnings for advice not reviewed for too long.
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace advisor::test {
namespace {

const std::string k_february_2027 = "1801440000"; // 2027-02-01
const std::string k_june_2027 = "1813017600";     // 2027-06-15
const std::string k_june_2028 = "1843430400";     // 2028-06-01

std::vector<std::string> on_valid(std::vector<std::string> args) {
  args.insert(args.begin(), {"--catalogue", source_path("tests/data/valid")});
  return args;
}

} // namespace

TEST_CASE("show: a warning under the review date of stale advice") {
  const std::map<std::string, std::string> later{{"SOURCE_DATE_EPOCH", k_february_2027},
                                                 {"COLUMNS", "200"}};
  const auto fresh = run_cli(on_valid({"show", "talky"}), later);
  CHECK(fresh.out.find("Warning:") == std::string::npos); // 3 months, default 24
  const auto stale = run_cli(on_valid({"--max-age", "2", "show", "talky"}), later);
  CHECK(stale.out.find("Last reviewed:  2026-11-01\n! Warning: last checked 3 months ago "
                       "(2026-11-01), more than 2; the advice may be out of date.\n") !=
        std::string::npos);
  const auto german = run_cli(
      on_valid({"--max-age", "2", "show", "talky", "--language", "de", "--format", "markdown"}),
      later);
  CHECK(german.out.find("\n> Achtung: Zuletzt vor 3 Monaten geprüft (2026-11-01), also vor mehr "
                        "als 2 Monaten; die Angaben können veraltet sein.\n") != std::string::npos);
  const auto json = nlohmann::json::parse(
      run_cli(on_valid({"--max-age", "2", "show", "talky", "--format", "json"}), later).out);
  CHECK(json["stale"] == "Warning: last checked 3 months ago (2026-11-01), more than 2; the "
                         "advice may be out of date.");
  const auto fresh_json =
      nlohmann::json::parse(run_cli(on_valid({"show", "talky", "--format", "json"})).out);
  CHECK(fresh_json["stale"].is_null());
}

TEST_CASE("--max-age: the flag beats the configuration file, which beats rules.yaml") {
  const std::map<std::string, std::string> later{{"SOURCE_DATE_EPOCH", k_june_2027}};
  const std::string config = source_path("tests/data/config/needs.yaml"); // max_age_months: 6
  const auto warned = [&](std::vector<std::string> globals) {
    for (const auto& arg : {"--language", "en", "recommend", "--category", "video", "--all"}) {
      globals.emplace_back(arg);
    }
    const auto result = run_cli(globals, later);
    REQUIRE_MESSAGE(result.code == 0, result.err);
    return result.out.find("This entry was last checked 6 months ago (2026)") != std::string::npos;
  };
  CHECK(!warned({}));                                    // rules.yaml: 24
  CHECK(!warned({"--config", config}));                  // the file: 6, not more than 6
  CHECK(warned({"--config", config, "--max-age", "5"})); // the flag: 5
  CHECK(warned({"--max-age", "3"}));
}

TEST_CASE("--max-age: bad values") {
  const auto zero = run_cli({"--max-age", "0", "show", "talky"});
  CHECK(zero.code == 2);
  CHECK(zero.err ==
        "advisor: error: --max-age: \"0\" is not a whole number of months from 1 to 1200\n");
  const auto word = run_cli({"--max-age", "soon", "check", "--stale"});
  CHECK(word.code == 2);
  CHECK(word.err ==
        "advisor: error: --max-age: \"soon\" is not a whole number of months from 1 to 1200\n");
}

TEST_CASE("advisor check --stale") {
  const auto none = run_cli(on_valid({"check", "--stale"}));
  CHECK(none.code == 0);
  CHECK(none.out == "No entry was last checked more than 24 months ago (as of 2026-12-03).\n");
  const std::map<std::string, std::string> later{{"SOURCE_DATE_EPOCH", k_june_2028}};
  for (const auto* language : {"en", "de"}) {
    CAPTURE(language);
    const auto due =
        run_cli(on_valid({"--max-age", "12", "--language", language, "check", "--stale"}), later);
    CHECK(due.code == 0);
    check_golden(std::string("check-stale-valid-") + language + ".txt", due.out);
  }
  // One month: "einem Monat", not "1 Monaten"; "a month", not "1 months".
  const std::map<std::string, std::string> february{{"SOURCE_DATE_EPOCH", k_february_2027}};
  const auto one =
      run_cli(on_valid({"--max-age", "1", "--language", "de", "check", "--stale"}), february);
  CHECK(one.out.starts_with("Zu prüfen (5): Einträge, die zuletzt vor mehr als einem Monat geprüft "
                            "wurden (Stand: 2027-02-01)\n"));
  const auto one_en = run_cli(on_valid({"--max-age", "1", "check", "--stale"}), february);
  CHECK(one_en.out.starts_with(
      "Due for review (5): entries last checked more than a month ago (as of 2027-02-01)\n"));
  const auto show = run_cli(
      on_valid({"--max-age", "1", "show", "talky", "--language", "de", "--format", "markdown"}),
      {{"SOURCE_DATE_EPOCH", k_february_2027}, {"COLUMNS", "200"}});
  CHECK(show.out.find("\n> Achtung: Zuletzt vor 3 Monaten geprüft (2026-11-01), also vor mehr "
                      "als einem Monat; die Angaben können veraltet sein.\n") != std::string::npos);
  const auto with_path = run_cli({"check", "--stale", "catalogue"});
  CHECK(with_path.code == 2);
  CHECK(with_path.err == "advisor: error: --stale lists the entries of the catalogue in use; give "
                         "no PATH (choose the catalogue with --catalogue DIR and --overlay DIR)\n");
}

} // namespace advisor::test
