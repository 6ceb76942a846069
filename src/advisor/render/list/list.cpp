#include <advisor/catalogue/names.hpp>
#include <advisor/engine/judgment.hpp>
#include <advisor/render/columns.hpp>
#include <advisor/render/list/list.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <nlohmann/json.hpp>

namespace advisor::render {

using namespace advisor::catalogue;

namespace {

std::string nothing(Language language) {
  return message("out.list.nothing", language) + "\n";
}

std::vector<std::string> header(Language language) {
  std::vector<std::string> columns;
  for (const char* key :
       {"out.list.heading.id", "out.list.heading.name", "out.list.heading.category",
        "out.list.heading.verdict", "out.list.heading.status"}) {
    columns.push_back(message(key, language));
  }
  return columns;
}

template <class T> std::string current_words(const Fact<T>& fact, Language language) {
  return fact.known() ? short_label(fact.current().value).in(language)
                      : unknown_label().in(language);
}

std::vector<std::string> row(const ListedEntry& listed, Language language) {
  const Entry& entry = *listed.entry;
  const std::string verdict =
      listed.verdict ? short_label(*listed.verdict).in(language) : unknown_label().in(language);
  return {entry.id, entry.name + local_mark(entry, language),
          short_label(entry.category).in(language), verdict, current_words(entry.status, language)};
}

template <class T> bool matches(const std::optional<T>& wanted, const Fact<T>& fact) {
  return !wanted || (fact.known() && fact.current().value == *wanted);
}

template <class T> nlohmann::ordered_json current_name(const Fact<T>& fact) {
  if (!fact.known()) return nullptr;
  return std::string(name_of(fact.current().value));
}

} // namespace

std::vector<ListedEntry> select_entries(const Catalogue& catalogue, const ListFilter& filter) {
  std::vector<ListedEntry> result;
  auto add = [&](const Entry& entry) {
    if (filter.category && entry.category != *filter.category) return;
    if (!matches(filter.status, entry.status)) return;
    // The verdict as recommend counts it: the newest dated judgment, verdict or assessment.
    const auto verdict = engine::deciding_verdict(entry, catalogue);
    if (filter.verdict && verdict != filter.verdict) return;
    result.push_back({&entry, verdict});
  };
  for (const auto& tool : catalogue.tools) {
    add(tool.entry);
    for (const auto& service : tool.services)
      add(service);
  }
  return result;
}

std::string render_list_text(const std::vector<ListedEntry>& entries, Language language) {
  if (entries.empty()) return nothing(language);
  std::vector<std::vector<std::string>> rows{header(language)};
  for (const auto& entry : entries)
    rows.push_back(row(entry, language));
  return align_columns(rows);
}

std::string render_list_markdown(const std::vector<ListedEntry>& entries, Language language) {
  if (entries.empty()) return nothing(language);
  std::vector<std::vector<std::string>> rows;
  for (const auto& entry : entries)
    rows.push_back(row(entry, language));
  return markdown_table(header(language), rows);
}

std::string render_list_json(const std::vector<ListedEntry>& entries) {
  auto result = nlohmann::ordered_json::array();
  for (const auto& [entry, verdict] : entries) {
    nlohmann::ordered_json item;
    item["id"] = entry->id;
    item["name"] = entry->name;
    item["category"] = std::string(name_of(entry->category));
    item["verdict"] = verdict ? nlohmann::ordered_json(std::string(name_of(*verdict)))
                              : nlohmann::ordered_json(nullptr);
    item["status"] = current_name(entry->status);
    item["local"] = entry->local;
    result.push_back(std::move(item));
  }
  return result.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace advisor::render
