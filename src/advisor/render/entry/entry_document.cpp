#include <advisor/render/entry/entry.hpp>
#include <advisor/render/entry/entry_document.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>
#include <utility>

namespace advisor::render {

using namespace advisor::catalogue;

namespace {

bool same_place(const Location& a, const Location& b) {
  return a.line > 0 && a.file == b.file && a.line == b.line && a.column == b.column;
}

void cite(std::vector<std::string>& ids, const std::string& id) {
  if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

} // namespace

std::string stale_warning(const Entry& entry, const Staleness& staleness, Language language) {
  if (entry.reviewed.year == 0) return {};
  const int months = months_between(entry.reviewed, staleness.today);
  if (months <= staleness.max_age_months) return {};
  // The threshold is at least one month, so `months` is at least two: only the threshold counts.
  return message(counted_key("out.stale", staleness.max_age_months), language,
                 {{"date", format_date(entry.reviewed)},
                  {"months", std::to_string(months)},
                  {"threshold", std::to_string(staleness.max_age_months)}});
}

EntryDocument gather_entry(const Catalogue& catalogue, const Entry& entry) {
  EntryDocument document;
  document.entry = &entry;
  for (const auto& tool : catalogue.tools) {
    if (&tool.entry == &entry) document.services = &tool.services;
    for (const auto& service : tool.services) {
      if (&service == &entry) document.tool = &tool.entry;
    }
  }
  document.verdict = describe("verdict", entry.verdict);
  document.status = describe("status", entry.status);
  std::vector<FactView> tool_facts;
  if (document.tool != nullptr) tool_facts = describe_facts(document.tool->facts);
  for (auto& view : describe_facts(entry.facts)) {
    const FactView* of_tool = find_fact(tool_facts, view.key);
    const bool inherited = of_tool != nullptr && same_place(view.where, of_tool->where);
    document.facts.push_back({std::move(view), inherited});
  }

  std::vector<std::string> ids(entry.sources.begin(), entry.sources.end());
  auto cite_view = [&ids](const FactView& view) {
    for (const auto& statement : view.history)
      cite(ids, statement.provenance.source);
  };
  cite_view(document.verdict);
  cite_view(document.status);
  for (const auto& fact : document.facts)
    cite_view(fact.view);
  for (const auto& assessment : entry.assessments)
    cite(ids, assessment.provenance.source);
  for (const auto& condition : entry.conditions)
    cite(ids, condition.provenance.source);
  for (const auto& change : entry.changes)
    cite(ids, change.provenance.source);
  for (const auto& id : ids)
    document.sources.push_back({id, catalogue.find_source(id)});
  return document;
}

std::string assessor_name(const Catalogue& catalogue, const std::string& id, Language language) {
  const Assessor* assessor = catalogue.find_assessor(id);
  return assessor != nullptr ? assessor->name.in(language).str() : id;
}

std::string verdict_words(const Entry& entry, Language language) {
  if (!entry.verdict.known()) return unknown_label().in(language);
  return label(entry.verdict.current().value).in(language);
}

std::string status_words(const Entry& entry, Language language) {
  if (!entry.status.known()) return unknown_label().in(language);
  return label(entry.status.current().value).in(language);
}

std::string assessment_result(const Assessment& assessment, Language language) {
  std::string result = result_label(assessment).in(language);
  if (assessment.audience == Audience::organisations) {
    result += " (" + entry_label("for_organisations").in(language) + ")";
  }
  return result;
}

Text entry_label(std::string_view key) {
  std::string name(key);
  std::replace(name.begin(), name.end(), '_', '-');
  const std::string message_key = "out.entry.label." + name;
  if (!has_message(message_key)) return {"?", "?"};
  return message_text(message_key);
}

} // namespace advisor::render
