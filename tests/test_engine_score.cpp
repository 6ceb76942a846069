// Score rules: signed points, each with its reason; privacy first, then fit.
#include "engine_builder.hpp"

#include <advisor/engine/ranking.hpp>

#include <algorithm>
#include <doctest/doctest.h>
#include <numeric>

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

int sum(const std::vector<engine::Reason>& reasons) {
  return std::accumulate(reasons.begin(), reasons.end(), 0,
                         [](int total, const engine::Reason& r) { return total + r.points; });
}

} // namespace

TEST_CASE("engine::rank scores a fully known good service with a reason for every point") {
  auto profile = video();
  profile.people = 6;
  profile.browser = Browser::firefox;
  profile.language = Language::de;
  const auto catalogue = make_catalogue({good_entry("good")});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  const auto& good = candidate(ranking, "good");
  CHECK(rules_of(good.points) == Ids{"verdict.recommended", "tracking.none-found", "e2ee.default",
                                     "open_source.yes", "country.eu", "processing_agreement.yes",
                                     "people.within-limit", "browser.works", "language.spoken",
                                     "install.no", "participant_account.no", "price.free"});
  CHECK(good.score == 40 + 10 + 10 + 8 + 8 + 4 + 5 + 5 + 3 + 5 + 5 + 3);
  CHECK(good.score == sum(good.points));
  CHECK(good.warnings.empty());
  const auto& verdict = good.points.front();
  CHECK(verdict.points == 40);
  CHECK(verdict.facts.at(0).key == "verdict");
  CHECK(verdict.facts.at(0).current.source == "S0");
  REQUIRE(verdict.facts.at(0).current.date.has_value());
  CHECK(format_date(*verdict.facts.at(0).current.date) == "2020-07"); // the source's date
}

TEST_CASE("engine::rank makes unknown graded facts cost a little, visibly") {
  auto profile = video();
  profile.people = 6;
  profile.browser = Browser::firefox;
  profile.language = Language::de;
  const auto catalogue = make_catalogue({unknown_entry("vague")});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  const auto& vague = candidate(ranking, "vague");
  CHECK(rules_of(vague.points) ==
        Ids{"verdict.unknown", "status.unknown", "tracking.unknown", "e2ee.unknown",
            "open_source.unknown", "country.unknown", "processing_agreement.unknown",
            "phone_number.unknown", "people.unknown", "browser.unknown", "language.unknown",
            "install.unknown", "participant_account.unknown", "price.unknown"});
  for (const auto& reason : vague.points) {
    CHECK(reason.points < 0);
    for (const auto& fact : reason.facts)
      CHECK(fact.current.value == "unknown");
  }
  CHECK(vague.score == sum(vague.points));
}

TEST_CASE("engine::rank lets the newest statement drive and keeps the older one") {
  auto corrected = good_entry("corrected");
  corrected.facts.browsers[Browser::firefox] = changed(Support::limited, Support::works);
  corrected.verdict = changed(Verdict::recommended, Verdict::not_recommended);
  auto profile = video();
  profile.browser = Browser::firefox;
  const auto catalogue = make_catalogue({corrected});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  const auto& c = candidate(ranking, "corrected");
  const auto& browser = reason(c.points, "browser.works");
  CHECK(browser.facts.at(0).current.value == "works");
  CHECK(browser.facts.at(0).current.source == "S2");
  REQUIRE(browser.facts.at(0).previous.has_value());
  CHECK(browser.facts.at(0).previous->value == "limited");
  CHECK(browser.facts.at(0).previous->source == "S0");
  CHECK(reason(c.points, "verdict.not-recommended").points == -40);
  CHECK(c.warnings.empty());
}

