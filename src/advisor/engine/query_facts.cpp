// Facts as one query reads them: which plan's price counts, which size limit, which channel.
#include <advisor/engine/judge.hpp>

#include <algorithm>

namespace advisor::engine {

using namespace advisor::catalogue;

bool free_price(const Judge& judge) {
  const auto& price = judge.facts().price;
  return price.known() &&
         (price.current().value == Price::free || price.current().value == Price::free_tier);
}

bool agreement_with_free_plan(const Judge& judge) {
  const auto& agreement = judge.facts().processing_agreement;
  return agreement.known() && agreement.current().value == YesNo::yes &&
         agreement.current().with_free_plan;
}

bool free_plan_counts(const Judge& judge) {
  if (!free_price(judge)) return false;
  const auto& profile = judge.profile();
  if (profile.organisation && judge.facts().price.current().private_use_only) return false;
  // Only an agreement that exists can need a paid plan; without one the need itself excludes.
  const auto& agreement = judge.facts().processing_agreement;
  const bool offered = agreement.known() && agreement.current().value == YesNo::yes;
  if (profile.processing_agreement && offered && !agreement_with_free_plan(judge)) return false;
  return true;
}

bool joins_by(const Judge& judge, Channel channel) {
  const auto& channels = judge.facts().joins_by;
  if (!channels.known()) return false;
  const auto& list = channels.current().value;
  return std::find(list.begin(), list.end(), channel) != list.end();
}

bool runs_in_browser(const Judge& judge) {
  if (judge.facts().joins_by.known()) return joins_by(judge, Channel::browser);
  const auto& install = judge.facts().install;
  return !(install.known() && install.current().value == Install::yes);
}

bool by_operator(const Fact<YesNo>& fact) {
  return fact.known() && fact.current().value == YesNo::yes && fact.current().by_operator;
}

const Fact<Limit>& size_limit(const Judge& judge) {
  const bool members = judge.entry().category == Category::messenger && !judge.profile().calls;
  return members ? judge.facts().max_group : judge.facts().max_participants;
}

std::string size_limit_key(const Judge& judge) {
  return &size_limit(judge) == &judge.facts().max_group ? "max_group" : "max_participants";
}

} // namespace advisor::engine
