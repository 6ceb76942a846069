// The recommendation renderers on a small catalogue built in C++ (independent of the data).
#include "engine_builder.hpp"
#include "support.hpp"

#include <advisor/render/messages.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/recommendation/recommendation.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace advisor;
using namespace advisor::catalogue;
using namespace advisor::test;

namespace {

// talky-like (English only, 6 people), a Jitsi server whose Firefox support changed, a
// discontinued one, one with unknown facts.
Catalogue small_catalogue() {
  auto talky = good_entry("talky");
  talky.name = "talky";
  talky.url = "https://talky.io/";
  talky.facts.max_participants = said(Limit{false, 6}, "S0");
  talky.facts.languages = said(std::vector<Str>{"en"}, "S0");
  talky.facts.country = said(Str("US"));
  talky.facts.dial_in = {};
  auto jitsi = good_entry("jitsi/server");
  jitsi.name = "Jitsi server";
  jitsi.facts.max_participants = said(Limit{true, 0});
  jitsi.facts.seen_working = said(6);
  jitsi.facts.browsers[Browser::firefox] = changed(Support::limited, Support::works);
  jitsi.facts.e2ee = said(Encryption::optional);
  Assessment a;
  a.by = "dpa";
  a.date = Date{2021, 2, 18};
  a.rating = Rating::red;
  a.provenance.source = "S1";
  jitsi.assessments = {a};
  Condition hour;
  hour.kind = ConditionKind::free_tier_minutes;
  hour.minutes = 60;
  hour.provenance.source = "S2";
  jitsi.conditions = {hour};
  auto gone = good_entry("gone");
  gone.name = "Gone Meet";
  gone.status = said(Status::discontinued);
  gone.status.history.back().replaced_by = "talky";
  gone.verdict = changed(Verdict::recommended, Verdict::not_recommended);
  auto vague = unknown_entry("vague");
  vague.name = "Vague | Video";
  vague.url = "https://vague.example/";
  auto bbb = good_entry("bbb");
  bbb.name = "BigBlueButton";
  bbb.url = "";
  bbb.hosting = {"Eine Organisation betreibt ihn selbst.", "An organisation hosts it itself."};
  bbb.facts.max_participants = said(Limit{false, 200});
  return make_catalogue({bbb, gone, jitsi, talky, vague});
}

engine::Profile query(int people) {
  engine::Profile profile;
  profile.category = Category::video;
  profile.people = people;
  profile.browser = Browser::firefox;
  profile.language = Language::de;
  return profile;
}

std::string render_as(const std::string& format, const engine::Ranking& ranking,
                      const Catalogue& catalogue, const render::RecommendationOptions& options,
                      Language language) {
  if (format == "md")
    return render::render_recommendation_markdown(ranking, catalogue, options, language);
  if (format == "json")
    return render::render_recommendation_json(ranking, catalogue, options, language);
  return render::render_recommendation_text(ranking, catalogue, options, language);
}

} // namespace

TEST_CASE("render::render_recommendation_* on a small catalogue") {
  const auto catalogue = small_catalogue();
  const auto ranking = engine::rank(catalogue, query(8), k_today);
  for (const auto language : {Language::de, Language::en}) {
    const std::string lang(language_code(language));
    for (const std::string format : {"txt", "md", "json"}) {
      CAPTURE(format);
      check_golden("recommend-small-" + lang + "." + format,
                   render_as(format, ranking, catalogue, {}, language));
      render::RecommendationOptions why_not;
      why_not.why_not = "talky";
      check_golden("recommend-small-why-not-" + lang + "." + format,
                   render_as(format, ranking, catalogue, why_not, language));
    }
  }
}
