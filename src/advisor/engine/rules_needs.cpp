// Hard needs: a candidate not known to meet one is excluded ("unknown is not yes").
#include <advisor/engine/judge.hpp>

namespace advisor::engine {
namespace {

using namespace advisor::catalogue;

// True for a service of a tool (a server somebody runs), false for a tool without services.
bool is_service(const Judge& judge) {
  return judge.entry().id.find('/') != std::string::npos;
}

// Excludes unless the fact's newest value is `wanted`: "exclude.<key>.<value or unknown>". A yes
// that depends on the operator (software) is unknown for a service that does not say it, and
// holds for the organisation's own server only where it is set up (a warning). A wanted value
// that only a weak source (confidence L) states is a warning "warn.weak.<key>".
void require(Judge& judge, const std::string& key, const Fact<YesNo>& fact, YesNo wanted,
             const std::string& need) {
  if (by_operator(fact) && wanted == YesNo::yes) {
    if (is_service(judge)) {
      judge.exclude(key + ".operator-unknown", need, {judge.use(key, fact)});
    } else {
      judge.warn("by-operator." + key, {judge.use(key, fact)}, {}, need);
    }
    return;
  }
  if (fact.known() && fact.current().value == wanted) {
    // Met, but only by an indirect statement: say so, so that nobody relies on it unchecked.
    if (fact.current().provenance.confidence == Confidence::low) {
      judge.warn("weak." + key, {judge.use(key, fact)}, {}, need);
    }
    return;
  }
  const std::string value = fact.known() ? spell(fact.current().value) : "unknown";
  judge.exclude(key + "." + value, need, {judge.use(key, fact)});
}

void judge_status(Judge& judge) {
  const auto& status = judge.entry().status;
  if (!status.known()) return;
  const auto value = status.current().value;
  if (value != Status::discontinued && value != Status::offline) return;
  judge.exclude("status." + spell(value), "", {judge.use("status", status)},
                {{"replaced_by", status.current().replaced_by}});
}

void judge_instead_of(Judge& judge) {
  const auto& replaced = judge.profile().instead_of;
  if (replaced.empty()) return;
  const auto& id = judge.entry().id;
  if (id == replaced || id.starts_with(replaced + "/")) {
    judge.exclude("instead-of", "instead-of", {}, {{"instead_of", replaced}});
  }
}

// A known limit below the group excludes; a limit that only a weak source states warns instead
// (judge_fit scores it).
void judge_people(Judge& judge) {
  const auto& people = judge.profile().people;
  const auto& limit = size_limit(judge);
  if (!people || !limit.known()) return;
  const Limit& current = limit.current().value;
  if (current.unlimited || current.count >= *people) return;
  if (limit.current().provenance.confidence == Confidence::low) return;
  const std::string key = size_limit_key(judge);
  judge.exclude(key + ".below", "people", {judge.use(key, limit)},
                {{"people", std::to_string(*people)}, {"limit", std::to_string(current.count)}});
}

void judge_browser(Judge& judge) {
  const auto& browser = judge.profile().browser;
  // A service joined by app or telephone only: the browser does not matter there.
  if (!browser || !runs_in_browser(judge)) return;
  auto it = judge.facts().browsers.find(*browser);
  if (it == judge.facts().browsers.end() || !it->second.known()) return;
  if (it->second.current().value == Support::fails) {
    judge.exclude("browsers.fails", "browser",
                  {judge.use("browsers." + spell(*browser), it->second)},
                  {{"browser", spell(*browser)}});
  }
}

// The free plan does not count (private use only, or no agreement with it): with a budget, a paid
// plan must be known to fit it.
void judge_paid_plan(Judge& judge, const Values& asked) {
  const auto& price = judge.facts().price;
  const auto& agreement = judge.facts().processing_agreement;
  const bool private_only = judge.profile().organisation && price.current().private_use_only;
  std::vector<FactUse> facts{judge.use("price", price)};
  if (!private_only) facts.push_back(judge.use("processing_agreement", agreement));
  const std::string why = private_only ? "private-use-only" : "agreement-needs-paid-plan";
  judge.exclude("price." + why, private_only ? "organisation" : "processing-agreement", facts,
                asked);
}

void judge_budget(Judge& judge) {
  const auto& budget = judge.profile().budget_eur;
  if (!budget) return;
  const auto& price = judge.facts().price;
  const Values asked{{"budget", spell_eur(*budget)}};
  if (!price.known()) {
    judge.exclude("price.unknown", "budget", {judge.use("price", price)}, asked);
    return;
  }
  const auto& current = price.current();
  if (free_plan_counts(judge)) return;
  if (free_price(judge)) {
    // The free plan does not count for this query: a paid plan must fit the budget.
    judge_paid_plan(judge, asked);
    return;
  }
  if (*budget <= 0.0) {
    judge.exclude("price." + spell(current.value), "budget", {judge.use("price", price)}, asked);
    return;
  }
  if (!current.amount_eur) {
    judge.exclude("price.amount-unknown", "budget", {judge.use("price", price)}, asked);
    return;
  }
  if (*current.amount_eur > *budget) {
    Values values = asked;
    values["amount"] = spell_eur(*current.amount_eur);
    values["period"] = current.per_month ? "month" : "once";
    judge.exclude("price.over-budget", "budget", {judge.use("price", price)}, values);
  }
}

} // namespace

void judge_needs(Judge& judge) {
  judge_status(judge);
  judge_instead_of(judge);
  judge_people(judge);
  judge_browser(judge);
  judge_budget(judge);
  const auto& profile = judge.profile();
  const auto& facts = judge.facts();
  if (profile.screen_sharing) {
    require(judge, "screen_sharing", facts.screen_sharing, YesNo::yes, "screen-sharing");
  }
  if (profile.dial_in) require(judge, "dial_in", facts.dial_in, YesNo::yes, "dial-in");
  if (profile.no_install) {
    const auto& install = facts.install;
    if (!install.known() || install.current().value == Install::yes) {
      judge.exclude(install.known() ? "install.yes" : "install.unknown", "no-install",
                    {judge.use("install", install)});
    }
  }
  if (profile.no_account) {
    require(judge, "participant_account", facts.participant_account, YesNo::no, "no-account");
  }
  if (profile.no_phone_number) {
    require(judge, "phone_number", facts.phone_number, YesNo::no, "no-phone-number");
  }
  if (profile.processing_agreement) {
    require(judge, "processing_agreement", facts.processing_agreement, YesNo::yes,
            "processing-agreement");
  }
  if (profile.smartphone_only && facts.smartphone.known() &&
      facts.smartphone.current().value == Support::fails) {
    judge.exclude("smartphone.fails", "smartphone-only",
                  {judge.use("smartphone", facts.smartphone)});
  }
}

} // namespace advisor::engine
