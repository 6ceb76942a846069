// `recommend --format markdown`: pandoc-friendly Markdown with the same content as the text: the
// short view by default, every point and source with --explain or --why-not.
#include <advisor/render/messages.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/recommendation/recommendation.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>
#include <advisor/render/recommendation/short_view.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render {
namespace {

using namespace detail;

// Escapes what Markdown would read as markup inside a table cell or a list item.
std::string escape(const std::string& text) {
  std::string result;
  for (char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' ||
        c == ']') {
      result += '\\';
    }
    result += c;
  }
  return result;
}

struct Writer {
  const catalogue::Catalogue& catalogue;
  Language language;
  std::string out;

  void line(const std::string& text = {}) { out += text + '\n'; }

  void points(const engine::Candidate& candidate) {
    line(fmt::format("| {} | {} | {} |", message("out.points", language),
                     message("out.why", language), message("out.sources", language)));
    line("|---:|---|---|");
    for (const auto& reason : candidate.points) {
      line(fmt::format("| {} | {} | {} |", signed_points(reason.points),
                       escape(reason_text(reason, *candidate.entry, catalogue, language)),
                       escape(citation(reason))));
    }
    line();
  }

  void warnings(const engine::Candidate& candidate) {
    if (candidate.warnings.empty()) return;
    line("**" + message("out.warnings", language) + "**");
    line();
    for (const auto& reason : candidate.warnings) {
      std::string item = escape(reason_text(reason, *candidate.entry, catalogue, language));
      const std::string cited = citation(reason);
      if (!cited.empty()) item += " (" + escape(cited) + ")";
      line("- " + item);
    }
    line();
  }

  std::string address_text(const catalogue::Entry& entry) const {
    if (!entry.url.empty()) return "<" + entry.url + ">";
    return escape(address(entry, language));
  }

  void recommended(const engine::Candidate& candidate, std::size_t place) {
    const auto& entry = *candidate.entry;
    const std::string local = local_mark(entry, language);
    line(fmt::format("## {}. {}{} ({})", place, escape(entry.name), local,
                     score_words(candidate.score, language)));
    line();
    line("- " + message("out.address", language) + ": " + address_text(entry));
    line("- " + message("out.verdict", language) + ": " + verdict_word(candidate, language));
    line("- " + message("out.next-step", language) + ": `" + next_step(entry) + "`");
    line();
    points(candidate);
    warnings(candidate);
  }

  void server_needed(const engine::Ranking& ranking) {
    if (ranking.server_needed.empty()) return;
    line("## " + escape(message("out.server-needed", language)));
    line();
    for (const auto& candidate : ranking.server_needed) {
      const auto& entry = *candidate.entry;
      line(fmt::format("- **{}**{} (`{}`, {}): {}", escape(entry.name), local_mark(entry, language),
                       entry.id, score_words(candidate.score, language),
                       escape(address(entry, language))));
    }
    line();
    line(escape(message("out.server-needed.hint", language)));
    line();
  }

  void excluded(const engine::Ranking& ranking) {
    if (ranking.excluded.empty()) return;
    line("## " +
         message("out.excluded", language, {{"count", std::to_string(ranking.excluded.size())}}));
    line();
    for (const auto& candidate : ranking.excluded) {
      const std::string local =
          candidate.entry->local ? ", " + message("out.local", language) : std::string();
      line("- " + escape(exclusion_summary(candidate, catalogue, language)) + " (`" +
           candidate.entry->id + "`" + local + ")");
    }
    line();
    line(escape(message("out.why-not.hint", language)));
    line();
  }

  void sources(const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    line("## " + message("out.sources", language));
    line();
    for (const auto& id : ids)
      line("- **" + id + "** " + escape(source_line(catalogue, id, language)));
  }

  void ranking_view(const engine::Ranking& ranking, const RecommendationOptions& options) {
    line("# " + escape(message("out.title", language,
                               {{"query", query_summary(ranking.profile, catalogue, language)}})));
    line();
    if (ranking.fitting.empty()) {
      nothing_fits(ranking);
    } else {
      const auto total =
          ranking.fitting.size() + ranking.server_needed.size() + ranking.excluded.size();
      line(message(
          "out.fitting", language,
          {{"fitting", std::to_string(ranking.fitting.size())}, {"total", std::to_string(total)}}));
      line();
      const std::size_t shown = shown_count(ranking, options);
      for (std::size_t i = 0; i < shown; ++i) {
        const auto availability = ranking.fitting[i].availability;
        if (i == 0 || ranking.fitting[i - 1].availability != availability) {
          const std::string heading = group_heading(availability, language);
          if (!heading.empty()) {
            line("**" + escape(heading) + "**");
            line();
          }
        }
        recommended(ranking.fitting[i], i + 1);
      }
      if (shown < ranking.fitting.size()) {
        line(escape(shown_words(shown, language)));
        line();
      }
    }
    server_needed(ranking);
    excluded(ranking);
    sources(cited_sources(ranking, options));
  }

