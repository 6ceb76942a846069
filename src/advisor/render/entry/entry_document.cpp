#include <advisor/render/entry/entry.hpp>
#include <advisor/render/entry/entry_document.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>
#include <array>
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
  return message("out.stale", language,
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

  std::vector<std::string> ids = entry.sources;
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
  return assessor != nullptr ? assessor->name.in(language) : id;
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

const Text& entry_label(std::string_view key) {
  static const auto k_labels = std::to_array<std::pair<std::string_view, Text>>({
      {"address", {"Adresse", "Address"}},
      {"assessments", {"Einschätzungen anderer Stellen", "Assessments"}},
      {"category", {"Kategorie", "Category"}},
      {"changes",
       {"Änderungen seit der Ausgangsliste (S0)", "Changes since the original list (S0)"}},
      {"conditions", {"Besonderheiten", "Conditions"}},
      {"facts", {"Angaben", "Facts"}},
      {"finding", {"Ergebnis", "Finding"}},
      {"hosting", {"Wer es betreiben kann", "Who could host it"}},
      {"inherited", {"Übernommen von", "Taken over from"}},
      {"local", {"lokal", "local"}},
      {"note", {"Anmerkung", "Note"}},
      {"reviewed", {"Zuletzt geprüft", "Last reviewed"}},
      {"scope", {"Geprüft wurde", "What was assessed"}},
      {"sensitive", {"Besonders schutzbedürftige Daten", "Especially sensitive data"}},
      {"unsuitable", {"dafür ungeeignet", "unsuitable for them"}},
      {"for_organisations", {"gilt für Organisationen", "applies to organisations"}},
      {"website", {"Website", "Website"}},
      {"no_address", {"keine öffentliche Adresse", "no public address"}},
      {"service_of", {"Angebot von", "Service of"}},
      {"services", {"Angebote", "Services"}},
      {"source", {"Quelle", "Source"}},
      {"sources", {"Quellen", "Sources"}},
      {"summary", {"Kurz gesagt", "Summary"}},
      {"what_changed", {"Was sich geändert hat", "What changed"}},
      {"why_unknown", {"Anmerkung", "Why unknown"}},
  });
  for (const auto& [name, text] : k_labels) {
    if (name == key) return text;
  }
  static const Text k_missing{"?", "?"};
  return k_missing;
}

} // namespace advisor::render
