#include <advisor/catalogue/names.hpp>
#include <advisor/render/entry/entry.hpp>
#include <advisor/render/entry/entry_document.hpp>
#include <advisor/render/fact_json.hpp>

namespace advisor::render {

using namespace advisor::catalogue;
using json = nlohmann::ordered_json;

namespace {

// Version of the shape below; raised when a key changes meaning or goes away.
// 2: website; an assessment's verdict, audience and unsuitable_for_sensitive_data; rating may
// be null.
constexpr int k_schema_version = 2;

json name_or_null(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

template <class T> json current_name(const Fact<T>& fact) {
  if (!fact.known()) return nullptr;
  return std::string(name_of(fact.current().value));
}

json facts_json(const EntryDocument& document, Language language) {
  json facts = json::object();
  json browsers = json::object();
  for (const auto& fact : document.facts) {
    json value = fact_json(fact.view, language);
    if (document.tool != nullptr) value["inherited"] = fact.inherited;
    if (fact.view.key.starts_with("browsers.")) {
      browsers[fact.view.key.substr(9)] = std::move(value);
      if (browsers.size() == values_of<Browser>().size()) facts["browsers"] = std::move(browsers);
    } else {
      facts[fact.view.key] = std::move(value);
    }
  }
  return facts;
}

json condition_json(const Condition& condition, Language language) {
  json item = json::object();
  item["kind"] = std::string(name_of(condition.kind));
  switch (condition.kind) {
  case ConditionKind::free_tier_minutes:
    item["minutes"] = condition.minutes;
    break;
  case ConditionKind::browser_degrades_above:
    item["browser"] = std::string(name_of(condition.browser));
    item["people"] = condition.people;
    break;
  case ConditionKind::room_expires_days:
    item["days"] = condition.days;
    break;
  }
  item["text"] = describe_condition(condition).in(language);
  item["provenance"] = provenance_json(condition.provenance, language);
  return item;
}

json sources_json(const EntryDocument& document, Language language) {
  json sources = json::array();
  for (const auto& cited : document.sources) {
    json item = json::object();
    item["id"] = cited.id;
    const Source* source = cited.source;
    item["title"] = source != nullptr ? name_or_null(source->title.in(language)) : json(nullptr);
    item["publisher"] = source != nullptr ? name_or_null(source->publisher) : json(nullptr);
    item["date"] =
        source != nullptr && source->date ? json(format_date(*source->date)) : json(nullptr);
    item["url"] = source != nullptr ? name_or_null(source->url) : json(nullptr);
    sources.push_back(std::move(item));
  }
  return sources;
}

} // namespace

std::string render_entry_json(const Catalogue& catalogue, const Entry& entry, Language language,
                              const std::optional<Staleness>& staleness) {
  const EntryDocument document = gather_entry(catalogue, entry);
  json out = json::object();
  out["schema_version"] = k_schema_version;
  out["id"] = entry.id;
  out["name"] = entry.name;
  out["category"] = std::string(name_of(entry.category));
  out["url"] = name_or_null(entry.url);
  out["website"] = name_or_null(entry.website);
  out["local"] = entry.local;
  out["tool"] = document.tool != nullptr ? json(document.tool->id) : json(nullptr);
  out["language"] = std::string(language_code(language));
  out["summary"] = text_json(entry.summary, language);
  out["hosting"] = text_json(entry.hosting, language);
  out["reviewed"] = format_date(entry.reviewed);
  if (staleness) {
    const std::string stale = stale_warning(entry, *staleness, language);
    out["stale"] = stale.empty() ? json(nullptr) : json(stale);
  }
  out["verdict"] = fact_json(document.verdict, language);
  out["status"] = fact_json(document.status, language);
  out["facts"] = facts_json(document, language);

  json assessments = json::array();
  for (const auto& assessment : entry.assessments) {
    json item = json::object();
    item["by"] = assessment.by;
    item["assessor"] = assessor_name(catalogue, assessment.by, language);
    item["date"] = format_date(assessment.date);
    item["rating"] =
        assessment.rating ? json(std::string(name_of(*assessment.rating))) : json(nullptr);
    item["verdict"] = std::string(name_of(assessment.verdict));
    item["audience"] = std::string(name_of(assessment.audience));
    item["unsuitable_for_sensitive_data"] = assessment.unsuitable_for_sensitive;
    item["scope"] = text_json(assessment.scope, language);
    item["summary"] = text_json(assessment.summary, language);
    item["provenance"] = provenance_json(assessment.provenance, language);
    assessments.push_back(std::move(item));
  }
  out["assessments"] = std::move(assessments);

  json conditions = json::array();
  for (const auto& condition : entry.conditions) {
    conditions.push_back(condition_json(condition, language));
  }
  out["conditions"] = std::move(conditions);

  json changes = json::array();
  for (const auto& change : entry.changes) {
    json item = json::object();
    item["date"] = format_date(change.date);
    item["text"] = text_json(change.text, language);
    item["provenance"] = provenance_json(change.provenance, language);
    changes.push_back(std::move(item));
  }
  out["changes"] = std::move(changes);

  json services = json::array();
  if (document.services != nullptr) {
    for (const auto& service : *document.services) {
      services.push_back({{"id", service.id},
                          {"name", service.name},
                          {"url", name_or_null(service.url)},
                          {"verdict", current_name(service.verdict)},
                          {"status", current_name(service.status)}});
    }
  }
  out["services"] = std::move(services);
  out["sources"] = sources_json(document, language);
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace advisor::render
