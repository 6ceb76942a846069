#include <advisor/catalogue/names.hpp>
#include <advisor/render/columns.hpp>
#include <advisor/render/list.hpp>
#include <advisor/render/vocabulary.hpp>

#include <nlohmann/json.hpp>

namespace advisor::render {

using namespace advisor::catalogue;

namespace {

const Text k_nothing{"Kein Eintrag passt zu dieser Auswahl.\n",
                     "No entry matches this selection.\n"};

std::vector<std::string> header(Language language) {
  if (language == Language::de) return {"ID", "Name", "Kategorie", "Einschätzung", "Stand"};
  return {"ID", "Name", "Category", "Verdict", "Status"};
}

template <class T> std::string current_words(const Fact<T>& fact, Language language) {
  return fact.known() ? short_label(fact.current().value).in(language)
                      : unknown_label().in(language);
}

std::vector<std::string> row(const Entry& entry, Language language) {
  return {entry.id, entry.name + local_mark(entry, language),
          short_label(entry.category).in(language), current_words(entry.verdict, language),
          current_words(entry.status, language)};
}

template <class T> bool matches(const std::optional<T>& wanted, const Fact<T>& fact) {
  return !wanted || (fact.known() && fact.current().value == *wanted);
}

template <class T> nlohmann::ordered_json current_name(const Fact<T>& fact) {
  if (!fact.known()) return nullptr;
  return std::string(name_of(fact.current().value));
}

} // namespace

std::vector<const Entry*> select_entries(const Catalogue& catalogue, const ListFilter& filter) {
  std::vector<const Entry*> result;
  auto add = [&](const Entry& entry) {
    if (filter.category && entry.category != *filter.category) return;
    if (!matches(filter.status, entry.status) || !matches(filter.verdict, entry.verdict)) return;
    result.push_back(&entry);
  };
  for (const auto& tool : catalogue.tools) {
    add(tool.entry);
    for (const auto& service : tool.services)
      add(service);
  }
  return result;
}

std::string render_list_text(const std::vector<const Entry*>& entries, Language language) {
  if (entries.empty()) return k_nothing.in(language);
  std::vector<std::vector<std::string>> rows{header(language)};
  for (const Entry* entry : entries)
    rows.push_back(row(*entry, language));
  return align_columns(rows);
}

std::string render_list_markdown(const std::vector<const Entry*>& entries, Language language) {
  if (entries.empty()) return k_nothing.in(language);
  std::vector<std::vector<std::string>> rows;
  for (const Entry* entry : entries)
    rows.push_back(row(*entry, language));
  return markdown_table(header(language), rows);
}

std::string render_list_json(const std::vector<const Entry*>& entries) {
  auto result = nlohmann::ordered_json::array();
  for (const Entry* entry : entries) {
    nlohmann::ordered_json item;
    item["id"] = entry->id;
    item["name"] = entry->name;
    item["category"] = std::string(name_of(entry->category));
    item["verdict"] = current_name(entry->verdict);
    item["status"] = current_name(entry->status);
    item["local"] = entry->local;
    result.push_back(std::move(item));
  }
  return result.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace advisor::render
