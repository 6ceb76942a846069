#include <advisor/render/date_text.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>
#include <advisor/render/recommendation/short_view.hpp>

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>

namespace advisor::render::detail {
namespace {

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// The warnings worth a line in the short view: whether the service still exists, how old the
// advice is (the age of the judgment goes on the verdict's line), sensitive data, a meeting longer
// than the free plan allows, a need the group asked for that only a weak source says is met. The
// rest is in --explain.
bool matters(const engine::Reason& reason) {
  return starts_with(reason.rule, "warn.status.") || reason.rule == "warn.reviewed.age" ||
         starts_with(reason.rule, "warn.sensitive.") || starts_with(reason.rule, "warn.weak.") ||
         reason.rule == "warn.free-tier-minutes-exceeded";
}

// The reasons that decided a candidate, best first: the two largest gains and the largest loss.
// The verdict has a line of its own.
std::vector<const engine::Reason*> deciding_reasons(const engine::Candidate& candidate) {
  std::vector<const engine::Reason*> gains;
  std::vector<const engine::Reason*> losses;
  // A small loss for a fact nobody knows (trackers: unknown) decides nothing; --explain lists it.
  constexpr int k_small_loss = -3;
  for (const auto& reason : candidate.points) {
    if (starts_with(reason.rule, "verdict.")) continue;
    // Whether the service still exists has a warning line of its own.
    if (starts_with(reason.rule, "status.")) continue;
    if (reason.points < 0 && reason.points >= k_small_loss && reason.rule.ends_with(".unknown")) {
      continue;
    }
    (reason.points > 0 ? gains : losses).push_back(&reason);
  }
  auto larger = [](const engine::Reason* a, const engine::Reason* b) {
    return std::abs(a->points) > std::abs(b->points);
  };
  std::stable_sort(gains.begin(), gains.end(), larger);
  std::stable_sort(losses.begin(), losses.end(), larger);
  const std::size_t loss_count = std::min<std::size_t>(losses.size(), 1);
  gains.resize(std::min<std::size_t>(gains.size(), 2));
  gains.insert(gains.end(), losses.begin(), losses.begin() + static_cast<long>(loss_count));
  return gains;
}

const engine::Reason* verdict_reason(const engine::Candidate& candidate) {
  for (const auto& reason : candidate.points) {
    if (starts_with(reason.rule, "verdict.")) return &reason;
  }
  return nullptr;
}

struct Maker {
  const catalogue::Catalogue& catalogue;
  Language language;

  std::string said(const engine::Reason& reason, const catalogue::Entry& entry) const {
    return reason_text(reason, entry, catalogue, language, Brevity::brief);
  }
  // The deciding judgment alone, without the older ones --explain lists.
  std::string verdict(const engine::Candidate& candidate) const {
    const auto* reason = verdict_reason(candidate);
    if (reason == nullptr) return verdict_word(candidate, language);
    engine::Reason newest = *reason;
    if (newest.facts.size() > 1) newest.facts.resize(1); // without the older judgments
    return said(newest, *candidate.entry);
  }

  ShortCandidate shown(const engine::Candidate& candidate) const {
    ShortCandidate result;
    result.candidate = &candidate;
    result.verdict = verdict(candidate);
    for (const auto& reason : candidate.warnings) {
      const auto months = reason.values.find("months");
      if (reason.rule != "warn.judgment.age" || months == reason.values.end()) continue;
      result.verdict += message("out.short.judgment-age", language,
                                {{"age", age_in_words(std::stoi(months->second)).in(language)}});
    }
    for (const auto* reason : deciding_reasons(candidate)) {
      (reason->points > 0 ? result.gains : result.losses)
          .push_back(said(*reason, *candidate.entry));
    }
    for (const auto& reason : candidate.warnings) {
      if (matters(reason)) result.warnings.push_back(said(reason, *candidate.entry));
    }
    return result;
  }
};

// The fitting services after the shown ones, by id: all of them when they are few, else the next
// three and how many more (--all shows them in full).
std::string also_fit_sentence(const std::vector<const engine::Candidate*>& usable,
                              std::size_t shown, Language language) {
  constexpr std::size_t k_named = 3;
  std::vector<std::string> ids;
  for (std::size_t i = shown; i < usable.size(); ++i)
    ids.push_back(usable[i]->entry->id);
  if (ids.empty()) return {};
  if (ids.size() <= k_named + 1) {
    return message("out.short.also-fit", language,
                   {{"ids", fmt::format("{}", fmt::join(ids, ", "))}});
  }
  const std::vector<std::string> named(ids.begin(), ids.begin() + k_named);
  return message("out.short.also-fit.more", language,
                 {{"ids", fmt::format("{}", fmt::join(named, ", "))},
                  {"count", std::to_string(ids.size() - k_named)}});
}

} // namespace

ShortCandidate make_short_candidate(const engine::Candidate& candidate,
                                    const catalogue::Catalogue& catalogue, Language language) {
  return Maker{catalogue, language}.shown(candidate);
}

ShortView make_short_view(const engine::Ranking& ranking, const catalogue::Catalogue& catalogue,
                          const RecommendationOptions& options, Language language) {
  const Maker maker{catalogue, language};
  ShortView view;
  view.title = message("out.title", language,
                       {{"query", query_summary(ranking.profile, catalogue, language)}});
  std::vector<const engine::Candidate*> usable;
  for (const auto& candidate : ranking.fitting) {
    if (candidate.availability == engine::Availability::advised_against) {
      view.advised_against.push_back(
          {candidate.entry->id, candidate.entry->name, maker.verdict(candidate)});
    } else {
      usable.push_back(&candidate);
    }
  }
  const auto total =
      ranking.fitting.size() + ranking.server_needed.size() + ranking.excluded.size();
  if (!usable.empty()) {
    view.fitting =
        message("out.fitting", language,
                {{"fitting", std::to_string(usable.size())}, {"total", std::to_string(total)}});
  }
  const std::size_t shown = options.all ? usable.size() : std::min(options.top, usable.size());
  view.also_fit = also_fit_sentence(usable, shown, language);
  for (std::size_t i = 0; i < shown; ++i) {
    auto item = maker.shown(*usable[i]);
    if (i == 0 || usable[i - 1]->availability != usable[i]->availability) {
      item.heading = group_heading(usable[i]->availability, language);
    }
    view.shown.push_back(std::move(item));
  }
  for (const auto& candidate : ranking.server_needed)
    view.server_needed.push_back(candidate.entry->name + " (" + candidate.entry->id + ")");
  for (const auto& candidate : ranking.excluded) {
    const auto& reasons = candidate.exclusions;
    std::string why = maker.said(reasons.front(), *candidate.entry);
    if (reasons.size() > 1) {
      why += " " + message("out.short.more-reasons", language,
                           {{"count", std::to_string(reasons.size() - 1)}});
    }
    view.excluded.push_back({candidate.entry->id, candidate.entry->name, why});
  }
  view.again = "advisor recommend " + query_flags(ranking.profile);
  return view;
}

} // namespace advisor::render::detail
