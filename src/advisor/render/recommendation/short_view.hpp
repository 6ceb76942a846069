#pragma once
// What the short recommendation shows (no --explain, no --why-not), in words of one language:
// chosen once here, printed as text (recommendation_short_text.cpp) and Markdown
// (recommendation_short_markdown.cpp). Internal to render.

#include <advisor/render/recommendation/recommendation.hpp>

#include <string>
#include <vector>

namespace advisor::render::detail {

struct ShortCandidate {
  const engine::Candidate* candidate = nullptr;
  std::string heading;               // "Whether these services still exist …" above it, or ""
  std::string verdict;               // "Selbsthilfezentrum München (July 2020): recommended"
  std::vector<std::string> gains;    // the largest reasons for it
  std::vector<std::string> losses;   // the largest reason against it
  std::vector<std::string> warnings; // status, age of the advice, sensitive data, free minutes
};

struct ShortLine {
  std::string id;
  std::string name;
  std::string text; // the verdict (advised against) or the main reason (did not fit)
};

struct ShortView {
  std::string title;   // "Recommendations: video conferencing, 6 people, …"
  std::string fitting; // "7 of 11 services fit, best first."; "" when none fits (the renderer
                       // then says what excluded most, as --explain does)
  std::vector<ShortCandidate> shown; // the best --top
  std::string also_fit; // "Also fit: talky, … and 12 more (--all)."; "" when none
  std::vector<ShortLine> advised_against;
  std::vector<std::string> server_needed; // "BigBlueButton (bigbluebutton)"
  std::vector<ShortLine> excluded;
  std::string again; // "advisor recommend --category video --people 6 --browser firefox"
};

// Returns one candidate as the short view shows it (verdict, deciding reasons, warnings).
ShortCandidate make_short_candidate(const engine::Candidate& candidate,
                                    const catalogue::Catalogue& catalogue, Language language);

ShortView make_short_view(const engine::Ranking& ranking, const catalogue::Catalogue& catalogue,
                          const RecommendationOptions& options, Language language);

} // namespace advisor::render::detail
