#pragma once
// `advisor compare`: the facts of several tools or services side by side, one row per fact, one
// column per entry; rows whose current values differ are marked.
//
//   auto table = compare_entries(catalogue, {signal, threema, telegram});
//   out << render_compare_text(table, Language::en, context.text_style());

#include <advisor/catalogue/model.hpp>
#include <advisor/render/fact_text.hpp>
#include <advisor/render/terminal.hpp>

#include <string>
#include <vector>

namespace advisor::render {

// One row: a fact and its view for each compared entry (same order as the columns).
struct CompareRow {
  std::string key; // "max_participants", "browsers.firefox", "verdict", "category", …
  Text name;       // "Participant limit"
  std::vector<FactView> cells;
  bool differs = false; // the current values are not all the same (unknown counts as a value)
};

struct CompareTable {
  std::vector<std::string> ids;
  std::vector<std::string> names;
  std::vector<bool> local;      // the entry comes from an overlay
  std::vector<CompareRow> rows; // category, verdict, status, every fact, assessment, reviewed
};

// Returns the comparison of `entries` (at least one; pointers into `catalogue`).
CompareTable compare_entries(const catalogue::Catalogue& catalogue,
                             const std::vector<const catalogue::Entry*>& entries);

// Returns `table` with " [local]" ("[lokal]") after the name of each entry from an overlay.
CompareTable with_local_marks(CompareTable table, Language language);

// Returns `table` with only the rows that differ.
CompareTable only_differences(CompareTable table);

// Returns the table for a terminal: it fits `style.width` columns (cells and headers are wrapped,
// long words cut), differing rows carry a "*" in the first column and are bold with colour on.
// Each value shows the date of its newest statement. Ends with a legend.
std::string render_compare_text(const CompareTable& table, Language language,
                                const TextStyle& style);

// Returns a Markdown document with one pipe table; differing rows have their fact name in bold;
// each value carries its source and date.
std::string render_compare_markdown(const CompareTable& table, Language language);

// Returns JSON: {"schema_version": 1, "entries": [{"id", "name"}…], "rows": [{"key", "name",
// "differs", "values": [fact as in fact_json.hpp, one per entry]}…]}.
std::string render_compare_json(const CompareTable& table, Language language);

} // namespace advisor::render
