// Warning rules: shown with the candidate, no points of their own.
#include "engine_builder.hpp"

#include <advisor/engine/ranking.hpp>

#include <doctest/doctest.h>

using namespace advisor;
using namespace advisor::catalogue;
using namespace advisor::test;
using engine::Profile;
using Ids = std::vector<std::string>;

namespace {

Profile video() {
  Profile profile;
  profile.category = Category::video;
  return profile;
}

Condition condition(ConditionKind kind, std::string source = "S1") {
  Condition c;
  c.kind = kind;
  c.provenance.source = std::move(source);
  return c;
}

} // namespace

TEST_CASE("engine::rank warns when the deciding judgment is older than the threshold") {
  auto assessed = good_entry("assessed");
  assessed.verdict = said(Verdict::not_recommended, "S0"); // the seed, July 2020
  Assessment a;
  a.by = "dpa";
  a.date = Date{2021, 2, 18};
  a.rating = Rating::green;
  a.verdict = Verdict::recommended;
  a.provenance.source = "S1";
  assessed.assessments = {a};
  const auto catalogue = make_catalogue({assessed});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  const auto& c = candidate(ranking, "assessed");
  REQUIRE(rules_of(c.warnings) == Ids{"warn.judgment.age"});
  CHECK(c.warnings[0].values.at("months") == "69");
  CHECK(c.warnings[0].values.at("date") == "2021-02-18");
  CHECK(c.warnings[0].values.at("threshold") == "24");
  CHECK(c.warnings[0].points == 0);
  // The newer finding moved the verdict: counted once, with the seed as its history.
  CHECK(reason(c.points, "verdict.recommended").points == 40);
}

TEST_CASE("engine::rank warns about and penalises an uncertain status") {
  auto uncertain = good_entry("uncertain");
  uncertain.status = said(Status::uncertain);
  const auto catalogue = make_catalogue({uncertain});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  const auto& c = candidate(ranking, "uncertain");
  CHECK(rules_of(c.warnings) == Ids{"warn.status.uncertain"});
  CHECK(reason(c.points, "status.uncertain").points == -25);
  CHECK(c.exclusions.empty());
}

TEST_CASE("engine::rank warns about a free tier when no duration is given") {
  auto tier = good_entry("tier");
  auto hour = condition(ConditionKind::free_tier_minutes);
  hour.minutes = 40;
  tier.conditions.push_back(hour);
  const auto catalogue = make_catalogue({tier});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  const auto& warning = reason(candidate(ranking, "tier").warnings, "warn.free-tier-minutes");
  CHECK(warning.values.at("minutes") == "40");
  CHECK(warning.facts.at(0).key == "condition.free-tier-minutes");
  CHECK(warning.facts.at(0).current.source == "S1");
}

TEST_CASE("engine::rank warns that a room expires") {
  auto room = good_entry("room");
  auto days = condition(ConditionKind::room_expires_days);
  days.days = 3;
  room.conditions.push_back(days);
  const auto catalogue = make_catalogue({room});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  CHECK(reason(candidate(ranking, "room").warnings, "warn.room-expires-days").values.at("days") ==
        "3");
}

TEST_CASE("engine::rank warns and costs points when a browser degrades above a size") {
  auto jitsi = good_entry("jitsi");
  auto degrades = condition(ConditionKind::browser_degrades_above, "S1");
  degrades.browser = Browser::firefox;
  degrades.people = 6;
  jitsi.conditions.push_back(degrades);
  auto profile = video();
  profile.browser = Browser::firefox;
  profile.people = 8;
  const auto catalogue = make_catalogue({jitsi});
  auto ranking = engine::rank(catalogue, profile, k_today);
  auto c = candidate(ranking, "jitsi");
  CHECK(reason(c.points, "condition.browser-degrades-above").points == -10);
  const auto& warning = reason(c.warnings, "warn.browser-degrades-above");
  CHECK(warning.values.at("above") == "6");
  CHECK(warning.values.at("people") == "8");

  profile.people = 6;
  ranking = engine::rank(catalogue, profile, k_today);
  CHECK(candidate(ranking, "jitsi").warnings.empty());

  // A newer statement that Firefox works supersedes the older condition.
  profile.people = 8;
  jitsi.conditions[0].provenance.source = "S0";
  jitsi.facts.browsers[Browser::firefox] = changed(Support::limited, Support::works);
  const auto corrected = make_catalogue({jitsi});
  ranking = engine::rank(corrected, profile, k_today);
  CHECK(candidate(ranking, "jitsi").warnings.empty());
}

TEST_CASE("engine::rank warns when a limited browser or an untried size is asked for") {
  auto limited = good_entry("limited");
  limited.facts.browsers[Browser::safari] = said(Support::limited);
  limited.facts.max_participants = said(Limit{true, 0});
  limited.facts.seen_working = said(10);
  auto profile = video();
  profile.browser = Browser::safari;
  profile.people = 30;
  const auto catalogue = make_catalogue({limited});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  const auto& c = candidate(ranking, "limited");
  CHECK(rules_of(c.warnings) == Ids{"warn.people.beyond-seen", "warn.browser.limited"});
  CHECK(reason(c.points, "browser.limited").points == -10);
}

TEST_CASE("engine::rank warns about an entry not reviewed for a long time") {
  auto old = good_entry("old");
  old.reviewed = Date{2023, 1, 15};
  const auto catalogue = make_catalogue({old});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  const auto& warning = reason(candidate(ranking, "old").warnings, "warn.reviewed.age");
  CHECK(warning.values.at("date") == "2023-01-15");
  CHECK(warning.values.at("months") == "46");
}
