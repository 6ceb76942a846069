#include <advisor/catalogue/names.hpp>
#include <advisor/engine/evidence.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render::detail {

std::string query_summary(const engine::Profile& profile, const catalogue::Catalogue& catalogue,
                          Language language) {
  std::vector<std::string> parts;
  if (profile.category) parts.push_back(label(*profile.category).in(language));
  auto add = [&](const char* key, MessageArgs args = {}) {
    parts.push_back(message(std::string("out.query.") + key, language, args));
  };
  if (!profile.instead_of.empty()) {
    const auto* replaced = catalogue.find(profile.instead_of);
    add("instead-of", {{"instead_of", replaced ? replaced->name.str() : profile.instead_of}});
  }
  if (profile.people) add("people", {{"people", std::to_string(*profile.people)}});
  if (profile.browser) add("browser", {{"browser", label(*profile.browser).in(language)}});
  if (profile.language) {
    add("language", {{"language", language_name(language_code(*profile.language), language)}});
  }
  if (profile.budget_eur) {
    if (*profile.budget_eur <= 0.0) {
      add("budget-zero");
    } else {
      add("budget", {{"budget", engine::spell_eur(*profile.budget_eur)}});
    }
  }
  if (profile.duration_minutes) {
    add("duration", {{"duration", std::to_string(*profile.duration_minutes)}});
  }
  if (profile.screen_sharing) add("screen-sharing");
  if (profile.dial_in) add("dial-in");
  if (profile.no_install) add("no-install");
  if (profile.no_account) add("no-account");
  if (profile.no_phone_number) add("no-phone-number");
  if (profile.processing_agreement) add("processing-agreement");
  if (profile.organisation) add("organisation");
  if (profile.sensitive) add("sensitive");
  if (profile.own_server) add("own-server");
  if (profile.smartphone_only) add("smartphone-only");
  if (profile.calls) add("calls");
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string query_flags(const engine::Profile& profile) {
  std::vector<std::string> flags;
  auto add = [&](std::string flag, std::string_view value = {}) {
    if (!value.empty()) flag += " " + std::string(value);
    flags.push_back(std::move(flag));
  };
  if (!profile.instead_of.empty()) {
    add("--instead-of", profile.instead_of);
  } else if (profile.category) {
    add("--category", catalogue::name_of(*profile.category));
  }
  if (profile.people) add("--people", std::to_string(*profile.people));
  if (profile.browser) add("--browser", catalogue::name_of(*profile.browser));
  if (profile.language) add("--language", language_code(*profile.language));
  if (profile.budget_eur) add("--budget", engine::spell_eur(*profile.budget_eur));
  if (profile.duration_minutes) add("--duration", std::to_string(*profile.duration_minutes));
  const std::pair<bool, const char*> switches[] = {
      {profile.screen_sharing, "--screen-sharing"},
      {profile.dial_in, "--dial-in"},
      {profile.no_install, "--no-install"},
      {profile.no_account, "--no-account"},
      {profile.no_phone_number, "--no-phone-number"},
      {profile.processing_agreement, "--processing-agreement"},
      {profile.organisation, "--organisation"},
      {profile.sensitive, "--sensitive"},
      {profile.own_server, "--own-server"},
      {profile.smartphone_only, "--smartphone-only"},
      {profile.calls, "--calls"}};
  for (const auto& [on, flag] : switches) {
    if (on) add(flag);
  }
  return fmt::format("{}", fmt::join(flags, " "));
}

std::size_t shown_count(const engine::Ranking& ranking, const RecommendationOptions& options) {
  if (options.all) return ranking.fitting.size();
  return std::min(options.top, ranking.fitting.size());
}

std::string services(int count, Language language) {
  return message(counted_key("out.services", count), language, {{"count", std::to_string(count)}});
}

std::string next_step(const catalogue::Entry& entry) {
  return "advisor guide " + entry.id;
}

std::vector<std::string> cited_sources(const engine::Ranking& ranking,
                                       const RecommendationOptions& options) {
  std::vector<std::string> ids;
  auto collect = [&](const engine::Candidate& candidate, bool everything) {
    for (const auto& reason : candidate.exclusions)
      collect_sources(reason, ids);
    if (!everything) return;
    for (const auto& reason : candidate.points)
      collect_sources(reason, ids);
    for (const auto& reason : candidate.warnings)
      collect_sources(reason, ids);
  };
  if (!options.why_not.empty()) {
    if (const auto* candidate = ranking.find(options.why_not)) collect(*candidate, true);
    return ids;
  }
  const std::size_t shown = shown_count(ranking, options);
  for (std::size_t i = 0; i < shown; ++i)
    collect(ranking.fitting[i], true);
  for (const auto& candidate : ranking.server_needed)
    collect(candidate, true);
  for (const auto& candidate : ranking.excluded)
    collect(candidate, false);
  return ids;
}

std::string source_line(const catalogue::Catalogue& catalogue, const std::string& id,
                        Language language) {
  const auto* source = catalogue.find_source(id);
  if (source == nullptr) return id;
  const std::string& title = source->title.in(language);
  std::string line = source->publisher.empty() ? title : source->publisher + ": " + title;
  if (source->date) line += " (" + format_date(*source->date) + ")";
  if (!source->url.empty()) line += " " + source->url;
  return line;
}

std::string address(const catalogue::Entry& entry, Language language) {
  if (!entry.url.empty()) return entry.url;
  if (!entry.hosting.empty()) {
    return message("out.hosting", language, {{"hosting", entry.hosting.in(language)}});
  }
  return message("out.no-address", language);
}

std::string group_heading(engine::Availability availability, Language language) {
  switch (availability) {
  case engine::Availability::now:
    break;
  case engine::Availability::uncertain:
    return message("out.group.uncertain", language);
  case engine::Availability::undecided:
    return message("out.group.undecided", language);
  case engine::Availability::advised_against:
    return message("out.group.advised-against", language);
  }
  return {};
}

std::string verdict_word(const engine::Candidate& candidate, Language language) {
  return candidate.verdict ? label(*candidate.verdict).in(language) : unknown_label().in(language);
}

std::string score_words(int score, Language language) {
  if (score == 1 || score == -1) {
    return message("out.score.one", language, {{"score", std::to_string(score)}});
  }
  return message("out.score", language, {{"score", std::to_string(score)}});
}

std::string shown_words(std::size_t shown, Language language) {
  return message(counted_key("out.shown", static_cast<long long>(shown)), language,
                 {{"shown", std::to_string(shown)}});
}

std::string signed_points(int points) {
  return points > 0 ? fmt::format("+{}", points) : fmt::format("{}", points);
}

std::string exclusion_summary(const engine::Candidate& candidate,
                              const catalogue::Catalogue& catalogue, Language language) {
  std::vector<std::string> texts;
  for (const auto& reason : candidate.exclusions) {
    texts.push_back(reason_text(reason, *candidate.entry, catalogue, language));
  }
  return fmt::format("{}", fmt::join(texts, "; "));
}

std::vector<std::string> relaxation_lines(const engine::Ranking& ranking, Language language) {
  std::vector<std::string> lines;
  for (const auto& relaxation : ranking.relaxations) {
    std::string line = message(
        "out.relax.line", language,
        {{"need", "--" + relaxation.need}, {"excluded", services(relaxation.excluded, language)}});
    if (relaxation.would_fit > 0) {
      line += "; " + message("out.relax.would-fit", language,
                             {{"would_fit", std::to_string(relaxation.would_fit)}});
    }
    lines.push_back(line);
  }
  return lines;
}

std::string relaxation_advice(const engine::Ranking& ranking, Language language) {
  const engine::Relaxation* best = nullptr;
  for (const auto& relaxation : ranking.relaxations) {
    if (best == nullptr || relaxation.would_fit > best->would_fit) best = &relaxation;
  }
  if (best == nullptr) return {};
  return message("out.relax", language, {{"need", "--" + best->need}});
}

std::string nothing_fits_text(const engine::Ranking& ranking, Language language,
                              std::size_t width) {
  if (ranking.excluded.empty() && ranking.fitting.empty()) {
    return wrap_hanging("", message("out.no-candidates", language), width) + "\n\n";
  }
  std::string out = wrap_hanging("", message("out.nothing-fits", language), width) + "\n";
  const auto lines = relaxation_lines(ranking, language);
  if (!lines.empty()) {
    out += wrap_hanging("", message("out.relax.heading", language), width) + "\n";
    for (const auto& text_line : lines)
      out += wrap_hanging("  ", text_line, width) + "\n";
    out += wrap_hanging("", relaxation_advice(ranking, language), width) + "\n";
  }
  return out + "\n";
}

} // namespace advisor::render::detail
