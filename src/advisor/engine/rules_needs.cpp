// Hard needs: a candidate not known to meet one is excluded ("unknown is not yes").
#include <advisor/engine/judge.hpp>

namespace advisor::engine {
namespace {

using namespace advisor::catalogue;

// Excludes unless the fact's newest value is `wanted`: "exclude.<key>.<value or unknown>".
void require(Judge& judge, const std::string& key, const Fact<YesNo>& fact, YesNo wanted,
             const std::string& need) {
  if (fact.known() && fact.current().value == wanted) return;
  const std::string value = fact.known() ? spell(fact.current().value) : "unknown";
  judge.exclude(key + "." + value, need, {judge.use(key, fact)});
}

void judge_status(Judge& judge) {
  const auto& status = judge.entry().status;
  if (!status.known() || status.current().value != Status::discontinued) return;
  judge.exclude("status.discontinued", "", {judge.use("status", status)},
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

void judge_people(Judge& judge) {
  const auto& people = judge.profile().people;
  const auto& limit = judge.facts().max_participants;
  if (!people || !limit.known()) return;
  const Limit& current = limit.current().value;
  if (!current.unlimited && current.count < *people) {
    judge.exclude("max_participants.below", "people", {judge.use("max_participants", limit)},
                  {{"people", std::to_string(*people)}, {"limit", std::to_string(current.count)}});
  }
}

void judge_browser(Judge& judge) {
  const auto& browser = judge.profile().browser;
  if (!browser) return;
  const auto& install = judge.facts().install;
  // An app-only service is joined with its app; the browser does not matter there.
  if (install.known() && install.current().value == Install::yes) return;
  auto it = judge.facts().browsers.find(*browser);
  if (it == judge.facts().browsers.end() || !it->second.known()) return;
  if (it->second.current().value == Support::fails) {
    judge.exclude("browsers.fails", "browser",
                  {judge.use("browsers." + spell(*browser), it->second)},
                  {{"browser", spell(*browser)}});
  }
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
  if (current.value == Price::free || current.value == Price::free_tier) return;
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
}

} // namespace advisor::engine
