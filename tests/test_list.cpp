#include "catalogue_builder.hpp"
#include "support.hpp"

#include <advisor/render/list/list.hpp>

#include <algorithm>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace advisor;
using namespace advisor::catalogue;
using advisor::test::check_golden;
using advisor::test::run_cli;

namespace {

std::vector<std::string> ids_of(const std::vector<render::ListedEntry>& entries) {
  std::vector<std::string> ids;
  for (const auto& listed : entries)
    ids.push_back(listed.entry->id);
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
                        "\"discontinued\"?); allowed: active, uncertain, offline, discontinued\n");
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

// The built-in catalogue from here on.

TEST_CASE("advisor list: every id of PRODUCT.md") {
  // The ids PRODUCT.md promises (section "The catalogue"); scripts and tests rely on them.
  const std::vector<std::string> product_ids = {"bigbluebutton",
                                                "jitsi-meet",
                                                "jitsi-meet/adminforge",
                                                "jitsi-meet/ffmuc",
                                                "jitsi-meet/freifunk-hamburg",
                                                "jitsi-meet/fairmeeting",
                                                "talky",
                                                "blizz",
                                                "alfaview",
                                                "gotomeeting",
                                                "gotowebinar",
                                                "zoom",
                                                "deutsche-telefonkonferenz",
                                                "meebl",
                                                "mumble",
                                                "meetgreen",
                                                "signal",
                                                "threema",
                                                "telegram",
                                                "whatsapp",
                                                "nuudel",
                                                "dudle",
                                                "dudle/tu-dresden",
                                                "doodle"};
  const auto result = run_cli({"list", "--format", "json"});
  REQUIRE(result.code == 0);
  std::vector<std::string> listed;
  for (const auto& item : nlohmann::json::parse(result.out))
    listed.push_back(item["id"]);
  for (const auto& id : product_ids) {
    CAPTURE(id);
    CHECK(std::find(listed.begin(), listed.end(), id) != listed.end());
  }
  CHECK(listed.size() >= product_ids.size()); // later entries come on top

  const auto text = run_cli({"list"});
  REQUIRE(text.code == 0);
  for (const auto& id : product_ids) {
    CAPTURE(id);
    CHECK(text.out.find("\n" + id + " ") != std::string::npos);
  }
}

TEST_CASE("advisor list: formats and languages") {
  for (const char* language : {"de", "en"}) {
    const std::string lang = language;
    CAPTURE(lang);
    const auto text = run_cli({"list", "--language", lang});
    CHECK(text.code == 0);
    CHECK(text.err.empty());
    check_golden("list-all-" + lang + ".txt", text.out);
    const auto markdown = run_cli({"list", "--format", "markdown", "--language", lang});
    CHECK(markdown.code == 0);
    check_golden("list-all-" + lang + ".md", markdown.out);
    const auto json = run_cli({"list", "--format", "json", "--language", lang});
    CHECK(json.code == 0);
    check_golden("list-all-" + lang + ".json", json.out);
    const auto phone = run_cli({"list", "--category", "phone", "--language", lang});
    CHECK(phone.code == 0);
    check_golden("list-phone-" + lang + ".txt", phone.out);
  }
}

TEST_CASE("advisor list: filters") {
  auto ids = [](const std::vector<std::string>& args) {
    const auto result = run_cli(args);
    REQUIRE(result.code == 0);
    std::vector<std::string> found;
    for (const auto& item : nlohmann::json::parse(result.out))
      found.push_back(item["id"]);
    return found;
  };
  using Ids = std::vector<std::string>;
  CHECK(ids({"list", "--category", "messenger", "--format", "json"}) ==
        Ids{"briar", "conversations", "delta-chat", "element", "element/synod-im",
            "facebook-messenger", "imessage", "session", "signal", "simplex", "telegram", "threema",
            "threema-work", "whatsapp", "wire"});
  CHECK(ids({"list", "--status", "discontinued", "--format", "json"}) == Ids{"blizz", "skype"});
  // Blizz was the seed's favourite before it was downgraded: only the current verdict counts.
  const auto recommended = ids({"list", "--verdict", "recommended", "--format", "json"});
  CHECK(std::find(recommended.begin(), recommended.end(), "blizz") == recommended.end());
  CHECK(std::find(recommended.begin(), recommended.end(), "talky") != recommended.end());
  const auto nothing = run_cli({"list", "--category", "scheduling", "--status", "discontinued",
                                "--verdict", "warned-against", "--language", "de"});
  CHECK(nothing.code == 0);
  CHECK(nothing.out == "Kein Eintrag passt zu dieser Auswahl.\n");
}
