// Overlays: adding tools and services, overriding facts key by key, conflicts, bad overlays, and
// the local marker in every output (docs/catalogue.md "Overlays").
#include "support.hpp"

#include <advisor/catalogue/load.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace advisor::test {
namespace {

using catalogue::Browser;
using catalogue::Category;

const std::string k_valid = "tests/data/valid";

catalogue::LoadResult load_with(const std::vector<std::string>& names) {
  const auto files = catalogue::read_catalogue_directory(source_path(k_valid));
  std::vector<catalogue::Overlay> overlays;
  for (const auto& name : names) {
    const std::string path = "tests/data/overlays/" + name;
    overlays.push_back({path, catalogue::read_catalogue_directory(source_path(path))});
  }
  return catalogue::load_catalogue(files, overlays, Date{2026, 12, 3});
}

std::string errors(const catalogue::LoadResult& result) {
  std::string text;
  for (const auto& diagnostic : result.diagnostics.all())
    text += format_diagnostic(diagnostic) + "\n";
  return text;
}

std::vector<std::string> with_overlays(std::vector<std::string> args,
                                       const std::vector<std::string>& names) {
  std::vector<std::string> result{"--catalogue", source_path(k_valid)};
  for (const auto& name : names) {
    result.push_back("--overlay");
    result.push_back(source_path("tests/data/overlays/" + name));
  }
  result.insert(result.end(), args.begin(), args.end());
  return result;
}

} // namespace

TEST_CASE("load_catalogue: an overlay adds a tool and its sources") {
  const auto result = load_with({"ours"});
  REQUIRE_MESSAGE(!result.diagnostics.has_errors(), errors(result));
  const auto* chat = result.catalogue.find("chat-here");
  REQUIRE(chat != nullptr);
  CHECK(chat->local);
  CHECK(chat->category == Category::messenger);
  CHECK(chat->facts.operator_name.current().value == "Test Self-Help Centre");
  REQUIRE(result.catalogue.find_source("S900") != nullptr);
  CHECK(result.catalogue.find_source("S900")->publisher == "Test Self-Help Centre");
  // S0 is in the overlay's sources.yaml with the same content: accepted, not doubled.
  CHECK(std::count_if(result.catalogue.sources.begin(), result.catalogue.sources.end(),
                      [](const auto& source) { return source.id == "S0"; }) == 1);
  // Entries no overlay touched stay built-in.
  CHECK(!result.catalogue.find("signal")->local);
  CHECK(!result.catalogue.find("jitsi-meet")->local);
  CHECK(!result.catalogue.find("jitsi-meet/closed-server")->local);
  // Without overlays nothing is local.
  const auto plain = load_with({});
  for (const auto& id : plain.catalogue.ids())
    CHECK(!plain.catalogue.find(id)->local);
}

TEST_CASE("load_catalogue: an overlay adds a service to a built-in tool") {
  const auto result = load_with({"ours"});
  REQUIRE_MESSAGE(!result.diagnostics.has_errors(), errors(result));
  const auto* centre = result.catalogue.find("jitsi-meet/centre");
  REQUIRE(centre != nullptr);
  CHECK(centre->local);
  CHECK(centre->category == Category::video);
  CHECK(centre->name == "Our centre's Jitsi");
  CHECK(centre->facts.country.current().value == "DE");
  // What the service does not say, it inherits from its tool.
  const auto* tool = result.catalogue.find("jitsi-meet");
  CHECK(centre->facts.screen_sharing.history.size() == tool->facts.screen_sharing.history.size());
  CHECK(centre->guide.organiser.size() == tool->guide.organiser.size());
  // The candidates of a ranking include it.
  const auto candidates = result.catalogue.candidates();
  CHECK(std::any_of(candidates.begin(), candidates.end(),
                    [](const auto* entry) { return entry->id == "jitsi-meet/centre"; }));
}

