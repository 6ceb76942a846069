#pragma once
// Builds small catalogues in C++ for engine and renderer tests, independent of the built-in data.

#include <advisor/catalogue/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace advisor::test {

// Returns a statement of `value` by `source` (S0 = the seed, 2020-07; S1 = 2024-03; S2 = 2025).
template <class T>
catalogue::Statement<T> statement(T value, std::string source = "S1",
                                  std::optional<Date> date = std::nullopt) {
  catalogue::Statement<T> s;
  s.value = std::move(value);
  s.provenance.source = std::move(source);
  s.provenance.date = date;
  s.provenance.confidence = catalogue::Confidence::high;
  return s;
}

// Returns a fact with one statement.
template <class T>
catalogue::Fact<T> said(T value, std::string source = "S1",
                        std::optional<Date> date = std::nullopt) {
  catalogue::Fact<T> fact;
  fact.history.push_back(statement(std::move(value), std::move(source), date));
  return fact;
}

// Returns a fact that was `before` by the seed (2020-07) and is `now` by S2 (2025).
template <class T> catalogue::Fact<T> changed(T before, T now) {
  catalogue::Fact<T> fact;
  fact.history.push_back(statement(std::move(before), "S0"));
  fact.history.push_back(statement(std::move(now), "S2"));
  return fact;
}

// Returns an entry whose every fact is known and favourable for a browser video meeting of up
// to 50 people: recommended, active, free, German operator, no tracking, Firefox works, …
catalogue::Entry good_entry(const std::string& id,
                            catalogue::Category category = catalogue::Category::video);

// Returns an entry whose every fact is unknown (verdict, status and facts).
catalogue::Entry unknown_entry(const std::string& id,
                               catalogue::Category category = catalogue::Category::video);

// Returns the weights and thresholds the engine tests assume (the first rules.yaml), so that
// tuning the built-in rules never breaks a unit test.
catalogue::Rules test_rules();

// Returns a catalogue of sources S0, S1, S2, assessor "dpa", test_rules(), and one tool per
// entry (ids with a "/" become services of the tool named before the "/").
catalogue::Catalogue make_catalogue(std::vector<catalogue::Entry> entries);

} // namespace advisor::test

#include <advisor/engine/ranking.hpp>

namespace advisor::test {

// The day the engine tests judge on.
inline constexpr Date k_today{2026, 11, 30};

// Returns the candidate `id` of `ranking`; fails the test when it is missing.
const engine::Candidate& candidate(const engine::Ranking& ranking, const std::string& id);

// Returns the rule ids of `reasons`, in order.
std::vector<std::string> rules_of(const std::vector<engine::Reason>& reasons);

// Returns the reason with rule `rule`; fails the test when it is missing.
const engine::Reason& reason(const std::vector<engine::Reason>& reasons, const std::string& rule);

} // namespace advisor::test
