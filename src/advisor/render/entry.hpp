#pragma once
// `advisor show ID`: everything the catalogue knows about one tool or service, with sources.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/language.hpp>

#include <string>

namespace advisor::render {

// Each returns the whole entry: name, address, category, summary, verdict and status (with what
// changed), every fact with source, date and history, the assessments, the conditions, the
// changes since the seed list, the services of a tool (or the tool of a service), the sources and
// the review date. `entry` must belong to `catalogue`.
std::string render_entry_text(const catalogue::Catalogue& catalogue,
                              const catalogue::Entry& entry, Language language);
std::string render_entry_markdown(const catalogue::Catalogue& catalogue,
                                  const catalogue::Entry& entry, Language language);
// JSON: one object; texts in `language`, values in their catalogue spelling (see
// docs/commands.md for the keys).
std::string render_entry_json(const catalogue::Catalogue& catalogue,
                              const catalogue::Entry& entry, Language language);

} // namespace advisor::render
