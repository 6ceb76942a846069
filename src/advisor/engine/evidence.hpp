#pragma once
// Turning catalogue facts into the FactUse records that reasons carry.

#include <advisor/catalogue/model.hpp>
#include <advisor/catalogue/names.hpp>
#include <advisor/engine/reason.hpp>

#include <string>
#include <type_traits>
#include <vector>

namespace advisor::engine {

// Each returns the catalogue spelling of a fact value ("limited", "6", "none", "de,en").
std::string spell(int value);
std::string spell(const catalogue::Limit& value);
std::string spell(const std::vector<Str>& value);
std::string spell(const std::vector<catalogue::Channel>& value);
std::string spell(std::string_view value);
template <class T>
requires std::is_enum_v<T> std::string spell(T value) {
  return std::string(catalogue::name_of(value));
}

// Returns the date of a statement: its own, else its source's; nullopt when neither is known.
std::optional<Date> date_of(const catalogue::Provenance& provenance,
                            const catalogue::Catalogue& catalogue);

// Returns the evidence of one statement.
Evidence evidence_of(const std::string& value, const catalogue::Provenance& provenance,
                     const catalogue::Catalogue& catalogue);

// Returns the use of `fact` under `key`: its newest statement and, when an older statement said
// something else, the latest such statement.
template <class T>
FactUse use_fact(std::string key, const catalogue::Fact<T>& fact,
                 const catalogue::Catalogue& catalogue) {
  FactUse use;
  use.key = std::move(key);
  if (!fact.known()) {
    use.current.value = "unknown";
    return use;
  }
  use.known = true;
  const auto& newest = fact.current();
  use.current = evidence_of(spell(newest.value), newest.provenance, catalogue);
  for (auto it = fact.history.rbegin(); it != fact.history.rend(); ++it) {
    if (!(it->value == newest.value)) {
      use.previous = evidence_of(spell(it->value), it->provenance, catalogue);
      break;
    }
  }
  return use;
}

} // namespace advisor::engine

namespace advisor::engine {

// Returns an amount of euros as written in reasons: "0", "10", "14.90".
std::string spell_eur(double amount);

} // namespace advisor::engine
