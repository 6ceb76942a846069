#pragma once
// Helpers shared by the recommendation renderers (text, Markdown, JSON). Internal to render.

#include <advisor/render/recommendation/recommendation.hpp>
#include <advisor/render/terminal.hpp>

#include <string>
#include <vector>

namespace advisor::render::detail {

// Returns the needs as one line: "video conferencing, 6 people, browser Firefox".
std::string query_summary(const engine::Profile& profile, const catalogue::Catalogue& catalogue,
                          Language language);

// Returns the flags that ask the same again: "--category video --people 6 --browser firefox".
std::string query_flags(const engine::Profile& profile);

// The short text view (no --explain, no --why-not).
std::string short_recommendation_text(const engine::Ranking& ranking,
                                      const catalogue::Catalogue& catalogue,
                                      const RecommendationOptions& options, Language language,
                                      const TextStyle& style);

// Returns how many fitting candidates to show.
std::size_t shown_count(const engine::Ranking& ranking, const RecommendationOptions& options);

// Returns "1 service" / "3 services" in `language`.
std::string services(int count, Language language);

// Returns the command that shows the next step for a candidate: "advisor guide talky".
std::string next_step(const catalogue::Entry& entry);

// Returns the ids of every source the shown candidates, the excluded ones, or the one explained
// with --why-not cite, in source order.
std::vector<std::string> cited_sources(const engine::Ranking& ranking,
                                       const RecommendationOptions& options);

// Returns "Publisher: Title (2020-07)" for a source, or the id when it is unknown.
std::string source_line(const catalogue::Catalogue& catalogue, const std::string& id,
                        Language language);

// Returns the address line of an entry: its URL, or "No public address." with hosting advice.
std::string address(const catalogue::Entry& entry, Language language);

// Returns the heading above the first fitting candidate of a group ("Existence uncertain …"), or
// "" for the services usable now.
std::string group_heading(engine::Availability availability, Language language);

// Returns what the deciding judgment of a candidate amounts to, in words.
std::string verdict_word(const engine::Candidate& candidate, Language language);

// Returns "score 42" / "42 Punkte", "1 Punkt".
std::string score_words(int score, Language language);

// Returns the line under a shortened list: "Showing the first 3; --all shows them all."
std::string shown_words(std::size_t shown, Language language);

// Returns "+40" / "-10" / "0".
std::string signed_points(int points);

// Returns the exclusion reasons of a candidate joined with "; ".
std::string exclusion_summary(const engine::Candidate& candidate,
                              const catalogue::Catalogue& catalogue, Language language);

// Returns the relaxation advice lines when nothing fits: "--dial-in excluded 8 services; without
// it, 2 would fit", and the need to try without first (empty when none).
std::vector<std::string> relaxation_lines(const engine::Ranking& ranking, Language language);
std::string relaxation_advice(const engine::Ranking& ranking, Language language);

// Returns the text block when nothing fits: that nothing does, which needs excluded most and
// what to try, wrapped to `width`; or that the catalogue has no service of the kind.
std::string nothing_fits_text(const engine::Ranking& ranking, Language language, std::size_t width);

} // namespace advisor::render::detail
