// `advisor recommend` on the built-in catalogue: golden files for a matrix of queries in both
// languages and every format, and the JSON contract of PRODUCT.md.
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using advisor::test::run_cli;

namespace {

struct Variant {
  const char* name;
  std::vector<std::string> args;    // after "recommend"
  bool participants_german = false; // has --language de: English output needs the global flag
};

const std::vector<Variant>& variants() {
  static const std::vector<Variant> k_variants = {
      {"video-firefox", {"--category", "video", "--people", "6", "--browser", "firefox"}},
      {"video-firefox-explain",
       {"--category", "video", "--people", "6", "--browser", "firefox", "--explain"}},
      {"video-eight-german", {"--category", "video", "--people", "8", "--language", "de"}, true},
      {"video-why-not-talky", {"--category", "video", "--people", "8", "--why-not", "talky"}},
      {"video-long-meetings", {"--category", "video", "--duration", "90", "--all"}},
      {"messenger-instead-of-whatsapp", {"--instead-of", "whatsapp", "--no-phone-number"}},
      {"phone-dial-in-free", {"--category", "phone", "--dial-in", "--budget", "0"}},
      {"scheduling-agreement", {"--category", "scheduling", "--processing-agreement"}},
      // The one line with an agreement, which only an indirect source states: a warning says so.
      {"phone-agreement", {"--category", "phone", "--processing-agreement", "--organisation"}},
  };
  return k_variants;
}

advisor::test::CliResult run_variant(const Variant& variant, const std::string& language,
                                     const std::string& format) {
  std::vector<std::string> args;
  if (variant.participants_german && language == "en") args = {"--language", "en"};
  args.push_back("recommend");
  args.insert(args.end(), variant.args.begin(), variant.args.end());
  args.insert(args.end(), {"--format", format});
  return run_cli(args, {{"LANG", language == "de" ? "de_DE.UTF-8" : "en_GB.UTF-8"}});
}

} // namespace

TEST_CASE("recommend golden files") {
  const std::vector<std::pair<std::string, std::string>> formats = {
      {"text", "txt"}, {"markdown", "md"}, {"json", "json"}};
  for (const auto& variant : variants()) {
    for (const std::string language : {"de", "en"}) {
      for (const auto& [format, extension] : formats) {
        CAPTURE(variant.name);
        CAPTURE(language);
        CAPTURE(format);
        const auto result = run_variant(variant, language, format);
        CHECK(result.code == 0);
        CHECK(result.err.empty());
        advisor::test::check_golden("recommend-" + std::string(variant.name) + "-" + language +
                                        "." + extension,
                                    result.out);
      }
    }
  }
}

TEST_CASE("recommend --format json follows the contract") {
  for (const auto& variant : variants()) {
    if (std::string(variant.name).find("why-not") != std::string::npos) continue;
    CAPTURE(variant.name);
    const auto result = run_variant(variant, "en", "json");
    REQUIRE(result.code == 0);
    const auto json = nlohmann::json::parse(result.out);
    CHECK(json["schema_version"] == 2);
    REQUIRE(json["server_needed"].is_array());
    for (const auto& item : json["server_needed"])
      CHECK(item["url"].is_null()); // no public address
    REQUIRE(json["query"].is_object());
    CHECK(json["query"]["category"].is_string());
    REQUIRE(json["recommendations"].is_array());
    REQUIRE(json["excluded"].is_array());
    for (const auto& item : json["recommendations"]) {
      CHECK(item["id"].is_string());
      CHECK(item["name"].is_string());
      CHECK(item["score"].is_number_integer());
      REQUIRE(item["reasons"].is_array());
      int sum = 0;
      for (const auto& reason : item["reasons"]) {
        CHECK(reason["points"].is_number_integer());
        CHECK(!reason["text"].get<std::string>().empty());
        sum += reason["points"].get<int>();
      }
      CHECK(sum == item["score"]); // every point has its reason
      CHECK(item["warnings"].is_array());
      const auto availability = item["availability"].get<std::string>();
      CHECK((availability == "now" || availability == "uncertain" || availability == "undecided" ||
             availability == "advised-against"));
    }
    for (const auto& item : json["excluded"]) {
      CHECK(item["id"].is_string());
      CHECK(item["name"].is_string());
      REQUIRE(!item["reasons"].empty());
      for (const auto& reason : item["reasons"])
        CHECK(!reason["text"].get<std::string>().empty());
    }
  }
}

TEST_CASE("recommend: nothing fits exits 0 and says which need excluded most") {
  // No free phone conference line offers a processing agreement (the one that does is paid).
  const auto result =
      run_cli({"recommend", "--category", "phone", "--processing-agreement", "--budget", "0"});
  CHECK(result.code == 0);
  CHECK(result.out.find("Nothing fits all your needs.\nWhat excluded most:\n"
                        "  --processing-agreement excluded 7 services; without it, 2 would fit\n"
                        "  --budget excluded 6 services; without it, 1 would fit\n"
                        "Try again without --processing-agreement.\n") != std::string::npos);
}

TEST_CASE("recommend: the standard query's short answer fits a screen of 40 lines at 80 columns") {
  for (const char* lang : {"en_GB.UTF-8", "de_DE.UTF-8"}) {
    CAPTURE(lang);
    const auto result =
        run_cli({"recommend", "--category", "video", "--people", "6", "--browser", "firefox"},
                {{"LANG", lang}, {"COLUMNS", "80"}});
    REQUIRE(result.code == 0);
    std::size_t lines = 0;
    std::size_t widest = 0;
    std::size_t start = 0;
    for (auto end = result.out.find('\n'); end != std::string::npos;
         start = end + 1, end = result.out.find('\n', start)) {
      ++lines;
      const auto line = result.out.substr(start, end - start);
      // Columns, not bytes: count the bytes that start a UTF-8 character. The commands at the
      // end stay whole so that they can be copied; they are not counted.
      if (line.starts_with("  advisor ")) continue;
      std::size_t columns = 0;
      for (const char c : line)
        columns += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
      widest = std::max(widest, columns);
    }
    // German words are longer: two verdict lines wrap (42 lines).
    CHECK(lines <= (std::string(lang).starts_with("de") ? 42U : 40U));
    CHECK(widest <= 80);
  }
}

TEST_CASE("recommend: the guide command is never broken across lines") {
  const auto result = run_cli({"recommend", "--category", "scheduling"}, {{"COLUMNS", "80"}});
  REQUIRE(result.code == 0);
  CHECK(result.out.find("   https://cryptpad.digitalcourage.de/\n"
                        "   Guide: advisor guide cryptpad/digitalcourage\n") != std::string::npos);
}
