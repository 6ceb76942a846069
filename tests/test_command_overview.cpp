// advisor overview: the whole list as one document, in both languages and every format; the
// order of each part is the one recommend gives for the same needs.
#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace advisor::test {
namespace {

CliResult overview(std::vector<std::string> args, const std::string& language) {
  args.insert(args.begin(), "overview");
  return run_cli(args, {{"LANG", language == "de" ? "de_DE.UTF-8" : "en_GB.UTF-8"}});
}

// The ids of the services described in full, in order, from the Markdown headings
// "#### Name (`id`)".
std::vector<std::string> described_ids(const std::string& markdown) {
  std::vector<std::string> ids;
  std::size_t at = 0;
  while ((at = markdown.find("\n#### ", at)) != std::string::npos) {
    const auto open = markdown.find("(`", at);
    const auto close = markdown.find("`)", open);
    ids.push_back(markdown.substr(open + 2, close - open - 2));
    at = close;
  }
  return ids;
}

} // namespace

TEST_CASE("overview: golden files in both languages and every format") {
  for (const std::string language : {"de", "en"}) {
    CAPTURE(language);
    const auto text = overview({"--format", "text", "--date"}, language);
    REQUIRE_MESSAGE(text.code == 0, text.err);
    check_golden("overview-" + language + ".txt", text.out);
    const auto markdown = overview({"--format", "markdown", "--date"}, language);
    REQUIRE(markdown.code == 0);
    check_golden("overview-" + language + ".md", markdown.out);
    const auto html = overview({"--format", "html", "--date", "--no-qr"}, language);
    REQUIRE(html.code == 0);
    check_golden("overview-" + language + "-no-qr.html", html.out);
    const auto phone = overview({"--category", "phone", "--format", "html"}, language);
    REQUIRE(phone.code == 0);
    check_golden("overview-phone-" + language + ".html", phone.out);
  }
}

TEST_CASE("overview: each part lists its services in the order recommend gives them") {
  const std::vector<std::string> needs = {"--people", "6", "--browser", "firefox"};
  std::vector<std::string> args = {"--category", "video", "--format", "markdown"};
  args.insert(args.end(), needs.begin(), needs.end());
  const auto result = overview(args, "en");
  REQUIRE(result.code == 0);
  CHECK(result.out.find("for these needs: 6 people, browser Firefox.") != std::string::npos);

  std::vector<std::string> recommend = {"recommend", "--category", "video",
                                        "--all",     "--format",   "json"};
  recommend.insert(recommend.end(), needs.begin(), needs.end());
  const auto json = nlohmann::json::parse(run_cli(recommend).out);
  std::vector<std::string> expected;
  for (const auto& item : json["recommendations"]) {
    if (item["availability"] != "advised-against") expected.push_back(item["id"]);
  }
  for (const auto& item : json["server_needed"])
    expected.push_back(item["id"]);
  CHECK(described_ids(result.out) == expected);
  // A need moves services: with --processing-agreement the free public Jitsi servers go.
  const auto agreement =
      overview({"--category", "video", "--processing-agreement", "--format", "markdown"}, "en");
  const auto ids = described_ids(agreement.out);
  CHECK(std::find(ids.begin(), ids.end(), "jitsi-meet/ffmuc") == ids.end());
  CHECK(agreement.out.find("### Does not fit the needs asked") != std::string::npos);
}

TEST_CASE("overview: categories in the order asked, each once") {
  const auto result =
      overview({"--category", "phone", "--category", "video", "--category", "phone"}, "en");
  REQUIRE(result.code == 0);
  const auto phone = result.out.find("\n1. Phone conferencing\n");
  const auto video = result.out.find("\n2. Video conferencing\n");
  CHECK(phone != std::string::npos);
  CHECK(video != std::string::npos);
  CHECK(result.out.find("3. Phone conferencing") == std::string::npos);
}

TEST_CASE("overview: what people come from, what has gone, and what changed since 2020") {
  const auto result = overview({"--format", "text"}, "en");
  REQUIRE(result.code == 0);
  CHECK(result.out.find("  - Zoom (zoom): PRIVA SCORE (2024): not recommended") !=
        std::string::npos);
  CHECK(result.out.find("Gone, and what replaced them\n") != std::string::npos);
  const auto markdown = overview({"--format", "markdown"}, "en");
  CHECK(markdown.out.find("- **Skype** (`skype`): Skype has been discontinued; it was replaced by "
                          "Microsoft Teams") != std::string::npos);
  CHECK(result.out.find("Blizz (blizz)\n  2020 list: recommended\n  Today:\n") !=
        std::string::npos);
  CHECK(result.out.find("    - Status: discontinued, replaced by TeamViewer Meeting [S11, "
                        "2020-11-13]") != std::string::npos);
}

TEST_CASE("overview: the organisation's overlay entries are included and marked, with its "
          "footer") {
  const auto result = run_cli({"--overlay", source_path("docs/examples/overlay-shz"), "overview",
                               "--category", "video", "--format", "markdown", "--org-name",
                               "Selbsthilfezentrum München", "--org-contact", "Tel. 089 000"});
  REQUIRE_MESSAGE(result.code == 0, result.err);
  CHECK(result.out.find("#### BigBlueButton des Selbsthilfezentrums München "
                        "(`bigbluebutton/shz`) – Your organisation's own {#s-bigbluebutton-shz}") !=
        std::string::npos);
  CHECK(result.out.find("author: \"Selbsthilfezentrum München\"") != std::string::npos);
  CHECK(result.out.ends_with("**Selbsthilfezentrum München**  \nTel. 089 000  \n"));
}

TEST_CASE("overview: bad input is refused with exit 2 and a hint") {
  const auto category = overview({"--category", "vidoe"}, "en");
  CHECK(category.code == 2);
  CHECK(category.err.find("\"vidoe\"") != std::string::npos);
  CHECK(category.err.find("video") != std::string::npos);
  const auto date = overview({"--date", "gestern"}, "en");
  CHECK(date.code == 2);
  CHECK(date.err == "advisor: error: --date: \"gestern\" is not a date like 2026-12-01\n");
  const auto format = overview({"--format", "pdf"}, "en");
  CHECK(format.code == 2);
}

} // namespace advisor::test
