// Conditions peculiar to one service, declared in its entry (docs/catalogue.md, `conditions`),
// and the age of the entry itself.
#include <advisor/engine/judge.hpp>

namespace advisor::engine {
namespace {

using namespace advisor::catalogue;

void judge_free_tier(Judge& judge, const Condition& condition) {
  const auto& profile = judge.profile();
  const std::string minutes = std::to_string(condition.minutes);
  const FactUse use = judge.use(condition, minutes);
  if (!profile.duration_minutes) {
    judge.warn("free-tier-minutes", {use}, {{"minutes", minutes}});
    return;
  }
  if (*profile.duration_minutes <= condition.minutes) return;
  Values values{{"minutes", minutes}, {"duration", std::to_string(*profile.duration_minutes)}};
  // A paid plan lifts the limit when its price is known and fits the budget (no budget: any).
  const auto& price = judge.facts().price;
  const auto amount = price.known() ? price.current().amount_eur : std::nullopt;
  const auto& budget = profile.budget_eur;
  if (amount && (!budget || (*budget > 0.0 && *amount <= *budget))) {
    values["amount"] = spell_eur(*amount);
    judge.warn("free-tier-paid-plan", {use, judge.use("price", price)}, values, "duration");
    return;
  }
  if (!budget) {
    // No budget was stated: the limit is said, never a reason to exclude.
    judge.warn("free-tier-minutes-exceeded", {use, judge.use("price", price)}, values, "duration");
    return;
  }
  values["budget"] = spell_eur(*budget);
  judge.exclude("condition.free-tier-minutes", "duration", {use, judge.use("price", price)},
                values);
}

// A later statement that the browser works supersedes an older condition saying it degrades.
bool superseded(const Judge& judge, const Condition& condition) {
  auto it = judge.facts().browsers.find(condition.browser);
  if (it == judge.facts().browsers.end() || !it->second.known()) return false;
  const auto& newest = it->second.current();
  if (newest.value != Support::works) return false;
  const auto said = date_of(newest.provenance, judge.catalogue());
  const auto declared = date_of(condition.provenance, judge.catalogue());
  return said && declared && *declared < *said;
}

void judge_degrades(Judge& judge, const Condition& condition) {
  const auto& profile = judge.profile();
  if (!profile.browser || *profile.browser != condition.browser) return;
  if (!profile.people || *profile.people <= condition.people) return;
  if (!runs_in_browser(judge)) return;
  if (superseded(judge, condition)) return;
  const std::string above = std::to_string(condition.people);
  const Values values{{"browser", spell(condition.browser)},
                      {"above", above},
                      {"people", std::to_string(*profile.people)}};
  judge.score("condition.browser-degrades-above", {judge.use(condition, above)}, values, "browser");
  judge.warn("browser-degrades-above", {judge.use(condition, above)}, values, "browser");
}

void judge_reviewed(Judge& judge) {
  const auto& reviewed = judge.entry().reviewed;
  if (reviewed.year == 0) return;
  const auto& max_age = judge.profile().max_age_months;
  const int stale_after = max_age ? *max_age : judge.threshold("stale_months");
  const int age = months_between(reviewed, judge.today());
  if (age > stale_after) {
    judge.warn("reviewed.age", {},
               {{"date", format_date(reviewed)},
                {"months", std::to_string(age)},
                {"threshold", std::to_string(stale_after)}});
  }
}

} // namespace

void judge_conditions(Judge& judge) {
  for (const auto& condition : judge.entry().conditions) {
    switch (condition.kind) {
    case ConditionKind::free_tier_minutes:
      judge_free_tier(judge, condition);
      break;
    case ConditionKind::browser_degrades_above:
      judge_degrades(judge, condition);
      break;
    case ConditionKind::room_expires_days:
      judge.warn("room-expires-days", {judge.use(condition, std::to_string(condition.days))},
                 {{"days", std::to_string(condition.days)}});
      break;
    }
  }
  judge_reviewed(judge);
}

} // namespace advisor::engine
