#pragma once
// Turning the engine's reasons (data) into sentences of the output language.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/language.hpp>
#include <advisor/engine/reason.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace advisor::render {

// Returns the name of a language by ISO 639-1 code ("de" -> "Deutsch" / "German"); the code
// itself when it is not one we know.
std::string language_name(std::string_view code, Language language);

// Returns the name of a country by ISO 3166 code ("CH" -> "Schweiz" / "Switzerland"); the code
// itself when it is not one we know.
std::string country_name(std::string_view code, Language language);

// Returns the value of fact `key` in words: "works with limits", "no fixed limit", "German,
// English". `value` is the catalogue spelling a FactUse carries.
std::string value_label(std::string_view key, std::string_view value, Language language);

// full: every name and date in full, and what an older source said when a fact changed. brief:
// assessors by their short name where they have one, dates as the year, no history (the short
// view of `recommend`).
enum class Brevity { full, brief };

// Returns the sentence of `reason` about `entry`; when a fact changed, the sentence says what an
// older source said and when (unless brief). Throws Error when the rule has no message (a test
// prevents that).
std::string reason_text(const engine::Reason& reason, const catalogue::Entry& entry,
                        const catalogue::Catalogue& catalogue, Language language,
                        Brevity brevity = Brevity::full);

// Returns a judgment in words: "Berlin commissioner (18 February 2021): green, counts as
// recommended" (brief: the short name and the year).
std::string judgment_words(const engine::Evidence& evidence, const catalogue::Catalogue& catalogue,
                           Language language, bool brief);

// Returns the sources of the known facts a reason used: "S0, 2020-07; S22". Empty when none.
std::string citation(const engine::Reason& reason);

// Adds the source ids a reason cites to `ids`, keeping them unique and in source order
// (S0, S2, S10, S16b).
void collect_sources(const engine::Reason& reason, std::vector<std::string>& ids);

} // namespace advisor::render
