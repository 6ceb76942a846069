// Exclusion rules: a hard need not met, or not known to be met, excludes.
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

} // namespace

TEST_CASE("engine::rank excludes a discontinued service and says what replaced it") {
  auto gone = good_entry("gone");
  gone.status = said(Status::discontinued);
  gone.status.history.back().replaced_by = "TeamViewer Meeting";
  const auto catalogue = make_catalogue({good_entry("fine"), gone});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  REQUIRE(ranking.fitting.size() == 1);
  const auto& excluded = candidate(ranking, "gone");
  CHECK(rules_of(excluded.exclusions) == Ids{"exclude.status.discontinued"});
  CHECK(excluded.exclusions[0].values.at("replaced_by") == "TeamViewer Meeting");
  CHECK(excluded.exclusions[0].need.empty());
}

TEST_CASE("engine::rank only judges the asked category") {
  const auto catalogue =
      make_catalogue({good_entry("chat", Category::messenger), good_entry("meet")});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  CHECK(ranking.fitting.size() == 1);
  CHECK(ranking.excluded.empty());
  CHECK(ranking.find("chat") == nullptr);
}

TEST_CASE("engine::rank excludes a group larger than the limit, naming limit and size") {
  auto small = good_entry("small");
  small.facts.max_participants = said(Limit{false, 6});
  auto profile = video();
  profile.people = 8;
  const auto catalogue = make_catalogue({small});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  const auto& reason = candidate(ranking, "small").exclusions.at(0);
  CHECK(reason.rule == "exclude.max_participants.below");
  CHECK(reason.need == "people");
  CHECK(reason.values.at("limit") == "6");
  CHECK(reason.values.at("people") == "8");
  CHECK(reason.facts.at(0).current.value == "6");
  profile.people = 6;
  CHECK(engine::rank(catalogue, profile, k_today).fitting.size() == 1);
}

TEST_CASE("engine::rank excludes unknown hard needs as not known") {
  auto profile = video();
  profile.screen_sharing = true;
  profile.dial_in = true;
  profile.no_install = true;
  profile.no_account = true;
  profile.no_phone_number = true;
  profile.processing_agreement = true;
  profile.budget_eur = 0;
  const auto catalogue = make_catalogue({good_entry("good"), unknown_entry("vague")});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  CHECK(candidate(ranking, "good").exclusions.empty());
  CHECK(rules_of(candidate(ranking, "vague").exclusions) ==
        Ids{"exclude.price.unknown", "exclude.screen_sharing.unknown", "exclude.dial_in.unknown",
            "exclude.install.unknown", "exclude.participant_account.unknown",
            "exclude.phone_number.unknown", "exclude.processing_agreement.unknown"});
  CHECK(candidate(ranking, "vague").exclusions[0].facts.at(0).known == false);
}

TEST_CASE("engine::rank excludes hard needs known not to be met") {
  auto bad = good_entry("bad");
  bad.facts.screen_sharing = said(YesNo::no);
  bad.facts.dial_in = said(YesNo::no);
  bad.facts.install = said(Install::yes);
  bad.facts.participant_account = said(YesNo::yes);
  bad.facts.phone_number = said(YesNo::yes);
  bad.facts.processing_agreement = said(YesNo::no);
  auto optional_app = good_entry("app-or-browser");
  optional_app.facts.install = said(Install::optional);
  auto profile = video();
  profile.screen_sharing = true;
  profile.dial_in = true;
  profile.no_install = true;
  profile.no_account = true;
  profile.no_phone_number = true;
  profile.processing_agreement = true;
  const auto catalogue = make_catalogue({bad, optional_app});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  CHECK(rules_of(candidate(ranking, "bad").exclusions) ==
        Ids{"exclude.screen_sharing.no", "exclude.dial_in.no", "exclude.install.yes",
            "exclude.participant_account.yes", "exclude.phone_number.yes",
            "exclude.processing_agreement.no"});
  CHECK(candidate(ranking, "app-or-browser").exclusions.empty());
}

TEST_CASE("engine::rank with budget 0 excludes paid and one-off prices, not free tiers") {
  auto paid = good_entry("paid");
  paid.facts.price = said(Price::paid);
  auto app = good_entry("app");
  app.facts.price = said(Price::one_off);
  app.facts.price.history.back().amount_eur = 5.0;
  auto tier = good_entry("tier");
  tier.facts.price = said(Price::free_tier);
  auto profile = video();
  profile.budget_eur = 0;
  const auto catalogue = make_catalogue({paid, app, tier, good_entry("free")});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  CHECK(rules_of(candidate(ranking, "paid").exclusions) == Ids{"exclude.price.paid"});
  CHECK(rules_of(candidate(ranking, "app").exclusions) == Ids{"exclude.price.one-off"});
  CHECK(candidate(ranking, "app").exclusions[0].values.at("budget") == "0");
  CHECK(ranking.fitting.size() == 2);
}

TEST_CASE("engine::rank with a budget compares known amounts and excludes unknown ones") {
  auto dear = good_entry("dear");
  dear.facts.price = said(Price::paid);
  dear.facts.price.history.back().amount_eur = 14.9;
  dear.facts.price.history.back().per_month = true;
  auto vague = good_entry("vague");
  vague.facts.price = said(Price::paid);
  auto cheap = good_entry("cheap");
  cheap.facts.price = said(Price::paid);
  cheap.facts.price.history.back().amount_eur = 9.5;
  cheap.facts.price.history.back().per_month = true;
  auto profile = video();
  profile.budget_eur = 10;
  const auto catalogue = make_catalogue({cheap, dear, vague});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  const auto& over = candidate(ranking, "dear").exclusions.at(0);
  CHECK(over.rule == "exclude.price.over-budget");
  CHECK(over.values.at("amount") == "14.90");
  CHECK(over.values.at("budget") == "10");
  CHECK(over.values.at("period") == "month");
  CHECK(rules_of(candidate(ranking, "vague").exclusions) == Ids{"exclude.price.amount-unknown"});
  CHECK(candidate(ranking, "cheap").exclusions.empty());
}

