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
  const auto& limit = facts.max_participants;
  Values values{{"people", std::to_string(*people)}};
  if (limit.known() && !limit.current().value.unlimited) {
    const int count = limit.current().value.count;
    if (count < *people) return; // excluded by judge_needs
    values["limit"] = std::to_string(count);
    judge.score("people.within-limit", {judge.use("max_participants", limit)}, values, "people");
    return;
  }
  // No fixed limit, or none known: what sources saw working is all there is.
  const auto& seen = facts.seen_working;
  if (!seen.known()) {
    judge.score("people.unknown",
                {judge.use("max_participants", limit), judge.use("seen_working", seen)}, values,
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
  if (!browser) return;
  const auto& install = judge.facts().install;
  if (install.known() && install.current().value == Install::yes) return; // joined by app
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

void judge_fit(Judge& judge) {
  judge_people(judge);
  judge_browser(judge);
  judge_language(judge);
  grade(judge, "install", judge.facts().install);
  grade(judge, "participant_account", judge.facts().participant_account);
  grade(judge, "price", judge.facts().price);
}

} // namespace advisor::engine
