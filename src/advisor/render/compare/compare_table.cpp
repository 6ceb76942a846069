#include <advisor/catalogue/names.hpp>
#include <advisor/engine/judgment.hpp>
#include <advisor/render/compare/compare.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

namespace advisor::render {

using namespace advisor::catalogue;

namespace {

// A row value that is not a dated fact of the catalogue (category, reviewed): one statement.
FactView single(std::string key, Text name, Text words, std::string raw,
                Provenance provenance = {}) {
  FactView view;
  view.key = std::move(key);
  view.name = std::move(name);
  StatementView statement;
  statement.words = std::move(words);
  statement.raw = std::move(raw);
  statement.provenance = std::move(provenance);
  view.history.push_back(std::move(statement));
  return view;
}

// Where people meet: the address, or none (then it needs the organisation's own server), as
// recommend and handout see it.
FactView address_view(const Entry& entry) {
  if (!entry.url.empty()) {
    return single("address", message_text("out.compare.address"), untranslated(entry.url),
                  entry.url);
  }
  return single("address", message_text("out.compare.address"),
                message_text("out.compare.no-address"), "none");
}

// The judgment that decides for a group that is not an organisation, as recommend counts it:
// "recommended (Berlin Commissioner …)".
FactView judgment_view(const Catalogue& catalogue, const Entry& entry) {
  const Text name = message_text("out.compare.verdict");
  const auto judgments = engine::judgments_of(entry, engine::Profile{}, catalogue);
  const auto best = engine::deciding(judgments);
  if (!best) {
    FactView unknown;
    unknown.key = "judgment";
    unknown.name = name;
    return unknown;
  }
  const auto& judgment = judgments[*best];
  Text by{judgment.evidence.source, judgment.evidence.source};
  if (judgment.assessment != nullptr) {
    by = {judgment.assessment->by, judgment.assessment->by};
    if (const Assessor* assessor = catalogue.find_assessor(judgment.assessment->by)) {
      by = assessor->name;
    }
  } else if (const Source* source = catalogue.find_source(judgment.evidence.source)) {
    by = {source->publisher, source->publisher};
  }
  Provenance provenance;
  provenance.source = judgment.evidence.source;
  provenance.date = judgment.evidence.date;
  provenance.confidence = judgment.evidence.confidence;
  return single(
      "judgment", name,
      message_text("out.compare.judgment", {{"verdict", label(judgment.verdict)}, {"judge", by}}),
      std::string(name_of(judgment.verdict)), provenance);
}

// Returns true when the newest statements of the views do not all say the same.
bool values_differ(const std::vector<FactView>& cells) {
  for (const auto& cell : cells) {
    const auto& first = cells.front();
    if (cell.known() != first.known()) return true;
    if (cell.known() && !(cell.current().raw == first.current().raw)) return true;
  }
  return false;
}

} // namespace

CompareTable compare_entries(const Catalogue& catalogue, const std::vector<const Entry*>& entries) {
  CompareTable table;
  std::vector<std::vector<FactView>> columns;
  for (const Entry* entry : entries) {
    table.ids.push_back(entry->id);
    table.names.push_back(entry->name);
    table.local.push_back(entry->local);
    std::vector<FactView> column;
    column.push_back(single("category", message_text("out.compare.category"),
                            label(entry->category), std::string(name_of(entry->category))));
    column.push_back(address_view(*entry));
    column.push_back(judgment_view(catalogue, *entry));
    column.push_back(describe("status", entry->status));
    for (auto& fact : describe_facts(entry->facts))
      column.push_back(std::move(fact));
    const std::string reviewed = format_date(entry->reviewed);
    column.push_back(
        single("reviewed", message_text("out.compare.reviewed"), untranslated(reviewed), reviewed));
    columns.push_back(std::move(column));
  }
  if (columns.empty()) return table;
  for (std::size_t row = 0; row < columns.front().size(); ++row) {
    CompareRow compare_row;
    compare_row.key = columns.front()[row].key;
    compare_row.name = columns.front()[row].name;
    for (auto& column : columns)
      compare_row.cells.push_back(std::move(column[row]));
    compare_row.differs = values_differ(compare_row.cells);
    table.rows.push_back(std::move(compare_row));
  }
  return table;
}

CompareTable only_differences(CompareTable table) {
  std::erase_if(table.rows, [](const CompareRow& row) { return !row.differs; });
  return table;
}

CompareTable with_local_marks(CompareTable table, Language language) {
  for (std::size_t i = 0; i < table.names.size() && i < table.local.size(); ++i) {
    if (table.local[i]) table.names[i] += " [" + message("out.local", language) + "]";
  }
  return table;
}

} // namespace advisor::render
