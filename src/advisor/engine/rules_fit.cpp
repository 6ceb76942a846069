// Then fit: group size, browser, interface language, and how easy it is for people who are not
// technical (nothing to install, no account), and what it costs.
#include <advisor/engine/judge.hpp>

#include <algorithm>

namespace advisor::engine {
namespace {

using namespace advisor::catalogue;

void judge_people(Judge& judge) {
  const auto& people = judge.profile().people;
  if (!people) return;
  const auto& facts = judge.facts();
  const auto& limit = size_limit(judge);
  const std::string key = size_limit_key(judge);
  Values values{{"people", std::to_string(*people)}};
  if (limit.known() && !limit.current().value.unlimited) {
    const int count = limit.current().value.count;
    values["limit"] = std::to_string(count);
    if (count >= *people) {
      judge.score("people.within-limit", {judge.use(key, limit)}, values, "people");
      return;
    }
    if (limit.current().provenance.confidence != Confidence::low) return; // excluded
    // Only a weak source states the limit: a warning, not an exclusion.
    judge.score("people.weak-limit", {judge.use(key, limit)}, values, "people");
    judge.warn("people.weak-limit", {judge.use(key, limit)}, values, "people");
    return;
  }
  // No fixed limit, or none known: what sources saw working is all there is.
  const auto& seen = facts.seen_working;
  if (!seen.known()) {
    judge.score("people.unknown", {judge.use(key, limit), judge.use("seen_working", seen)}, values,
                "people");
    return;
  }
  values["seen"] = std::to_string(seen.current().value);
  if (seen.current().value >= *people) {
    judge.score("people.seen-working", {judge.use("seen_working", seen)}, values, "people");
    return;
  }
  judge.score("people.beyond-seen", {judge.use("seen_working", seen)}, values, "people");
  judge.warn("people.beyond-seen", {judge.use("seen_working", seen)}, values, "people");
}

void judge_browser(Judge& judge) {
  const auto& browser = judge.profile().browser;
  if (!browser || !runs_in_browser(judge)) return; // joined by app or telephone
  const Values values{{"browser", spell(*browser)}};
  const std::string key = "browsers." + spell(*browser);
  auto it = judge.facts().browsers.find(*browser);
  if (it == judge.facts().browsers.end() || !it->second.known()) {
    const Fact<Support> unknown;
    judge.score("browser.unknown",
                {judge.use(key, it == judge.facts().browsers.end() ? unknown : it->second)}, values,
                "browser");
    return;
  }
  const auto& support = it->second;
  switch (support.current().value) {
  case Support::works:
    judge.score("browser.works", {judge.use(key, support)}, values, "browser");
    break;
  case Support::limited:
    judge.score("browser.limited", {judge.use(key, support)}, values, "browser");
    judge.warn("browser.limited", {judge.use(key, support)}, values, "browser");
    break;
  case Support::fails:
    break; // excluded by judge_needs
  }
}

void judge_language(Judge& judge) {
  const auto& language = judge.profile().language;
  if (!language) return;
  const auto& languages = judge.facts().languages;
  const std::string code(language_code(*language));
  Values values{{"language", code}};
  if (!languages.known()) {
    judge.score("language.unknown", {judge.use("languages", languages)}, values, "language");
    return;
  }
  const auto& spoken = languages.current().value;
  const bool has = std::find(spoken.begin(), spoken.end(), code) != spoken.end();
  values["languages"] = spell(spoken);
  judge.score(has ? "language.spoken" : "language.missing", {judge.use("languages", languages)},
              values, "language");
}

} // namespace

// Nothing to install says how people join: in the browser, or by telephone.
void judge_install(Judge& judge) {
  Values values;
  if (joins_by(judge, Channel::phone) && !joins_by(judge, Channel::browser)) {
    values["channel"] = "phone";
  }
  grade(judge, "install", judge.facts().install, values);
}

// The price of the plan this query can use: with --organisation a free plan for private use only
// does not count, with --processing-agreement a free plan without the agreement does not.
void judge_price(Judge& judge) {
  const auto& price = judge.facts().price;
  if (!free_price(judge) || free_plan_counts(judge)) {
    grade(judge, "price", price);
    return;
  }
  const bool private_only = judge.profile().organisation && price.current().private_use_only;
  std::vector<FactUse> facts{judge.use("price", price)};
  if (!private_only)
    facts.push_back(judge.use("processing_agreement", judge.facts().processing_agreement));
  judge.score("price.paid", facts);
  judge.warn(private_only ? "price.private-use-only" : "price.agreement-needs-paid-plan", facts, {},
             private_only ? "organisation" : "processing-agreement");
}

void judge_smartphone(Judge& judge) {
  if (!judge.profile().smartphone_only) return;
  const auto& smartphone = judge.facts().smartphone;
  if (smartphone.known() && smartphone.current().value == Support::fails) return; // excluded
  grade(judge, "smartphone", smartphone, {}, "smartphone-only");
  if (smartphone.known() && smartphone.current().value == Support::limited) {
    judge.warn("smartphone.limited", {judge.use("smartphone", smartphone)}, {}, "smartphone-only");
  }
}

void judge_fit(Judge& judge) {
  judge_people(judge);
  judge_browser(judge);
  judge_language(judge);
  judge_smartphone(judge);
  judge_install(judge);
  grade(judge, "participant_account", judge.facts().participant_account);
  judge_price(judge);
}

} // namespace advisor::engine
