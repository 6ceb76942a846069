#pragma once
// `advisor show ID`: everything the catalogue knows about one tool or service, with sources.

#include <advisor/catalogue/model.hpp>
#include <advisor/core/language.hpp>

#include <optional>
#include <string>

namespace advisor::render {

// When advice counts as stale: an entry last reviewed more than `max_age_months` months before
// `today` gets a warning (--max-age).
struct Staleness {
  Date today;
  int max_age_months = 24;
};

// Returns the warning for an entry whose review is stale, or "" when it is not.
std::string stale_warning(const catalogue::Entry& entry, const Staleness& staleness,
                          Language language);

// Each returns the whole entry: name, address, category, summary, verdict and status (with what
// changed), every fact with source, date and history, the assessments, the conditions, the
// changes since the seed list, the services of a tool (or the tool of a service), the sources and
// the review date. `entry` must belong to `catalogue`.
// With `staleness`, a stale entry gets a warning below its review date.
std::string render_entry_text(const catalogue::Catalogue& catalogue, const catalogue::Entry& entry,
                              Language language,
                              const std::optional<Staleness>& staleness = std::nullopt);
std::string render_entry_markdown(const catalogue::Catalogue& catalogue,
                                  const catalogue::Entry& entry, Language language,
                                  const std::optional<Staleness>& staleness = std::nullopt);
// JSON: one object; texts in `language`, values in their catalogue spelling (see
// docs/commands.md for the keys). With `staleness`, "stale" is the warning or null.
std::string render_entry_json(const catalogue::Catalogue& catalogue, const catalogue::Entry& entry,
                              Language language,
                              const std::optional<Staleness>& staleness = std::nullopt);

} // namespace advisor::render
