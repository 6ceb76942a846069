// The comparison as Markdown (one pipe table) and as JSON.
#include <advisor/render/columns.hpp>
#include <advisor/render/compare/compare.hpp>
#include <advisor/render/fact_json.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <fmt/format.h>

namespace advisor::render {
namespace {

// The value of a cell with where it comes from: "works (S22, 2021-03)".
std::string cell_markdown(const FactView& fact, Language language) {
  if (!fact.known()) return markdown_escape(unknown_label().in(language));
  const StatementView& current = fact.current();
  std::string text = current.words.in(language);
  if (!current.provenance.source.empty()) {
    text += fmt::format(" ({}, {})", current.provenance.source,
                        format_date_or_unknown(current.provenance.date, language));
  }
  return markdown_escape(text);
}

// A fact as fact_json.hpp shows it; a value that is not a sourced fact (category, reviewed) has
// no statements.
nlohmann::ordered_json cell_json(const FactView& cell, Language language) {
  if (cell.known() && cell.current().provenance.source.empty()) {
    return {{"known", true},
            {"value", raw_json(cell.current().raw)},
            {"text", cell.current().words.in(language)},
            {"statements", nlohmann::ordered_json::array()}};
  }
  return fact_json(cell, language);
}

std::string table_line(const std::vector<std::string>& cells) {
  return fmt::format("| {} |\n", fmt::join(cells, " | "));
}

} // namespace

std::string render_compare_markdown(const CompareTable& unmarked, Language language) {
  const CompareTable table = with_local_marks(unmarked, language);
  std::vector<std::string> names;
  for (const auto& name : table.names)
    names.push_back(markdown_escape(name));
  std::string out = "# " +
                    message("out.compare.title", language,
                            {{"names", fmt::format("{}", fmt::join(names, ", "))}}) +
                    "\n\n";
  std::vector<std::string> header{message("out.compare.fact", language)};
  header.insert(header.end(), names.begin(), names.end());
  out += table_line(header);
  out += table_line(std::vector<std::string>(header.size(), "---"));
  bool any_difference = false;
  for (const auto& row : table.rows) {
    const std::string name = markdown_escape(row.name.in(language));
    std::vector<std::string> cells{row.differs ? "**" + name + "**" : name};
    for (const auto& cell : row.cells)
      cells.push_back(cell_markdown(cell, language));
    out += table_line(cells);
    any_difference = any_difference || row.differs;
  }
  out += "\n";
  if (any_difference) {
    out += message("out.compare.markdown.differs", language) + "\n\n";
  }
  out += message("out.compare.markdown.dates", language) + "\n";
  return out;
}

std::string render_compare_json(const CompareTable& table, Language language) {
  nlohmann::ordered_json json;
  json["schema_version"] = 1;
  json["language"] = std::string(language_code(language));
  json["entries"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < table.ids.size(); ++i) {
    json["entries"].push_back({{"id", table.ids[i]},
                               {"name", table.names[i]},
                               {"local", i < table.local.size() && table.local[i]}});
  }
  json["rows"] = nlohmann::ordered_json::array();
  for (const auto& row : table.rows) {
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    for (const auto& cell : row.cells)
      values.push_back(cell_json(cell, language));
    json["rows"].push_back({{"key", row.key},
                            {"name", row.name.in(language)},
                            {"differs", row.differs},
                            {"values", std::move(values)}});
  }
  return json.dump(2) + "\n";
}

} // namespace advisor::render
