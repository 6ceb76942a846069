// `recommend` without --explain, as text: the best few services in a few lines each, what did not
// fit in one line each, and the commands that show more. Colour only through the TextStyle.
#include <advisor/render/messages.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>
#include <advisor/render/recommendation/short_view.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render::detail {
namespace {

struct ShortWriter {
  Language language;
  const TextStyle& style;
  std::string out;

  void line(const std::string& text = {}) { out += text + '\n'; }
  void item(const std::string& prefix, const std::string& text) {
    line(wrap_hanging(prefix, text, style.width));
  }
  // A wrapped item whose marker is coloured; colour codes take no columns.
  void marked(const std::string& indent, const std::string& mark, Emphasis emphasis,
              const std::string& text) {
    const std::string plain = wrap_hanging(indent + mark + " ", text, style.width);
    line(indent + style.apply(mark, emphasis) + plain.substr(indent.size() + mark.size()));
  }

  void candidate(const ShortCandidate& shown, std::size_t place) {
    const auto& candidate = *shown.candidate;
    const auto& entry = *candidate.entry;
    if (!shown.heading.empty()) item("", shown.heading);
    line(fmt::format("{}. {} ({}){} - {}", place, style.apply(entry.name, Emphasis::bold), entry.id,
                     local_mark(entry, language), score_words(candidate.score, language)));
    // The address and the guide command on one line when they fit; a command is never broken.
    const std::string where = address(entry, language);
    const std::string guide = message("out.short.guide", language) + ": " + next_step(entry);
    if (display_width("   " + where + "  ·  " + guide) <= style.width) {
      item("   ", where + "  ·  " + guide);
    } else {
      item("   ", where);
      line("   " + guide);
    }
    // "Verdict: Selbsthilfezentrum München (July 2020): recommended": who judged and when.
    const Emphasis emphasis =
        candidate.availability == engine::Availability::now ? Emphasis::good : Emphasis::bold;
    const std::string head = "   " + message("out.verdict", language) + ": ";
    const std::string plain = wrap_hanging(head, shown.verdict, style.width);
    line(head + style.apply(plain.substr(head.size()), emphasis));
    if (!shown.gains.empty())
      marked("   ", "+", Emphasis::good, fmt::format("{}", fmt::join(shown.gains, " · ")));
    if (!shown.losses.empty())
      marked("   ", "-", Emphasis::bad, fmt::format("{}", fmt::join(shown.losses, " · ")));
    for (const auto& warning : shown.warnings)
      marked("   ", "!", Emphasis::warning, warning);
    line();
  }

  void lines(const std::string& heading, const std::vector<ShortLine>& items, bool name_first) {
    if (items.empty()) return;
    item("", heading);
    for (const auto& entry : items) {
      // A reason names its service; a verdict does not.
      item("  - ", name_first ? fmt::format("{} ({}): {}", entry.name, entry.id, entry.text)
                              : fmt::format("{} ({})", entry.text, entry.id));
    }
    line();
  }

  void view(const ShortView& view, const engine::Ranking& ranking) {
    item("", view.title);
    if (view.fitting.empty()) {
      out += nothing_fits_text(ranking, language, style.width);
    } else {
      item("", view.fitting);
      line();
    }
    for (std::size_t i = 0; i < view.shown.size(); ++i)
      candidate(view.shown[i], i + 1);
    if (!view.also_fit.empty()) {
      item("", view.also_fit);
      line();
    }
    lines(message("out.group.advised-against", language), view.advised_against, true);
    if (!view.server_needed.empty()) {
      item("", message("out.short.server-needed", language,
                       {{"names", fmt::format("{}", fmt::join(view.server_needed, ", "))}}));
      line();
    }
    lines(message("out.excluded", language, {{"count", std::to_string(view.excluded.size())}}) +
              ":",
          view.excluded, false);
    // The commands that show more, unwrapped so that they can be copied whole.
    item("", message("out.short.explain", language));
    line("  " + view.again + " --explain");
  }
};

} // namespace

std::string short_recommendation_text(const engine::Ranking& ranking,
                                      const catalogue::Catalogue& catalogue,
                                      const RecommendationOptions& options, Language language,
                                      const TextStyle& style) {
  ShortWriter writer{language, style, {}};
  writer.view(make_short_view(ranking, catalogue, options, language), ranking);
  return writer.out;
}

} // namespace advisor::render::detail
