#pragma once
// The context every rule of the engine works in: one candidate, the profile, the weights.
// Internal to the engine; rank() is the public entry point.

#include <advisor/catalogue/model.hpp>
#include <advisor/engine/evidence.hpp>
#include <advisor/engine/profile.hpp>
#include <advisor/engine/ranking.hpp>

#include <map>
#include <string>
#include <vector>

namespace advisor::engine {

using Values = std::map<std::string, std::string>;

class Judge {
public:
  Judge(const catalogue::Catalogue& catalogue, const Profile& profile, const Date& today,
        Candidate& candidate)
      : m_catalogue(catalogue), m_profile(profile), m_today(today), m_candidate(candidate) {}

  const catalogue::Catalogue& catalogue() const { return m_catalogue; }
  const Profile& profile() const { return m_profile; }
  const Date& today() const { return m_today; }
  const catalogue::Entry& entry() const { return *m_candidate.entry; }
  const catalogue::Facts& facts() const { return m_candidate.entry->facts; }

  // Adds the points of weight `key` with a reason; a weight of 0 adds nothing unless `shown`
  // (the judgment is always shown). Throws Error when the weight is missing.
  void score(const std::string& key, std::vector<FactUse> facts, Values values = {},
             std::string need = {}, bool shown = false);
  // Adds a warning "warn.<name>".
  void warn(const std::string& name, std::vector<FactUse> facts, Values values = {},
            std::string need = {});
  // Adds an exclusion "exclude.<name>" caused by `need` (empty: no need of the user did it).
  void exclude(const std::string& name, std::string need, std::vector<FactUse> facts,
               Values values = {});
  // Records what the deciding judgment amounts to.
  void set_verdict(catalogue::Verdict verdict) { m_candidate.verdict = verdict; }
  // Returns the threshold `key`; throws Error when it is missing.
  int threshold(const std::string& key) const;

  // Returns the use of one of the candidate's facts.
  template <class T> FactUse use(std::string key, const catalogue::Fact<T>& fact) const {
    return use_fact(std::move(key), fact, m_catalogue);
  }
  // Returns the use of a condition of the candidate, its value being `value`.
  FactUse use(const catalogue::Condition& condition, const std::string& value) const;

private:
  const catalogue::Catalogue& m_catalogue;
  const Profile& m_profile;
  const Date& m_today;
  Candidate& m_candidate;
};

// The rule groups, applied in this order. Each adds reasons to the judge's candidate.
void judge_needs(Judge& judge);      // hard needs: exclusions
void judge_sensitive(Judge& judge);  // --sensitive: assessors' findings, encryption or AVV
void judge_verdict(Judge& judge);    // the newest dated judgment (judgment.cpp)
void judge_privacy(Judge& judge);    // status, tracking, e2ee, …
void judge_fit(Judge& judge);        // size, browser, language, ease, price
void judge_conditions(Judge& judge); // conditions declared in the entry, stale entries

} // namespace advisor::engine

namespace advisor::engine {

// Facts as this query reads them (query_facts.cpp).
// True when the price's newest statement is free or a free tier.
bool free_price(const Judge& judge);
// True when the free plan counts for this query: not for --organisation when it is for private use
// only, nor for --processing-agreement when the agreement needs a paid plan.
bool free_plan_counts(const Judge& judge);
// True when the processing agreement is known to come with the free plan too.
bool agreement_with_free_plan(const Judge& judge);
// True when participants are known to join by `channel`.
bool joins_by(const Judge& judge, catalogue::Channel channel);
// True when the browser matters: joins_by lists the browser, or is unknown and no app is needed.
bool runs_in_browser(const Judge& judge);
// True when the newest statement of `fact` is a "yes" that depends on the server's operator.
bool by_operator(const catalogue::Fact<catalogue::YesNo>& fact);
// The size limit that applies: a messenger group's members, unless the group calls (--calls).
const catalogue::Fact<catalogue::Limit>& size_limit(const Judge& judge);
// Its key: "max_group" or "max_participants".
std::string size_limit_key(const Judge& judge);

// Scores a graded fact with the weight "<key>.<newest value or unknown>".
template <class T>
void grade(Judge& judge, const std::string& key, const catalogue::Fact<T>& fact, Values values = {},
           std::string need = {}) {
  const std::string value = fact.known() ? spell(fact.current().value) : std::string("unknown");
  judge.score(key + "." + value, {judge.use(key, fact)}, std::move(values), std::move(need));
}

} // namespace advisor::engine