TEST_CASE("load_catalogue: an override changes only the keys it writes") {
  const auto base = load_with({});
  const auto result = load_with({"ours"});
  REQUIRE_MESSAGE(!result.diagnostics.has_errors(), errors(result));
  const auto* before = base.catalogue.find("talky");
  const auto* talky = result.catalogue.find("talky");
  REQUIRE(talky != nullptr);
  CHECK(talky->local);
  // max_participants is replaced whole: one statement from S900.
  REQUIRE(talky->facts.max_participants.history.size() == 1);
  CHECK(talky->facts.max_participants.current().value.count == 20);
  CHECK(talky->facts.max_participants.current().provenance.source == "S900");
  CHECK(talky->facts.max_participants.current().provenance.date == Date{2026, 10, 0});
  // Browsers merge one by one: safari changed, firefox kept its history.
  CHECK(talky->facts.browsers.at(Browser::safari).current().value == catalogue::Support::works);
  CHECK(talky->facts.browsers.at(Browser::firefox).history.size() == 2);
  CHECK(talky->facts.browsers.at(Browser::edge).known() == false);
  // Everything not written stays.
  CHECK(talky->summary.en == before->summary.en);
  CHECK(talky->reviewed == before->reviewed);
  CHECK(talky->facts.chat.history.size() == before->facts.chat.history.size());
  CHECK(talky->conditions.size() == before->conditions.size());
  // Sources are added to the list.
  CHECK(talky->sources == std::vector<Str>{"S0", "S1", "S2", "S900"});
  // An override of a service: only its name changed.
  const auto* server = result.catalogue.find("jitsi-meet/example-server");
  CHECK(server->local);
  CHECK(server->name == "Example Jitsi server (ours now)");
  CHECK(server->url == "https://meet.example.net/");
  CHECK(server->facts.max_participants.current().value.count == 50);
}

TEST_CASE("load_catalogue: a later overlay overrides what an earlier one added") {
  const auto files = catalogue::read_catalogue_directory(source_path(k_valid));
  const auto ours = catalogue::read_catalogue_directory(source_path("tests/data/overlays/ours"));
  const catalogue::Overlay later{
      "later",
      {{"later/messenger/chat-here.yaml", "id: chat-here\noverride: true\nname: Chat Here!\n"}}};
  const auto result = catalogue::load_catalogue(files, {{"ours", ours}, later}, Date{2026, 12, 3});
  REQUIRE_MESSAGE(!result.diagnostics.has_errors(), errors(result));
  CHECK(result.catalogue.find("chat-here")->name == "Chat Here!");
}

TEST_CASE("load_catalogue: override belongs to overlays only") {
  auto files = catalogue::read_catalogue_directory(source_path(k_valid));
  const std::string talky = read_source_file(k_valid + "/video/talky.yaml");
  for (auto& file : files) {
    if (file.path.ends_with("video/talky.yaml"))
      file = {"video/talky.yaml", "override: true\n" + talky};
  }
  const auto result = catalogue::load_catalogue(files, Date{2026, 12, 3});
  CHECK(errors(result) ==
        "video/talky.yaml:1:1: error: unknown key \"override\" (allowed here: id, name, category, "
        "url, website, summary, hosting, reviewed, sources, verdict, status, facts, assessments, "
        "changes, conditions, guide, services)\n");
}

TEST_CASE("advisor check --overlay: a good overlay") {
  const auto result = run_cli(with_overlays({"check"}, {"ours"}));
  CHECK(result.out == "checked 10 files: no problems\n");
  CHECK(result.code == 0);
}

TEST_CASE("advisor check --overlay: two overlays adding the same id") {
  const auto result = run_cli(with_overlays({"check"}, {"ours", "conflict"}));
  const std::string ours = source_path("tests/data/overlays/ours/messenger/chat-here.yaml");
  const std::string conflict = source_path("tests/data/overlays/conflict/messenger/chat-here.yaml");
  CHECK(result.out == conflict +
                          ":2:5: error: duplicate id \"chat-here\": another overlay file "
                          "adds it too (at " +
                          ours + ":2:5)\n" + ours +
                          ":2:5: error: duplicate id \"chat-here\": another overlay file "
                          "adds it too (at " +
                          conflict +
                          ":2:5)\n"
                          "checked 11 files: 2 errors\n");
  CHECK(result.code == 1);
  // Any other command refuses the catalogue, naming both places.
  const auto list = run_cli(with_overlays({"list"}, {"ours", "conflict"}));
  CHECK(list.code == 1);
  CHECK(list.err.starts_with("advisor: error: the catalogue has errors:\n" + conflict + ":2:5:"));
}

