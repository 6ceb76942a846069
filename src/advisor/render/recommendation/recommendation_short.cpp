// `recommend` without --explain: the best few services in a few lines each, what did not fit in
// one line each, and how to see everything. Plain text; colour only through the TextStyle.
#include <advisor/render/messages.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>
#include <advisor/render/terminal.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace advisor::render::detail {
namespace {

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// The warnings worth a line in the short view: whether the service still exists, how old the
// advice is, sensitive data, a meeting longer than the free plan allows. The rest is in --explain.
bool matters(const engine::Reason& reason) {
  return starts_with(reason.rule, "warn.status.") || reason.rule == "warn.judgment.age" ||
         reason.rule == "warn.reviewed.age" || starts_with(reason.rule, "warn.sensitive.") ||
         reason.rule == "warn.free-tier-minutes-exceeded";
}

// The reasons that decided a candidate, best first: the two largest gains and the largest loss
// (three gains when there is no loss). The verdict has a line of its own.
std::vector<const engine::Reason*> deciding_reasons(const engine::Candidate& candidate) {
  std::vector<const engine::Reason*> gains;
  std::vector<const engine::Reason*> losses;
  for (const auto& reason : candidate.points) {
    if (starts_with(reason.rule, "verdict.")) continue;
    (reason.points > 0 ? gains : losses).push_back(&reason);
  }
  auto larger = [](const engine::Reason* a, const engine::Reason* b) {
    return std::abs(a->points) > std::abs(b->points);
  };
  std::stable_sort(gains.begin(), gains.end(), larger);
  std::stable_sort(losses.begin(), losses.end(), larger);
  const std::size_t loss_count = std::min<std::size_t>(losses.size(), 1);
  gains.resize(std::min(gains.size(), 3 - loss_count));
  gains.insert(gains.end(), losses.begin(), losses.begin() + static_cast<long>(loss_count));
  return gains;
}

const engine::Reason* verdict_reason(const engine::Candidate& candidate) {
  for (const auto& reason : candidate.points) {
    if (starts_with(reason.rule, "verdict.")) return &reason;
  }
  return nullptr;
}

struct ShortWriter {
  const catalogue::Catalogue& catalogue;
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
  std::string said(const engine::Reason& reason, const catalogue::Entry& entry) const {
    return reason_text(reason, entry, catalogue, language);
  }
  // The deciding judgment alone, without the older ones --explain lists.
  std::string newest_judgment(const engine::Reason& reason, const catalogue::Entry& entry) const {
    engine::Reason newest = reason;
    if (newest.facts.size() > 1) newest.facts.resize(1);
    return said(newest, entry);
  }

  // "Verdict: Selbsthilfezentrum München (July 2020): recommended": who judged and when.
  void verdict(const engine::Candidate& candidate) {
    const auto* reason = verdict_reason(candidate);
    Emphasis emphasis = Emphasis::bold;
    if (candidate.availability == engine::Availability::now) emphasis = Emphasis::good;
    if (candidate.availability == engine::Availability::advised_against) emphasis = Emphasis::bad;
    const std::string head = "   " + message("out.verdict", language) + ": ";
    const std::string text = reason != nullptr ? newest_judgment(*reason, *candidate.entry)
                                               : verdict_word(candidate, language);
    const std::string plain = wrap_hanging(head, text, style.width);
    line(head + style.apply(plain.substr(head.size()), emphasis));
  }

  void candidate(const engine::Candidate& candidate, std::size_t place) {
    const auto& entry = *candidate.entry;
    line(fmt::format("{}. {} ({}){} - {}", place, style.apply(entry.name, Emphasis::bold), entry.id,
                     local_mark(entry, language), score_words(candidate.score, language)));
    item("   ", address(entry, language));
    verdict(candidate);
    std::vector<std::string> gains;
    std::vector<std::string> losses;
    for (const auto* reason : deciding_reasons(candidate))
      (reason->points > 0 ? gains : losses).push_back(said(*reason, entry));
    if (!gains.empty())
      marked("   ", "+", Emphasis::good, fmt::format("{}", fmt::join(gains, " · ")));
    if (!losses.empty())
      marked("   ", "-", Emphasis::bad, fmt::format("{}", fmt::join(losses, " · ")));
    for (const auto& reason : candidate.warnings) {
      if (matters(reason)) marked("   ", "!", Emphasis::warning, said(reason, entry));
    }
    line("   " + message("out.next-step", language) + ": " + next_step(entry));
    line();
  }