TEST_CASE("engine::rank counts the newest assessment of each assessor") {
  auto assessed = good_entry("assessed");
  Assessment old;
  old.by = "dpa";
  old.date = Date{2025, 7, 3};
  old.rating = Rating::yellow;
  old.provenance.source = "S1";
  auto newer = old;
  newer.date = Date{2026, 2, 18};
  newer.rating = Rating::red;
  auto other = old;
  other.by = "other";
  other.rating = Rating::green;
  assessed.assessments = {newer, old, other};
  const auto catalogue = make_catalogue({assessed});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  const auto& c = candidate(ranking, "assessed");
  const auto& red = reason(c.points, "assessment.red");
  CHECK(red.points == -15);
  CHECK(red.values.at("assessor") == "dpa");
  CHECK(red.values.at("date") == "2026-02-18");
  CHECK(reason(c.points, "assessment.green").values.at("assessor") == "other");
  const auto rules = rules_of(c.points);
  CHECK(std::count(rules.begin(), rules.end(), "assessment.yellow") == 0);
}

TEST_CASE("engine::rank tells EU operators from others") {
  auto swiss = good_entry("swiss");
  swiss.facts.country = said(std::string("CH"));
  const auto catalogue = make_catalogue({good_entry("german"), swiss});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  CHECK(reason(candidate(ranking, "german").points, "country.eu").values.at("country") == "DE");
  CHECK(reason(candidate(ranking, "swiss").points, "country.non-eu").points == -5);
}

TEST_CASE("engine::rank costs points for an interface without the participants' language") {
  auto english = good_entry("english");
  english.facts.languages = said(std::vector<std::string>{"en"});
  auto profile = video();
  profile.language = Language::de;
  const auto catalogue = make_catalogue({english});
  const auto ranking = engine::rank(catalogue, profile, k_today);
  const auto& c = candidate(ranking, "english");
  CHECK(c.exclusions.empty());
  const auto& missing = reason(c.points, "language.missing");
  CHECK(missing.points == -10);
  CHECK(missing.values.at("language") == "de");
  CHECK(missing.values.at("languages") == "en");
  CHECK(missing.need == "language");
}

TEST_CASE("engine::rank scores group size by limit, else by what was seen working") {
  auto open = good_entry("open");
  open.facts.max_participants = said(Limit{true, 0});
  open.facts.seen_working = said(6);
  auto profile = video();
  profile.people = 5;
  const auto catalogue = make_catalogue({open});
  auto ranking = engine::rank(catalogue, profile, k_today);
  CHECK(reason(candidate(ranking, "open").points, "people.seen-working").values.at("seen") == "6");
  profile.people = 12;
  ranking = engine::rank(catalogue, profile, k_today);
  CHECK(reason(candidate(ranking, "open").points, "people.beyond-seen").points == -5);
}

TEST_CASE("engine::rank orders by score, then id, the same every time") {
  auto worse = good_entry("a-worse");
  worse.facts.tracking = said(Tracking::found);
  const auto catalogue =
      make_catalogue({worse, good_entry("c-good"), good_entry("b-good"), unknown_entry("d")});
  const auto first = engine::rank(catalogue, video(), k_today);
  std::vector<std::string> order;
  for (const auto& c : first.fitting)
    order.push_back(c.entry->id);
  CHECK(order == Ids{"b-good", "c-good", "a-worse", "d"});
  const auto second = engine::rank(catalogue, video(), k_today);
  for (std::size_t i = 0; i < first.fitting.size(); ++i) {
    CHECK(first.fitting[i].entry->id == second.fitting[i].entry->id);
    CHECK(first.fitting[i].score == second.fitting[i].score);
  }
}

TEST_CASE("engine::rank throws without a category and when a weight is missing") {
  auto catalogue = make_catalogue({good_entry("good")});
  CHECK_THROWS_WITH(engine::rank(catalogue, Profile{}, k_today), "the query names no category");
  catalogue.rules.weights.erase("tracking.none-found");
  CHECK_THROWS_WITH(engine::rank(catalogue, video(), k_today),
                    "rules.yaml: missing weight \"tracking.none-found\"");
}