TEST_CASE("advisor check --overlay: every mistake of a bad overlay, at its place") {
  const auto result = run_cli(with_overlays({"check"}, {"bad"}));
  const std::string bad = source_path("tests/data/overlays/bad");
  const std::string valid = source_path(k_valid);
  CHECK(result.out ==
        bad +
            "/messenger/signal.yaml:4:1: error: unknown key \"summery\" (did you mean "
            "\"summary\"?)\n" +
            bad +
            "/messenger/signal.yaml:6:17: error: chat: unknown value \"maybe\" (allowed: yes, "
            "no)\n" +
            bad +
            "/messenger/signal.yaml:7:31: error: source \"S0\" is not listed in this entry's "
            "sources\n" +
            bad +
            "/phone/jitsi-meet.yaml:2:5: error: \"jitsi-meet\" is a video tool; put its "
            "override in video/jitsi-meet.yaml\n" +
            bad +
            "/phone/jitsi-meet.yaml:5:17: error: chat: unknown value \"maybe\" (allowed: yes, "
            "no)\n" +
            bad +
            "/rules.yaml:1:1: error: an overlay cannot change rules.yaml; it holds only "
            "sources.yaml and CATEGORY/ID.yaml files (use --catalogue DIR for a whole catalogue "
            "of your own)\n" +
            bad + "/sources.yaml:3:9: error: source \"S1\" exists already with other content (at " +
            valid + "/sources.yaml:7:9); give yours another id\n" + bad +
            "/video/jitsi-meet.yaml:5:9: error: override: there is no service "
            "\"jitsi-meet/exmple-server\" to override (did you mean "
            "\"jitsi-meet/example-server\"?); to add a new service, leave out \"override: "
            "true\"\n" +
            bad +
            "/video/talk.yaml:2:5: error: override: there is no entry \"talk\" to override (did "
            "you mean \"talky\"?)\n" +
            bad + "/video/talky.yaml:2:5: error: id \"talky\" exists already (at " + valid +
            "/video/talky.yaml:1:5); to change that entry, add \"override: true\"\n"
            "checked 13 files: 10 errors\n");
  CHECK(result.code == 1);
}

TEST_CASE("advisor check --overlay: a folder that cannot be read") {
  const auto result = run_cli({"--overlay", "/nonexistent/overlay", "list"});
  CHECK(result.code == 1);
  CHECK(result.err ==
        "advisor: error: cannot read \"/nonexistent/overlay\": No such file or directory\n");
}

TEST_CASE("advisor check DIR: an overlay checked as a catalogue gets a hint") {
  const std::string dir = source_path("tests/data/overlays/ours");
  const auto result = run_cli({"check", dir});
  CHECK(result.code == 1);
  CHECK(result.out.find("hint: " + dir +
                        " has no categories.yaml and no rules.yaml; if it is an "
                        "overlay, check it with \"advisor check --overlay " +
                        dir + "\"\n") != std::string::npos);
}

TEST_CASE("local entries are marked in list and show") {
  const auto text = run_cli(with_overlays({"list", "--category", "messenger"}, {"ours"}));
  CHECK(text.out == "ID         Name               Category   Verdict      Status\n"
                    "chat-here  Chat Here [local]  messenger  acceptable   active\n"
                    "signal     Signal             messenger  recommended  active\n");
  const auto german = run_cli(with_overlays(
      {"list", "--language", "de", "--format", "markdown", "--category", "messenger"}, {"ours"}));
  CHECK(german.out.find("| chat-here | Chat Here \\[lokal\\] |") != std::string::npos);
  const auto json =
      nlohmann::json::parse(run_cli(with_overlays({"list", "--format", "json"}, {"ours"})).out);
  for (const auto& item : json) {
    const std::string id = item["id"];
    CAPTURE(id);
    const bool local = id == "chat-here" || id == "talky" || id == "jitsi-meet/centre" ||
                       id == "jitsi-meet/example-server";
    CHECK(item["local"] == local);
  }
  const auto show = run_cli(with_overlays({"show", "talky"}, {"ours"}));
  CHECK(show.out.starts_with("Talky (talky) [local]\n=====================\n"));
  CHECK(
      show.out.find("  Participant limit                20 (S900, 2026-10, confidence: high)\n") !=
      std::string::npos);
  const auto show_json = nlohmann::json::parse(
      run_cli(with_overlays({"show", "signal", "--format", "json"}, {"ours"})).out);
  CHECK(show_json["local"] == false);
}

} // namespace advisor::test