  void nothing_fits(const engine::Ranking& ranking) {
    if (ranking.excluded.empty() && ranking.fitting.empty()) {
      line(message("out.no-candidates", language));
      line();
      return;
    }
    line(message("out.nothing-fits", language));
    line();
    const auto lines = relaxation_lines(ranking, language);
    if (lines.empty()) return;
    line(message("out.relax.heading", language));
    line();
    for (const auto& text : lines)
      line("- " + escape(text));
    line();
    line(escape(relaxation_advice(ranking, language)));
    line();
  }

  void short_lines(const std::string& heading, const std::vector<ShortLine>& items,
                   bool name_first) {
    if (items.empty()) return;
    std::string title = heading;
    if (!title.empty() && title.back() == ':') title.pop_back(); // a heading, not a lead-in
    line("## " + escape(title));
    line();
    for (const auto& item : items) {
      line(name_first
               ? fmt::format("- **{}** (`{}`): {}", escape(item.name), item.id, escape(item.text))
               : fmt::format("- {} (`{}`)", escape(item.text), item.id));
    }
    line();
  }

  void short_view(const engine::Ranking& ranking, const RecommendationOptions& options) {
    const auto view = make_short_view(ranking, catalogue, options, language);
    line("# " + escape(view.title));
    line();
    if (view.fitting.empty()) {
      nothing_fits(ranking);
    } else {
      line(escape(view.fitting));
      line();
    }
    for (std::size_t i = 0; i < view.shown.size(); ++i) {
      const auto& shown = view.shown[i];
      const auto& entry = *shown.candidate->entry;
      if (!shown.heading.empty()) {
        line("**" + escape(shown.heading) + "**");
        line();
      }
      line(fmt::format("## {}. {}{} ({})", i + 1, escape(entry.name), local_mark(entry, language),
                       score_words(shown.candidate->score, language)));
      line();
      line("- " + message("out.address", language) + ": " + address_text(entry));
      line("- " + message("out.verdict", language) + ": " + escape(shown.verdict));
      for (const auto& gain : shown.gains)
        line("- \\+ " + escape(gain));
      for (const auto& loss : shown.losses)
        line("- \\- " + escape(loss));
      for (const auto& warning : shown.warnings)
        line("- **!** " + escape(warning));
      line("- " + message("out.next-step", language) + ": `" + next_step(entry) + "`");
      line();
    }
    if (!view.also_fit.empty()) {
      line(escape(view.also_fit));
      line();
    }
    short_lines(message("out.group.advised-against", language), view.advised_against, true);
    if (!view.server_needed.empty()) {
      line(escape(message("out.short.server-needed", language,
                          {{"names", fmt::format("{}", fmt::join(view.server_needed, ", "))}})));
      line();
    }
    short_lines(
        message("out.excluded", language, {{"count", std::to_string(view.excluded.size())}}),
        view.excluded, false);
    line(escape(message("out.short.explain", language)));
    line();
    line("- `" + view.again + " --explain`");
  }

  void why_not_view(const engine::Ranking& ranking, const RecommendationOptions& options) {
    const auto* entry = catalogue.find(options.why_not);
    if (entry == nullptr) return;
    line("# " + escape(message("out.why-not.title", language, {{"name", entry->name}})));
    line();
    const auto* candidate = ranking.find(options.why_not);
    if (candidate == nullptr) {
      line(escape(message("out.why-not.category", language,
                          {{"name", entry->name},
                           {"category", label(entry->category).in(language)},
                           {"asked", label(*ranking.profile.category).in(language)}})));
      return;
    }
    if (candidate->excluded()) {
      line(escape(message("out.why-not.excluded", language, {{"name", entry->name}})));
      line();
      for (const auto& reason : candidate->exclusions) {
        line("- " + escape(reason_text(reason, *entry, catalogue, language)));
      }
      line();
      line(message("out.why-not.otherwise", language,
                   {{"score", std::to_string(candidate->score)}}));
    } else if (ranking.place(entry->id) == 0) {
      line(escape(message("out.why-not.server", language, {{"name", entry->name}})));
    } else {
      line(escape(message("out.why-not.fits", language,
                          {{"name", entry->name},
                           {"place", std::to_string(ranking.place(entry->id))},
                           {"fitting", std::to_string(ranking.fitting.size())},
                           {"score", std::to_string(candidate->score)}})));
    }
    line();
    points(*candidate);
    warnings(*candidate);
    sources(cited_sources(ranking, options));
  }
};

} // namespace

std::string render_recommendation_markdown(const engine::Ranking& ranking,
                                           const catalogue::Catalogue& catalogue,
                                           const RecommendationOptions& options,
                                           Language language) {
  Writer writer{catalogue, language, {}};
  if (options.why_not.empty() && !options.explain) {
    writer.short_view(ranking, options);
  } else if (options.why_not.empty()) {
    writer.ranking_view(ranking, options);
  } else {
    writer.why_not_view(ranking, options);
  }
  return writer.out;
}

} // namespace advisor::render
