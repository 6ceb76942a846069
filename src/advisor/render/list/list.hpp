#pragma once
// `advisor list`: one line per tool and service (id, name, category, verdict, status), as
// aligned text, a Markdown table or JSON.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/language.hpp>

#include <optional>
#include <string>
#include <vector>

namespace advisor::render {

// Which entries to list; an empty member does not filter.
struct ListFilter {
  std::optional<catalogue::Category> category;
  std::optional<catalogue::Status> status;   // tested against the current status
  std::optional<catalogue::Verdict> verdict; // tested against the deciding judgment
};

// An entry of the list with what its deciding judgment amounts to (nullopt: none known).
struct ListedEntry {
  const catalogue::Entry* entry = nullptr;
  std::optional<catalogue::Verdict> verdict;
};

// Returns the tools and services that pass `filter`, in catalogue order (each tool before its
// services). A service is tested on its own status and verdict; an unknown value never matches.
// The verdict is the newest dated judgment, the seed's or an assessor's, as recommend counts it.
std::vector<ListedEntry> select_entries(const catalogue::Catalogue& catalogue,
                                        const ListFilter& filter);

// Returns a header and one aligned line per entry; a sentence saying so when `entries` is empty.
std::string render_list_text(const std::vector<ListedEntry>& entries, Language language);

// Returns a Markdown table with the same columns; a sentence when `entries` is empty.
std::string render_list_markdown(const std::vector<ListedEntry>& entries, Language language);

// Returns a JSON array of {"id", "name", "category", "verdict", "status", "local"}; values in
// their catalogue spelling (null when unknown), so the output is the same in both languages.
std::string render_list_json(const std::vector<ListedEntry>& entries);

} // namespace advisor::render
