#pragma once
// One fact with its history and provenance, in words: what a source said, when, and how sure it
// is. `show`, `compare`, `recommend` and the handouts all say facts this way.
//
// Two steps: `describe…` turns a typed catalogue fact into a FactView (every statement's value in
// words in both languages, plus its catalogue spelling for JSON); `format_…` turns views into
// text in one language. Neither step prints; Markdown and JSON renderers use the views directly
// (see fact_json.hpp for the JSON shape).
//
//   auto facts = describe_facts(entry.facts);
//   for (const auto& fact : facts)
//     out << fact.name.in(lang) << ": " << format_current(fact, lang) << '\n';
//   // "Participant limit: 6 (S0, 2020-07, confidence: low)"
//   // format_history(browser_firefox, lang):
//   // "2020-07 (S0): works with limits → now (S22, date unknown): works"

#include <advisor/catalogue/model.hpp>
#include <advisor/core/language.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace advisor::render {

// A value in its catalogue spelling, as JSON shows it: a name ("free-tier", "none" for no fixed
// limit, "DE"), a number, or a list of codes (languages).
using RawValue = std::variant<std::string, int, std::vector<std::string>>;

// One statement of a fact, ready to show.
struct StatementView {
  Text words;                       // the value in words: "works with limits", "6", "Germany"
  RawValue raw;                     // the value in its catalogue spelling
  catalogue::Provenance provenance; // source id, date (nullopt: unknown), confidence, note
  std::optional<double> amount_eur; // price only: the amount, when the source gives one
  bool per_month = false;           // price only: the amount is per month
  std::string replaced_by;          // status only: what replaced a discontinued service
};

// One fact of an entry: its key, its name and its statements, oldest first.
struct FactView {
  std::string key;                    // "max_participants", "browsers.firefox", "verdict"
  Text name;                          // "Participant limit", "Browser: Firefox"
  std::vector<StatementView> history; // oldest first; empty = unknown
  Text unknown_note;                  // why it is unknown, may be empty
  Location where;                     // where the fact is written (a service's inherited fact:
                                      // its tool's place); line 0 when not known

  // Returns true when at least one source states the fact.
  bool known() const { return !history.empty(); }
  // Returns the newest statement. Precondition: known().
  const StatementView& current() const { return history.back(); }
  // Returns true when an older statement said something else than the newest one.
  bool changed() const;
};

// Each returns the view of one typed fact under `key` (the key decides the name; "country" also
// turns codes into country names). Enum values are put in words with vocabulary.hpp.
FactView describe(std::string key, const catalogue::Fact<catalogue::Limit>& fact);
FactView describe(std::string key, const catalogue::Fact<int>& fact);
FactView describe(std::string key, const catalogue::Fact<std::vector<Str>>& fact);
FactView describe(std::string key, const catalogue::Fact<Str>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::Support>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::YesNo>& fact);
FactView describe(std::string key, const catalogue::Fact<std::vector<catalogue::Channel>>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::Install>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::Encryption>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::OpenSource>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::Tracking>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::Price>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::Status>& fact);
FactView describe(std::string key, const catalogue::Fact<catalogue::Verdict>& fact);

// Returns every fact of `facts` in the order of docs/catalogue.md, the five browsers as separate
// facts "browsers.chrome" … "browsers.edge" (a browser missing from the map is unknown).
std::vector<FactView> describe_facts(const catalogue::Facts& facts);

// Returns the fact with `key` from `facts`, or nullptr.
const FactView* find_fact(const std::vector<FactView>& facts, std::string_view key);

// Returns "2020-07" or "date unknown" / "Datum unbekannt".
std::string format_date_or_unknown(const std::optional<Date>& date, Language language);

// Returns where a statement comes from: "S22, 2021-03, confidence: high"
// ("S22, 2021-03, Verlässlichkeit: hoch"); an unknown date is "date unknown".
std::string format_provenance(const catalogue::Provenance& provenance, Language language);

// Returns the value with its provenance: "works (S22, date unknown, confidence: high)".
std::string format_statement(const StatementView& statement, Language language);

// Returns the current value with its provenance, or "unknown" / "unbekannt" when no source
// states the fact.
std::string format_current(const FactView& fact, Language language);

// Returns what changed and when, oldest first, the newest as "now":
// "2020-07 (S0): works with limits → now (S22, date unknown): works". Returns an empty string
// when the fact has fewer than two statements or every statement says the same.
std::string format_history(const FactView& fact, Language language);

// Returns a condition in words: "Firefox works less well with more than 6 people".
Text describe_condition(const catalogue::Condition& condition);

// Returns an amount of euros: "14.90 EUR" / "14,90 EUR".
std::string format_euros(double amount, Language language);

} // namespace advisor::render
