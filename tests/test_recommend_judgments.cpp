// The judgments of issue 3 that must hold on the built-in catalogue (docs/ranking.md).
#include "support.hpp"

#include <advisor/catalogue/load.hpp>
#include <advisor/engine/ranking.hpp>

#include <algorithm>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace advisor;
using namespace advisor::catalogue;

namespace {

constexpr Date k_today{2026, 11, 30};

const Catalogue& builtin() {
  static const Catalogue k_catalogue = [] {
    auto result = load_catalogue(builtin_catalogue_files(), k_today);
    REQUIRE_MESSAGE(!result.diagnostics.has_errors(), "the built-in catalogue has errors");
    return std::move(result.catalogue);
  }();
  return k_catalogue;
}

engine::Profile query(Category category) {
  engine::Profile profile;
  profile.category = category;
  return profile;
}

std::vector<std::string> ids(const std::vector<engine::Candidate>& candidates) {
  std::vector<std::string> result;
  for (const auto& c : candidates)
    result.push_back(c.entry->id);
  return result;
}

bool has_rule(const std::vector<engine::Reason>& reasons, const std::string& prefix) {
  return std::any_of(reasons.begin(), reasons.end(),
                     [&](const engine::Reason& r) { return r.rule.starts_with(prefix); });
}

// The excluded candidate `id`; fails when it fits.
const engine::Candidate& excluded(const engine::Ranking& ranking, const std::string& id) {
  const auto* candidate = ranking.find(id);
  REQUIRE_MESSAGE(candidate != nullptr, "no candidate " << id);
  REQUIRE_MESSAGE(candidate->excluded(), id << " should be excluded");
  return *candidate;
}

bool stopped_recommending(const Entry& entry) {
  return entry.verdict.known() && (entry.verdict.current().value == Verdict::not_recommended ||
                                   entry.verdict.current().value == Verdict::warned_against);
}

bool favourite(const std::string& id) {
  return id.starts_with("jitsi-meet/") || id == "bigbluebutton" || id == "talky";
}

} // namespace

TEST_CASE("judgment: what the seed stopped recommending never ranks above Jitsi, BBB or talky") {
  // The services the seed stopped recommending or that are gone, as the data says today.
  std::vector<std::string> dropped;
  for (const auto* entry : builtin().candidates()) {
    if (entry->category != Category::video) continue;
    const bool gone =
        entry->status.known() && entry->status.current().value == Status::discontinued;
    if (gone || stopped_recommending(*entry)) dropped.push_back(entry->id);
  }
  CHECK(dropped ==
        std::vector<std::string>{"alfaview", "blizz", "gotomeeting", "gotowebinar", "zoom"});
  std::vector<engine::Profile> profiles;
  for (int people : {2, 6, 12, 50}) {
    for (auto browser : {Browser::firefox, Browser::chrome, Browser::safari}) {
      for (auto language : {Language::de, Language::en}) {
        auto profile = query(Category::video);
        profile.people = people;
        profile.browser = browser;
        profile.language = language;
        profiles.push_back(profile);
      }
    }
  }
  profiles.push_back(query(Category::video));
  auto budget = query(Category::video);
  budget.budget_eur = 0;
  budget.screen_sharing = true;
  profiles.push_back(budget);
  for (const auto& profile : profiles) {
    const auto ranking = engine::rank(builtin(), profile, k_today);
    CAPTURE(profile.people.value_or(0));
    CAPTURE(static_cast<int>(profile.browser.value_or(Browser::chrome)));
    CHECK(ranking.find("blizz")->excluded());
    std::size_t last_favourite = 0;
    std::size_t first_dropped = ranking.fitting.size() + 1;
    for (std::size_t i = 0; i < ranking.fitting.size(); ++i) {
      const auto& id = ranking.fitting[i].entry->id;
      if (favourite(id)) last_favourite = i + 1;
      if (std::find(dropped.begin(), dropped.end(), id) != dropped.end()) {
        first_dropped = std::min(first_dropped, i + 1);
      }
    }
    CHECK_MESSAGE(last_favourite < first_dropped,
                  "order: " << fmt::format("{}", fmt::join(ids(ranking.fitting), " ")));
  }
}

TEST_CASE("judgment: a group larger than the limit excludes, naming limit and size") {
  const auto result =
      test::run_cli({"recommend", "--category", "video", "--people", "8", "--format", "json"});
  REQUIRE(result.code == 0);
  const auto json = nlohmann::json::parse(result.out);
  bool found = false;
  for (const auto& item : json["excluded"]) {
    if (item["id"] != "talky") continue;
    found = true;
    CHECK(item["reasons"][0]["rule"] == "exclude.max_participants.below");
    CHECK(item["reasons"][0]["text"] == "talky allows at most 6 participants; you asked for 8");
  }
  CHECK(found);
  const auto de = test::run_cli({"recommend", "--category", "video", "--people", "8", "--why-not",
                                 "talky", "--language", "de"});
  CHECK(de.out.find("talky erlaubt höchstens 6 Teilnehmende; angefragt sind 8") !=
        std::string::npos);
}

