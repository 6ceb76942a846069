#include <advisor/render/columns.hpp>
#include <advisor/render/entry/entry.hpp>
#include <advisor/render/entry/entry_document.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render {

using namespace advisor::catalogue;

namespace {

class MarkdownWriter {
public:
  MarkdownWriter(const Catalogue& catalogue, Language language)
      : m_catalogue(catalogue), m_language(language) {}

  std::string label(std::string_view key) const { return entry_label(key).in(m_language); }

  // "- **Name:** value", escaped.
  static std::string item(const std::string& name, const std::string& value) {
    return fmt::format("- **{}:** {}\n", markdown_escape(name), value);
  }

  // A fact as a list item, with note, reason for unknown and history as a nested list.
  std::string fact(const FactView& view) const {
    std::string out =
        item(view.name.in(m_language), markdown_escape(format_current(view, m_language)));
    if (view.known() && !view.current().provenance.note.empty()) {
      const std::string& note = view.current().provenance.note.in(m_language);
      out += "  " + item(label("note"), markdown_escape(note));
    }
    if (!view.known() && !view.unknown_note.empty()) {
      out += "  " + item(label("why_unknown"), markdown_escape(view.unknown_note.in(m_language)));
    }
    const std::string history = format_history(view, m_language);
    if (!history.empty()) out += "  " + item(label("what_changed"), markdown_escape(history));
    return out;
  }

  std::string head(const EntryDocument& document) const {
    const Entry& entry = *document.entry;
    std::string title =
        entry.name == entry.id ? entry.name.str() : entry.name + " (" + entry.id + ")";
    if (entry.local) title += " [" + label("local") + "]";
    std::string out = "# " + markdown_escape(title) + "\n\n";
    if (document.tool != nullptr) {
      out += item(label("service_of"),
                  markdown_escape(document.tool->name + " (" + document.tool->id + ")"));
    }
    out += item(label("category"), markdown_escape(render::label(entry.category).in(m_language)));
    out += item(label("address"), entry.url.empty() ? label("no_address") : "<" + entry.url + ">");
    if (!entry.website.empty()) out += item(label("website"), "<" + entry.website + ">");
    out += item(label("summary"), markdown_escape(entry.summary.in(m_language)));
    if (!entry.hosting.empty()) {
      out += item(label("hosting"), markdown_escape(entry.hosting.in(m_language)));
    }
    out += fact(document.verdict) + fact(document.status);
    out += item(label("reviewed"), format_date(entry.reviewed));
    return out;
  }

  std::string facts(const EntryDocument& document) const {
    std::string own;
    std::string inherited;
    for (const auto& entry_fact : document.facts) {
      (entry_fact.inherited ? inherited : own) += fact(entry_fact.view);
    }
    std::string out = "\n## " + label("facts") + "\n\n" + own;
    if (!inherited.empty()) {
      out += fmt::format("\n### {} {} ({})\n\n{}", label("inherited"),
                         markdown_escape(document.tool->name), document.tool->id, inherited);
    }
    return out;
  }

  std::string assessments(const Entry& entry) const {
    if (entry.assessments.empty()) return {};
    std::string out = "\n## " + label("assessments") + "\n\n";
    for (const auto& assessment : entry.assessments) {
      out += fmt::format("- **{}, {}:** {}\n", format_date(assessment.date),
                         markdown_escape(assessor_name(m_catalogue, assessment.by, m_language)),
                         markdown_escape(assessment_result(assessment, m_language)));
      if (!assessment.scope.empty()) {
        out += "  " + item(label("scope"), markdown_escape(assessment.scope.in(m_language)));
      }
      out += "  " + item(label("finding"), markdown_escape(assessment.summary.in(m_language)));
      if (assessment.unsuitable_for_sensitive) {
        out += "  " + item(label("sensitive"), label("unsuitable"));
      }
      out += "  " + item(label("source"),
                         markdown_escape(format_provenance(assessment.provenance, m_language)));
    }
    return out;
  }

  std::string conditions(const Entry& entry) const {
    if (entry.conditions.empty()) return {};
    std::string out = "\n## " + label("conditions") + "\n\n";
    for (const auto& condition : entry.conditions) {
      out +=
          fmt::format("- {} ({})\n", markdown_escape(describe_condition(condition).in(m_language)),
                      markdown_escape(format_provenance(condition.provenance, m_language)));
    }
    return out;
  }

  std::string changes(const Entry& entry) const {
    if (entry.changes.empty()) return {};
    std::string out = "\n## " + label("changes") + "\n\n";
    for (const auto& change : entry.changes) {
      out += fmt::format("- **{}:** {} ({})\n", format_date(change.date),
                         markdown_escape(change.text.in(m_language)),
                         markdown_escape(format_provenance(change.provenance, m_language)));
    }
    return out;
  }

  std::string services(const EntryDocument& document) const {
    if (document.services == nullptr || document.services->empty()) return {};
    std::vector<std::vector<std::string>> rows;
    for (const auto& service : *document.services) {
      rows.push_back({service.id, service.name, service.url, verdict_words(service, m_language),
                      status_words(service, m_language)});
    }
    std::vector<std::string> header;
    for (const char* key :
         {"out.entry.services.id", "out.entry.services.name", "out.entry.services.address",
          "out.entry.services.verdict", "out.entry.services.status"}) {
      header.push_back(message(key, m_language));
    }
    return "\n## " + label("services") + "\n\n" + markdown_table(header, rows);
  }

  std::string sources(const EntryDocument& document) const {
    if (document.sources.empty()) return {};
    std::string out = "\n## " + label("sources") + "\n\n";
    for (const auto& cited : document.sources) {
      if (cited.source == nullptr) {
        out += fmt::format("- **{}:** {}\n", cited.id, unknown_label().in(m_language));
        continue;
      }
      const Source& source = *cited.source;
      out += fmt::format(
          "- **{}:** {} — {}, {}", cited.id, markdown_escape(source.title.in(m_language)),
          markdown_escape(source.publisher), format_date_or_unknown(source.date, m_language));
      out += source.url.empty() ? "\n" : " <" + source.url + ">\n";
    }
    return out;
  }

private:
  const Catalogue& m_catalogue;
  Language m_language;
};

} // namespace

std::string render_entry_markdown(const Catalogue& catalogue, const Entry& entry, Language language,
                                  const std::optional<Staleness>& staleness) {
  const EntryDocument document = gather_entry(catalogue, entry);
  const MarkdownWriter writer(catalogue, language);
  const std::string stale = staleness ? stale_warning(entry, *staleness, language) : "";
  return writer.head(document) + (stale.empty() ? "" : "\n> " + markdown_escape(stale) + "\n") +
         writer.facts(document) + writer.assessments(entry) + writer.conditions(entry) +
         writer.changes(entry) + writer.services(document) + writer.sources(document);
}

} // namespace advisor::render
