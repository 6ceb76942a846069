#pragma once
// The output of `recommend` in each format: by default the best few services with the reasons
// that decided them; with --explain every point's reason, the warnings, the excluded services and
// the sources; or one service explained in full (--why-not).

#include <advisor/catalogue/model.hpp>
#include <advisor/core/language.hpp>
#include <advisor/engine/ranking.hpp>

#include <cstddef>
#include <string>

namespace advisor::render {

struct RecommendationOptions {
  std::size_t top = 3;    // how many fitting services to show
  bool all = false;       // show every fitting service
  bool explain = false;   // every point, warning and source (text and Markdown)
  std::string why_not;    // explain this id in full instead; it must exist in the catalogue
  std::size_t width = 80; // text format: lines are wrapped to this many display columns
  bool color = false;     // text format: ANSI colour for verdicts, warnings and marks
};

// Each returns the whole output as one string, the same bytes for the same input. Throws Error
// only for a message missing from the tables (tests prevent that).
std::string render_recommendation_text(const engine::Ranking& ranking,
                                       const catalogue::Catalogue& catalogue,
                                       const RecommendationOptions& options, Language language);
std::string render_recommendation_markdown(const engine::Ranking& ranking,
                                           const catalogue::Catalogue& catalogue,
                                           const RecommendationOptions& options, Language language);
// The JSON contract of PRODUCT.md: schema_version, query, recommendations, excluded (and
// relaxations, sources). Never coloured.
std::string render_recommendation_json(const engine::Ranking& ranking,
                                       const catalogue::Catalogue& catalogue,
                                       const RecommendationOptions& options, Language language);

} // namespace advisor::render
