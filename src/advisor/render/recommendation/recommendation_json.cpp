// `recommend --format json`: the contract of PRODUCT.md, keys in a fixed order.
#include <advisor/catalogue/names.hpp>
#include <advisor/engine/evidence.hpp>
#include <advisor/render/reason_text.hpp>
#include <advisor/render/recommendation/recommendation.hpp>
#include <advisor/render/recommendation/recommendation_common.hpp>

#include <nlohmann/json.hpp>

namespace advisor::render {
namespace {

using json = nlohmann::ordered_json;
using namespace detail;

// The version of this JSON layout; raised when a key changes meaning or disappears.
// 2: "verdict" is the deciding judgment's (verdict or assessment), candidates carry
// "availability", tools without a public address are in "server_needed", and the query has the
// needs organisation, sensitive, own_server, smartphone_only and calls.
constexpr int k_schema_version = 2;

json optional_text(const std::string& text) {
  return text.empty() ? json() : json(text);
}

void fill_evidence(json& object, const engine::Evidence& evidence) {
  object["value"] = evidence.value;
  object["source"] = optional_text(evidence.source);
  object["date"] = evidence.date ? json(format_date(*evidence.date)) : json();
  object["confidence"] = std::string(catalogue::name_of(evidence.confidence));
  if (!evidence.by.empty()) object["assessor"] = evidence.by;
}

std::string availability_name(engine::Availability availability) {
  switch (availability) {
  case engine::Availability::now:
    return "now";
  case engine::Availability::uncertain:
    return "uncertain";
  case engine::Availability::undecided:
    return "undecided";
  case engine::Availability::advised_against:
    return "advised-against";
  }
  return "now";
}

json facts_json(const std::vector<engine::FactUse>& facts) {
  json list = json::array();
  for (const auto& fact : facts) {
    json object;
    object["key"] = fact.key;
    object["known"] = fact.known;
    if (fact.known) {
      fill_evidence(object, fact.current);
    } else {
      object["value"] = "unknown";
    }
    if (fact.previous) {
      json previous;
      fill_evidence(previous, *fact.previous);
      object["previous"] = previous;
    }
    list.push_back(object);
  }
  return list;
}

struct Builder {
  const catalogue::Catalogue& catalogue;
  Language language;

  json reason(const engine::Reason& r, const catalogue::Entry& entry) const {
    json object;
    object["rule"] = r.rule;
    if (r.kind == engine::RuleKind::score) object["points"] = r.points;
    if (r.kind == engine::RuleKind::exclude) object["need"] = optional_text(r.need);
    object["text"] = reason_text(r, entry, catalogue, language);
    object["facts"] = facts_json(r.facts);
    return object;
  }

  json reasons(const std::vector<engine::Reason>& list, const catalogue::Entry& entry) const {
    json array = json::array();
    for (const auto& r : list)
      array.push_back(reason(r, entry));
    return array;
  }

  void fill_candidate(json& object, const engine::Candidate& c) const {
    const auto& entry = *c.entry;
    object["id"] = entry.id;
    object["name"] = entry.name;
    object["url"] = optional_text(entry.url);
    object["local"] = entry.local;
    object["score"] = c.score;
    object["verdict"] = c.verdict ? json(std::string(catalogue::name_of(*c.verdict))) : json();
    object["availability"] = availability_name(c.availability);
    object["status"] = entry.status.known()
                           ? json(std::string(catalogue::name_of(entry.status.current().value)))
                           : json();
    object["reasons"] = reasons(c.points, entry);
    object["warnings"] = reasons(c.warnings, entry);
  }

