// The overview's words: built once from the rankings, printed by every format.
#include <advisor/catalogue/names.hpp>
#include <advisor/engine/judgment.hpp>
#include <advisor/render/date_text.hpp>
#include <advisor/render/fact_text.hpp>
#include <advisor/render/guide/guide.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/overview/overview.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>
#include <advisor/render/recommendation/short_view.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <set>

namespace advisor::render {
namespace {

using catalogue::Category;

constexpr std::string_view k_seed = "S0";

// The facts a reader of each category compares, in this order.
std::vector<std::string_view> compact_keys(Category category) {
  switch (category) {
  case Category::video:
    return {"max_participants",    "browsers", "languages",           "price",
            "participant_account", "install",  "processing_agreement"};
  case Category::phone:
    return {"max_participants", "languages", "price", "participant_account",
            "processing_agreement"};
  case Category::messenger:
    return {"phone_number", "price", "install", "e2ee", "processing_agreement"};
  case Category::scheduling:
    return {"browsers", "price", "participant_account", "processing_agreement"};
  }
  return {};
}

// "Browsers: Chrome, Firefox, Edge (with limits)": the browsers a source says work.
std::string browsers_line(const std::vector<FactView>& facts, Language language) {
  std::vector<std::string> names;
  for (const auto browser : catalogue::values_of<catalogue::Browser>()) {
    const auto* fact = find_fact(facts, "browsers." + std::string(catalogue::name_of(browser)));
    if (fact == nullptr || !fact->known()) continue;
    const auto* raw = std::get_if<std::string>(&fact->current().raw);
    if (raw == nullptr || *raw == "fails") continue;
    const std::string name = label(browser).in(language);
    names.push_back(*raw == "limited"
                        ? message("out.overview.with-limits", language, {{"browser", name}})
                        : name);
  }
  const std::string known = names.empty() ? message("out.overview.unknown", language)
                                          : fmt::format("{}", fmt::join(names, ", "));
  return message("out.overview.browsers", language) + ": " + known;
}

std::string facts_line(const catalogue::Entry& entry, Language language) {
  const auto facts = describe_facts(entry.facts);
  std::vector<std::string> parts;
  for (const auto key : compact_keys(entry.category)) {
    if (key == "browsers") {
      parts.push_back(browsers_line(facts, language));
      continue;
    }
    const auto* fact = find_fact(facts, key);
    if (fact == nullptr) continue;
    const std::string value = fact->known() ? fact->current().words.in(language).str()
                                            : message("out.overview.unknown", language);
    parts.push_back(fact->name.in(language) + ": " + value);
  }
  return fmt::format("{}", fmt::join(parts, " · "));
}

OverviewService service_of(const engine::Candidate& candidate,
                           const catalogue::Catalogue& catalogue, Language language) {
  const auto& entry = *candidate.entry;
  const auto shown = detail::make_short_candidate(candidate, catalogue, language);
  OverviewService service;
  service.id = entry.id;
  service.name = entry.name;
  service.url = entry.url;
  if (entry.url.empty()) service.no_address = detail::address(entry, language);
  service.local = entry.local;
  service.summary = entry.summary.in(language);
  service.verdict = shown.verdict;
  service.facts = facts_line(entry, language);
  service.look_out = shown.losses;
  service.look_out.insert(service.look_out.end(), shown.warnings.begin(), shown.warnings.end());
  if (find_guide(catalogue, entry) != nullptr) service.guide = detail::next_step(entry);
  return service;
}

std::string group_title(engine::Availability availability, Language language) {
  if (availability == engine::Availability::now) return message("out.overview.now", language);
  std::string heading = detail::group_heading(availability, language);
  if (!heading.empty() && heading.back() == ':') heading.pop_back();
  return heading;
}

bool gone(const catalogue::Entry& entry) {
  return entry.status.known() && entry.status.current().value == catalogue::Status::discontinued;
}

OverviewCategory category_of(const engine::Ranking& ranking, const catalogue::Catalogue& catalogue,
                             bool needs_asked, Language language) {
  OverviewCategory result;
  const Category category = *ranking.profile.category;
  result.id = category;
  if (const auto* info = catalogue.find_category(category)) {
    result.name = info->name.in(language);
    result.description = info->description.in(language);
    for (const auto& advice : info->advice)
      result.advice.push_back(advice.text.in(language));
  }
  std::optional<engine::Availability> group; // of the last group opened
  for (const auto& candidate : ranking.fitting) {
    if (candidate.availability == engine::Availability::advised_against) {
      const auto shown = detail::make_short_candidate(candidate, catalogue, language);
      result.advised_against.push_back({candidate.entry->id, candidate.entry->name, shown.verdict,
                                        candidate.entry->summary.in(language),
                                        candidate.entry->local});
      continue;
    }
    if (group != candidate.availability) {
      group = candidate.availability;
      result.groups.push_back({group_title(candidate.availability, language), {}});
    }
    result.groups.back().services.push_back(service_of(candidate, catalogue, language));
  }
  if (!ranking.server_needed.empty()) {
    OverviewGroup own{message("out.overview.own-server", language), {}};
    for (const auto& candidate : ranking.server_needed)
      own.services.push_back(service_of(candidate, catalogue, language));
    result.groups.push_back(std::move(own));
  }
  for (const auto& candidate : ranking.excluded) {
    const auto& entry = *candidate.entry;
    const std::string why =
        reason_text(candidate.exclusions.front(), entry, catalogue, language, Brevity::brief);
    if (gone(entry)) {
      result.gone.push_back({entry.id, entry.name, why, entry.summary.in(language), entry.local});
    } else if (needs_asked) {
      result.not_fitting.push_back({entry.id, entry.name, why, {}, entry.local});
    } else {
      // A typical group rules nothing out but what has gone; anything else excluded is said as
      // what to look out for, among those advised against.
      result.advised_against.push_back(
          {entry.id, entry.name, why, entry.summary.in(language), entry.local});
    }
  }
  return result;
}

// The judgment that decides today for a group that is not an organisation, in words.
std::string judgment_now(const catalogue::Entry& entry, const catalogue::Catalogue& catalogue,
                         Language language) {
  const auto judgments = engine::judgments_of(entry, engine::Profile{}, catalogue);
  const auto best = engine::deciding(judgments);
  if (!best) return message("verdict.unknown", language);
  const auto& evidence = judgments[*best].evidence;
  std::string words = judgment_words(evidence, catalogue, language, false);
  if (!evidence.source.empty()) words += " [" + evidence.source + "]";
  return words;
}

std::string statement_source(const StatementView& statement, Language language) {
  return fmt::format("[{}, {}]", statement.provenance.source,
                     format_date_or_unknown(statement.provenance.date, language));
}

// The seed's verdict statement of an entry, or nullptr when the 2020 list did not judge it.
const catalogue::Statement<catalogue::Verdict>* seed_verdict(const catalogue::Entry& entry) {
  for (const auto& statement : entry.verdict.history) {
    if (statement.provenance.source == k_seed) return &statement;
  }
  return nullptr;
}

// What changed for one entry of the 2020 list; `inherited` holds the places of its tool's facts,
// which the tool's own line already reports.
OverviewChange change_of(const catalogue::Entry& entry, const catalogue::Catalogue& catalogue,
                         const std::set<std::pair<std::string, int>>& inherited,
                         Language language) {
  OverviewChange change;
  change.id = entry.id;
  change.name = entry.name;
  change.then = label(seed_verdict(entry)->value).in(language);
  change.now.push_back(message("out.verdict", language) + ": " +
                       judgment_now(entry, catalogue, language));
  const auto status = describe("status", entry.status);
  if (status.known() && status.current().raw != RawValue(std::string("active"))) {
    change.now.push_back(status.name.in(language) + ": " + status.current().words.in(language) +
                         " " + statement_source(status.current(), language));
  }
  for (const auto& fact : describe_facts(entry.facts)) {
    if (!fact.known() || !fact.changed() || fact.history.front().provenance.source != k_seed) {
      continue;
    }
    if (inherited.count({fact.where.file, fact.where.line}) != 0) continue;
    const auto& then = fact.history.front();
    const auto& now = fact.current();
    if (then.words.in(language) == now.words.in(language)) continue;
    change.now.push_back(fmt::format("{}: {} → {} {}", fact.name.in(language),
                                     then.words.in(language), now.words.in(language),
                                     statement_source(now, language)));
  }
  return change;
}

std::vector<OverviewChange> changes_since_seed(const catalogue::Catalogue& catalogue,
                                               Language language) {
  std::vector<OverviewChange> result;
  for (const auto& tool : catalogue.tools) {
    std::set<std::pair<std::string, int>> tool_places;
    if (seed_verdict(tool.entry) != nullptr) {
      result.push_back(change_of(tool.entry, catalogue, {}, language));
    }
    for (const auto& fact : describe_facts(tool.entry.facts))
      tool_places.insert({fact.where.file, fact.where.line});
    for (const auto& service : tool.services) {
      if (seed_verdict(service) != nullptr) {
        result.push_back(change_of(service, catalogue, tool_places, language));
      }
    }
  }
  return result;
}

// Every source the overview's words cite: the rankings' and the changes', in source order.
std::vector<OverviewSource> sources_of(const catalogue::Catalogue& catalogue,
                                       const std::vector<engine::Ranking>& rankings,
                                       const std::vector<OverviewChange>& changes,
                                       Language language) {
  std::set<std::string> cited;
  for (const auto& ranking : rankings) {
    for (const auto& candidate : ranking.fitting)
      cited.insert(candidate.entry->sources.begin(), candidate.entry->sources.end());
    for (const auto& candidate : ranking.server_needed)
      cited.insert(candidate.entry->sources.begin(), candidate.entry->sources.end());
    for (const auto& candidate : ranking.excluded)
      cited.insert(candidate.entry->sources.begin(), candidate.entry->sources.end());
  }
  for (const auto& change : changes) {
    if (const auto* entry = catalogue.find(change.id))
      cited.insert(entry->sources.begin(), entry->sources.end());
  }
  std::vector<OverviewSource> result;
  for (const auto& source : catalogue.sources) {
    if (cited.count(source.id) == 0) continue;
    std::string text = source.title.in(language);
    if (!source.publisher.empty()) text = source.publisher + ": " + text;
    if (source.date) text += " (" + format_date(*source.date) + ")";
    result.push_back({source.id, text, source.url});
  }
  return result;
}

} // namespace

std::string overview_anchor(std::string_view id, bool service) {
  std::string anchor = service ? "s-" : "";
  for (const char c : id)
    anchor += (c == '/' || c == '.') ? '-' : c;
  return anchor;
}

std::string overview_heading(std::string_view key, Language language) {
  return message("out.overview." + std::string(key), language);
}

OverviewView make_overview_view(const catalogue::Catalogue& catalogue,
                                const OverviewRequest& request, Language language) {
  OverviewView view;
  view.title = message("out.overview.title", language);
  if (request.needs_asked && !request.rankings.empty()) {
    // The needs without the category, which each part names itself.
    auto profile = request.rankings.front().profile;
    const std::string query = detail::query_summary(profile, catalogue, language);
    const auto comma = query.find(", ");
    view.order =
        message("out.overview.order.needs", language,
                {{"query", comma == std::string::npos ? std::string() : query.substr(comma + 2)}});
  } else {
    view.order = message("out.overview.order.typical", language);
  }
  if (request.date) {
    view.date_line = message("out.overview.as-of", language,
                             {{"date", date_in_words(*request.date).in(language)}});
  }
  for (const auto& advice : catalogue.general_advice)
    view.general_advice.push_back(advice.text.in(language));
  for (const auto& ranking : request.rankings)
    view.categories.push_back(category_of(ranking, catalogue, request.needs_asked, language));
  view.changes = changes_since_seed(catalogue, language);
  view.sources = sources_of(catalogue, request.rankings, view.changes, language);
  view.footer = request.footer;
  view.qr = request.qr;
  return view;
}

} // namespace advisor::render
