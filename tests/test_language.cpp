#include "support.hpp"

#include <advisor/cli/context.hpp>
#include <advisor/core/language.hpp>

#include <doctest/doctest.h>
#include <map>
#include <sstream>

using namespace advisor;

namespace {

Environment environment_of(std::map<std::string, std::string> variables) {
  return [variables](std::string_view name) -> std::optional<std::string> {
    auto it = variables.find(std::string(name));
    if (it == variables.end()) return std::nullopt;
    return it->second;
  };
}

} // namespace

TEST_CASE("language_from_locale") {
  CHECK(language_from_locale("de") == Language::de);
  CHECK(language_from_locale("de_DE.UTF-8") == Language::de);
  CHECK(language_from_locale("de_CH@euro") == Language::de);
  CHECK(language_from_locale("en_GB.UTF-8") == Language::en);
  CHECK(language_from_locale("de_AT:en") == Language::de);
  CHECK(language_from_locale("fr_FR:de:en") == Language::de);
  CHECK(language_from_locale("en:de") == Language::en);
  CHECK_FALSE(language_from_locale("C").has_value());
  CHECK_FALSE(language_from_locale("C.UTF-8").has_value());
  CHECK_FALSE(language_from_locale("POSIX").has_value());
  CHECK_FALSE(language_from_locale("fr_FR.UTF-8").has_value());
  CHECK_FALSE(language_from_locale("").has_value());
  CHECK_FALSE(language_from_locale("deu").has_value());
}

TEST_CASE("language_from_environment") {
  CHECK(language_from_environment(environment_of({})) == Language::en);
  CHECK(language_from_environment(environment_of({{"LANG", "de_DE.UTF-8"}})) == Language::de);
  CHECK(language_from_environment(environment_of({{"LANG", "C"}})) == Language::en);
  CHECK(language_from_environment(environment_of({{"LANG", "POSIX"}})) == Language::en);
  SUBCASE("LANGUAGE, then LC_ALL, LC_MESSAGES, LANG") {
    CHECK(language_from_environment(environment_of(
              {{"LANGUAGE", "en"}, {"LC_ALL", "de_DE.UTF-8"}, {"LANG", "de_DE"}})) == Language::en);
    CHECK(language_from_environment(environment_of(
              {{"LC_ALL", "de_AT.UTF-8"}, {"LANG", "en_US.UTF-8"}})) == Language::de);
    CHECK(language_from_environment(
              environment_of({{"LC_MESSAGES", "de_DE"}, {"LANG", "en_US"}})) == Language::de);
  }
  SUBCASE("empty or foreign values are skipped") {
    CHECK(language_from_environment(environment_of({{"LANGUAGE", ""}, {"LANG", "de_DE"}})) ==
          Language::de);
    CHECK(language_from_environment(environment_of({{"LANGUAGE", "fr"}, {"LANG", "de_DE"}})) ==
          Language::de);
    CHECK(language_from_environment(environment_of({{"LC_ALL", "C"}, {"LANG", "de_DE"}})) ==
          Language::de);
  }
}

TEST_CASE("cli::Context::language") {
  std::ostringstream out;
  std::ostringstream err;
  std::istringstream in;
  cli::Context context(out, err, in, environment_of({{"LANG", "de_DE.UTF-8"}}));
  CHECK(context.language() == Language::de);
  context.language_flag = "en";
  CHECK(context.language() == Language::en);
  cli::Context english(out, err, in, environment_of({{"LANGUAGE", "de_AT:en"}}));
  english.language_flag = "de";
  CHECK(english.language() == Language::de);
}

TEST_CASE("advisor show: output language") {
  using advisor::test::run_cli;
  const std::string german = "Höchstzahl der Teilnehmenden";
  const std::string english = "Participant limit";
  auto language_of = [&](const advisor::test::CliResult& result) {
    REQUIRE(result.code == 0);
    const bool de = result.out.find(german) != std::string::npos;
    const bool en = result.out.find(english) != std::string::npos;
    REQUIRE(de != en);
    return de ? "de" : "en";
  };
  CHECK(language_of(run_cli({"show", "talky"})) == std::string("en")); // LANG=C
  CHECK(language_of(run_cli({"show", "talky", "--language", "de"})) == std::string("de"));
  CHECK(language_of(run_cli({"--language", "de", "show", "talky"})) == std::string("de"));
  CHECK(language_of(run_cli({"show", "talky"}, {{"LANG", "de_DE.UTF-8"}})) == std::string("de"));
  CHECK(language_of(run_cli({"show", "talky"}, {{"LANGUAGE", "de_AT:en"}, {"LANG", "en_US"}})) ==
        std::string("de"));
  CHECK(language_of(run_cli({"show", "talky"}, {{"LC_ALL", "de_CH.UTF-8"}, {"LANG", "C"}})) ==
        std::string("de"));
  CHECK(language_of(run_cli({"show", "talky"}, {{"LC_MESSAGES", "de_DE"}})) == std::string("de"));
  CHECK(language_of(run_cli({"show", "talky"}, {{"LANG", "POSIX"}})) == std::string("en"));
  CHECK(language_of(run_cli({"show", "talky", "--language", "en"}, {{"LANG", "de_DE.UTF-8"}})) ==
        std::string("en"));
  const auto list = run_cli({"list"}, {{"LANG", "de_DE.UTF-8"}});
  CHECK(list.out.substr(0, list.out.find('\n')).find("Kategorie") != std::string::npos);
}
