#pragma once
// The JSON shape of one fact, shared by every command with `--format json`.
//
//   {"known": true, "value": "works", "text": "works",
//    "statements": [{"value": "limited", "text": "works with limits", "source": "S0",
//                    "date": "2020-07", "confidence": "L", "note": null}, …]}
//
// `value` is the newest statement's value in its catalogue spelling (null when unknown), `text`
// the same in words in the output language ("unknown" when unknown). `statements` is the history,
// oldest first; price statements add "amount_eur" and "period" ("month", "once" or null), status
// statements add "replaced_by" (null when nothing replaced it). An unknown fact has an empty
// list and its "note" (or null) beside "known": false.

#include <advisor/render/fact_text.hpp>

#include <nlohmann/json.hpp>

namespace advisor::render {

// Returns a raw value as JSON: a string, a number or an array of strings.
nlohmann::ordered_json raw_json(const RawValue& value);

// Returns a text in `language` as JSON, null when it is empty.
nlohmann::ordered_json text_json(const Text& text, Language language);

// Returns where a statement comes from: {"source", "date" (null when unknown), "confidence",
// "note" (null when none)}.
nlohmann::ordered_json provenance_json(const catalogue::Provenance& provenance, Language language);

// Returns one fact as the object described above.
nlohmann::ordered_json fact_json(const FactView& fact, Language language);

} // namespace advisor::render
