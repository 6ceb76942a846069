// The optional parts of an entry: assessments, changes, conditions and the guide.
#include <advisor/catalogue/read_entry.hpp>
#include <advisor/catalogue/read_fact.hpp>

namespace advisor::catalogue {
namespace {

// The keys each condition kind needs besides kind, source, confidence, date and note.
std::vector<std::string> condition_keys(std::optional<ConditionKind> kind) {
  std::vector<std::string> keys{"kind", "source", "confidence", "date", "note"};
  if (!kind || *kind == ConditionKind::free_tier_minutes) keys.emplace_back("minutes");
  if (!kind || *kind == ConditionKind::browser_degrades_above) {
    keys.insert(keys.end(), {"browser", "people"});
  }
  if (!kind || *kind == ConditionKind::room_expires_days) keys.emplace_back("days");
  return keys;
}

int read_count(Reader& reader, const Fields& fields, std::string_view key) {
  const auto* node = fields.required(key);
  if (node == nullptr) return 0;
  return reader.integer(*node, key, 1).value_or(0);
}

// Reads a required `date` into `date` and the provenance; returns false when it is bad.
bool read_event_date(Reader& reader, const Fields& fields, Date& date, Provenance& provenance) {
  const auto* node = fields.required("date");
  if (node == nullptr) return false;
  provenance.date = reader.date(*node, "date");
  if (!provenance.date) return false;
  date = *provenance.date;
  return true;
}

std::optional<Assessment> read_assessment(Reader& reader, const yaml::Node& item,
                                          std::vector<Reference>& assessor_uses) {
  const Fields fields(reader, item,
                      {"by", "date", "rating", "verdict", "audience", "sensitive", "scope",
                       "summary", "source", "confidence", "note"});
  Assessment assessment;
  bool complete = read_provenance(reader, fields, assessment.provenance, false);
  complete = read_event_date(reader, fields, assessment.date, assessment.provenance) && complete;
  if (const auto* by = fields.required("by")) {
    if (auto id = reader.id(*by, "by")) {
      assessment.by = *id;
      assessor_uses.push_back({*id, by->where});
    }
  }
  // A traffic light (green, yellow, red) or, for assessors without one, a verdict: one of both.
  const auto* rating = fields.optional("rating");
  const auto* verdict = fields.optional("verdict");
  if (rating != nullptr && verdict != nullptr) {
    reader.error(verdict->where, "diag.assessment.both");
  } else if (rating == nullptr && verdict == nullptr) {
    reader.error(fields.where(), "diag.assessment.missing-rating");
    complete = false;
  }
  if (rating != nullptr) {
    assessment.rating = reader.name<Rating>(*rating, "rating");
    if (assessment.rating) assessment.verdict = verdict_of(*assessment.rating);
  }
  if (verdict != nullptr) {
    assessment.verdict = reader.name<Verdict>(*verdict, "verdict").value_or(Verdict::neutral);
  }
  if (const auto* audience = fields.optional("audience")) {
    assessment.audience = reader.name<Audience>(*audience, "audience").value_or(Audience::everyone);
  }
  if (const auto* sensitive = fields.optional("sensitive")) {
    if (sensitive->kind == yaml::Kind::scalar && sensitive->value == "unsuitable") {
      assessment.unsuitable_for_sensitive = true;
    } else {
      reader.expected(*sensitive, "sensitive", "diag.shape.unsuitable");
    }
  }
  if (const auto* scope = fields.optional("scope")) {
    assessment.scope = reader.text(*scope, "scope").value_or(Text{});
  }
  if (const auto* summary = fields.required("summary")) {
    assessment.summary = reader.text(*summary, "summary").value_or(Text{});
  }
  if (!complete) return std::nullopt;
  return assessment;
}

std::optional<Change> read_change(Reader& reader, const yaml::Node& item) {
  const Fields fields(reader, item, {"date", "text", "source", "confidence", "note"});
  Change change;
  bool complete = read_provenance(reader, fields, change.provenance, false);
  complete = read_event_date(reader, fields, change.date, change.provenance) && complete;
  if (const auto* text = fields.required("text")) {
    change.text = reader.text(*text, "text").value_or(Text{});
  }
  if (!complete) return std::nullopt;
  return change;
}

std::optional<Condition> read_condition(Reader& reader, const yaml::Node& item) {
  std::optional<ConditionKind> kind;
  if (const auto* kind_node = item.find("kind")) {
    kind = reader.name<ConditionKind>(*kind_node, "kind");
  }
  const Fields fields(reader, item, condition_keys(kind));
  if (fields.required("kind") == nullptr || !kind) return std::nullopt;
  Condition condition;
  condition.kind = *kind;
  const bool complete = read_provenance(reader, fields, condition.provenance, true);
  switch (*kind) {
  case ConditionKind::free_tier_minutes:
    condition.minutes = read_count(reader, fields, "minutes");
    break;
  case ConditionKind::browser_degrades_above:
    if (const auto* browser = fields.required("browser")) {
      condition.browser = reader.name<Browser>(*browser, "browser").value_or(Browser::firefox);
    }
    condition.people = read_count(reader, fields, "people");
    break;
  case ConditionKind::room_expires_days:
    condition.days = read_count(reader, fields, "days");
    break;
  }
  if (!complete) return std::nullopt;
  return condition;
}

} // namespace

std::vector<Assessment> read_assessments(Reader& reader, const yaml::Node& node,
                                         std::vector<Reference>& assessor_uses) {
  std::vector<Assessment> result;
  for (const auto* item : mappings(reader, node, "assessments", "diag.shape.assessment")) {
    if (auto assessment = read_assessment(reader, *item, assessor_uses)) {
      result.push_back(std::move(*assessment));
    }
  }
  return result;
}

std::vector<Change> read_changes(Reader& reader, const yaml::Node& node) {
  std::vector<Change> result;
  for (const auto* item : mappings(reader, node, "changes", "diag.shape.change")) {
    if (auto change = read_change(reader, *item)) result.push_back(std::move(*change));
  }
  return result;
}

std::vector<Condition> read_conditions(Reader& reader, const yaml::Node& node) {
  std::vector<Condition> result;
  for (const auto* item : mappings(reader, node, "conditions", "diag.shape.condition")) {
    if (auto condition = read_condition(reader, *item)) result.push_back(*condition);
  }
  return result;
}

Guide read_guide(Reader& reader, const yaml::Node& node) {
  Guide guide;
  guide.where = node.where;
  if (!expect_mapping(reader, node, "guide")) return guide;
  const Fields fields(reader, node,
                      {"checked", "sources", "organiser", "participant", "during", "leaving",
                       "troubleshooting", "precautions"});
  if (const auto* checked = fields.required("checked")) {
    guide.checked = reader.date(*checked, "checked");
  }
  if (const auto* sources = fields.optional("sources")) {
    if (const auto* items = reader.list(*sources, "sources")) {
      for (const auto& item : *items) {
        if (auto id = reader.source(item, "sources")) guide.sources.push_back(*id);
      }
    }
  }
  const auto steps = [&](const char* key, std::vector<Text>& into, bool required) {
    const auto* list = required ? fields.required(key) : fields.optional(key);
    if (list == nullptr) return;
    into = reader.texts(*list, key);
    if (required && list->kind == yaml::Kind::sequence && list->items.empty()) {
      reader.error(list->where, "diag.guide.no-steps", {{"what", key}});
    }
  };
  steps("organiser", guide.organiser, true);
  steps("participant", guide.participant, true);
  steps("during", guide.during, false);
  steps("leaving", guide.leaving, false);
  steps("troubleshooting", guide.troubleshooting, false);
  steps("precautions", guide.precautions, false);
  return guide;
}

} // namespace advisor::catalogue
