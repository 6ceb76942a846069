#pragma once
// Building catalogue values in C++ for tests, without YAML: facts, entries, and a small sample
// catalogue (talky, blizz, jitsi-meet with jitsi-meet/ffmuc, threema) modelled on the fact sheet.
//
//   auto entry = make_entry("talky", "talky", Category::video);
//   entry.facts.max_participants = fact(Limit{false, 6}, said("S0", "2020-07", Confidence::low));
//   entry.facts.browsers[Browser::firefox] =
//       history({statement(Support::limited, said("S0", "2020-07")),
//                statement(Support::works, said("S22"))});

#include <advisor/catalogue/model.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace advisor::test {

// Returns a provenance: source id, date ("" = unknown; otherwise "2020", "2020-07" or
// "2020-07-03", checked), confidence and an optional note.
catalogue::Provenance said(std::string source, const std::string& date = "",
                           catalogue::Confidence confidence = catalogue::Confidence::high,
                           Text note = {});

// Returns a date from "2020", "2020-07" or "2020-07-03"; fails the test on anything else.
Date date_of(const std::string& text);

// Returns one statement of a value.
template <class T> catalogue::Statement<T> statement(T value, catalogue::Provenance provenance) {
  catalogue::Statement<T> result;
  result.value = std::move(value);
  result.provenance = std::move(provenance);
  return result;
}

// Returns a fact with a single statement.
template <class T> catalogue::Fact<T> fact(T value, catalogue::Provenance provenance) {
  catalogue::Fact<T> result;
  result.history.push_back(statement(std::move(value), std::move(provenance)));
  return result;
}

// Returns a fact whose history is `statements`, oldest first.
template <class T>
catalogue::Fact<T> history(std::initializer_list<catalogue::Statement<T>> statements) {
  catalogue::Fact<T> result;
  result.history = statements;
  return result;
}

// Returns an unknown fact, optionally saying why.
template <class T> catalogue::Fact<T> unknown(Text why = {}) {
  catalogue::Fact<T> result;
  result.unknown_note = std::move(why);
  return result;
}

// Returns an entry with every required field filled (summary, reviewed 2026-11-30, sources
// [S0], verdict recommended and status active by S0) and every fact unknown, the five browsers
// included.
catalogue::Entry make_entry(std::string id, std::string name, catalogue::Category category);

// Returns a source.
catalogue::Source make_source(std::string id, std::string title, std::string publisher,
                              const std::string& date, std::string url = "");

// Returns a small catalogue for renderer tests: sources S0, S2, S11, S16, S22, S33, S34, S42,
// S44, S74, S77; assessors berlin-dpa and shz; tools blizz (discontinued, rated red in 2020),
// jitsi-meet (with the service jitsi-meet/ffmuc, whose facts are inherited except its own),
// talky (limit 6 by S0) and threema (messenger, paid one-off). Test data only: some values are
// simplified.
catalogue::Catalogue sample_catalogue();

} // namespace advisor::test
