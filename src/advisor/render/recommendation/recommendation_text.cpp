// `recommend --format text`: the short view (recommendation_short.cpp), or with --explain and
// --why-not every point and source; stable bytes.
#include <advisor/render/messages.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/recommendation/recommendation.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>
#include <advisor/render/terminal.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render {
namespace {

using namespace detail;

struct Writer {
  const catalogue::Catalogue& catalogue;
  Language language;
  std::size_t width;
  std::string out;

  void line(const std::string& text = {}) { out += text + '\n'; }
  // `text` after `prefix`, wrapped to the width, further lines aligned under its first word.
  void item(const std::string& prefix, const std::string& text) {
    line(wrap_hanging(prefix, text, width));
  }

  std::string text(const engine::Reason& reason, const catalogue::Entry& entry) const {
    std::string result = reason_text(reason, entry, catalogue, language);
    const std::string cited = citation(reason);
    if (!cited.empty()) result += " [" + cited + "]";
    return result;
  }

  void points(const engine::Candidate& candidate, const std::string& indent) {
    for (const auto& reason : candidate.points) {
      item(fmt::format("{}{:>4}  ", indent, signed_points(reason.points)),
           text(reason, *candidate.entry));
    }
  }

  void warnings(const engine::Candidate& candidate, const std::string& indent) {
    if (candidate.warnings.empty()) return;
    line(indent + message("out.warnings", language) + ":");
    for (const auto& reason : candidate.warnings) {
      item(indent + "  ! ", text(reason, *candidate.entry));
    }
  }

  void verdict(const engine::Candidate& candidate, const std::string& indent) {
    line(indent + message("out.verdict", language) + ": " + verdict_word(candidate, language));
  }

  void recommended(const engine::Candidate& candidate, std::size_t place) {
    const auto& entry = *candidate.entry;
    const std::string local = local_mark(entry, language);
    line(fmt::format("{}. {} ({}){} - {}", place, entry.name, entry.id, local,
                     score_words(candidate.score, language)));
    item("   " + message("out.address", language) + ": ", address(entry, language));
    verdict(candidate, "   ");
    line("   " + message("out.why", language) + ":");
    points(candidate, "   ");
    warnings(candidate, "   ");
    line("   " + message("out.next-step", language) + ": " + next_step(entry));
    line();
  }

  // Tools without a public address, for an organisation that runs or rents a server.
  void server_needed(const engine::Ranking& ranking) {
    if (ranking.server_needed.empty()) return;
    item("", message("out.server-needed", language));
    for (const auto& candidate : ranking.server_needed) {
      const auto& entry = *candidate.entry;
      item("  - ",
           fmt::format("{} ({}){} - {}: {}", entry.name, entry.id, local_mark(entry, language),
                       score_words(candidate.score, language), address(entry, language)));
    }
    item("", message("out.server-needed.hint", language));
    line();
  }

  void excluded(const engine::Ranking& ranking) {
    if (ranking.excluded.empty()) return;
    item("",
         message("out.excluded", language, {{"count", std::to_string(ranking.excluded.size())}}) +
             ":");
    for (const auto& candidate : ranking.excluded) {
      const std::string local =
          candidate.entry->local ? ", " + message("out.local", language) : std::string();
      item("  - ", exclusion_summary(candidate, catalogue, language) + " (" + candidate.entry->id +
                       local + ")");
    }
    item("", message("out.why-not.hint", language));
    line();
  }

  void sources(const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    item("", message("out.sources", language) + ":");
    for (const auto& id : ids)
      item(fmt::format("  {:<5} ", id), source_line(catalogue, id, language));
  }

  void nothing_fits(const engine::Ranking& ranking) {
    out += nothing_fits_text(ranking, language, width);
  }

  void ranking_view(const engine::Ranking& ranking, const RecommendationOptions& options) {
    item("", message("out.title", language,
                     {{"query", query_summary(ranking.profile, catalogue, language)}}));
    const auto total =
        ranking.fitting.size() + ranking.server_needed.size() + ranking.excluded.size();
    if (ranking.fitting.empty()) {
      nothing_fits(ranking);
    } else {
      item("", message("out.fitting", language,
                       {{"fitting", std::to_string(ranking.fitting.size())},
                        {"total", std::to_string(total)}}));
      line();
      const std::size_t shown = shown_count(ranking, options);
      for (std::size_t i = 0; i < shown; ++i) {
        const auto availability = ranking.fitting[i].availability;
        if (i == 0 || ranking.fitting[i - 1].availability != availability) {
          const std::string heading = group_heading(availability, language);
          if (!heading.empty()) item("", heading);
        }
        recommended(ranking.fitting[i], i + 1);
      }
      if (shown < ranking.fitting.size()) {
        item("", shown_words(shown, language));
        line();
      }
    }
    server_needed(ranking);
    excluded(ranking);
    sources(cited_sources(ranking, options));
  }

  void why_not_view(const engine::Ranking& ranking, const RecommendationOptions& options) {
    const auto* entry = catalogue.find(options.why_not);
    if (entry == nullptr) return;
    item("", message("out.why-not.title", language, {{"name", entry->name}}));
    const auto* candidate = ranking.find(options.why_not);
    if (candidate == nullptr) {
      item("", message("out.why-not.category", language,
                       {{"name", entry->name},
                        {"category", label(entry->category).in(language)},
                        {"asked", label(*ranking.profile.category).in(language)}}));
      return;
    }
    if (candidate->excluded()) {
      item("", message("out.why-not.excluded", language, {{"name", entry->name}}));
      for (const auto& reason : candidate->exclusions)
        item("  - ", text(reason, *entry));
      item("", message("out.why-not.otherwise", language,
                       {{"score", std::to_string(candidate->score)}}));
    } else if (ranking.place(entry->id) == 0) {
      item("", message("out.why-not.server", language, {{"name", entry->name}}));
    } else {
      item("", message("out.why-not.fits", language,
                       {{"name", entry->name},
                        {"place", std::to_string(ranking.place(entry->id))},
                        {"fitting", std::to_string(ranking.fitting.size())},
                        {"score", std::to_string(candidate->score)}}));
    }
    points(*candidate, "");
    warnings(*candidate, "");
    line();
    sources(cited_sources(ranking, options));
  }
};

} // namespace

std::string render_recommendation_text(const engine::Ranking& ranking,
                                       const catalogue::Catalogue& catalogue,
                                       const RecommendationOptions& options, Language language) {
  if (options.why_not.empty() && !options.explain) {
    return short_recommendation_text(ranking, catalogue, options, language,
                                     TextStyle{options.color, options.width});
  }
  Writer writer{catalogue, language, options.width, {}};
  if (options.why_not.empty()) {
    writer.ranking_view(ranking, options);
  } else {
    writer.why_not_view(ranking, options);
  }
  return writer.out;
}

} // namespace advisor::render
