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
  CHECK(verdict.facts.at(0).key == "judgment");
  CHECK(verdict.facts.at(0).current.source == "S2");
  REQUIRE(verdict.facts.at(0).current.date.has_value());
  CHECK(format_date(*verdict.facts.at(0).current.date) == "2025"); // the source's date
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

namespace {

Assessment assessment(const std::string& by, Date date, Rating rating) {
  Assessment result;
  result.by = by;
  result.date = date;
  result.rating = rating;
  result.verdict = verdict_of(rating);
  result.provenance.source = "S1";
  return result;
}

} // namespace

TEST_CASE("engine::rank counts evidence once: the newest dated judgment decides") {
  auto assessed = good_entry("assessed"); // recommended by S2 (2025)
  assessed.assessments = {assessment("dpa", Date{2026, 2, 18}, Rating::red),
                          assessment("dpa", Date{2025, 7, 3}, Rating::yellow),
                          assessment("other", Date{2025, 9, 0}, Rating::green)};
  const auto catalogue = make_catalogue({assessed});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  const auto& c = candidate(ranking, "assessed");
  const auto rules = rules_of(c.points);
  // One judgment, not one score per assessment beside the verdict.
  CHECK(std::count_if(rules.begin(), rules.end(),
                      [](const std::string& r) { return r.starts_with("verdict."); }) == 1);
  const auto& decisive = reason(c.points, "verdict.not-recommended");
  CHECK(decisive.points == -40);
  CHECK(decisive.facts.at(0).current.by == "dpa");
  CHECK(decisive.facts.at(0).current.value == "red");
  // The others are its history: the verdict, then the older findings.
  REQUIRE(decisive.facts.size() == 4);
  CHECK(decisive.facts.at(1).current.source == "S2");
  CHECK(c.verdict == Verdict::not_recommended);
  CHECK(c.availability == engine::Availability::advised_against);
}

TEST_CASE("engine::rank: a finding about organisations counts only for an organisation") {
  auto server = good_entry("server");
  auto red = assessment("dpa", Date{2026, 2, 18}, Rating::red);
  red.audience = Audience::organisations;
  server.assessments = {red};
  const auto catalogue = make_catalogue({server});
  auto profile = video();
  auto ranking = engine::rank(catalogue, profile, k_today);
  CHECK(reason(candidate(ranking, "server").points, "verdict.recommended").points == 40);
  CHECK(rules_of(candidate(ranking, "server").warnings) == Ids{"warn.judgment.organisations"});
  profile.organisation = true;
  ranking = engine::rank(catalogue, profile, k_today);
  CHECK(reason(candidate(ranking, "server").points, "verdict.not-recommended").points == -40);
}

TEST_CASE("engine::rank: at equal dates the verdict listed first stays; an undated one waits") {
  auto seed_after_note = good_entry("seed");
  seed_after_note.assessments = {assessment("dpa", Date{2020, 7, 3}, Rating::green)};
  seed_after_note.verdict = said(Verdict::not_recommended, "S0"); // the seed: July 2020
  const auto catalogue = make_catalogue({seed_after_note});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  // 2020-07-03 is not after 2020-07 at the precision both share: the seed keeps its place.
  CHECK(reason(candidate(ranking, "seed").points, "verdict.not-recommended").points == -40);
}

TEST_CASE("engine::rank tells EU operators from others") {
  auto swiss = good_entry("swiss");
  swiss.facts.country = said(Str("CH"));
  auto american = good_entry("american");
  american.facts.country = said(Str("US"));
  const auto catalogue = make_catalogue({good_entry("german"), swiss, american});
  const auto ranking = engine::rank(catalogue, video(), k_today);
  CHECK(reason(candidate(ranking, "german").points, "country.eu").values.at("country") == "DE");
  // Switzerland has an adequacy decision of the European Commission; the United States have
  // none that a catalogue fact could show.
  CHECK(reason(candidate(ranking, "swiss").points, "country.adequate").points == 3);
  CHECK(reason(candidate(ranking, "american").points, "country.other").points == -5);
}

TEST_CASE("engine::rank costs points for an interface without the participants' language") {
  auto english = good_entry("english");
  english.facts.languages = said(std::vector<Str>{"en"});
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
