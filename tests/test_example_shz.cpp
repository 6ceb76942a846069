// docs/examples/overlay-shz: an organisation's own BigBlueButton server ranks first for a group
// of 12 on Firefox, and is shown as local.
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace advisor::test {
namespace {

std::vector<std::string> with_shz(std::vector<std::string> args) {
  args.insert(args.begin(), {"--overlay", source_path("docs/examples/overlay-shz")});
  return args;
}

const std::vector<std::string> k_query = {"recommend", "--category", "video",  "--people",
                                          "12",        "--browser",  "firefox"};

} // namespace

TEST_CASE("overlay-shz: advisor check finds no problem") {
  const auto result = run_cli(with_shz({"check"}));
  CHECK(result.code == 0);
  CHECK(result.out.ends_with(": no problems\n"));
}

TEST_CASE("overlay-shz: the SHZ's server ranks first for 12 people on Firefox") {
  auto json_args = with_shz(k_query);
  json_args.insert(json_args.end(), {"--format", "json"});
  const auto result = run_cli(json_args);
  REQUIRE_MESSAGE(result.code == 0, result.err);
  const auto json = nlohmann::json::parse(result.out);
  const auto& first = json["recommendations"][0];
  CHECK(first["id"] == "bigbluebutton/shz");
  CHECK(first["name"] == "BigBlueButton des Selbsthilfezentrums München");
  CHECK(first["local"] == true);
  CHECK(json["recommendations"][1]["local"] == false);
  // Without the overlay the service does not exist.
  auto plain_args = k_query;
  plain_args.insert(plain_args.end(), {"--format", "json"});
  const auto plain = nlohmann::json::parse(run_cli(plain_args).out);
  for (const auto& item : plain["recommendations"])
    CHECK(item["id"] != "bigbluebutton/shz");

  for (const auto* language : {"en", "de"}) {
    CAPTURE(language);
    auto args = with_shz(k_query);
    args.insert(args.end(), {"--language", language});
    const auto text = run_cli(args);
    CHECK(text.code == 0);
    check_golden(std::string("recommend-overlay-shz-") + language + ".txt", text.out);
    args.insert(args.end(), {"--format", "markdown"});
    check_golden(std::string("recommend-overlay-shz-") + language + ".md", run_cli(args).out);
  }
}

TEST_CASE("overlay-shz: show bigbluebutton/shz") {
  for (const auto* language : {"en", "de"}) {
    CAPTURE(language);
    const auto result = run_cli(with_shz({"show", "bigbluebutton/shz", "--language", language}));
    CHECK(result.code == 0);
    check_golden(std::string("show-overlay-shz-") + language + ".txt", result.out);
  }
}

} // namespace advisor::test

namespace advisor::test {

TEST_CASE("overlay-shz: the handout carries the organisation's footer from the config file") {
  const std::string config = source_path("docs/examples/shz-config.yaml");
  for (const auto* language : {"en", "de"}) {
    CAPTURE(language);
    const auto result = run_cli(with_shz({"--config", config, "--language", language, "handout",
                                          "--id", "bigbluebutton/shz", "--format", "text"}));
    REQUIRE_MESSAGE(result.code == 0, result.err);
    check_golden(std::string("handout-overlay-shz-") + language + ".txt", result.out);
    CHECK(result.out.starts_with("Selbsthilfezentrum München\n"));
    CHECK(result.out.find("Westendstraße 68, 80339 München") != std::string::npos);
  }
  // A flag replaces its part of the footer; the other parts still come from the file.
  const auto flagged = run_cli(
      with_shz({"--config", config, "--language", "en", "handout", "--id", "bigbluebutton/shz",
                "--format", "markdown", "--org-name", "SHG Sonnenschein"}));
  REQUIRE_MESSAGE(flagged.code == 0, flagged.err);
  CHECK(flagged.out.find("SHG Sonnenschein") != std::string::npos);
  CHECK(flagged.out.find("Selbsthilfezentrum München\n") == std::string::npos);
  CHECK(flagged.out.find("https://www.shz-muenchen.de/") != std::string::npos);
  CHECK(flagged.out.find("Westendstraße 68") != std::string::npos);
  // Without a configuration file there is no footer.
  const auto plain = run_cli(
      with_shz({"--language", "en", "handout", "--id", "bigbluebutton/shz", "--format", "text"}));
  CHECK(plain.out.find("Westendstraße") == std::string::npos);
}

} // namespace advisor::test

namespace advisor::test {

TEST_CASE("overlay-shz: guide and compare mark the organisation's entry as local") {
  const auto guide =
      run_cli(with_shz({"guide", "bigbluebutton/shz", "--language", "de"}), {{"COLUMNS", "200"}});
  REQUIRE_MESSAGE(guide.code == 0, guide.err);
  CHECK(guide.out.find("Eintrag aus dem eigenen Katalog Ihrer Organisation (lokal)") !=
        std::string::npos);
  const auto built_in = run_cli({"guide", "talky"});
  CHECK(built_in.out.find("(local)") == std::string::npos);

  const auto compare = run_cli(with_shz({"compare", "bigbluebutton/shz", "talky"}));
  REQUIRE_MESSAGE(compare.code == 0, compare.err);
  CHECK(compare.out.starts_with(
      "Comparison: BigBlueButton des Selbsthilfezentrums München [local], talky\n"));
  const auto json = nlohmann::json::parse(
      run_cli(with_shz({"compare", "bigbluebutton/shz", "talky", "--format", "json"})).out);
  CHECK(json["entries"][0]["local"] == true);
  CHECK(json["entries"][1]["local"] == false);
}

} // namespace advisor::test