  void advised_against(const std::vector<const engine::Candidate*>& candidates) {
    if (candidates.empty()) return;
    item("", message("out.group.advised-against", language));
    for (const auto* candidate : candidates) {
      const auto* reason = verdict_reason(*candidate);
      const std::string why = reason != nullptr ? newest_judgment(*reason, *candidate->entry)
                                                : verdict_word(*candidate, language);
      item("  - ", fmt::format("{} ({}): {}", candidate->entry->name, candidate->entry->id, why));
    }
    line();
  }

  void server_needed(const engine::Ranking& ranking) {
    if (ranking.server_needed.empty()) return;
    std::vector<std::string> names;
    for (const auto& candidate : ranking.server_needed)
      names.push_back(fmt::format("{} ({})", candidate.entry->name, candidate.entry->id));
    item("", message("out.short.server-needed", language,
                     {{"names", fmt::format("{}", fmt::join(names, ", "))}}));
    line();
  }

  void excluded(const engine::Ranking& ranking) {
    if (ranking.excluded.empty()) return;
    item("",
         message("out.excluded", language, {{"count", std::to_string(ranking.excluded.size())}}) +
             ":");
    for (const auto& candidate : ranking.excluded) {
      const auto& reasons = candidate.exclusions;
      std::string why = said(reasons.front(), *candidate.entry);
      if (reasons.size() > 1) {
        why += " " + message("out.short.more-reasons", language,
                             {{"count", std::to_string(reasons.size() - 1)}});
      }
      item("  - ", fmt::format("{} ({})", why, candidate.entry->id));
    }
    line();
  }

  // The commands that show more, unwrapped so that they can be copied whole.
  void footer(const engine::Ranking& ranking) {
    const std::string again = "advisor recommend " + query_flags(ranking.profile);
    item("", message("out.short.explain", language));
    line("  " + again + " --explain");
    line("  " + again + " --why-not ID");
  }

  void view(const engine::Ranking& ranking, const RecommendationOptions& options) {
    item("", message("out.title", language,
                     {{"query", query_summary(ranking.profile, catalogue, language)}}));
    std::vector<const engine::Candidate*> usable;
    std::vector<const engine::Candidate*> against;
    for (const auto& candidate : ranking.fitting) {
      (candidate.availability == engine::Availability::advised_against ? against : usable)
          .push_back(&candidate);
    }
    const auto total =
        ranking.fitting.size() + ranking.server_needed.size() + ranking.excluded.size();
    if (usable.empty()) {
      out += nothing_fits_text(ranking, language, style.width);
    } else {
      item("",
           message("out.fitting", language,
                   {{"fitting", std::to_string(usable.size())}, {"total", std::to_string(total)}}));
      line();
      const std::size_t shown = options.all ? usable.size() : std::min(options.top, usable.size());
      for (std::size_t i = 0; i < shown; ++i) {
        const auto availability = usable[i]->availability;
        if (i == 0 || usable[i - 1]->availability != availability) {
          const std::string heading = group_heading(availability, language);
          if (!heading.empty()) item("", heading);
        }
        candidate(*usable[i], i + 1);
      }
      if (shown < usable.size()) {
        std::vector<std::string> rest;
        for (std::size_t i = shown; i < usable.size(); ++i)
          rest.push_back(usable[i]->entry->id);
        item("", message("out.short.also-fit", language,
                         {{"ids", fmt::format("{}", fmt::join(rest, ", "))}}));
        line();
      }
    }
    advised_against(against);
    server_needed(ranking);
    excluded(ranking);
    footer(ranking);
  }
};

} // namespace

std::string short_recommendation_text(const engine::Ranking& ranking,
                                      const catalogue::Catalogue& catalogue,
                                      const RecommendationOptions& options, Language language,
                                      const TextStyle& style) {
  ShortWriter writer{catalogue, language, style, {}};
  writer.view(ranking, options);
  return writer.out;
}

} // namespace advisor::render::detail
