#include "engine_builder.hpp"

#include <advisor/engine/rule_keys.hpp>

namespace advisor::test {

using namespace advisor::catalogue;

Entry good_entry(const std::string& id, Category category) {
  Entry e;
  e.id = id;
  e.name = id;
  e.url = "https://" + id + ".example/";
  e.category = category;
  e.summary = {"Ein Testdienst.", "A test service."};
  e.reviewed = Date{2026, 11, 1};
  e.sources = {"S0", "S1", "S2"};
  e.verdict = said(Verdict::recommended, "S2"); // 2025: young enough to raise no age warning
  e.status = said(Status::active);
  auto& f = e.facts;
  f.max_participants = said(Limit{false, 50});
  f.seen_working = said(20);
  for (auto browser :
       {Browser::chrome, Browser::chromium, Browser::firefox, Browser::safari, Browser::edge}) {
    f.browsers[browser] = said(Support::works);
  }
  f.languages = said(std::vector<Str>{"de", "en"});
  f.price = said(Price::free);
  f.install = said(Install::no);
  f.participant_account = said(YesNo::no);
  f.organiser_account = said(YesNo::no);
  f.phone_number = said(YesNo::no);
  f.screen_sharing = said(YesNo::yes);
  f.chat = said(YesNo::yes);
  f.dial_in = said(YesNo::yes);
  f.e2ee = said(Encryption::by_default);
  f.open_source = said(OpenSource::yes);
  f.operator_name = said(Str("Test e.V."));
  f.country = said(Str("DE"));
  f.tracking = said(Tracking::none_found);
  f.processing_agreement = said(YesNo::yes);
  f.processing_agreement.history.back().with_free_plan = true; // else no points beside "free"
  return e;
}

Entry unknown_entry(const std::string& id, Category category) {
  Entry e;
  e.id = id;
  e.name = id;
  e.category = category;
  e.url = "https://" + id + ".example/"; // a place to go, about which nothing else is known
  e.summary = {"Ein Testdienst.", "A test service."};
  e.reviewed = Date{2026, 11, 1};
  for (auto browser :
       {Browser::chrome, Browser::chromium, Browser::firefox, Browser::safari, Browser::edge}) {
    e.facts.browsers[browser] = {};
  }
  return e;
}

Rules test_rules() {
  Rules rules;
  rules.where = Location{"catalogue/rules.yaml", 1, 1};
  rules.weights = {{"verdict.recommended", 40},
                   {"verdict.acceptable", 15},
                   {"verdict.neutral", 0},
                   {"verdict.not-recommended", -40},
                   {"verdict.warned-against", -80},
                   {"verdict.unknown", -10},
                   {"status.active", 0},
                   {"status.uncertain", -25},
                   {"status.unknown", -15},
                   {"tracking.none-found", 10},
                   {"tracking.found", -25},
                   {"tracking.unknown", -3},
                   {"e2ee.default", 10},
                   {"e2ee.optional", 4},
                   {"e2ee.one-to-one-only", 0},
                   {"e2ee.none", 0},
                   {"e2ee.unknown", -2},
                   {"open_source.yes", 8},
                   {"open_source.partly", 4},
                   {"open_source.no", 0},
                   {"open_source.unknown", -2},
                   {"country.eu", 8},
                   {"country.adequate", 3},
                   {"country.other", -5},
                   {"country.unknown", -2},
                   {"processing_agreement.yes", 4},
                   {"processing_agreement.paid-plan", 0},
                   {"processing_agreement.no", 0},
                   {"processing_agreement.unknown", -1},
                   {"phone_number.no", 0},
                   {"phone_number.yes", -5},
                   {"phone_number.unknown", -1},
                   {"people.within-limit", 5},
                   {"people.weak-limit", -10},
                   {"people.seen-working", 3},
                   {"people.beyond-seen", -5},
                   {"people.unknown", -2},
                   {"browser.works", 5},
                   {"browser.limited", -10},
                   {"browser.unknown", -3},
                   {"condition.browser-degrades-above", -10},
                   {"language.spoken", 3},
                   {"language.missing", -10},
                   {"language.unknown", -2},
                   {"smartphone.works", 5},
                   {"smartphone.limited", -10},
                   {"smartphone.unknown", -3},
                   {"install.no", 5},
                   {"install.optional", 3},
                   {"install.yes", 0},
                   {"install.unknown", -2},
                   {"participant_account.no", 5},
                   {"participant_account.yes", -3},
                   {"participant_account.unknown", -2},
                   {"price.free", 3},
                   {"price.free-tier", 1},
                   {"price.paid", 0},
                   {"price.one-off", 0},
                   {"price.unknown", -1}};
  rules.thresholds = {{"assessment_age_months", 24}, {"stale_months", 24}};
  return rules;
}

Catalogue make_catalogue(std::vector<Entry> entries) {
  Catalogue catalogue;
  catalogue.sources = {
      Source{
          "S0", {"Seed list", "Seed list"}, "Selbsthilfezentrum München", "", Date{2020, 7, 0}, {}},
      Source{"S1",
             {"Later source", "Later source"},
             "Publisher",
             "https://s1.example/",
             Date{2024, 3, 0},
             {}},
      Source{"S2",
             {"Newest source", "Newest source"},
             "Publisher",
             "https://s2.example/",
             Date{2025, 0, 0},
             {}}};
  catalogue.assessors = {
      Assessor{"dpa", {"Datenschutzbehörde", "Data protection authority"}, {}, {}}};
  catalogue.rules = test_rules();
  for (auto& entry : entries) {
    const auto slash = entry.id.find('/');
    if (slash == std::string::npos) {
      catalogue.tools.push_back(Tool{std::move(entry), {}, "catalogue/test.yaml"});
      continue;
    }
    const std::string tool_id(entry.id.substr(0, slash));
    if (catalogue.tools.empty() || catalogue.tools.back().entry.id != tool_id) {
      Entry tool = entry;
      tool.id = tool_id;
      tool.name = tool_id;
      catalogue.tools.push_back(Tool{std::move(tool), {}, "catalogue/test.yaml"});
    }
    catalogue.tools.back().services.push_back(std::move(entry));
  }
  return catalogue;
}

} // namespace advisor::test

#include <doctest/doctest.h>

namespace advisor::test {

const engine::Candidate& candidate(const engine::Ranking& ranking, const std::string& id) {
  const auto* found = ranking.find(id);
  REQUIRE_MESSAGE(found != nullptr, "no candidate " << id);
  return *found;
}

std::vector<std::string> rules_of(const std::vector<engine::Reason>& reasons) {
  std::vector<std::string> rules;
  for (const auto& r : reasons)
    rules.push_back(r.rule);
  return rules;
}

const engine::Reason& reason(const std::vector<engine::Reason>& reasons, const std::string& rule) {
  for (const auto& r : reasons) {
    if (r.rule == rule) return r;
  }
  FAIL("no reason " << rule);
  return reasons.front();
}

} // namespace advisor::test