  json query(const engine::Profile& p) const {
    json object;
    object["category"] = p.category ? json(std::string(catalogue::name_of(*p.category))) : json();
    object["people"] = p.people ? json(*p.people) : json();
    object["browser"] = p.browser ? json(std::string(catalogue::name_of(*p.browser))) : json();
    object["language"] = p.language ? json(std::string(language_code(*p.language))) : json();
    object["budget_eur"] = p.budget_eur ? json(*p.budget_eur) : json();
    object["duration_minutes"] = p.duration_minutes ? json(*p.duration_minutes) : json();
    object["screen_sharing"] = p.screen_sharing;
    object["dial_in"] = p.dial_in;
    object["no_install"] = p.no_install;
    object["no_account"] = p.no_account;
    object["no_phone_number"] = p.no_phone_number;
    object["processing_agreement"] = p.processing_agreement;
    object["organisation"] = p.organisation;
    object["sensitive"] = p.sensitive;
    object["own_server"] = p.own_server;
    object["smartphone_only"] = p.smartphone_only;
    object["calls"] = p.calls;
    object["instead_of"] = optional_text(p.instead_of);
    return object;
  }

  json sources(const std::vector<std::string>& ids) const {
    json array = json::array();
    for (const auto& id : ids) {
      json object;
      object["id"] = id;
      if (const auto* source = catalogue.find_source(id)) {
        object["publisher"] = source->publisher;
        object["title"] = source->title.in(language);
        object["date"] = source->date ? json(format_date(*source->date)) : json();
        object["url"] = optional_text(source->url);
      }
      array.push_back(object);
    }
    return array;
  }

  json why_not(const engine::Ranking& ranking, const std::string& id) const {
    json object;
    const auto* entry = catalogue.find(id);
    object["id"] = id;
    object["name"] = entry ? json(entry->name) : json();
    const auto* c = ranking.find(id);
    object["in_category"] = c != nullptr;
    object["fits"] = c != nullptr && !c->excluded();
    object["place"] = c != nullptr && !c->excluded() ? json(ranking.place(id)) : json();
    object["score"] = c ? json(c->score) : json();
    object["exclusions"] = c ? reasons(c->exclusions, *entry) : json::array();
    object["reasons"] = c ? reasons(c->points, *entry) : json::array();
    object["warnings"] = c ? reasons(c->warnings, *entry) : json::array();
    return object;
  }
};

} // namespace

std::string render_recommendation_json(const engine::Ranking& ranking,
                                       const catalogue::Catalogue& catalogue,
                                       const RecommendationOptions& options, Language language) {
  const Builder builder{catalogue, language};
  json root;
  root["schema_version"] = k_schema_version;
  root["language"] = std::string(language_code(language));
  root["query"] = builder.query(ranking.profile);
  if (!options.why_not.empty()) {
    root["why_not"] = builder.why_not(ranking, options.why_not);
  } else {
    root["fitting"] = ranking.fitting.size();
    root["total"] = ranking.fitting.size() + ranking.server_needed.size() + ranking.excluded.size();
    json recommendations = json::array();
    const std::size_t shown = shown_count(ranking, options);
    for (std::size_t i = 0; i < shown; ++i) {
      json item;
      item["rank"] = i + 1;
      builder.fill_candidate(item, ranking.fitting[i]);
      item["next_step"] = next_step(*ranking.fitting[i].entry);
      recommendations.push_back(item);
    }
    root["recommendations"] = recommendations;
    json server_needed = json::array();
    for (const auto& c : ranking.server_needed) {
      json item;
      builder.fill_candidate(item, c);
      item["hosting"] = optional_text(c.entry->hosting.in(language));
      item["next_step"] = next_step(*c.entry);
      server_needed.push_back(item);
    }
    root["server_needed"] = server_needed;
    json excluded = json::array();
    for (const auto& c : ranking.excluded) {
      json item;
      item["id"] = c.entry->id;
      item["name"] = c.entry->name;
      item["local"] = c.entry->local;
      item["reasons"] = builder.reasons(c.exclusions, *c.entry);
      excluded.push_back(item);
    }
    root["excluded"] = excluded;
    json relaxations = json::array();
    if (ranking.fitting.empty()) {
      for (const auto& r : ranking.relaxations) {
        relaxations.push_back(
            json{{"need", r.need}, {"excluded", r.excluded}, {"would_fit", r.would_fit}});
      }
    }
    root["relaxations"] = relaxations;
  }
  root["sources"] = builder.sources(cited_sources(ranking, options));
  return root.dump(2) + "\n";
}

} // namespace advisor::render
