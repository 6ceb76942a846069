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
  std::optional<catalogue::Verdict> verdict; // tested against the current verdict
};

// Returns the tools and services that pass `filter`, in catalogue order (each tool before its
// services). A service is tested on its own status and verdict; an unknown value never matches.
std::vector<const catalogue::Entry*> select_entries(const catalogue::Catalogue& catalogue,
                                                    const ListFilter& filter);

// Returns a header and one aligned line per entry; a sentence saying so when `entries` is empty.
std::string render_list_text(const std::vector<const catalogue::Entry*>& entries,
                             Language language);

// Returns a Markdown table with the same columns; a sentence when `entries` is empty.
std::string render_list_markdown(const std::vector<const catalogue::Entry*>& entries,
                                 Language language);

// Returns a JSON array of {"id", "name", "category", "verdict", "status", "local"}; values in
// their catalogue spelling (null when unknown), so the output is the same in both languages.
std::string render_list_json(const std::vector<const catalogue::Entry*>& entries);

} // namespace advisor::render
