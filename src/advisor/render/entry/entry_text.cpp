#include <advisor/render/columns.hpp>
#include <advisor/render/entry/entry.hpp>
#include <advisor/render/entry/entry_document.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render {

using namespace advisor::catalogue;

namespace {

using Rows = std::vector<std::vector<std::string>>;

class TextWriter {
public:
  TextWriter(const Catalogue& catalogue, Language language)
      : m_catalogue(catalogue), m_language(language) {}

  std::string label(std::string_view key) const { return entry_label(key).in(m_language); }

  // A fact as rows: name and current value, then note, reason for unknown and history below.
  void add_fact(Rows& rows, const FactView& fact, const std::string& indent,
                const std::string& suffix) const {
    rows.push_back({indent + fact.name.in(m_language) + suffix, format_current(fact, m_language)});
    if (fact.known() && !fact.current().provenance.note.empty()) {
      rows.push_back({"", label("note") + ": " + fact.current().provenance.note.in(m_language)});
    }
    if (!fact.known() && !fact.unknown_note.empty()) {
      rows.push_back({"", label("why_unknown") + ": " + fact.unknown_note.in(m_language)});
    }
    const std::string history = format_history(fact, m_language);
    if (!history.empty()) rows.push_back({"", label("what_changed") + ": " + history});
  }

  std::string head(const EntryDocument& document) const {
    const Entry& entry = *document.entry;
    std::string title =
        entry.name == entry.id ? entry.name.str() : entry.name + " (" + entry.id + ")";
    if (entry.local) title += " [" + label("local") + "]";
    std::string out = title + "\n" + std::string(display_width(title), '=') + "\n";
    Rows rows;
    if (document.tool != nullptr) {
      rows.push_back(
          {label("service_of") + ":", document.tool->name + " (" + document.tool->id + ")"});
    }
    rows.push_back({label("category") + ":", render::label(entry.category).in(m_language)});
    rows.push_back(
        {label("address") + ":", entry.url.empty() ? label("no_address") : entry.url.str()});
    if (!entry.website.empty()) rows.push_back({label("website") + ":", entry.website});
    rows.push_back({label("summary") + ":", entry.summary.in(m_language)});
    if (!entry.hosting.empty()) {
      rows.push_back({label("hosting") + ":", entry.hosting.in(m_language)});
    }
    add_fact(rows, document.verdict, "", ":");
    add_fact(rows, document.status, "", ":");
    rows.push_back({label("reviewed") + ":", format_date(entry.reviewed)});
    return out + align_columns(rows);
  }

  std::string facts(const EntryDocument& document) const {
    Rows own;
    Rows inherited;
    for (const auto& fact : document.facts) {
      add_fact(fact.inherited ? inherited : own, fact.view, "  ", "");
    }
    std::string out = "\n" + label("facts") + "\n" + align_columns(own);
    if (!inherited.empty()) {
      out += fmt::format("\n  {} {} ({}):\n", label("inherited"), document.tool->name,
                         document.tool->id);
      out += align_columns(inherited);
    }
    return out;
  }

  std::string assessments(const Entry& entry) const {
    if (entry.assessments.empty()) return {};
    Rows rows;
    for (const auto& assessment : entry.assessments) {
      rows.push_back({"  " + format_date(assessment.date),
                      assessor_name(m_catalogue, assessment.by, m_language) + ": " +
                          assessment_result(assessment, m_language)});
      if (!assessment.scope.empty()) {
        rows.push_back({"", label("scope") + ": " + assessment.scope.in(m_language)});
      }
      rows.push_back({"", label("finding") + ": " + assessment.summary.in(m_language)});
      if (assessment.unsuitable_for_sensitive) {
        rows.push_back({"", label("sensitive") + ": " + label("unsuitable")});
      }
      rows.push_back(
          {"", label("source") + ": " + format_provenance(assessment.provenance, m_language)});
    }
    return "\n" + label("assessments") + "\n" + align_columns(rows);
  }

  std::string conditions(const Entry& entry) const {
    if (entry.conditions.empty()) return {};
    std::string out = "\n" + label("conditions") + "\n";
    for (const auto& condition : entry.conditions) {
      out += fmt::format("  {} ({})\n", describe_condition(condition).in(m_language),
                         format_provenance(condition.provenance, m_language));
    }
    return out;
  }

  std::string changes(const Entry& entry) const {
    if (entry.changes.empty()) return {};
    Rows rows;
    for (const auto& change : entry.changes) {
      rows.push_back({"  " + format_date(change.date),
                      fmt::format("{} ({})", change.text.in(m_language),
                                  format_provenance(change.provenance, m_language))});
    }
    return "\n" + label("changes") + "\n" + align_columns(rows);
  }

  std::string services(const EntryDocument& document) const {
    if (document.services == nullptr || document.services->empty()) return {};
    Rows rows;
    for (const auto& service : *document.services) {
      const std::string state =
          verdict_words(service, m_language) + ", " + status_words(service, m_language);
      rows.push_back({"  " + service.id, service.name, service.url, state});
    }
    return "\n" + label("services") + "\n" + align_columns(rows);
  }

  std::string sources(const EntryDocument& document) const {
    if (document.sources.empty()) return {};
    Rows rows;
    for (const auto& cited : document.sources) {
      if (cited.source == nullptr) {
        rows.push_back({"  " + cited.id, unknown_label().in(m_language)});
        continue;
      }
      const Source& source = *cited.source;
      rows.push_back({"  " + cited.id,
                      fmt::format("{} — {}, {}", source.title.in(m_language), source.publisher,
                                  format_date_or_unknown(source.date, m_language))});
      if (!source.url.empty()) rows.push_back({"", source.url});
    }
    return "\n" + label("sources") + "\n" + align_columns(rows);
  }

private:
  const Catalogue& m_catalogue;
  Language m_language;
};

} // namespace

std::string render_entry_text(const Catalogue& catalogue, const Entry& entry, Language language,
                              const std::optional<Staleness>& staleness) {
  const EntryDocument document = gather_entry(catalogue, entry);
  const TextWriter writer(catalogue, language);
  const std::string stale = staleness ? stale_warning(entry, *staleness, language) : "";
  return writer.head(document) + (stale.empty() ? "" : "! " + stale + "\n") +
         writer.facts(document) + writer.assessments(entry) + writer.conditions(entry) +
         writer.changes(entry) + writer.services(document) + writer.sources(document);
}

} // namespace advisor::render