TEST_CASE("judgment: an English-only interface costs points when participants speak German") {
  const auto result = test::run_cli({"--language", "en", "recommend", "--category", "video",
                                     "--language", "de", "--why-not", "talky", "--format", "json"});
  REQUIRE(result.code == 0);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["language"] == "en");
  CHECK(json["query"]["language"] == "de");
  bool found = false;
  for (const auto& reason : json["why_not"]["reasons"]) {
    if (reason["rule"] != "language.missing") continue;
    found = true;
    CHECK(reason["points"] < 0);
    CHECK(reason["text"] == "Interface in English only; participants speak German");
  }
  CHECK(found);
  auto english = query(Category::video);
  english.language = Language::en;
  const auto ranking = engine::rank(builtin(), english, k_today);
  CHECK(!has_rule(ranking.find("talky")->points, "language.missing"));
}

TEST_CASE("judgment: --budget 0 excludes everything that costs money, one-off prices included") {
  for (auto category :
       {Category::video, Category::phone, Category::messenger, Category::scheduling}) {
    auto profile = query(category);
    profile.budget_eur = 0;
    const auto ranking = engine::rank(builtin(), profile, k_today);
    for (const auto& candidate : ranking.fitting) {
      const auto& price = candidate.entry->facts.price;
      REQUIRE(price.known());
      CHECK_MESSAGE(
          (price.current().value == Price::free || price.current().value == Price::free_tier),
          candidate.entry->id);
    }
  }
  auto messenger = query(Category::messenger);
  messenger.budget_eur = 0;
  const auto ranking = engine::rank(builtin(), messenger, k_today);
  CHECK(has_rule(excluded(ranking, "threema").exclusions, "exclude.price.one-off"));
}

TEST_CASE("judgment: --no-phone-number excludes every messenger that needs one") {
  auto profile = query(Category::messenger);
  profile.no_phone_number = true;
  const auto ranking = engine::rank(builtin(), profile, k_today);
  for (const auto& id : {"signal", "telegram", "whatsapp"}) {
    CHECK(has_rule(excluded(ranking, id).exclusions, "exclude.phone_number."));
  }
  CHECK(ids(ranking.fitting) == std::vector<std::string>{"threema"});
}

TEST_CASE("judgment: --processing-agreement excludes free public servers without one") {
  auto profile = query(Category::video);
  profile.processing_agreement = true;
  const auto ranking = engine::rank(builtin(), profile, k_today);
  for (const auto* entry : builtin().candidates()) {
    if (!entry->id.starts_with("jitsi-meet/")) continue;
    CHECK(has_rule(excluded(ranking, entry->id).exclusions, "exclude.processing_agreement."));
  }
  CHECK(!ranking.find("bigbluebutton")->excluded());
}

TEST_CASE("judgment: --duration beyond a free tier excludes or flags that service") {
  auto profile = query(Category::video);
  profile.duration_minutes = 90;
  const auto ranking = engine::rank(builtin(), profile, k_today);
  for (const auto& id : {"jitsi-meet/fairmeeting", "zoom"}) {
    const auto* candidate = ranking.find(id);
    REQUIRE(candidate != nullptr);
    CHECK((has_rule(candidate->exclusions, "exclude.condition.free-tier-minutes") ||
           has_rule(candidate->warnings, "warn.free-tier-paid-plan")));
  }
  profile.duration_minutes = 30;
  const auto short_meeting = engine::rank(builtin(), profile, k_today);
  CHECK(!short_meeting.find("jitsi-meet/fairmeeting")->excluded());
  const auto unknown = engine::rank(builtin(), query(Category::video), k_today);
  CHECK(has_rule(unknown.find("jitsi-meet/fairmeeting")->warnings, "warn.free-tier-minutes"));
}

TEST_CASE("judgment: --dial-in excludes services not known to offer telephone dial-in") {
  for (auto category : {Category::video, Category::phone}) {
    auto profile = query(category);
    profile.dial_in = true;
    const auto ranking = engine::rank(builtin(), profile, k_today);
    for (const auto& candidate : ranking.fitting) {
      const auto& dial_in = candidate.entry->facts.dial_in;
      CHECK_MESSAGE((dial_in.known() && dial_in.current().value == YesNo::yes),
                    candidate.entry->id);
    }
    for (const auto& candidate : ranking.excluded) {
      const auto& dial_in = candidate.entry->facts.dial_in;
      if (!dial_in.known() || dial_in.current().value == YesNo::no) {
        CHECK(has_rule(candidate.exclusions, "exclude.dial_in."));
      }
    }
  }
}

TEST_CASE("judgment: the seed's two messengers lead; the poll still running leads") {
  const auto messengers = engine::rank(builtin(), query(Category::messenger), k_today);
  REQUIRE(messengers.fitting.size() >= 2);
  std::vector<std::string> top = {messengers.fitting[0].entry->id, messengers.fitting[1].entry->id};
  std::sort(top.begin(), top.end());
  CHECK(top == std::vector<std::string>{"signal", "threema"});
  const auto polls = engine::rank(builtin(), query(Category::scheduling), k_today);
  REQUIRE(!polls.fitting.empty());
  CHECK(polls.fitting[0].entry->id == "nuudel");
}

TEST_CASE("recommend: the same query twice gives the same bytes") {
  for (const auto& format : {"text", "markdown", "json"}) {
    const std::vector<std::string> args = {"recommend", "--category", "video", "--people", "6",
                                           "--browser", "firefox",    "--all", "--format", format};
    const auto first = test::run_cli(args);
    const auto second = test::run_cli(args);
    CHECK(first.code == 0);
    CHECK(first.out == second.out);
  }
}
