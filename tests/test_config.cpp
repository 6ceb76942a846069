// The configuration file and the user's folder: reading, exact messages for a broken file,
// precedence (flag > environment > file > default) and XDG path resolution.
#include "support.hpp"

#include <advisor/catalogue/config.hpp>
#include <advisor/cli/user_files.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace advisor::test {
namespace {

Environment environment_of(std::map<std::string, std::string> values) {
  return [values](std::string_view name) -> std::optional<std::string> {
    auto it = values.find(std::string(name));
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

// Returns the "query" of `advisor GLOBALS recommend --category video --format json FLAGS`.
nlohmann::json recommend_query(const std::vector<std::string>& globals,
                               const std::vector<std::string>& flags = {}) {
  std::vector<std::string> args = globals;
  for (const auto& arg : {"recommend", "--category", "video", "--format", "json"}) {
    args.emplace_back(arg);
  }
  args.insert(args.end(), flags.begin(), flags.end());
  const auto result = run_cli(args);
  REQUIRE_MESSAGE(result.code == 0, result.err);
  return nlohmann::json::parse(result.out)["query"];
}

const std::string k_needs = "tests/data/config/needs.yaml";

} // namespace

TEST_CASE("read_config: every key") {
  const catalogue::SourceFile file{"docs/examples/shz-config.yaml",
                                   read_source_file("docs/examples/shz-config.yaml")};
  const auto result = catalogue::read_config(file, Date{2026, 11, 30});
  REQUIRE(!result.diagnostics.has_errors());
  const auto& config = result.config;
  CHECK(config.path == "docs/examples/shz-config.yaml");
  CHECK(config.organisation.name == "Selbsthilfezentrum München");
  CHECK(config.organisation.contact == std::vector<std::string>{"https://www.shz-muenchen.de/"});
  CHECK(config.organisation.address == "Westendstraße 68, 80339 München");
  CHECK(config.language == Language::de);
  CHECK(config.needs.browser == catalogue::Browser::firefox);
  CHECK(config.needs.language == Language::de);
  CHECK(!config.needs.people);
  CHECK(config.max_age_months == 24);
  const auto empty = catalogue::read_config(
      {"comments.yaml", read_source_file("tests/data/config/comments.yaml")}, Date{2026, 11, 30});
  CHECK(empty.diagnostics.all().empty());
  CHECK(!empty.config.language);
}

TEST_CASE("a broken configuration file stops every command with file:line:col messages") {
  const std::string path = source_path("tests/data/config/broken.yaml");
  const auto result = run_cli({"--config", path, "list"});
  CHECK(result.code == 1);
  CHECK(result.out == "");
  CHECK(result.err ==
        "advisor: error: the configuration file has errors:\n" + path +
            ":2:1: error: unknown key \"organization\" (did you mean \"organisation\"?)\n" + path +
            ":4:11: error: language: unknown value \"fr\" (allowed: de, en)\n" + path +
            ":6:12: error: needs.browser: unknown value \"firefix\" (did you mean "
            "\"firefox\"?)\n" +
            path +
            ":7:11: error: needs.people: expected a whole number from 1 to 10000, found "
            "\"0\"\n" +
            path +
            ":8:13: error: needs.duration: expected a whole number from 1 to 1440, found "
            "\"2000\"\n" +
            path +
            ":9:11: error: needs.budget: expected an amount in euros such as 14.90, found "
            "\"lots\"\n" +
            path +
            ":10:17: error: max_age_months: expected a whole number from 1 to 1200, found "
            "\"0\"\n");
  const auto missing = run_cli({"--config", "/nonexistent/config.yaml", "list"});
  CHECK(missing.code == 1);
  CHECK(missing.err ==
        "advisor: error: cannot read \"/nonexistent/config.yaml\": No such file or directory\n");
}

TEST_CASE("needs: a flag beats the configuration file, which beats the default") {
  const auto defaults = recommend_query({});
  CHECK(defaults["people"].is_null());
  CHECK(defaults["browser"].is_null());
  const std::string config = source_path(k_needs);
  const auto from_file = recommend_query({"--config", config});
  CHECK(from_file["people"] == 12);
  CHECK(from_file["browser"] == "firefox");
  CHECK(from_file["language"] == "en");
  CHECK(from_file["budget_eur"] == 14.5);
  CHECK(from_file["duration_minutes"] == 90);
  const auto flags = recommend_query({"--config", config}, {"--people", "4", "--browser", "chrome",
                                                            "--budget", "0", "--duration", "30"});
  CHECK(flags["people"] == 4);
  CHECK(flags["browser"] == "chrome");
  CHECK(flags["budget_eur"] == 0);
  CHECK(flags["duration_minutes"] == 30);
  // --language sets the participants' language over the file's needs.language.
  const auto language = recommend_query({"--config", config, "--language", "de"});
  CHECK(language["language"] == "de");
}

TEST_CASE(
    "output language: flag, then the configuration file, then the environment, then English") {
  const std::string config = source_path(k_needs); // language: de
  const auto title = [&](std::vector<std::string> args, std::map<std::string, std::string> env) {
    for (const auto& arg : {"list", "--category", "phone"})
      args.emplace_back(arg);
    const auto result = run_cli(args, env);
    return result.out.substr(0, result.out.find("  "));
  };
  CHECK(title({}, {}) == "ID");
  CHECK(run_cli({"--config", config, "check"}).out.ends_with("Dateien geprüft: keine Probleme\n"));
  // What the user wrote into the advisor's own file wins over a locale inherited from the system.
  CHECK(run_cli({"--config", config, "check"}, {{"LANG", "en_GB.UTF-8"}})
            .out.ends_with("Dateien geprüft: keine Probleme\n"));
  CHECK(run_cli({"--config", config, "--language", "en", "check"}, {{"LANG", "de_DE.UTF-8"}})
            .out.ends_with("files: no problems\n"));
  CHECK(run_cli({"check"}, {{"LANG", "de_DE.UTF-8"}}).out.ends_with("keine Probleme\n"));
  // LANG=C names no language: the file decides.
  CHECK(run_cli({"--config", config, "check"}, {{"LANG", "C"}}).out.ends_with("keine Probleme\n"));
}

TEST_CASE("advisor_config_dir: XDG_CONFIG_HOME, else HOME/.config; relative paths ignored") {
  using cli::advisor_config_dir;
  CHECK(advisor_config_dir(environment_of({{"XDG_CONFIG_HOME", "/x"}, {"HOME", "/h"}})) ==
        std::filesystem::path("/x/advisor"));
  CHECK(advisor_config_dir(environment_of({{"XDG_CONFIG_HOME", "rel"}, {"HOME", "/h"}})) ==
        std::filesystem::path("/h/.config/advisor"));
  CHECK(advisor_config_dir(environment_of({{"XDG_CONFIG_HOME", ""}, {"HOME", "/h"}})) ==
        std::filesystem::path("/h/.config/advisor"));
  CHECK(advisor_config_dir(environment_of({{"HOME", "/h"}})) ==
        std::filesystem::path("/h/.config/advisor"));
  CHECK(!advisor_config_dir(environment_of({{"HOME", "h"}})));
  CHECK(!advisor_config_dir(environment_of({})));
}

TEST_CASE("the user's folder: config.yaml and catalogue/ are read automatically") {
  const std::map<std::string, std::string> xdg{{"XDG_CONFIG_HOME", source_path("tests/data/xdg")}};
  const auto list = run_cli({"list", "--category", "video"}, xdg);
  CHECK(list.code == 0);
  // config.yaml: language de; catalogue/: talky renamed, marked local.
  CHECK(list.out.starts_with("ID "));
  CHECK(list.out.find("Kategorie") != std::string::npos);
  CHECK(list.out.find("talky (our notes) [lokal]") != std::string::npos);
  // The same through HOME.
  const auto home =
      run_cli({"list", "--category", "video"}, {{"HOME", source_path("tests/data/home")}});
  CHECK(home.out.find("talky (our notes) [lokal]") != std::string::npos);
  // Missing folders are fine; a file where the folder should be is not.
  const auto missing = run_cli({"list"}, {{"XDG_CONFIG_HOME", "/nonexistent"}});
  CHECK(missing.code == 0);
  CHECK(missing.out.find("[local]") == std::string::npos);
  const std::string file = source_path("tests/data/xdg-file");
  const auto not_a_folder = run_cli({"list"}, {{"XDG_CONFIG_HOME", file}});
  CHECK(not_a_folder.code == 1);
  CHECK(not_a_folder.err == "advisor: error: cannot read \"" + file +
                                "/advisor/catalogue\": not a directory (this is where advisor "
                                "looks for your own catalogue entries)\n");
  // --config replaces the automatic file.
  const auto other = run_cli(
      {"--config", source_path("tests/data/config/comments.yaml"), "list", "--category", "video"},
      xdg);
  CHECK(other.out.find("Category") != std::string::npos);
}

} // namespace advisor::test
