#pragma once
// Why a candidate got its points, its warnings or its exclusion: data, never a sentence.
// The render layer turns a Reason into words of the output language.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/date.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace advisor::engine {

// exclude: a hard need is not met (or not known to be met); score: signed points; warn: shown,
// no points.
enum class RuleKind { exclude, score, warn };

// One statement of a fact as the engine used it.
struct Evidence {
  Str value;                // catalogue spelling ("limited", "6", "none", "de,en")
  Str source;               // source id ("S22"); empty when the fact is unknown
  std::optional<Date> date; // the statement's date, else its source's date; nullopt = unknown
  catalogue::Confidence confidence = catalogue::Confidence::medium;
  Str by;                  // judgments: the assessor's id; empty for a verdict (its source's
                           // publisher judged)
  bool supersedes = false; // undated, but taken as newer than the dated statements before it
};

// A fact a rule looked at: its newest statement, and the one before it when that said otherwise.
struct FactUse {
  Str key;                          // "max_participants", "browsers.firefox", "verdict",
                                    // "assessment", "condition.free-tier-minutes"
  bool known = false;               // false: no source says it (value "unknown")
  Evidence current;                 // the newest statement (value "unknown" when !known)
  std::optional<Evidence> previous; // the latest older statement with another value
};

// One judgment about one candidate.
struct Reason {
  Str rule; // a weight key for scores ("verdict.recommended"); "exclude.…" or "warn.…"
  RuleKind kind = RuleKind::score;
  int points = 0; // 0 for exclude and warn
  Str need;       // the need that caused it ("people", "dial-in"); empty when none did
  std::vector<FactUse> facts;
  // Numbers and names the sentence needs, from the query or a condition: "people" -> "8",
  // "limit" -> "6", "minutes" -> "60", "assessor" -> "berlin-dpa", "replaced_by" -> "…".
  std::map<std::string, std::string> values;
};

} // namespace advisor::engine
