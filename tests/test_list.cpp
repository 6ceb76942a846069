#include "catalogue_builder.hpp"
#include "support.hpp"

#include <advisor/render/list.hpp>

#include <doctest/doctest.h>

using namespace advisor;
using namespace advisor::catalogue;
using advisor::test::check_golden;
using advisor::test::run_cli;

namespace {

std::vector<std::string> ids_of(const std::vector<const Entry *> &entries) {
  std::vector<std::string> ids;
  for (const Entry *entry : entries)
    ids.push_back(entry->id);
  return ids;
}

} // namespace

TEST_CASE("render::select_entries") {
  const auto catalogue = advisor::test::sample_catalogue();
  using Ids = std::vector<std::string>;
  CHECK(ids_of(render::select_entries(catalogue, {})) ==
        Ids{"blizz", "jitsi-meet", "jitsi-meet/ffmuc", "talky", "threema"});
  CHECK(ids_of(render::select_entries(catalogue, {Category::messenger, {}, {}})) == Ids{"threema"});
  CHECK(ids_of(render::select_entries(catalogue, {{}, Status::discontinued, {}})) == Ids{"blizz"});
  // Blizz was recommended first; only its current verdict counts.
  CHECK(ids_of(render::select_entries(catalogue, {Category::video, {}, Verdict::recommended})) ==
        Ids{"jitsi-meet", "jitsi-meet/ffmuc", "talky"});
  CHECK(render::select_entries(catalogue, {Category::phone, {}, {}}).empty());
}

TEST_CASE("render::render_list_text") {
  const auto catalogue = advisor::test::sample_catalogue();
  const auto all = render::select_entries(catalogue, {});
  check_golden("list-sample-de.txt", render::render_list_text(all, Language::de));
  check_golden("list-sample-en.txt", render::render_list_text(all, Language::en));
  CHECK(render::render_list_text({}, Language::en) == "No entry matches this selection.\n");
  CHECK(render::render_list_text({}, Language::de) == "Kein Eintrag passt zu dieser Auswahl.\n");
}

TEST_CASE("render::render_list_markdown") {
  const auto catalogue = advisor::test::sample_catalogue();
  const auto all = render::select_entries(catalogue, {});
  check_golden("list-sample-de.md", render::render_list_markdown(all, Language::de));
  check_golden("list-sample-en.md", render::render_list_markdown(all, Language::en));
  CHECK(render::render_list_markdown({}, Language::de) ==
        "Kein Eintrag passt zu dieser Auswahl.\n");
}

TEST_CASE("render::render_list_json") {
  const auto catalogue = advisor::test::sample_catalogue();
  const auto discontinued = render::select_entries(catalogue, {{}, Status::discontinued, {}});
  CHECK(render::render_list_json(discontinued) == R"([
  {
    "id": "blizz",
    "name": "Blizz",
    "category": "video",
    "verdict": "acceptable",
    "status": "discontinued",
    "local": false
  }
]
)");
  CHECK(render::render_list_json({}) == "[]\n");
}

TEST_CASE("advisor list: bad values") {
  SUBCASE("category") {
    const auto result = run_cli({"list", "--category", "vidoe"});
    CHECK(result.code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "advisor: error: invalid value \"vidoe\" for --category (did you mean "
                        "\"video\"?); allowed: video, phone, messenger, scheduling\n");
  }
  SUBCASE("status") {
    const auto result = run_cli({"list", "--status", "discontinud"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: invalid value \"discontinud\" for --status (did you mean "
                        "\"discontinued\"?); allowed: active, uncertain, discontinued\n");
  }
  SUBCASE("verdict") {
    const auto result = run_cli({"list", "--verdict", "good"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: invalid value \"good\" for --verdict; allowed: "
                        "recommended, acceptable, neutral, not-recommended, warned-against\n");
  }
  SUBCASE("format") {
    const auto result = run_cli({"list", "--format", "jsn"});
    CHECK(result.code == 2);
    CHECK(result.err == "advisor: error: invalid value \"jsn\" for --format (did you mean "
                        "\"json\"?); allowed: text, markdown, json\n");
  }
  SUBCASE("language") {
    const auto result = run_cli({"list", "--language", "fr"});
    CHECK(result.code == 2);
    CHECK(result.err.find("--language") != std::string::npos);
  }
}

TEST_CASE("advisor list --help") {
  const auto result = run_cli({"list", "--help"});
  CHECK(result.code == 0);
  CHECK(result.out.find("advisor list --category phone") != std::string::npos);
  CHECK(result.out.find("--verdict") != std::string::npos);
}