TEST_CASE("engine::rank excludes a browser that fails, unless the service is app-only") {
  auto chrome_only = good_entry("chrome-only");
  chrome_only.facts.browsers[Browser::firefox] = said(Support::fails);
  auto app = good_entry("app");
  app.facts.install = said(Install::yes);
  app.facts.browsers[Browser::firefox] = said(Support::fails);
  auto profile = video();
  profile.browser = Browser::firefox;
  const auto catalogue = make_catalogue({app, chrome_only});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  const auto& reason = candidate(ranking, "chrome-only").exclusions.at(0);
  CHECK(reason.rule == "exclude.browsers.fails");
  CHECK(reason.values.at("browser") == "firefox");
  CHECK(reason.facts.at(0).key == "browsers.firefox");
  CHECK(candidate(ranking, "app").exclusions.empty());
}

TEST_CASE("engine::rank --instead-of excludes the tool and its services") {
  const auto catalogue = make_catalogue(
      {good_entry("meet/a"), good_entry("meet/b"), good_entry("other"), good_entry("meeting")});
  auto profile = video();
  profile.instead_of = "meet";
  const auto ranking = engine::rank(catalogue, profile, k_today);
  CHECK(rules_of(candidate(ranking, "meet/a").exclusions) == Ids{"exclude.instead-of"});
  CHECK(rules_of(candidate(ranking, "meet/b").exclusions) == Ids{"exclude.instead-of"});
  CHECK(candidate(ranking, "meeting").exclusions.empty());
  CHECK(ranking.fitting.size() == 2);
  CHECK(ranking.relaxations.empty());
}

TEST_CASE("engine::rank: a free tier shorter than the meeting excludes only within a budget") {
  auto tier = good_entry("tier");
  tier.facts.price = said(Price::free_tier);
  Condition hour;
  hour.kind = ConditionKind::free_tier_minutes;
  hour.minutes = 60;
  hour.provenance.source = "S1";
  tier.conditions.push_back(hour);
  auto plan = tier;
  plan.id = "plan";
  plan.facts.price.history.back().amount_eur = 5.0;
  plan.facts.price.history.back().per_month = true;
  auto profile = video();
  profile.duration_minutes = 90;
  const auto catalogue = make_catalogue({plan, tier});
  // Without a budget the limit is said, never a reason to exclude.
  auto ranking = engine::rank(catalogue, profile, k_today);
  CHECK(candidate(ranking, "tier").exclusions.empty());
  CHECK(rules_of(candidate(ranking, "tier").warnings) == Ids{"warn.free-tier-minutes-exceeded"});
  profile.budget_eur = 3.0;
  ranking = engine::rank(catalogue, profile, k_today);
  const auto& reason = candidate(ranking, "tier").exclusions.at(0);
  CHECK(reason.rule == "exclude.condition.free-tier-minutes");
  CHECK(reason.need == "duration");
  CHECK(reason.values.at("minutes") == "60");
  CHECK(reason.values.at("duration") == "90");
  CHECK(rules_of(candidate(ranking, "plan").exclusions) ==
        Ids{"exclude.condition.free-tier-minutes"}); // 5 EUR > 3 EUR
  profile.budget_eur = 10.0;
  ranking = engine::rank(catalogue, profile, k_today);
  CHECK(rules_of(candidate(ranking, "plan").warnings) == Ids{"warn.free-tier-paid-plan"});

  profile.budget_eur = 0; // the paid plan no longer fits
  ranking = engine::rank(catalogue, profile, k_today);
  CHECK(rules_of(candidate(ranking, "plan").exclusions) ==
        Ids{"exclude.condition.free-tier-minutes"});

  profile.budget_eur.reset();
  profile.duration_minutes = 60;
  ranking = engine::rank(catalogue, profile, k_today);
  CHECK(ranking.fitting.size() == 2);
  CHECK(candidate(ranking, "tier").warnings.empty());
}

TEST_CASE("engine::rank counts which needs excluded most and what relaxing would free") {
  auto no_dial = good_entry("no-dial");
  no_dial.facts.dial_in = said(YesNo::no);
  auto neither = no_dial;
  neither.id = "neither";
  neither.facts.screen_sharing = said(YesNo::no);
  auto no_dial2 = no_dial;
  no_dial2.id = "no-dial-2";
  auto profile = video();
  profile.dial_in = true;
  profile.screen_sharing = true;
  const auto catalogue = make_catalogue({neither, no_dial, no_dial2});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  CHECK(ranking.fitting.empty());
  REQUIRE(ranking.relaxations.size() == 2);
  CHECK(ranking.relaxations[0].need == "dial-in");
  CHECK(ranking.relaxations[0].excluded == 3);
  CHECK(ranking.relaxations[0].would_fit == 2);
  CHECK(ranking.relaxations[1].need == "screen-sharing");
  CHECK(ranking.relaxations[1].excluded == 1);
  CHECK(ranking.relaxations[1].would_fit == 0);
}
