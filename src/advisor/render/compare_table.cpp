#include <advisor/catalogue/names.hpp>
#include <advisor/render/compare.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

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

Text assessment_name() {
  return {"Letzte Bewertung", "Latest assessment"};
}

// The newest assessment of an entry as a fact: "red (Berlin data protection commissioner)".
FactView latest_assessment(const Catalogue& catalogue, const Entry& entry) {
  const Assessment* latest = nullptr;
  for (const auto& assessment : entry.assessments) {
    if (latest == nullptr || !(assessment.date < latest->date)) latest = &assessment;
  }
  if (latest == nullptr) {
    FactView unknown;
    unknown.key = "assessment";
    unknown.name = assessment_name();
    return unknown;
  }
  Text by{latest->by, latest->by};
  if (const Assessor* assessor = catalogue.find_assessor(latest->by)) by = assessor->name;
  const Text rating = result_label(*latest);
  Provenance provenance = latest->provenance;
  provenance.date = latest->date;
  return single(
      "assessment", assessment_name(),
      {fmt::format("{} ({})", rating.de, by.de), fmt::format("{} ({})", rating.en, by.en)},
      result_name(*latest), provenance);
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
    column.push_back(single("category", {"Kategorie", "Category"}, label(entry->category),
                            std::string(name_of(entry->category))));
    column.push_back(describe("verdict", entry->verdict));
    column.push_back(describe("status", entry->status));
    for (auto& fact : describe_facts(entry->facts))
      column.push_back(std::move(fact));
    column.push_back(latest_assessment(catalogue, *entry));
    const std::string reviewed = format_date(entry->reviewed);
    column.push_back(
        single("reviewed", {"Zuletzt geprüft", "Last reviewed"}, {reviewed, reviewed}, reviewed));
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
